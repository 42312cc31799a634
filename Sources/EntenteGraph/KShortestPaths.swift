/// A path with the cost a weighted search gave it.
public struct RankedPath: Sendable, Hashable {
    public var path: GraphPath
    /// Hops for an unweighted search; the sum of hop costs for a weighted one.
    public var cost: Double
}

/// How a path search prices a hop.
public enum PathWeighting: Sendable, Hashable {
    /// Every hop costs 1: fewest hops wins.
    case hops
    /// A hop costs 1 / (number of admitted relations between its actors): a path along
    /// well-attested ties beats a shorter one along single mentions.
    case tieStrength
}

extension KnowledgeGraph {
    /// The cheapest path when hops are priced by `weighting` (Dijkstra; breadth-first search
    /// for `.hops`).
    /// - Complexity: O(A) to set up, then O((R + A) log A) (O(R + A) for `.hops`).
    public func cheapestPath(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        weighting: PathWeighting = .tieStrength
    ) -> RankedPath? {
        let index = adjacency(for: filter)
        var search = PathSearch(index: index, weighting: weighting)
        guard let (chain, cost) = search.cheapest(from: source, to: target) else { return nil }
        return RankedPath(path: path(through: chain, in: index), cost: cost)
    }

    /// Up to `k` loopless paths in order of cost (Yen's algorithm); ties in cost are ordered by
    /// their actor sequences so the answer is deterministic.
    /// - Complexity: O(k · L) single-source searches for paths of at most L hops, each
    ///   O((R + A) log A) (O(R + A) for `.hops`).
    public func kShortestPaths(
        from source: ActorIndex, to target: ActorIndex, k: Int, filter: RelationFilter = .all,
        weighting: PathWeighting = .hops
    ) -> [RankedPath] {
        kShortestPathSearch(from: source, to: target, k: k, filter: filter, weighting: weighting).paths
    }

    /// `kShortestPaths` that says whether it stopped early: `k` is capped at `PathBounds.maxK`
    /// and the spur searches together at `PathBounds.maxSpurWork`, so the answer may hold fewer
    /// than `k` paths when `cut` is `.work`.
    public func kShortestPathSearch(
        from source: ActorIndex, to target: ActorIndex, k: Int, filter: RelationFilter = .all,
        weighting: PathWeighting = .hops
    ) -> (paths: [RankedPath], cut: PathSearchCut?) {
        let k = min(k, PathBounds.maxK)
        guard k > 0 else { return ([], nil) }
        let index = adjacency(for: filter)
        var search = PathSearch(index: index, weighting: weighting)
        guard let first = search.cheapest(from: source, to: target) else { return ([], nil) }
        // What one spur search may cost at worst; the budget counts searches at that price.
        let workPerSearch = index.entryCount + index.actorCount + 1
        var work = workPerSearch
        var cut: PathSearchCut?
        var accepted: [(chain: [ActorIndex], cost: Double)] = [first]
        var candidates: [(chain: [ActorIndex], cost: Double)] = []
        var seen: Set<[ActorIndex]> = [first.chain]
        yen: while accepted.count < k, let previous = accepted.last?.chain {
            for i in 0..<(previous.count - 1) {
                work += workPerSearch
                if work > PathBounds.maxSpurWork {
                    cut = .work
                    break yen
                }
                let spur = previous[i]
                let root = Array(previous[0...i])
                search.blockedEdges.removeAll(keepingCapacity: true)
                for path in accepted.map(\.chain) where path.count > i + 1 && Array(path[0...i]) == root {
                    search.blockedEdges.insert(PathSearch.edgeKey(path[i], path[i + 1]))
                }
                search.blockedActors = Set(root.dropLast())
                guard let (spurChain, spurCost) = search.cheapest(from: spur, to: target) else { continue }
                let chain = root.dropLast() + spurChain
                guard seen.insert(chain).inserted else { continue }
                candidates.append((chain, search.cost(of: root) + spurCost))
            }
            search.blockedEdges.removeAll()
            search.blockedActors.removeAll()
            guard
                let best = candidates.indices.min(by: { l, r in
                    let a = candidates[l], b = candidates[r]
                    return a.cost != b.cost ? a.cost < b.cost : a.chain.lexicographicallyPrecedes(b.chain)
                })
            else { break }
            accepted.append(candidates.remove(at: best))
        }
        return (accepted.map { RankedPath(path: path(through: $0.chain, in: index), cost: $0.cost) }, cut)
    }
}
