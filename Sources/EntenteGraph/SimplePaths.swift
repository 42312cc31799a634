extension KnowledgeGraph {
    /// Every simple path of at most `maxHops` hops, shortest first, stopping at `limit`
    /// (never more than `PathBounds.maxListedPaths`) or when the work budget runs out.
    /// - Returns: the paths and whether the search was cut short.
    /// - Complexity: O(b^(maxHops - 1)) for branching factor b, bounded by `limit` and by
    ///   `PathBounds.maxSimplePathSteps`; the last hop is a lookup, not a scan.
    public func simplePaths(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int, limit: Int = 1000
    ) -> (paths: [GraphPath], truncated: Bool) {
        let result = simplePathSearch(from: source, to: target, filter: filter, maxHops: maxHops, limit: limit)
        return (result.paths, result.cut != nil)
    }

    /// `simplePaths` that says why it stopped early: the limit, or the work budget.
    public func simplePathSearch(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int, limit: Int = 1000
    ) -> (paths: [GraphPath], cut: PathSearchCut?) {
        let index = adjacency(for: filter)
        let cap = min(limit, PathBounds.maxListedPaths)
        var found: [[ActorIndex]] = []
        let cut = walkSimplePaths(from: source, to: target, in: index, maxHops: maxHops, limit: cap) { stack in
            found.append(stack + [target])
        }
        let paths = found.map { path(through: $0, in: index) }
            .sorted {
                $0.length != $1.length ? $0.length < $1.length : $0.actors.lexicographicallyPrecedes($1.actors)
            }
        return (paths, cut)
    }

    /// The number of simple paths of at most `maxHops` hops, counting to `limit`.
    /// - Returns: the count and whether it stopped at `limit` (the true count may be larger).
    /// - Complexity: O(b^(maxHops - 1)) for branching factor b; with `maxHops` 3 that is the sum
    ///   of the degrees of the source's neighbours.
    public func simplePathCount(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int, limit: Int = .max
    ) -> (count: Int, truncated: Bool) {
        if maxHops <= 3 { return countShortPaths(from: source, to: target, in: adjacency(for: filter), maxHops: maxHops, limit: limit) }
        var count = 0
        let cut = walkSimplePaths(
            from: source, to: target, in: adjacency(for: filter), maxHops: maxHops, limit: limit
        ) { _ in count += 1 }
        return (count, cut != nil)
    }

    /// Simple paths of at most three hops counted by neighbour intersection, without walking
    /// them: s–t, then s–a–t for each neighbour a of s next to t, then s–a–b–t for each
    /// neighbour b of such an a (b not s) next to t. The target's neighbours are marked once.
    /// - Complexity: O(deg t + the sum of the degrees of the source's neighbours); no search
    ///   from the target, so no O(A) work per pair.
    private func countShortPaths(
        from source: ActorIndex, to target: ActorIndex, in index: AdjacencyIndex, maxHops: Int, limit: Int
    ) -> (count: Int, truncated: Bool) {
        guard index.contains(source), index.contains(target), source != target, maxHops >= 1, limit > 0
        else { return (0, false) }
        let count = withScratch { scratch -> Int in
            let nextToTarget = scratch.mark2
            let generation = scratch.nextGeneration()
            let start = index.neighbourStart, neighbour = index.neighbour
            for entry in Int(start[Int(target)])..<Int(start[Int(target) + 1]) {
                nextToTarget[Int(neighbour[entry])] = generation
            }
            var count = nextToTarget[Int(source)] == generation ? 1 : 0
            guard maxHops >= 2 else { return count }
            for entry in Int(start[Int(source)])..<Int(start[Int(source) + 1]) {
                let a = Int(neighbour[entry])
                if a == Int(target) { continue }
                if nextToTarget[a] == generation { count += 1 }
                guard maxHops >= 3 else { continue }
                for second in Int(start[a])..<Int(start[a + 1]) {
                    let b = neighbour[second]
                    if b != source && b != target && nextToTarget[Int(b)] == generation { count += 1 }
                }
            }
            return count
        }
        return count > limit ? (limit, true) : (count, false)
    }

    /// Depth-first search that reports each simple path as the stack of actors before the
    /// target. Neighbours of the target are marked first, so the last hop of a path is one
    /// mark test instead of a walk over the last actor's neighbours. Actors farther from the
    /// target than the hops left are never entered, so a target out of reach costs one
    /// breadth-first search, not an exponential walk.
    /// - Returns: what stopped the search early, if anything.
    private func walkSimplePaths(
        from source: ActorIndex, to target: ActorIndex, in index: AdjacencyIndex, maxHops: Int,
        limit: Int, report: ([ActorIndex]) -> Void
    ) -> PathSearchCut? {
        guard index.contains(source), index.contains(target), source != target, maxHops >= 1, limit > 0
        else { return nil }
        let distance = index.hopsTo(target, within: maxHops)
        guard distance[Int(source)] <= Int32(maxHops) else { return nil }
        return withScratch { scratch in
            let onPath = scratch.mark, nextToTarget = scratch.mark2
            let generation = scratch.nextGeneration()
            for entry in Int(index.neighbourStart[Int(target)])..<Int(index.neighbourStart[Int(target) + 1]) {
                nextToTarget[Int(index.neighbour[entry])] = generation
            }
            var stack: [ActorIndex] = [source]
            onPath[Int(source)] = generation
            var found = 0
            var steps = 0
            var cut: PathSearchCut?

            // Returns false once the limit is hit.
            func emit() -> Bool {
                if found >= limit {
                    cut = .limit(limit)
                    return false
                }
                found += 1
                report(stack)
                return true
            }

            func walk(_ current: ActorIndex, hops: Int) -> Bool {
                if nextToTarget[Int(current)] == generation && !emit() { return false }
                if hops + 1 >= maxHops { return true }
                let begin = Int(index.neighbourStart[Int(current)]), end = Int(index.neighbourStart[Int(current) + 1])
                for entry in begin..<end {
                    steps += 1
                    if steps > PathBounds.maxSimplePathSteps {
                        cut = .work
                        return false
                    }
                    let next = index.neighbour[entry]
                    if next == target || onPath[Int(next)] == generation { continue }
                    // From `next`, maxHops - hops - 1 hops remain to reach the target.
                    if Int(distance[Int(next)]) > maxHops - hops - 1 { continue }
                    if hops + 2 == maxHops {
                        // `next` can only end a path here; test it without descending.
                        if nextToTarget[Int(next)] == generation {
                            stack.append(next)
                            let more = emit()
                            stack.removeLast()
                            if !more { return false }
                        }
                        continue
                    }
                    onPath[Int(next)] = generation
                    stack.append(next)
                    let more = walk(next, hops: hops + 1)
                    stack.removeLast()
                    onPath[Int(next)] = 0
                    if !more { return false }
                }
                return true
            }
            _ = walk(source, hops: 0)
            onPath[Int(source)] = 0
            return cut
        }
    }
}
