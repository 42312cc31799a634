/// Undirected neighbour lists over the relations a filter admits, as nested arrays.
/// Kept for callers that walk neighbours directly; queries use the cached `AdjacencyIndex`.
public struct Adjacency: Sendable {
    /// For each actor: (neighbour, relations between them) sorted by neighbour.
    public let neighbours: [[(actor: ActorIndex, relations: [RelationIndex])]]

    /// - Complexity: O(R + A) for R relations and A actors (O(1) to reuse a cached index).
    public init(_ graph: KnowledgeGraph, filter: RelationFilter) {
        let index = graph.adjacency(for: filter)
        neighbours = (0..<graph.actorCount).map { a in
            (Int(index.neighbourStart[a])..<Int(index.neighbourStart[a + 1])).map { entry in
                (actor: index.neighbour[entry], relations: index.relations(ofEntry: entry))
            }
        }
    }
}

/// One step of a path: the relations that join two consecutive actors.
public struct PathHop: Sendable, Hashable {
    public var from: ActorIndex
    public var to: ActorIndex
    public var relations: [RelationIndex]
}

/// A walk between two actors, one hop per pair of consecutive actors.
public struct GraphPath: Sendable, Hashable {
    public var actors: [ActorIndex]
    public var hops: [PathHop]
    public var length: Int { hops.count }
}

extension KnowledgeGraph {
    /// A shortest path (fewest hops) over a prebuilt `Adjacency`.
    /// - Complexity: O(R + A) breadth-first search.
    public func shortestPath(
        from source: ActorIndex, to target: ActorIndex, in adjacency: Adjacency, maxHops: Int = .max
    ) -> GraphPath? {
        guard contains(source), contains(target) else { return nil }
        if source == target { return GraphPath(actors: [source], hops: []) }
        var parent = [ActorIndex](repeating: -1, count: actorCount)
        var depth = [Int32](repeating: -1, count: actorCount)
        var queue: [ActorIndex] = [source]
        var head = 0
        depth[Int(source)] = 0
        search: while head < queue.count {
            let current = queue[head]
            head += 1
            let d = depth[Int(current)]
            if Int(d) >= maxHops { continue }
            for (next, _) in adjacency.neighbours[Int(current)] where depth[Int(next)] < 0 {
                depth[Int(next)] = d + 1
                parent[Int(next)] = current
                if next == target { break search }
                queue.append(next)
            }
        }
        guard depth[Int(target)] >= 0 else { return nil }
        var chain = [target]
        while let last = chain.last, last != source { chain.append(parent[Int(last)]) }
        let hops = zip(chain.reversed(), chain.reversed().dropFirst()).map { from, to in
            PathHop(
                from: from, to: to,
                relations: adjacency.neighbours[Int(from)].first { $0.actor == to }?.relations ?? [])
        }
        return GraphPath(actors: chain.reversed(), hops: hops)
    }

    /// Whether an index names an actor of this graph.
    func contains(_ actor: ActorIndex) -> Bool { actor >= 0 && Int(actor) < actorCount }

    /// The path through `chain`, each hop carrying every admitted relation of its pair.
    func path(through chain: [ActorIndex], in index: AdjacencyIndex) -> GraphPath {
        var hops: [PathHop] = []
        hops.reserveCapacity(max(chain.count - 1, 0))
        for (from, to) in zip(chain, chain.dropFirst()) {
            hops.append(PathHop(from: from, to: to, relations: index.relations(between: from, and: to)))
        }
        return GraphPath(actors: chain, hops: hops)
    }
}
