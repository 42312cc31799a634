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
    /// A shortest path (fewest hops) from `source` to `target`, or nil when none is within
    /// `maxHops`. Among several shortest paths the one found first is returned.
    /// - Complexity: O(R + A) the first time a filter is used (to index it); then a
    ///   bidirectional breadth-first search, O(R + A) worst case and usually far less, since
    ///   it expands the frontier with fewer relations to scan and stops where the two meet.
    public func shortestPath(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int = .max
    ) -> GraphPath? {
        let index = adjacency(for: filter)
        guard let chain = bidirectionalSearch(from: source, to: target, in: index, maxHops: maxHops, wantChain: true)?.chain
        else { return nil }
        return path(through: chain, in: index)
    }

    /// The number of hops on a shortest path, or nil when none is within `maxHops`.
    /// - Complexity: as `shortestPath(from:to:filter:maxHops:)`, without building the path.
    public func shortestPathLength(
        from source: ActorIndex, to target: ActorIndex, filter: RelationFilter = .all,
        maxHops: Int = .max
    ) -> Int? {
        bidirectionalSearch(from: source, to: target, in: adjacency(for: filter), maxHops: maxHops, wantChain: false)?.length
    }

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
        guard k > 0 else { return [] }
        let index = adjacency(for: filter)
        var search = PathSearch(index: index, weighting: weighting)
        guard let first = search.cheapest(from: source, to: target) else { return [] }
        var accepted: [(chain: [ActorIndex], cost: Double)] = [first]
        var candidates: [(chain: [ActorIndex], cost: Double)] = []
        var seen: Set<[ActorIndex]> = [first.chain]
        while accepted.count < k, let previous = accepted.last?.chain {
            for i in 0..<(previous.count - 1) {
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
        return accepted.map { RankedPath(path: path(through: $0.chain, in: index), cost: $0.cost) }
    }

    /// Level-synchronous search from both ends, always growing the frontier that is cheaper to scan.
    func bidirectionalSearch(
        from source: ActorIndex, to target: ActorIndex, in index: AdjacencyIndex, maxHops: Int,
        wantChain: Bool
    ) -> (length: Int, chain: [ActorIndex])? {
        guard index.contains(source), index.contains(target), maxHops >= 0 else { return nil }
        if source == target { return (0, [source]) }
        return withScratch { scratch in
            let forward = scratch.nextGeneration(count: 2), backward = forward + 1
            let tagged = scratch.tagged, parent = scratch.parent
            let forwardQueue = scratch.queue, backwardQueue = scratch.queue2
            @inline(__always) func tag(_ mark: UInt32, _ distance: Int32) -> UInt64 {
                UInt64(mark) << 32 | UInt64(UInt32(bitPattern: distance))
            }
            tagged[Int(source)] = tag(forward, 0)
            parent[Int(source)] = -1
            tagged[Int(target)] = tag(backward, 0)
            parent[Int(target)] = -1
            forwardQueue[0] = source
            backwardQueue[0] = target
            var forwardHead = 0, forwardTail = 1, backwardHead = 0, backwardTail = 1
            var depthSum = 0
            // Work to expand each frontier: the sum of its degrees. Growing the cheaper side
            // keeps a search that touches a hub from scanning the hub's whole list.
            var forwardWork = index.degree(of: source), backwardWork = index.degree(of: target)
            var best = Int.max
            var meetForward: Int32 = -1, meetBackward: Int32 = -1
            index.neighbourStart.withUnsafeBufferPointer { start in
                index.neighbour.withUnsafeBufferPointer { neighbour in
                    while forwardHead < forwardTail && backwardHead < backwardTail && depthSum < maxHops {
                        let growForward = forwardWork <= backwardWork
                        var nextWork = 0
                        let queue = growForward ? forwardQueue : backwardQueue
                        let own = growForward ? forward : backward
                        let other = growForward ? backward : forward
                        var head = growForward ? forwardHead : backwardHead
                        var tail = growForward ? forwardTail : backwardTail
                        let levelEnd = tail
                        while head < levelEnd && best == Int.max {
                            let u = queue[head]
                            head &+= 1
                            let du = Int32(truncatingIfNeeded: tagged[Int(u)])
                            let next = tag(own, du &+ 1)
                            for e in Int(start[Int(u)])..<Int(start[Int(u) + 1]) {
                                let v = neighbour[e]
                                let word = tagged[Int(v)]
                                let m = UInt32(truncatingIfNeeded: word >> 32)
                                if m == other {
                                    // The other side's marked actors below its frontier were all
                                    // expanded, so any actor next to one of them would carry the
                                    // other side's mark: the first meeting is a shortest one.
                                    best = Int(du) + 1 + Int(Int32(truncatingIfNeeded: word))
                                    meetForward = growForward ? u : v
                                    meetBackward = growForward ? v : u
                                    break
                                } else if m != own {
                                    tagged[Int(v)] = next
                                    if wantChain { parent[Int(v)] = u }
                                    queue[tail] = v
                                    tail &+= 1
                                    nextWork &+= Int(start[Int(v) + 1] &- start[Int(v)])
                                }
                            }
                        }
                        if growForward {
                            forwardHead = head
                            forwardTail = tail
                            forwardWork = nextWork
                        } else {
                            backwardHead = head
                            backwardTail = tail
                            backwardWork = nextWork
                        }
                        depthSum += 1
                        if best != Int.max { break }
                    }
                }
            }
            guard best != Int.max, best <= maxHops else { return nil }
            guard wantChain else { return (best, []) }
            var chain: [ActorIndex] = []
            var node = meetForward
            while node >= 0 {
                chain.append(node)
                node = parent[Int(node)]
            }
            chain.reverse()
            node = meetBackward
            while node >= 0 {
                chain.append(node)
                node = parent[Int(node)]
            }
            return (best, chain)
        }
    }
}

