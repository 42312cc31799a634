import EntenteGraph
import Foundation

/// Plain-text tables for terminals: aligned columns fitted to the terminal's width, long cells
/// cut with an ellipsis; or tab-separated values with whole cells (`--format tsv`).
enum Tables {
    /// Set for the whole run by `--format tsv`.
    @TaskLocal static var tabSeparated = false

    /// - Parameters:
    ///   - maxWidth: the widest a cell may be when the width is unknown (output not a terminal).
    ///   - width: the line width to fit; by default the terminal's (`COLUMNS`, else the
    ///     terminal size), none when output goes to a pipe or file.
    static func render(header: [String], rows: [[String]], maxWidth: Int = 60, width: Int? = Tables.terminalWidth()) -> String {
        if tabSeparated {
            return ([header] + rows).map { $0.map(tsvCell).joined(separator: "\t") }.joined(separator: "\n")
        }
        let cleaned = rows.map { $0.map(clean) }
        let cut = cleaned.map { $0.map { clip($0, width == nil ? maxWidth : 400) } }
        var widths = header.map(\.count)
        for row in cut { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        if let width { widths = fitted(widths, into: width, minimum: header.map(\.count)) }
        let columns = widths
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let fitted = i < columns.count ? clip(cell, columns[i]) : cell
                return i == cells.count - 1 ? fitted : fitted.padding(toLength: columns[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + cut.map(line)).joined(separator: "\n")
    }

    /// Column widths capped at the one width that makes a line (two spaces between columns)
    /// fit `total`, so narrow columns keep their width and the widest give way; no column goes
    /// below its header or 8 characters.
    static func fitted(_ widths: [Int], into total: Int, minimum: [Int]) -> [Int] {
        let floor = widths.indices.map { max($0 < minimum.count ? minimum[$0] : 0, min(8, widths[$0])) }
        let gaps = 2 * max(0, widths.count - 1)
        func capped(_ cap: Int) -> [Int] { widths.indices.map { max(floor[$0], min(widths[$0], cap)) } }
        guard widths.reduce(0, +) + gaps > total else { return widths }
        var low = 0, high = widths.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if capped(middle).reduce(0, +) + gaps <= total { low = middle } else { high = middle - 1 }
        }
        return capped(low)
    }

    /// The terminal's width: `COLUMNS` when set, else the size of the terminal on standard
    /// output; nil when output goes to a pipe or a file.
    static func terminalWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 20 { return columns }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }

    /// A cell with tabs and line breaks (control characters, which `clean` blanks) made spaces.
    static func tsvCell(_ text: String) -> String { clean(text) }

    static func relations(_ relations: [Relation], names: (String) -> String) -> String {
        render(
            header: ["SOURCE", "RELATION", "TARGET", "CERTAINTY", "EVIDENCE"],
            rows: relations.map { r in
                var certainty = r.certainty.rawValue
                if let speaker = r.speaker { certainty += " (\(names(speaker)))" }
                return [names(r.source), r.kind.rawValue, names(r.target), certainty,
                        "\(r.evidence.document)#\(r.evidence.sentence): \(r.evidence.text)"]
            }, maxWidth: 90)
    }

    static func extraction(_ extraction: DocumentExtraction) -> String {
        var names: [String: String] = [:]
        for actor in extraction.actors { names[actor.id] = actor.name }
        let title = extraction.document.title.map { " — \(clean($0))" } ?? ""
        return """
            \(clean(extraction.document.id))\(title)
            \(extraction.actors.count) actors: \(extraction.actors.map { clip(clean($0.name), 90) }.joined(separator: ", "))
            \(relations(extraction.relations, names: { names[$0] ?? $0 }))

            """
    }

    /// Control characters from articles must not reach the terminal.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? " " : $0
        }))
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
