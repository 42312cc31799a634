import EntenteGraph
import Foundation
import Testing

/// Path enumeration is bounded up front: huge limits are refused, dense graphs are cut short
/// within the work budget, and a target out of reach under a filter is answered at once.
@Suite struct PathBoundsTests {
    /// Every pair of 25 actors joined: about 10^24 simple paths between two of them.
    func completeGraph(_ n: Int = 25) throws -> KnowledgeGraph {
        let ids = (0..<n).map { "N\($0)" }
        var edges: [Edge] = []
        for i in 0..<n { for j in (i + 1)..<n { edges.append(edge(ids[i], .threaten, ids[j])) } }
        return try makeGraph(edges)
    }

    @Test func oversizedRequestsAreRefusedWithTheCap() {
        #expect(throws: PathBoundsError.tooManyPaths(asked: 100_000_000, cap: PathBounds.maxListedPaths)) {
            try PathBounds.check(limit: 100_000_000)
        }
        #expect(throws: PathBoundsError.tooManyPaths(asked: 100_000, cap: PathBounds.maxK)) { try PathBounds.check(k: 100_000) }
        #expect(throws: Never.self) { try PathBounds.check(limit: PathBounds.maxListedPaths, k: PathBounds.maxK) }
        #expect(PathBoundsError.tooManyPaths(asked: 5, cap: 2).description.contains("at most 2"))
    }

    @Test func denseEnumerationIsCutAtTheListingCap() throws {
        let graph = try completeGraph()
        let start = Date()
        let result = graph.simplePathSearch(from: graph.at("N0"), to: graph.at("N24"), maxHops: 50, limit: 100_000_000)
        #expect(result.paths.count == PathBounds.maxListedPaths)
        #expect(result.cut == .limit(PathBounds.maxListedPaths))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func yenIsCappedAtMaxK() throws {
        let graph = try completeGraph(12)
        let result = graph.kShortestPathSearch(from: graph.at("N0"), to: graph.at("N11"), k: 100_000)
        #expect(result.paths.count <= PathBounds.maxK)
        #expect(result.paths.count == PathBounds.maxK || result.cut == .work)
    }

    @Test func unreachableUnderAFilterIsAnsweredAtOnce() throws {
        // A dense cooperative core, and F reached only by conflict.
        var edges: [Edge] = []
        let ids = (0..<22).map { "C\($0)" }
        for i in 0..<ids.count { for j in (i + 1)..<ids.count { edges.append(edge(ids[i], .meet, ids[j])) } }
        edges.append(edge("F", .attack, "C3"))
        let graph = try makeGraph(edges)
        let cooperation = RelationFilter(polarities: [.cooperation])
        let start = Date()
        let result = graph.simplePathSearch(from: graph.at("C0"), to: graph.at("F"), filter: cooperation, maxHops: 50, limit: 10_000)
        #expect(result.paths.isEmpty)
        #expect(result.cut == nil)
        #expect(graph.kShortestPaths(from: graph.at("C0"), to: graph.at("F"), k: 1000, filter: cooperation).isEmpty)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(graph.simplePaths(from: graph.at("C0"), to: graph.at("F"), maxHops: 2, limit: 10).paths.count == 1)
    }
}