/// Single-source search over an `AdjacencyIndex` (breadth-first for hop counts, Dijkstra
/// for tie strength), with the actors and edges that Yen's algorithm blocks. Per-actor state
/// lives in arrays reused across the many spur searches of one query, stamped per search so
/// that starting one is O(1).
struct PathSearch {
    let index: AdjacencyIndex
    let weighting: PathWeighting
    var blockedActors: Set<ActorIndex> = []
    var blockedEdges: Set<UInt64> = []
    private var stamp: [UInt32]
    private var settled: [UInt32]
    private var blocked: [UInt32]
    private var distance: [Double]
    private var parent: [Int32]
    private var generation: UInt32 = 0

    init(index: AdjacencyIndex, weighting: PathWeighting) {
        self.index = index
        self.weighting = weighting
        let n = index.actorCount
        stamp = [UInt32](repeating: 0, count: n)
        settled = [UInt32](repeating: 0, count: n)
        blocked = [UInt32](repeating: 0, count: n)
        distance = [Double](repeating: 0, count: n)
        parent = [Int32](repeating: -1, count: n)
    }

    static func edgeKey(_ a: ActorIndex, _ b: ActorIndex) -> UInt64 {
        let low = UInt64(UInt32(bitPattern: min(a, b))), high = UInt64(UInt32(bitPattern: max(a, b)))
        return high << 32 | low
    }

    func cost(ofEntry entry: Int) -> Double {
        switch weighting {
        case .hops: return 1
        case .tieStrength: return 1 / Double(max(index.relationCount(ofEntry: entry), 1))
        }
    }

    func cost(of chain: [ActorIndex]) -> Double {
        zip(chain, chain.dropFirst()).reduce(0) { total, pair in
            total + (index.entry(from: pair.0, to: pair.1).map { cost(ofEntry: $0) } ?? .infinity)
        }
    }

