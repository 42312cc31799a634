extension AdjacencyIndex {
    /// Hops from every actor to `target` (breadth-first), `Int32.max` for actors farther than
    /// `bound` hops or out of reach. Path enumerations prune with it.
    /// - Complexity: O(R + A).
    func hopsTo(_ target: ActorIndex, within bound: Int) -> [Int32] {
        var distance = [Int32](repeating: .max, count: actorCount)
        guard contains(target) else { return distance }
        distance[Int(target)] = 0
        var queue: [Int32] = [target]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            let next = distance[Int(current)] + 1
            if Int(next) > bound { continue }
            for entry in Int(neighbourStart[Int(current)])..<Int(neighbourStart[Int(current) + 1]) {
                let other = Int(neighbour[entry])
                if distance[other] == .max {
                    distance[other] = next
                    queue.append(Int32(other))
                }
            }
        }
        return distance
    }
}
