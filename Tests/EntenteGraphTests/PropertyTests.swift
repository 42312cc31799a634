import EntenteGraph
import Testing

/// Cross-checks the fast paths against plain reference searches on seeded random graphs.
@Suite struct PropertyTests {
    struct Random {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func randomGraph(seed: UInt64, actors: Int, relations: Int) throws -> KnowledgeGraph {
        var random = Random(state: seed)
        let kinds: [RelationKind] = [.meet, .ally, .attack, .threaten, .memberOf]
        var edges: [Edge] = []
        for _ in 0..<relations {
            // Skewed endpoints make hubs, which is where a bidirectional search can go wrong.
            let s = random.below(random.below(actors) + 1), t = random.below(actors)
            edges.append(edge("n\(s)", kinds[random.below(kinds.count)], "n\(t)"))
        }
        return try makeGraph(edges, extra: (0..<actors).map { "n\($0)" })
    }

    /// Breadth-first distances from one actor, over the nested-array adjacency.
    func distances(from source: ActorIndex, in adjacency: Adjacency, count: Int) -> [Int] {
        var distance = [Int](repeating: -1, count: count)
        distance[Int(source)] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for (v, _) in adjacency.neighbours[Int(u)] where distance[Int(v)] < 0 {
                distance[Int(v)] = distance[Int(u)] + 1
                queue.append(v)
            }
        }
        return distance
    }

    func bruteForceCount(_ s: ActorIndex, _ t: ActorIndex, _ maxHops: Int, _ adjacency: Adjacency) -> Int {
        var onPath: Set<ActorIndex> = [s]
        func walk(_ u: ActorIndex, _ hops: Int) -> Int {
            if u == t { return 1 }
            if hops == maxHops { return 0 }
            var total = 0
            for (v, _) in adjacency.neighbours[Int(u)] where !onPath.contains(v) {
                onPath.insert(v)
                total += walk(v, hops + 1)
                onPath.remove(v)
            }
            return total
        }
        return s == t ? 0 : walk(s, 0)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func shortestPathLengthsMatchBreadthFirstSearch(seed: UInt64) throws {
        let graph = try randomGraph(seed: seed, actors: 60, relations: 90)
        for filter in [RelationFilter.all, RelationFilter(polarities: [.cooperation])] {
            let adjacency = Adjacency(graph, filter: filter)
            for s in 0..<graph.actorCount {
                let expected = distances(from: ActorIndex(s), in: adjacency, count: graph.actorCount)
                for t in 0..<graph.actorCount {
                    let found = graph.shortestPathLength(from: ActorIndex(s), to: ActorIndex(t), filter: filter)
                    #expect(found == (expected[t] < 0 ? nil : expected[t]))
                    if expected[t] > 0 {
                        let path = graph.shortestPath(from: ActorIndex(s), to: ActorIndex(t), filter: filter)
                        #expect(path?.length == expected[t])
                        if let path {
                            for hop in path.hops { #expect(!hop.relations.isEmpty) }
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [4, 5] as [UInt64])
    func simplePathCountsMatchBruteForce(seed: UInt64) throws {
        let graph = try randomGraph(seed: seed, actors: 25, relations: 60)
        let adjacency = Adjacency(graph, filter: .all)
        for s in 0..<graph.actorCount {
            for t in 0..<graph.actorCount {
                for maxHops in 1...4 {
                    let expected = bruteForceCount(ActorIndex(s), ActorIndex(t), maxHops, adjacency)
                    #expect(graph.simplePathCount(from: ActorIndex(s), to: ActorIndex(t), maxHops: maxHops).count == expected)
                }
            }
        }
    }

    @Test func yenAgreesWithSimplePathsOnHopCounts() throws {
        let graph = try randomGraph(seed: 9, actors: 20, relations: 45)
        for (s, t) in [(0, 5), (1, 7), (2, 19)] {
            let (all, truncated) = graph.simplePaths(from: ActorIndex(s), to: ActorIndex(t), maxHops: 7, limit: 1_000_000)
            #expect(!truncated)
            #expect(all.count >= 8)
            let top = graph.kShortestPaths(from: ActorIndex(s), to: ActorIndex(t), k: 8)
            #expect(top.map(\.cost) == all.prefix(8).map { Double($0.length) })
            #expect(Set(top.map(\.path.actors)).count == top.count)
        }
    }

    @Test func concurrentQueriesAgreeWithSerialOnes() async throws {
        let graph = try randomGraph(seed: 11, actors: 200, relations: 500)
        graph.prepareForQueries()
        let pairs = (0..<200).map { (ActorIndex($0), ActorIndex(($0 * 7 + 3) % 200)) }
        let serial = pairs.map { graph.shortestPathLength(from: $0.0, to: $0.1) }
        let parallel = await withTaskGroup(of: (Int, Int?).self) { group in
            for (i, pair) in pairs.enumerated() {
                group.addTask { (i, graph.shortestPathLength(from: pair.0, to: pair.1)) }
            }
            var results = [Int?](repeating: nil, count: pairs.count)
            for await (i, length) in group { results[i] = length }
            return results
        }
        #expect(parallel == serial)
    }
}