    mutating func cheapest(from source: ActorIndex, to target: ActorIndex) -> (chain: [ActorIndex], cost: Double)? {
        guard index.contains(source), index.contains(target), !blockedActors.contains(source) else { return nil }
        if source == target { return ([source], 0) }
        generation &+= 1
        if generation == 0 {
            stamp = [UInt32](repeating: 0, count: stamp.count)
            settled = stamp
            blocked = stamp
            generation = 1
        }
        let now = generation
        for actor in blockedActors where index.contains(actor) { blocked[Int(actor)] = now }
        // Blocked edges are few (those leaving the spur actor), so a set lookup only happens
        // for edges whose endpoint is blocked-edge-bearing.
        var edgeEnds = Set<ActorIndex>()
        for key in blockedEdges {
            edgeEnds.insert(ActorIndex(truncatingIfNeeded: key & 0xFFFF_FFFF))
            edgeEnds.insert(ActorIndex(truncatingIfNeeded: key >> 32))
        }
        func usable(_ u: Int32, _ v: Int32) -> Bool {
            if blocked[Int(v)] == now { return false }
            if !edgeEnds.isEmpty && edgeEnds.contains(u) && blockedEdges.contains(Self.edgeKey(u, v)) { return false }
            return true
        }
        stamp[Int(source)] = now
        distance[Int(source)] = 0
        parent[Int(source)] = -1
        var found = false
        switch weighting {
        case .hops:
            // Unit costs: breadth-first order is cost order, and the first discovery is final.
            var queue: [Int32] = [source]
            var head = 0
            search: while head < queue.count {
                let u = queue[head]
                head += 1
                for entry in Int(index.neighbourStart[Int(u)])..<Int(index.neighbourStart[Int(u) + 1]) {
                    let v = index.neighbour[entry]
                    guard stamp[Int(v)] != now, usable(u, v) else { continue }
                    stamp[Int(v)] = now
                    distance[Int(v)] = distance[Int(u)] + 1
                    parent[Int(v)] = u
                    if v == target {
                        found = true
                        break search
                    }
                    queue.append(v)
                }
            }
        case .tieStrength:
            var heap = MinHeap()
            heap.push(0, source)
            while let (d, u) = heap.pop() {
                if settled[Int(u)] == now { continue }
                settled[Int(u)] = now
                if u == target {
                    found = true
                    break
                }
                for entry in Int(index.neighbourStart[Int(u)])..<Int(index.neighbourStart[Int(u) + 1]) {
                    let v = index.neighbour[entry]
                    guard settled[Int(v)] != now, usable(u, v) else { continue }
                    let candidate = d + cost(ofEntry: entry)
                    // Equal costs keep the smaller parent so that answers do not depend on heap order.
                    if stamp[Int(v)] == now
                        && (distance[Int(v)] < candidate || (distance[Int(v)] == candidate && parent[Int(v)] <= u))
                    {
                        continue
                    }
                    stamp[Int(v)] = now
                    distance[Int(v)] = candidate
                    parent[Int(v)] = u
                    heap.push(candidate, v)
                }
            }
        }
        guard found else { return nil }
        var chain: [ActorIndex] = [target]
        var node = target
        while parent[Int(node)] >= 0 {
            node = parent[Int(node)]
            chain.append(node)
        }
        return (chain.reversed(), distance[Int(target)])
    }
}

/// A binary min-heap of (cost, actor), ties broken by actor index.
struct MinHeap {
    private var items: [(Double, Int32)] = []

    var isEmpty: Bool { items.isEmpty }

    private static func less(_ a: (Double, Int32), _ b: (Double, Int32)) -> Bool {
        a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
    }

    mutating func push(_ cost: Double, _ actor: Int32) {
        items.append((cost, actor))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count && Self.less(items[left], items[smallest]) { smallest = left }
            if right < items.count && Self.less(items[right], items[smallest]) { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
