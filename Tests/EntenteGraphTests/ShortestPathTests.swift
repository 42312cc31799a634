import EntenteGraph
import Testing

@Suite struct ShortestPathTests {
    @Test(arguments: [
        ("A", "A", 0), ("A", "B", 1), ("A", "C", 2), ("A", "D", 2), ("C", "E", 2), ("F", "C", 3), ("F", "B", 3),
    ])
    func lengths(from: String, to: String, hops: Int) throws {
        let graph = try ringGraph()
        #expect(graph.shortestPathLength(from: graph.at(from), to: graph.at(to)) == hops)
        let path = try #require(graph.shortestPath(from: graph.at(from), to: graph.at(to)))
        #expect(path.length == hops)
        #expect(path.actors.first == graph.at(from))
        #expect(path.actors.last == graph.at(to))
        for hop in path.hops { #expect(!hop.relations.isEmpty) }
    }

    @Test func unreachableAndMaxHops() throws {
        let graph = try makeGraph([edge("A", .meet, "B"), edge("B", .meet, "C")], extra: ["Z"])
        #expect(graph.shortestPath(from: graph.at("A"), to: graph.at("Z")) == nil)
        #expect(graph.shortestPathLength(from: graph.at("A"), to: graph.at("C"), maxHops: 1) == nil)
        #expect(graph.shortestPathLength(from: graph.at("A"), to: graph.at("C"), maxHops: 2) == 2)
        #expect(graph.shortestPath(from: 0, to: 99) == nil)
    }

    @Test func directionIsIgnoredButShownOnHops() throws {
        let graph = try makeGraph([edge("A", .threaten, "B"), edge("C", .attack, "B", date: "2024-02-01")])
        let path = try #require(graph.shortestPath(from: graph.at("A"), to: graph.at("C")))
        #expect(graph.ids(path.actors) == ["A", "B", "C"])
        let hops = graph.evidence(for: path)
        #expect(hops.map(\.direction) == [.forward, .backward])
        #expect(hops[1].kind == .attack)
        #expect(hops[1].evidenceCount == 1)
        #expect(hops[1].evidence?.date == "2024-02-01")
    }

    @Test func filtersChangeTheAnswer() throws {
        // The short way is hostile or hypothetical; the long way is cooperation.
        let graph = try makeGraph([
            edge("A", .attack, "B"), edge("A", .ally, "C", certainty: .hypothetical), edge("C", .ally, "B"),
            edge("A", .meet, "D"), edge("D", .meet, "E"), edge("E", .meet, "B"), edge("A", .ally, "B", certainty: .negated),
        ])
        let a = graph.at("A"), b = graph.at("B")
        #expect(graph.shortestPathLength(from: a, to: b) == 1)
        let cooperation = RelationFilter(polarities: [.cooperation])
        #expect(graph.shortestPathLength(from: a, to: b, filter: cooperation) == 2)
        let firm = RelationFilter(polarities: [.cooperation], certainties: [.asserted])
        #expect(graph.shortestPathLength(from: a, to: b, filter: firm) == 3)
        // Negated relations are never edges, whatever the filter asks.
        let negated = RelationFilter(certainties: [.negated])
        #expect(negated.certainties.isEmpty)
        #expect(graph.shortestPathLength(from: a, to: b, filter: negated) == nil)
    }

    @Test func weightedPrefersWellAttestedTies() throws {
        // A-B-D is two single mentions; A-C-E-D is three hops each mentioned four times.
        var edges = [edge("A", .meet, "B"), edge("B", .meet, "D")]
        for _ in 0..<4 { edges += [edge("A", .ally, "C"), edge("C", .ally, "E"), edge("E", .ally, "D")] }
        let graph = try makeGraph(edges)
        let a = graph.at("A"), d = graph.at("D")
        let byHops = try #require(graph.cheapestPath(from: a, to: d, weighting: .hops))
        #expect(graph.ids(byHops.path.actors) == ["A", "B", "D"])
        #expect(byHops.cost == 2)
        let byStrength = try #require(graph.cheapestPath(from: a, to: d))
        #expect(graph.ids(byStrength.path.actors) == ["A", "C", "E", "D"])
        #expect(abs(byStrength.cost - 0.75) < 1e-9)
    }

    @Test func yenListsPathsInOrder() throws {
        let graph = try ringGraph()
        let paths = graph.kShortestPaths(from: graph.at("A"), to: graph.at("C"), k: 10)
        let chains = paths.map { graph.ids($0.path.actors) }
        #expect(chains == [
            ["A", "B", "C"], ["A", "B", "D", "C"], ["A", "E", "D", "C"], ["A", "E", "D", "B", "C"],
        ])
        #expect(paths.map(\.cost) == [2, 3, 3, 4])
        #expect(graph.kShortestPaths(from: graph.at("A"), to: graph.at("C"), k: 2).count == 2)
        #expect(graph.kShortestPaths(from: graph.at("A"), to: graph.at("F"), k: 3, filter: RelationFilter(polarities: [.cooperation])).isEmpty)
    }
}
