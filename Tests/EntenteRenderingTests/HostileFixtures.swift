import EntenteGraph
import Foundation

/// Names an article could carry to break an export: markup, quotes, formulas, escapes,
/// controls, and two ids that only differ by a control character.
enum HostileFixtures {
    static let names: [String: String] = [
        "SCRIPT": "<script>alert(\"x\")</script> & Co",
        "QUOTE": "O'Brien \"the Hammer\", Jr.",
        "FORMULA": "=HYPERLINK(\"http://evil\",\"x\")",
        "PLUS": "+1 Brigade",
        "AT": "@mention Militia",
        "SLASH": "Back\\slash \\n not a newline",
        "CONTROL": "Bell\u{07}Null\u{00}Esc\u{1B}Line\nBreak\tTab\r",
        "BIDI": "Right\u{202E}txt.exe",
        "CYPHER": "x'}) DETACH DELETE (n) //",
    ]

    /// Every hostile actor, one isolated actor, ties among them (some negative in weight),
    /// and one denied claim.
    static func graph() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for (id, name) in names.sorted(by: { $0.key < $1.key }) {
            graph.add(Actor(id: id, name: name, kind: .armedGroup, code: id == "QUOTE" ? "Q\"1" : nil))
        }
        graph.add(Actor(id: "ID\u{01}TWIN", name: "Twin one", kind: .state))
        graph.add(Actor(id: "IDTWIN", name: "Twin two", kind: .state))
        graph.add(Actor(id: "LONELY", name: "-Lonely, isolated", kind: .person, affiliation: "SCRIPT"))
        var sentence = 0
        func relate(_ source: String, _ kind: RelationKind, _ target: String, _ certainty: Certainty = .asserted, date: String? = "2024-01-01") throws {
            sentence += 1
            try graph.add(
                Relation(
                    source: source, target: target, kind: kind, certainty: certainty,
                    evidence: Fixtures.evidence("\(source) and \(target), sentence \(sentence).", sentence: sentence, date: date)))
        }
        try relate("SCRIPT", .attack, "QUOTE")
        try relate("SCRIPT", .attack, "QUOTE", date: "2024-02-03")
        try relate("QUOTE", .ally, "FORMULA")
        try relate("FORMULA", .threaten, "PLUS", date: nil)
        try relate("AT", .supplyArms, "SLASH")
        try relate("CONTROL", .fight, "BIDI")
        try relate("CYPHER", .condemn, "SCRIPT")
        try relate("ID\u{01}TWIN", .meet, "IDTWIN")
        try relate("QUOTE", .aid, "SCRIPT")
        try relate("BIDI", .invade, "CONTROL", .negated)
        return graph
    }
}
