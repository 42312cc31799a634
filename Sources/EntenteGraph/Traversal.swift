import DequeModule

/// Undirected neighbour lists over the relations a filter admits; the shape traversals walk.
/// Direction is kept in the relations each step carries.
public struct Adjacency: Sendable {
    /// For each actor: (neighbour, relations between them) sorted by neighbour.
    public let neighbours: [[(actor: ActorIndex, relations: [RelationIndex])]]

    /// - Complexity: O(R + A) for R relations and A actors.
    public init(_ graph: KnowledgeGraph, filter: RelationFilter) {
        var lists = [[ActorIndex: [RelationIndex]]](repeating: [:], count: graph.actorCount)
        let admittedActors = graph.actors.map { filter.admits($0) }
        for (i, relation) in graph.relations.enumerated() where filter.admits(relation) {
            let s = graph.sources[i], t = graph.targets[i]
            guard s != t, admittedActors[Int(s)], admittedActors[Int(t)] else { continue }
            lists[Int(s)][t, default: []].append(RelationIndex(i))
            lists[Int(t)][s, default: []].append(RelationIndex(i))
        }
        var evidence: [ActorIndex: Int] = [:]
        neighbours = lists.map { list in
            list.compactMap { neighbour, relations -> (actor: ActorIndex, relations: [RelationIndex])? in
                if filter.minimumEvidence > 1 {
                    evidence.removeAll(keepingCapacity: true)
                    let distinct = Set(relations.map { graph.relations[Int($0)].evidence })
                    if distinct.count < filter.minimumEvidence { return nil }
                }
                return (neighbour, relations)
            }.sorted { $0.actor < $1.actor }
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
    /// A shortest path (fewest hops) from `source` to `target`, or nil when none is within
    /// `maxHops`.
    /// - Complexity: O(R + A) to build the adjacency, then O(R + A) breadth-first search.
    public func shortestPath(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int = .max
    ) -> GraphPath? {
        let adjacency = Adjacency(self, filter: filter)
        return shortestPath(from: source, to: target, in: adjacency, maxHops: maxHops)
    }

    public func shortestPath(
        from source: ActorIndex, to target: ActorIndex, in adjacency: Adjacency, maxHops: Int = .max
    ) -> GraphPath? {
        if source == target { return GraphPath(actors: [source], hops: []) }
        var parent = [ActorIndex](repeating: -1, count: actorCount)
        var depth = [Int32](repeating: -1, count: actorCount)
        var queue = Deque<ActorIndex>([source])
        depth[Int(source)] = 0
        search: while let current = queue.popFirst() {
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
        return path(through: chain.reversed(), in: adjacency)
    }

    /// Every simple path of at most `maxHops` hops, shortest first, stopping at `limit`.
    /// - Returns: the paths and whether the limit cut the search short.
    /// - Complexity: O(b^maxHops) for branching factor b, bounded by `limit`.
    public func simplePaths(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int, limit: Int = 1000
    ) -> (paths: [GraphPath], truncated: Bool) {
        let adjacency = Adjacency(self, filter: filter)
        var found: [[ActorIndex]] = []
        var truncated = false
        var onPath = [Bool](repeating: false, count: actorCount)
        var stack: [ActorIndex] = [source]
        onPath[Int(source)] = true

        func walk(_ current: ActorIndex) {
            if truncated { return }
            if current == target {
                if found.count >= limit { truncated = true; return }
                found.append(stack)
                return
            }
            if stack.count > maxHops { return }
            for (next, _) in adjacency.neighbours[Int(current)] where !onPath[Int(next)] {
                onPath[Int(next)] = true
                stack.append(next)
                walk(next)
                stack.removeLast()
                onPath[Int(next)] = false
                if truncated { return }
            }
        }
        if source != target { walk(source) }
        let paths = found.map { path(through: $0, in: adjacency) }
            .sorted { $0.length != $1.length ? $0.length < $1.length : $0.actors.lexicographicallyPrecedes($1.actors) }
        return (paths, truncated)
    }

    private func path(through chain: [ActorIndex], in adjacency: Adjacency) -> GraphPath {
        var hops: [PathHop] = []
        for (from, to) in zip(chain, chain.dropFirst()) {
            let relations = adjacency.neighbours[Int(from)].first { $0.actor == to }?.relations ?? []
            hops.append(PathHop(from: from, to: to, relations: relations))
        }
        return GraphPath(actors: chain, hops: hops)
    }

    /// Actors within `depth` hops of `center`, with their distance (the center at 0).
    /// - Complexity: O(R + A).
    public func neighbourhood(
        of center: ActorIndex, depth: Int, filter: RelationFilter = .all
    ) -> [ActorIndex: Int] {
        let adjacency = Adjacency(self, filter: filter)
        var distance: [ActorIndex: Int] = [center: 0]
        var queue = Deque<ActorIndex>([center])
        while let current = queue.popFirst() {
            let d = distance[current]!
            if d >= depth { continue }
            for (next, _) in adjacency.neighbours[Int(current)] where distance[next] == nil {
                distance[next] = d + 1
                queue.append(next)
            }
        }
        return distance
    }
}
