import EntenteGraph
import Foundation

enum Console {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("entente: warning: \(message)\n".utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes an output file atomically so an interrupted run leaves no partial file; refuses
    /// to write over a file named elsewhere on the command line (an input).
    static func writeFile(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(data, to: url, inputs: otherArguments(than: path).map { URL(fileURLWithPath: $0) })
    }

    /// The command-line words (and `--option=value` values) other than one occurrence of the
    /// output path itself: whichever of them name files are the inputs of this run.
    static func otherArguments(than output: String, arguments: [String] = CommandLine.arguments) -> [String] {
        var words = arguments.dropFirst().flatMap { word -> [String] in
            guard word.hasPrefix("-"), let equals = word.firstIndex(of: "=") else { return [word] }
            return [String(word[word.index(after: equals)...])]
        }
        if let last = words.lastIndex(of: output) { words.remove(at: last) }
        return words
    }
}

/// Progress on long ingests, on standard error and only to a terminal.
final class Progress {
    private let total: Int
    private let enabled: Bool
    private var done = 0

    init(total: Int, quiet: Bool) {
        self.total = total
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    func advance() {
        done += 1
        guard enabled, done % max(1, total / 100) == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\rextracting \(done)/\(total) files".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
