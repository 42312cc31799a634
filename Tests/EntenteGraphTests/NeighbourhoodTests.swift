import EntenteGraph
import Testing

@Suite struct NeighbourhoodTests {
    @Test(arguments: [(0, 1), (1, 2), (2, 4), (3, 6)])
    func sizesFromF(depth: Int, size: Int) throws {
        // F-E, then E-A and E-D, then A-B, D-B, D-C.
        let graph = try ringGraph()
        #expect(graph.neighbourhoodSize(of: graph.at("F"), depth: depth) == size)
        #expect(graph.neighbourhood(of: graph.at("F"), depth: depth).count == size)
    }

    @Test func distancesAndOrder() throws {
        let graph = try ringGraph()
        let around = graph.neighbourhood(of: graph.at("A"), depth: 2)
        #expect(around[graph.at("A")] == 0)
        #expect(around[graph.at("B")] == 1)
        #expect(around[graph.at("D")] == 2)
        #expect(around[graph.at("F")] == 2)
        let list = graph.neighbourList(of: graph.at("A"), depth: 1)
        #expect(list.map { graph.id($0.actor) } == ["A", "B", "E"])
        #expect(list.map(\.distance) == [0, 1, 1])
    }

    @Test func actorKindFilter() throws {
        let graph = try makeGraph(
            [edge("A", .meet, "P"), edge("P", .meet, "B"), edge("A", .meet, "B")], kinds: ["P": .person])
        let statesOnly = RelationFilter(actorKinds: [.state])
        #expect(graph.neighbourhoodSize(of: graph.at("A"), depth: 2, filter: statesOnly) == 2)
        #expect(graph.neighbourhoodSize(of: graph.at("A"), depth: 2) == 3)
    }

    @Test func dateAndEvidenceFilters() throws {
        let graph = try makeGraph([
            edge("A", .meet, "B", date: "2023-05-01"), edge("B", .meet, "C", date: "2024-05-01"),
            edge("A", .meet, "D", sentence: 100), edge("D", .aid, "A", sentence: 101),
            edge("A", .praise, "E", sentence: 200), edge("E", .aid, "A", sentence: 200),
        ])
        let in2024 = RelationFilter(from: "2024-01-01", through: "2024-12-31")
        // Undated relations are left out of a date filter, and counted.
        #expect(graph.neighbourhood(of: graph.at("B"), depth: 1, filter: in2024).count == 2)
        #expect(graph.neighbourhood(of: graph.at("A"), depth: 1, filter: in2024).count == 1)
        #expect(in2024.undatedLeftOut(in: graph) == 4)
        let twice = RelationFilter(minimumEvidence: 2)
        let strong = graph.neighbourhood(of: graph.at("A"), depth: 1, filter: twice)
        // A-D has two sentences; A-E two relations from one sentence.
        #expect(Set(strong.keys) == [graph.at("A"), graph.at("D")])
    }
}
