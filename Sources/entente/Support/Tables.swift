import EntenteGraph

/// Plain-text tables for terminals: aligned columns, long cells cut with an ellipsis.
enum Tables {
    static func render(header: [String], rows: [[String]], maxWidth: Int = 60) -> String {
        let cut = rows.map { $0.map { clip(clean($0), maxWidth) } }
        var widths = header.map(\.count)
        for row in cut { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + cut.map(line)).joined(separator: "\n")
    }

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
