extension KnowledgeGraph {
    /// Actors within `depth` hops of `center`, with their distance (the center at 0).
    /// - Complexity: O(R + A) worst case; O(sum of degrees of actors closer than `depth`).
    public func neighbourhood(
        of center: ActorIndex, depth: Int, filter: RelationFilter = .all
    ) -> [ActorIndex: Int] {
        var distances: [ActorIndex: Int] = [:]
        breadthFirst(from: center, depth: depth, in: adjacency(for: filter)) { actor, distance in
            distances[actor] = distance
        }
        return distances
    }

    /// Actors within `depth` hops of `center`, nearest first, then by index.
    /// - Complexity: as `neighbourhood(of:depth:filter:)`, plus sorting the result.
    public func neighbourList(
        of center: ActorIndex, depth: Int, filter: RelationFilter = .all
    ) -> [(actor: ActorIndex, distance: Int)] {
        var list: [(actor: ActorIndex, distance: Int)] = []
        breadthFirst(from: center, depth: depth, in: adjacency(for: filter)) { list.append(($0, $1)) }
        return list.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.actor < $1.actor }
    }

    /// How many actors lie within `depth` hops of `center`, the center included (0 when the
    /// index names no actor).
    /// - Complexity: O(sum of degrees of actors closer than `depth`); no per-actor allocation.
    public func neighbourhoodSize(of center: ActorIndex, depth: Int, filter: RelationFilter = .all) -> Int {
        var count = 0
        breadthFirst(from: center, depth: depth, in: adjacency(for: filter)) { _, _ in count += 1 }
        return count
    }

    /// Visits each actor within `depth` hops once, in breadth-first order.
    func breadthFirst(
        from center: ActorIndex, depth: Int, in index: AdjacencyIndex, visit: (ActorIndex, Int) -> Void
    ) {
        guard index.contains(center), depth >= 0 else { return }
        withScratch { scratch in
            let generation = scratch.nextGeneration()
            let mark = scratch.mark, queue = scratch.queue
            mark[Int(center)] = generation
            queue[0] = center
            visit(center, 0)
            var head = 0, tail = 1, level = 0
            index.neighbourStart.withUnsafeBufferPointer { start in
                index.neighbour.withUnsafeBufferPointer { neighbour in
                    while head < tail && level < depth {
                        level += 1
                        let levelEnd = tail
                        let last = level == depth
                        while head < levelEnd {
                            let u = Int(queue[head])
                            head &+= 1
                            for e in Int(start[u])..<Int(start[u + 1]) {
                                let v = neighbour[e]
                                if mark[Int(v)] != generation {
                                    mark[Int(v)] = generation
                                    visit(v, level)
                                    // The last level is never expanded, so it need not be queued.
                                    if !last {
                                        queue[tail] = v
                                        tail &+= 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
