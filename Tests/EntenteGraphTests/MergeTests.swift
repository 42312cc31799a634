import EntenteGraph
import Testing

@Suite("Merging documents")
struct MergeTests {
    static func evidence(_ document: String) -> Evidence {
        Evidence(document: document, sentence: 0, start: 0, end: 1, text: "x")
    }

    @Test func anActorSeenUnderAnotherIdIsOneActor() throws {
        var graph = KnowledgeGraph()
        let first = DocumentExtraction(
            document: DocumentInfo(id: "a"),
            actors: [Actor(id: "RUS", name: "Russia", kind: .state), Actor(id: "P1", name: "Ivan Petrov", kind: .person)],
            relations: [Relation(source: "P1", target: "RUS", kind: .memberOf, evidence: Self.evidence("a"))])
        let second = DocumentExtraction(
            document: DocumentInfo(id: "b"),
            actors: [
                Actor(id: "RUS", name: "Russia", kind: .state),
                Actor(id: "P2", name: "Ivan Petrov", kind: .person, affiliation: "RUS"),
                Actor(id: "AIDE", name: "Oleg Sidorov", kind: .person, affiliation: "P2"),
            ],
            relations: [Relation(source: "P2", target: "RUS", kind: .leaderOf, speaker: "P2", evidence: Self.evidence("b"))])
        #expect(try graph.merge(first))
        #expect(try graph.merge(second))
        #expect(try !graph.merge(second), "a document already merged changes nothing")
        #expect(graph.actors.map(\.id).sorted() == ["AIDE", "P1", "RUS"])
        #expect(graph.actor(id: "AIDE")?.affiliation == "P1")
        #expect(graph.relations.map(\.source) == ["P1", "P1"])
        #expect(graph.relations.last?.speaker == "P1")
        #expect(graph.relationCount == 2)
    }
}
