import EntenteGraph
public import Foundation

extension GraphExport {
    /// A Cypher script for Neo4j (`cypher-shell -f`), one statement per line: a `MERGE` per
    /// actor (label `Actor`, key `id`), then a `CREATE` per tie, typed by polarity
    /// (`COOPERATION`, `CONFLICT`, `AFFILIATION`) with the properties of the GraphML export.
    /// Ties are created, not merged: load the script into an empty database.
    ///
    /// Every string is a single-quoted literal with `\`, `'` and line breaks escaped, so no
    /// name can end a literal or a statement early. The script uses only the openCypher
    /// subset Kùzu also runs, once its tables exist.
    ///
    /// Pass `DiagramView(exporting:filter:includeNegated:)` to export everything a filter
    /// admits rather than what a diagram draws.
    /// - Complexity: O(A + T) for A actors and T ties.
    public static func cypher(_ view: DiagramView) -> Data {
        let ids = ExportIdentifiers(view)
        var lines = [
            "// Entente export: \(view.actors.count) actors, \(view.ties.count) ties. Load into an empty database.",
            "// Neo4j: CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;",
        ]
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
                ("kind", ExportText.cypher(tie.kindList)),
                ("polarity", ExportText.cypher(tie.polarity.rawValue)),
                ("weight", ExportText.weight(tie.tie.netWeight)),
                ("certainty", ExportText.cypher(tie.certainty.rawValue)),
                ("evidence_count", String(tie.evidenceCount)),
                ("direction", ExportText.cypher(tie.direction.rawValue)),
            ]
            if let first = tie.tie.firstDate { properties.append(("first_date", ExportText.cypher(first))) }
            if let last = tie.tie.lastDate { properties.append(("last_date", ExportText.cypher(last))) }
            let map = properties.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
            // The type comes from a closed enum, never from article text, so it needs no quoting.
            let type = tie.polarity.rawValue.uppercased()
            lines.append(
                "MATCH (s:Actor {id: \(ExportText.cypher(ids[tie.tail]))}), (t:Actor {id: \(ExportText.cypher(ids[tie.head]))}) "
                    + "CREATE (s)-[:\(type) {\(map)}]->(t);")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}
