import EntenteGraph
import Foundation

/// Small graphs built by hand, so rendering tests do not depend on extraction.
enum Fixtures {
    static func evidence(_ text: String, document: String = "doc1", sentence: Int = 0, date: String? = "2023-06-24", url: String? = nil) -> Evidence {
        Evidence(document: document, sentence: sentence, start: 0, end: text.count, text: text, date: date, url: url)
    }

    /// Russia, Belarus, Ukraine, Poland, NATO, Wagner, Putin, Lukashenko, USA, Prigozhin,
    /// the EU and a press club: cooperation, conflict, affiliation, one reported and one
    /// hypothetical tie, one negated claim.
    static func europe() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let actors: [Actor] = [
            Actor(id: "RUS", name: "Russia", kind: .state),
            Actor(id: "BLR", name: "Belarus", kind: .state),
            Actor(id: "UKR", name: "Ukraine", kind: .state),
            Actor(id: "POL", name: "Poland", kind: .state),
            Actor(id: "USA", name: "United States", kind: .state),
            Actor(id: "NATO", name: "NATO", kind: .igo),
            Actor(id: "EU", name: "European Union", kind: .igo),
            Actor(id: "WAGNER", name: "Wagner Group", kind: .armedGroup),
            Actor(id: "PUTIN", name: "Vladimir Putin", kind: .person, affiliation: "RUS"),
            Actor(id: "LUKASHENKO", name: "Alexander Lukashenko", kind: .person, affiliation: "BLR"),
            Actor(id: "PRIGOZHIN", name: "Yevgeny Prigozhin", kind: .person, affiliation: "WAGNER"),
            Actor(id: "MINSKPRESS", name: "Minsk Press Club", kind: .organization),
        ]
        for actor in actors { graph.add(actor) }
        var sentence = 0
        func relate(
            _ source: String, _ kind: RelationKind, _ target: String, _ certainty: Certainty = .asserted,
            times: Int = 1, document: String = "doc1", date: String = "2023-06-24"
        ) throws {
            for _ in 0..<times {
                sentence += 1
                try graph.add(
                    Relation(
                        source: source, target: target, kind: kind, certainty: certainty,
                        evidence: evidence(
                            "\(source) \(kind.phrase) \(target).", document: document, sentence: sentence, date: date,
                            url: "https://example.org/\(document)")))
            }
        }
        try relate("RUS", .ally, "BLR", times: 3)
        try relate("RUS", .invade, "UKR", times: 4, document: "doc2", date: "2023-06-25")
        try relate("UKR", .fight, "WAGNER", times: 2)
        try relate("POL", .mobilize, "BLR", document: "doc3", date: "2023-07-01")
        try relate("BLR", .host, "WAGNER", times: 2)
        try relate("USA", .supplyArms, "UKR", times: 3, document: "doc2")
        try relate("POL", .memberOf, "NATO")
        try relate("USA", .memberOf, "NATO")
        try relate("PUTIN", .leaderOf, "RUS")
        try relate("LUKASHENKO", .leaderOf, "BLR")
        try relate("PRIGOZHIN", .leaderOf, "WAGNER")
        try relate("LUKASHENKO", .mediate, "PRIGOZHIN", .reported)
        try relate("WAGNER", .attack, "POL", .hypothetical, document: "doc3", date: "2023-07-01")
        try relate("EU", .sanction, "BLR")
        try relate("MINSKPRESS", .criticize, "LUKASHENKO")
        try relate("NATO", .defend, "POL")
        try relate("RUS", .threaten, "POL", .negated)
        return graph
    }
}
