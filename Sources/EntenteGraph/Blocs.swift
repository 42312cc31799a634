/// A group of actors held together by cooperation.
public struct Bloc: Sendable, Hashable {
    /// Position in `BlocReport.blocs`.
    public var id: Int
    /// Ascending actor indices.
    public var members: [ActorIndex]
    /// The cooperation component the bloc was carved from (several blocs share one when a
    /// large component was split into communities).
    public var component: Int
}

/// Conflict between two blocs: every admitted conflict relation from a member of one to a
/// member of the other.
public struct BlocConflict: Sendable, Hashable {
    /// Bloc ids, `a < b`.
    public var a: Int
    public var b: Int
    public var relationCount: Int
    /// Distinct actor pairs in conflict across the two blocs.
    public var tieCount: Int
    /// Sum of the Goldstein weights (negative).
    public var netWeight: Double
}

public struct BlocReport: Sendable, Hashable {
    /// Largest first; actors without cooperation ties form no bloc.
    public var blocs: [Bloc]
    /// Most relations first.
    public var conflicts: [BlocConflict]
    /// Bloc id per actor, -1 for actors in no bloc.
    public var blocOf: [Int]
}

extension KnowledgeGraph {
    /// Connected components of the graph the filter admits, largest first (ties by smallest
    /// member); every actor of an admitted kind appears, isolated ones as singletons.
    /// - Complexity: O(R α(A) + A log A) by union-find over the relation columns; with a
    ///   minimum evidence count, O(R + A) over the filtered adjacency instead.
    public func components(filter: RelationFilter = .all) -> [[ActorIndex]] {
        let label = componentLabels(filter: filter)
        var groups: [Int32: [ActorIndex]] = [:]
        for (actor, root) in label.enumerated() where root >= 0 { groups[root, default: []].append(ActorIndex(actor)) }
        return groups.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Component sizes, largest first.
    /// - Complexity: O(R α(A) + A log A).
    public func componentSizes(filter: RelationFilter = .all) -> [Int] {
        let label = componentLabels(filter: filter)
        var size = [Int](repeating: 0, count: actorCount)
        for root in label where root >= 0 { size[Int(root)] += 1 }
        return size.filter { $0 > 0 }.sorted(by: >)
    }

    /// A representative actor per actor (-1 for actors the filter's actor kinds exclude).
    func componentLabels(filter: RelationFilter) -> [Int32] {
        let compiled = CompiledFilter(filter, graph: self)
        var parent = [Int32](0..<Int32(actorCount))
        if filter.minimumEvidence > 1 {
            // Evidence counts belong to actor pairs, which only the adjacency knows.
            let index = adjacency(for: filter)
            for a in 0..<actorCount {
                for entry in Int(index.neighbourStart[a])..<Int(index.neighbourStart[a + 1]) {
                    Self.union(&parent, Int32(a), index.neighbour[entry])
                }
            }
        } else {
            sources.withUnsafeBufferPointer { sources in
                targets.withUnsafeBufferPointer { targets in
                    for r in 0..<relationCount {
                        let s = sources[r], t = targets[r]
                        if compiled.admits(r, in: self, source: s, target: t) { Self.union(&parent, s, t) }
                    }
                }
            }
        }
        for a in 0..<actorCount {
            if !compiled.admitsActor.isEmpty && !compiled.admitsActor[a] {
                parent[a] = -1
            } else {
                parent[a] = Self.find(&parent, Int32(a))
            }
        }
        return parent
    }

    @inline(__always)
    static func find(_ parent: inout [Int32], _ x: Int32) -> Int32 {
        var x = x
        while parent[Int(x)] != x {
            // Path halving keeps trees flat without recursion.
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }

    @inline(__always)
    static func union(_ parent: inout [Int32], _ a: Int32, _ b: Int32) {
        let ra = find(&parent, a), rb = find(&parent, b)
        if ra != rb {
            // The smaller index becomes the root, so labels do not depend on relation order.
            if ra < rb { parent[Int(rb)] = ra } else { parent[Int(ra)] = rb }
        }
    }

    /// Blocs: components of the cooperation graph, with components larger than
    /// `splitAbove` actors split into communities by Louvain local moving (pairs weighted by
    /// their number of cooperation relations; deterministic: actors in index order); then the
    /// conflict relations between blocs.
    /// - Complexity: O(R + A) for components, plus O(R log R) per local-moving round for split
    ///   components, at most `rounds` rounds.
    public func blocs(filter: RelationFilter = .all, splitAbove: Int = 50, rounds: Int = 30) -> BlocReport {
        let cooperation = filter.restricted(to: [.cooperation])
        let index = adjacency(for: cooperation)
        let component = components(filter: cooperation).filter { $0.count > 1 }
        var blocOf = [Int](repeating: -1, count: actorCount)
        var members: [(members: [ActorIndex], component: Int)] = []
        for (c, group) in component.enumerated() {
            if group.count <= splitAbove {
                members.append((group, c))
                continue
            }
            for community in communities(of: group, in: index, rounds: rounds) { members.append((community, c)) }
        }
        members.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        var blocs: [Bloc] = []
        for (id, entry) in members.enumerated() {
            blocs.append(Bloc(id: id, members: entry.members, component: entry.component))
            for actor in entry.members { blocOf[Int(actor)] = id }
        }

        struct Pair: Hashable { var a: Int, b: Int }
        var conflicts: [Pair: BlocConflict] = [:]
        let conflict = adjacency(for: filter.restricted(to: [.conflict]))
        for x in 0..<actorCount where blocOf[x] >= 0 {
            for entry in Int(conflict.neighbourStart[x])..<Int(conflict.neighbourStart[x + 1]) {
                let y = Int(conflict.neighbour[entry])
                // Each pair is seen from both ends; count it from the smaller.
                guard x < y, blocOf[y] >= 0, blocOf[x] != blocOf[y] else { continue }
                let key = Pair(a: min(blocOf[x], blocOf[y]), b: max(blocOf[x], blocOf[y]))
                var summary = conflicts[key] ?? BlocConflict(a: key.a, b: key.b, relationCount: 0, tieCount: 0, netWeight: 0)
                summary.tieCount += 1
                for r in conflict.relations(ofEntry: entry) {
                    summary.relationCount += 1
                    summary.netWeight += relations[Int(r)].kind.weight
                }
                conflicts[key] = summary
            }
        }
        let sorted = conflicts.values.sorted {
            $0.relationCount != $1.relationCount ? $0.relationCount > $1.relationCount : ($0.a, $0.b) < ($1.a, $1.b)
        }
        return BlocReport(blocs: blocs, conflicts: sorted, blocOf: blocOf)
    }

    /// Communities inside one component by the local-moving phase of Louvain (one level):
    /// each actor in turn moves to the neighbouring community with the largest modularity
    /// gain, staying put on ties, until no actor moves. Deterministic, unlike label
    /// propagation with random tie-breaks, and a single bridge cannot merge two dense groups.
    private func communities(of group: [ActorIndex], in index: AdjacencyIndex, rounds: Int) -> [[ActorIndex]] {
        // Dense per-actor arrays: the group can be most of a million-actor graph.
        let n = actorCount
        var community = [Int32](repeating: -1, count: n)
        var strength = [Double](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        var twiceWeight = 0.0
        for actor in group {
            var k = 0.0
            for entry in Int(index.neighbourStart[Int(actor)])..<Int(index.neighbourStart[Int(actor) + 1]) {
                k += Double(index.relationCount(ofEntry: entry))
            }
            community[Int(actor)] = actor
            strength[Int(actor)] = k
            total[Int(actor)] = k
            twiceWeight += k
        }
        guard twiceWeight > 0 else { return [group] }
        var links = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        for _ in 0..<rounds {
            var moved = false
            for actor in group {
                let current = community[Int(actor)], k = strength[Int(actor)]
                total[Int(current)] -= k
                touched.removeAll(keepingCapacity: true)
                for entry in Int(index.neighbourStart[Int(actor)])..<Int(index.neighbourStart[Int(actor) + 1]) {
                    let c = community[Int(index.neighbour[entry])]
                    guard c >= 0 else { continue }
                    if links[Int(c)] == 0 { touched.append(c) }
                    links[Int(c)] += Double(index.relationCount(ofEntry: entry))
                }
                func gain(_ c: Int32) -> Double { links[Int(c)] - k * total[Int(c)] / twiceWeight }
                var best = current, bestGain = gain(current)
                // Ascending community order makes ties go to the smallest label.
                touched.sort()
                for c in touched where c != current {
                    let g = gain(c)
                    if g > bestGain + 1e-12 {
                        best = c
                        bestGain = g
                    }
                }
                for c in touched { links[Int(c)] = 0 }
                total[Int(best)] += k
                if best != current {
                    community[Int(actor)] = best
                    moved = true
                }
            }
            if !moved { break }
        }
        var grouped: [Int32: [ActorIndex]] = [:]
        for actor in group { grouped[community[Int(actor)], default: []].append(actor) }
        return grouped.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
