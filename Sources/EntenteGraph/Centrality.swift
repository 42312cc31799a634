/// How central one actor is in the filtered graph.
public struct ActorCentrality: Sendable, Hashable {
    public var actor: ActorIndex
    /// Distinct actors tied to this one.
    public var degree: Int
    /// Distinct actors tied by at least one relation of each polarity.
    public var cooperationDegree: Int
    public var conflictDegree: Int
    public var affiliationDegree: Int
    /// Conflict relations aimed at this actor, and made by it.
    public var conflictReceived: Int
    public var conflictMade: Int
    /// Cooperation relations in either direction.
    public var cooperationRelations: Int
    /// Brandes betweenness on the undirected filtered graph, each unordered pair counted once,
    /// not normalised; 0 when not computed.
    public var betweenness: Double
}

/// The most central actors by several measures, each list best first.
public struct CentralityReport: Sendable, Hashable {
    public var mostConnected: [ActorCentrality]
    /// Most conflict relations received.
    public var mostThreatened: [ActorCentrality]
    /// Most cooperation relations.
    public var mostCooperative: [ActorCentrality]
    /// Highest betweenness (empty when betweenness was not computed).
    public var mostBetween: [ActorCentrality]
}

extension KnowledgeGraph {
    /// Degree by polarity, conflict received and made, cooperation relations, and (optionally)
    /// betweenness for every actor. Exact betweenness costs a search per actor; on large graphs
    /// pass `betweennessSamples` to estimate it from that many evenly spaced sources (scaled
    /// up by actors / samples, as Brandes and Pich 2007 suggest).
    /// - Complexity: O(R + A) for degrees; betweenness (Brandes) adds O(S · (R + A)) for S
    ///   sources (every actor unless sampled).
    public func centrality(
        filter: RelationFilter = .all, betweenness: Bool = true, betweennessSamples: Int? = nil
    ) -> [ActorCentrality] {
        let index = adjacency(for: filter)
        let cooperation = Polarity.cooperation, conflict = Polarity.conflict
        let polarityOfCode = RelationKind.byCode.map(\.polarity)
        var result: [ActorCentrality] = []
        result.reserveCapacity(actorCount)
        for a in 0..<actorCount {
            var c = ActorCentrality(
                actor: ActorIndex(a), degree: index.degree(of: ActorIndex(a)), cooperationDegree: 0,
                conflictDegree: 0, affiliationDegree: 0, conflictReceived: 0, conflictMade: 0,
                cooperationRelations: 0, betweenness: 0)
            for entry in Int(index.neighbourStart[a])..<Int(index.neighbourStart[a + 1]) {
                // Bit per polarity present on this tie: 1 cooperation, 2 conflict, 4 affiliation.
                var seen = 0
                for p in Int(index.relationStart[entry])..<Int(index.relationStart[entry + 1]) {
                    let r = Int(index.relation[p])
                    switch polarityOfCode[Int(kindCodes[r])] {
                    case cooperation:
                        seen |= 1
                        c.cooperationRelations += 1
                    case conflict:
                        seen |= 2
                        if targets[r] == ActorIndex(a) { c.conflictReceived += 1 } else { c.conflictMade += 1 }
                    default:
                        seen |= 4
                    }
                }
                if seen & 1 != 0 { c.cooperationDegree += 1 }
                if seen & 2 != 0 { c.conflictDegree += 1 }
                if seen & 4 != 0 { c.affiliationDegree += 1 }
            }
            result.append(c)
        }
        if betweenness {
            for (a, value) in brandes(index, samples: betweennessSamples).enumerated() { result[a].betweenness = value }
        }
        return result
    }

    /// The top `limit` actors by each measure; actors without ties are left out.
    /// - Complexity: as `centrality(filter:betweenness:betweennessSamples:)`, plus O(A log A).
    public func central(
        filter: RelationFilter = .all, limit: Int = 10, betweenness: Bool = true, betweennessSamples: Int? = nil
    ) -> CentralityReport {
        let all = centrality(filter: filter, betweenness: betweenness, betweennessSamples: betweennessSamples)
            .filter { $0.degree > 0 }
        func top(_ key: (ActorCentrality) -> Double) -> [ActorCentrality] {
            Array(all.filter { key($0) > 0 }.sorted { key($0) != key($1) ? key($0) > key($1) : $0.actor < $1.actor }.prefix(limit))
        }
        return CentralityReport(
            mostConnected: top { Double($0.degree) },
            mostThreatened: top { Double($0.conflictReceived) },
            mostCooperative: top { Double($0.cooperationRelations) },
            mostBetween: betweenness ? top { $0.betweenness } : [])
    }

    /// Brandes (2001): one breadth-first search per source, dependencies accumulated in reverse.
    private func brandes(_ index: AdjacencyIndex, samples: Int?) -> [Double] {
        let n = actorCount
        var sources = Array(0..<n)
        var scale = 1.0
        if let samples, samples > 0, samples < n {
            let step = Double(n) / Double(samples)
            sources = (0..<samples).map { Int(Double($0) * step) }
            scale = Double(n) / Double(samples)
        }
        var centrality = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        for s in sources where index.degree(of: ActorIndex(s)) > 0 {
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1
            distance[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for entry in Int(index.neighbourStart[v])..<Int(index.neighbourStart[v + 1]) {
                    let w = Int(index.neighbour[entry])
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        order.append(Int32(w))
                    }
                    if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
                }
            }
            for w in order.reversed() {
                let wi = Int(w)
                for entry in Int(index.neighbourStart[wi])..<Int(index.neighbourStart[wi + 1]) {
                    let v = Int(index.neighbour[entry])
                    if distance[v] == distance[wi] - 1 { delta[v] += sigma[v] / sigma[wi] * (1 + delta[wi]) }
                }
                if wi != s { centrality[wi] += delta[wi] }
            }
            for v in order {
                sigma[Int(v)] = 0
                distance[Int(v)] = -1
                delta[Int(v)] = 0
            }
        }
        // Each unordered pair was counted from both ends.
        return centrality.map { $0 * scale / 2 }
    }
}
