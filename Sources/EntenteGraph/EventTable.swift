public import Foundation

/// One row per event, the way GDELT and ICEWS ship them: for pandas, DuckDB, Spark and
/// spreadsheets. CSV (RFC 4180, header first) or JSON Lines (one object per line, same keys).
public enum EventTable {
    public static let columns = [
        "date", "source_id", "source_name", "source_code", "target_id", "target_name", "target_code",
        "kind", "event_code", "root", "quad_class", "goldstein", "certainty", "speaker",
        "document", "url", "sentence", "start", "end", "evidence",
    ]

    /// The relations `filter` admits, in the order they were stored; negated ones only when asked.
    public static func rows(_ graph: KnowledgeGraph, filter: RelationFilter, includeNegated: Bool = false) -> [[String?]] {
        graph.relations.compactMap { relation in
            let admitted = filter.admits(relation)
                || (includeNegated && relation.certainty == .negated && filter.admitsDate(relation.evidence.date))
            guard admitted else { return nil }
            let source = graph.actor(id: relation.source), target = graph.actor(id: relation.target)
            let kind = relation.kind
            return [
                relation.evidence.date, relation.source, source?.name, source?.code,
                relation.target, target?.name, target?.code, kind.rawValue, relation.eventCode, kind.root,
                String(kind.quadClass), String(kind.weight), relation.certainty.rawValue, relation.speaker,
                relation.evidence.document, relation.evidence.url, String(relation.evidence.sentence),
                String(relation.evidence.start), String(relation.evidence.end), relation.evidence.text,
            ]
        }
    }

    public static func csv(_ rows: [[String?]]) -> Data {
        var out = columns.joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { field in field.map(quote) ?? "" }.joined(separator: ",")
            out += "\n"
        }
        return Data(out.utf8)
    }

    /// Numbers stay numbers and missing values are null, so readers infer the column types.
    public static func jsonLines(_ rows: [[String?]]) -> Data {
        let integers: Set<String> = ["quad_class", "sentence", "start", "end"]
        var out = Data()
        for row in rows {
            var object: [String: Any] = [:]
            for (column, value) in zip(columns, row) {
                if let value {
                    if integers.contains(column), let number = Int(value) {
                        object[column] = number
                    } else if column == "goldstein", let number = Double(value) {
                        object[column] = number
                    } else {
                        object[column] = value
                    }
                } else {
                    object[column] = NSNull()
                }
            }
            if let line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
                out.append(line)
                out.append(0x0A)
            }
        }
        return out
    }

    /// Quotes every field that holds a comma, quote, line break or leading/trailing space.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || field.first == " " || field.last == " "
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
