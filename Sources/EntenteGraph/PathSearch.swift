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
