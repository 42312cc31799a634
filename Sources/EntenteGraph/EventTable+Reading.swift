import Foundation

extension EventTable {
    /// Reads an event table written by `export --format events` (CSV) back into a graph:
    /// actors from the id, name and code columns, one relation per row with its evidence.
    /// - Throws: `EventTableError` naming the line of the first bad row.
    public static func read(csv text: String) throws(EventTableError) -> KnowledgeGraph {
        let records = parseCSV(text)
        guard let header = records.first else { throw .bad(line: 1, reason: "the file is empty") }
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() { column[name] = index }
        for required in ["source_id", "target_id", "kind", "document", "sentence", "evidence"] where column[required] == nil {
            throw .bad(line: 1, reason: "no '\(required)' column; give a file written by 'entente export --format events'")
        }
        var graph = KnowledgeGraph()
        for (offset, row) in records.dropFirst().enumerated() where row != [""] {
            let line = offset + 2
            func value(_ name: String) -> String? {
                guard let index = column[name], index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            guard let kind = value("kind").flatMap(RelationKind.init(rawValue:)) else {
                throw .bad(line: line, reason: "unknown kind '\(value("kind") ?? "")'")
            }
            let certainty = value("certainty").flatMap(Certainty.init(rawValue:)) ?? .asserted
            for end in ["source", "target"] {
                guard let id = value(end + "_id") else { throw .bad(line: line, reason: "no \(end)_id") }
                graph.add(Actor(id: id, name: value(end + "_name") ?? id, kind: .other, code: value(end + "_code")))
            }
            let document = value("document") ?? ""
            graph.register(DocumentInfo(id: document, date: value("date"), url: value("url")))
            let evidence = Evidence(
                document: document, sentence: Int(value("sentence") ?? "") ?? 0, start: Int(value("start") ?? "") ?? 0,
                end: Int(value("end") ?? "") ?? 0, text: value("evidence") ?? "", date: value("date"), url: value("url"))
            let code = value("event_code").flatMap { $0 == kind.cameo ? nil : $0 }
            let relation = Relation(
                source: value("source_id") ?? "", target: value("target_id") ?? "", kind: kind, code: code,
                certainty: certainty, speaker: value("speaker"), evidence: evidence)
            do { try graph.add(relation) } catch { throw .bad(line: line, reason: error.description) }
        }
        return graph
    }

    /// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
            case ",":
                record.append(field); field = ""
            case "\n", "\r\n":
                record.append(field); records.append(record); record = []; field = ""
            default:
                field.append(character)
            }
            afterQuote = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}

public enum EventTableError: Error, Sendable, CustomStringConvertible {
    case bad(line: Int, reason: String)

    public var description: String {
        switch self {
        case .bad(let line, let reason): return "event table line \(line): \(reason)"
        }
    }
}
