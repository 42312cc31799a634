import EntenteGraph
public import Foundation

extension GraphExport {
    /// The tables a Cypher export needs in Kùzu, which, unlike Neo4j, wants them before the
    /// script runs. The script carries them as `// kuzu: ` comment lines.
    public static let kuzuCypherSchema: [String] = [
        "CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, code STRING, affiliation STRING)",
    ] + ["COOPERATION", "CONFLICT", "AFFILIATION"].map { type in
        "CREATE REL TABLE \(type)(FROM Actor TO Actor, key STRING, kind STRING[], codes STRING[], polarity STRING, sign INT64, "
            + "weight DOUBLE, goldstein DOUBLE, certainty STRING, evidence_count INT64, direction STRING, first_date DATE, last_date DATE)"
    }

    /// A Cypher script for Neo4j (`cypher-shell -f`) and Kùzu, one statement per line: a
    /// `MERGE` per actor (label `Actor`, key `id`), then a `MERGE` per tie, typed by polarity
    /// (`COOPERATION`, `CONFLICT`, `AFFILIATION`) and keyed by `key`, with the properties of the
    /// GraphML export. Running the script twice leaves the same graph. `kind` and `codes` are
    /// lists, dates are `date()` values (whole ISO dates only).
    ///
    /// Every string is a single-quoted literal with `\`, `'` and line breaks escaped, so no
    /// name can end a literal or a statement early. The script uses only the openCypher
    /// subset Kùzu also runs, once the tables in its `// kuzu:` lines exist.
    ///
    /// Pass `DiagramView(exporting:filter:includeNegated:)` to export everything a filter
    /// admits rather than what a diagram draws.
    /// - Complexity: O(A + T) for A actors and T ties.
    public static func cypher(_ view: DiagramView) -> Data {
        let ids = ExportIdentifiers(view)
        var lines = [
            "// Entente export: \(view.actors.count) actors, \(view.ties.count) ties. Safe to run again: every statement merges.",
            "// Neo4j: CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;",
            "// Kùzu needs its tables first; run each `// kuzu:` line before the script.",
        ]
        lines += kuzuCypherSchema.map { "// kuzu: \($0);" }
        for index in view.actors {
            let actor = view.actor(index)
            var properties = [("name", ExportText.cypher(actor.name)), ("kind", ExportText.cypher(actor.kind.rawValue))]
            if let code = actor.code { properties.append(("code", ExportText.cypher(code))) }
            if let affiliation = actor.affiliation { properties.append(("affiliation", ExportText.cypher(affiliation))) }
            let assignments = properties.map { "a.\($0.0) = \($0.1)" }.joined(separator: ", ")
            lines.append("MERGE (a:Actor {id: \(ExportText.cypher(ids[index]))}) SET \(assignments);")
        }
        for tie in view.ties {
            var properties = [
                ("kind", list(tie.kinds.map(\.rawValue))),
                ("polarity", ExportText.cypher(tie.polarity.rawValue)),
                ("sign", String(tie.sign)),
                ("weight", "\(tie.strength)"),
                ("goldstein", "\(tie.goldstein)"),
                ("certainty", ExportText.cypher(tie.certainty.rawValue)),
                ("evidence_count", String(tie.evidenceCount)),
                ("direction", ExportText.cypher(tie.direction.rawValue)),
            ]
            // An empty list literal has no element type in Kùzu; a tie without codes has none.
            let codes = tie.eventCodes(in: view.graph)
            if !codes.isEmpty { properties.append(("codes", list(codes))) }
            if let first = ExportText.isoDate(tie.tie.firstDate) { properties.append(("first_date", "date('\(first)')")) }
            if let last = ExportText.isoDate(tie.tie.lastDate) { properties.append(("last_date", "date('\(last)')")) }
            let assignments = properties.map { "r.\($0.0) = \($0.1)" }.joined(separator: ", ")
            // The type comes from a closed enum, never from article text, so it needs no quoting.
            let type = tie.polarity.rawValue.uppercased()
            lines.append(
                "MATCH (s:Actor {id: \(ExportText.cypher(ids[tie.tail]))}), (t:Actor {id: \(ExportText.cypher(ids[tie.head]))}) "
                    + "MERGE (s)-[r:\(type) {key: \(ExportText.cypher(tie.key))}]->(t) SET \(assignments);")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(ExportText.cypher).joined(separator: ", ") + "]"
    }
}
