/// A group of actors held together by cooperation.
public struct Bloc: Sendable, Hashable {
    /// Position in `BlocReport.blocs`.
    public var id: Int
    /// Ascending actor indices.
    public var members: [ActorIndex]
    /// The cooperation component the bloc was carved from (several blocs share one when a
    /// large component was split into communities).
    public var component: Int
    /// The member the bloc is named after: the one with the most cooperation weight inside it.
    public var leader: ActorIndex

    public init(id: Int, members: [ActorIndex], component: Int, leader: ActorIndex? = nil) {
        self.id = id
        self.members = members
        self.component = component
        self.leader = leader ?? members.first ?? 0
    }

    /// "Russia's bloc", "the United States' bloc".
    public func name(in graph: KnowledgeGraph) -> String {
        let name = graph.actors[Int(leader)].name
        return name.hasSuffix("s") ? "\(name)' bloc" : "\(name)'s bloc"
    }
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

    /// Blocs: a signed clustering, as in structural balance. Asserted material and verbal
    /// cooperation (QuadClass 1 and 2) pulls a pair together by its Goldstein weight; conflict
    /// (asserted or reported) pushes it apart by its weight. Meetings count for little
    /// (Goldstein 1) and hypothetical or reported cooperation not at all, so rivals who talk
    /// do not end up in one bloc. Each actor in turn joins the neighbouring group it is most
    /// drawn to, until no one moves: within components of up to `splitAbove` actors the pull
    /// is the plain signed sum (correlation clustering); larger ones use signed modularity
    /// (Gómez, Jensen and Arenas 2009), so one bridge cannot merge two dense groups. Groups of
    /// one form no bloc. People count as the state or group they act for and join its bloc.
    /// Then the conflict relations between blocs.
    /// - Complexity: O(R + A log A) for the weights and components, plus O(R) per moving
    ///   round, at most `rounds` rounds.
    public func blocs(filter: RelationFilter = .all, splitAbove: Int = 50, rounds: Int = 30) -> BlocReport {
        let signed = SignedWeights(self, filter: filter)
        var blocOf = [Int](repeating: -1, count: actorCount)
        var members: [(members: [ActorIndex], component: Int, leader: ActorIndex)] = []
        for (c, group) in signed.positiveComponents(actorCount: actorCount).enumerated() {
            for community in signed.communities(of: group, modularity: group.count > splitAbove, rounds: rounds) where community.count > 1 {
                members.append((community, c, signed.strongest(in: community, graph: self)))
            }
        }
        // People join the bloc of the state or group they act for.
        var blocIndex: [ActorIndex: Int] = [:]
        for (position, entry) in members.enumerated() { for actor in entry.members { blocIndex[actor] = position } }
        for (index, actor) in actors.enumerated() where actor.kind == .person {
            let home = SignedWeights.standsFor(ActorIndex(index), in: self)
            guard home != ActorIndex(index), let position = blocIndex[home], filter.admits(actor) else { continue }
            members[position].members.append(ActorIndex(index))
        }
        for position in members.indices { members[position].members.sort() }
        members.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
        var blocs: [Bloc] = []
        for (id, entry) in members.enumerated() {
            blocs.append(Bloc(id: id, members: entry.members, component: entry.component, leader: entry.leader))
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
}
