import EntenteGraph
import Testing

@Suite struct SimplePathTests {
    /// In the ring with chord B-D: paths from A to C.
    @Test(arguments: [(1, 0), (2, 1), (3, 3), (4, 4), (5, 4)])
    func countsByHops(maxHops: Int, expected: Int) throws {
        let graph = try ringGraph()
        let a = graph.at("A"), c = graph.at("C")
        #expect(graph.simplePathCount(from: a, to: c, maxHops: maxHops).count == expected)
        let listed = graph.simplePaths(from: a, to: c, maxHops: maxHops)
        #expect(listed.paths.count == expected)
        #expect(!listed.truncated)
    }

    @Test func pathsAreSortedAndSimple() throws {
        let graph = try ringGraph()
        let paths = graph.simplePaths(from: graph.at("A"), to: graph.at("C"), maxHops: 4).paths
        #expect(paths.map { graph.ids($0.actors) } == [
            ["A", "B", "C"], ["A", "B", "D", "C"], ["A", "E", "D", "C"], ["A", "E", "D", "B", "C"],
        ])
        for path in paths { #expect(Set(path.actors).count == path.actors.count) }
    }

    @Test func capIsReported() throws {
        let graph = try ringGraph()
        let capped = graph.simplePaths(from: graph.at("A"), to: graph.at("C"), maxHops: 4, limit: 2)
        #expect(capped.paths.count == 2)
        #expect(capped.truncated)
        let count = graph.simplePathCount(from: graph.at("A"), to: graph.at("C"), maxHops: 4, limit: 3)
        #expect(count == (3, true))
        let exact = graph.simplePathCount(from: graph.at("A"), to: graph.at("C"), maxHops: 4, limit: 4)
        #expect(exact == (4, false))
    }

    @Test func parallelRelationsAreOneHop() throws {
        let graph = try makeGraph([edge("A", .meet, "B"), edge("B", .meet, "A"), edge("A", .aid, "B"), edge("B", .meet, "C")])
        let result = graph.simplePaths(from: graph.at("A"), to: graph.at("C"), maxHops: 3)
        #expect(result.paths.count == 1)
        #expect(result.paths[0].hops[0].relations.count == 3)
        #expect(graph.simplePathCount(from: graph.at("A"), to: graph.at("A"), maxHops: 3).count == 0)
    }
}
