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
