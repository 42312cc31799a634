import ArgumentParser
import EntenteGraph
import Foundation

/// Turns any error into the line the user sees. Errors quote untrusted text (file names, actor
/// names, lexicon and style keys), so control characters are replaced, very long words are
/// clipped, and Foundation's errors are told in plain words.
enum ErrorReport {
    /// Longest run of non-space characters shown whole (an actor or file name).
    static let longestWord = 80
    /// Longest line shown whole; the middle of a longer one is left out.
    static let longestLine = 600

    static func message(for error: any Error) -> String {
        if let plain = foundationMessage(error) { return sanitise(plain) }
        return sanitise(Entente.fullMessage(for: error))
    }

    /// Replaces control and format characters (ESC, BEL, bidirectional overrides) with `?`,
    /// keeping line breaks, and shortens what would flood the terminal.
    static func sanitise(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let cleaned = String(String.UnicodeScalarView(line.unicodeScalars.map { scalar -> Unicode.Scalar in
                if scalar == "\t" { return " " }
                let category = scalar.properties.generalCategory
                return category == .control || category == .format || category == .lineSeparator
                    || category == .paragraphSeparator ? "?" : scalar
            }))
            let words = cleaned.split(separator: " ", omittingEmptySubsequences: false).map { word in
                word.count > longestWord ? String(word.prefix(longestWord)) + "…" : String(word)
            }
            let joined = words.joined(separator: " ")
            guard joined.count > longestLine else { return joined }
            return String(joined.prefix(longestLine / 2)) + " … " + String(joined.suffix(longestLine / 4))
        }.joined(separator: "\n")
    }

    /// Foundation's file errors, with the path, in plain words (see `FileErrorText`).
    static func foundationMessage(_ error: any Error) -> String? {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path ?? ""
        let reason = FileErrorText.reason(error, path: path)
        return path.isEmpty ? reason : "\(path): \(reason)"
    }
}

extension Entente {
    /// ArgumentParser's `main`, with every error message passed through `ErrorReport`.
    static func main() {
        do {
            try checkCommandName()
            var command = try parseAsRoot()
            // `--format tsv` reaches every table the command prints.
            let tsv = (command as? any TableFormatted)?.format == .tsv
            try Tables.$tabSeparated.withValue(tsv) { try command.run() }
        } catch {
            if exitCode(for: error) == .success || error is CleanExit { exit(withError: error) }
            var text = ErrorReport.message(for: error)
            if !text.isEmpty {
                if !text.hasPrefix("Error:") { text = "Error: " + text }
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }
}
