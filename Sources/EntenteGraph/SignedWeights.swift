/// The signed weight between each pair of actors that blocs rest on: positive from asserted
/// material and verbal cooperation, negative from conflict, both by Goldstein weight.
struct SignedWeights {
    struct Link {
        var other: ActorIndex
        /// Sum of the cooperation weights (≥ 0).
        var pull: Double
        /// Sum of the conflict weights' magnitudes (≥ 0).
        var push: Double
    }

    /// Links per actor, both directions; only actors with some link appear.
    private(set) var links: [ActorIndex: [Link]] = [:]

    /// - Complexity: O(R) over the relation columns, plus O(P log P) for P linked pairs.
    init(_ graph: KnowledgeGraph, filter: RelationFilter) {
        struct Pair: Hashable { var a: ActorIndex, b: ActorIndex }
        var weights: [Pair: (pull: Double, push: Double)] = [:]
        for (index, relation) in graph.relations.enumerated() where filter.admitsDate(relation.evidence.date) {
            // A leader's or minister's deeds are their state's or group's.
            let source = Self.standsFor(graph.sources[index], in: graph), target = Self.standsFor(graph.targets[index], in: graph)
            guard source != target, filter.admits(graph.actors[Int(source)]), filter.admits(graph.actors[Int(target)]) else { continue }
            if !filter.kinds.isEmpty && !filter.kinds.contains(relation.kind) { continue }
            let pair = Pair(a: min(source, target), b: max(source, target))
            switch relation.kind.polarity {
            case .cooperation:
                // Asserted cooperation of QuadClass 1 or 2; hypothetical, reported and denied
                // cooperation says nothing about who stands together.
                guard relation.certainty == .asserted, filter.polarities.contains(.cooperation),
                    [1, 2].contains(relation.kind.quadClass), relation.kind.weight > 0
                else { continue }
                weights[pair, default: (0, 0)].pull += relation.kind.weight
            case .conflict:
                guard relation.certainty == .asserted || relation.certainty == .reported else { continue }
                weights[pair, default: (0, 0)].push += abs(relation.kind.weight)
            default:
                continue
            }
        }
        for pair in weights.keys.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            let weight = weights[pair]!
            links[pair.a, default: []].append(Link(other: pair.b, pull: weight.pull, push: weight.push))
            links[pair.b, default: []].append(Link(other: pair.a, pull: weight.pull, push: weight.push))
        }
    }

    /// The actor a person acts for: their affiliation, followed past other people; the actor
    /// itself when it is no person or has no such affiliation.
    static func standsFor(_ actor: ActorIndex, in graph: KnowledgeGraph) -> ActorIndex {
        var current = actor
        var seen: Set<ActorIndex> = [actor]
        while graph.actors[Int(current)].kind == .person {
            guard let next = graph.actors[Int(current)].affiliation.flatMap(graph.index(ofID:)), seen.insert(next).inserted else { return actor }
            current = next
        }
        return current
    }

    /// Components joined by pulls, largest first (ties by smallest member), members ascending.
    func positiveComponents(actorCount: Int) -> [[ActorIndex]] {
        var parent = [Int32](0..<Int32(actorCount))
        for (actor, list) in links {
            for link in list where link.pull > 0 { KnowledgeGraph.union(&parent, actor, link.other) }
        }
        var groups: [Int32: [ActorIndex]] = [:]
        for actor in links.keys where links[actor]!.contains(where: { $0.pull > 0 }) {
            groups[KnowledgeGraph.find(&parent, actor), default: []].append(actor)
        }
        return groups.values.map { $0.sorted() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// Groups inside one component by local moving: each actor in turn (ascending) joins the
    /// neighbouring group with the best gain, staying put on ties, until no one moves.
    /// With `modularity`, gains are signed modularity's; else the plain pull minus push.
    func communities(of group: [ActorIndex], modularity: Bool, rounds: Int) -> [[ActorIndex]] {
        let members = Set(group)
        var community: [ActorIndex: ActorIndex] = [:]
        var pullStrength: [ActorIndex: Double] = [:], pushStrength: [ActorIndex: Double] = [:]
        var pullTotal: [ActorIndex: Double] = [:], pushTotal: [ActorIndex: Double] = [:]
        var twicePull = 0.0, twicePush = 0.0
        for actor in group {
            community[actor] = actor
            let inside = (links[actor] ?? []).filter { members.contains($0.other) }
            let pull = inside.reduce(0) { $0 + $1.pull }, push = inside.reduce(0) { $0 + $1.push }
            pullStrength[actor] = pull
            pushStrength[actor] = push
            pullTotal[actor] = pull
            pushTotal[actor] = push
            twicePull += pull
            twicePush += push
        }
        for _ in 0..<rounds {
            var moved = false
            for actor in group {
                let current = community[actor]!
                let kPull = pullStrength[actor]!, kPush = pushStrength[actor]!
                pullTotal[current]! -= kPull
                pushTotal[current]! -= kPush
                var pullTo: [ActorIndex: Double] = [:], pushTo: [ActorIndex: Double] = [:]
                for link in links[actor] ?? [] {
                    guard let c = community[link.other] else { continue }
                    pullTo[c, default: 0] += link.pull
                    pushTo[c, default: 0] += link.push
                }
                func gain(_ c: ActorIndex) -> Double {
                    var pull = pullTo[c] ?? 0, push = pushTo[c] ?? 0
                    if modularity {
                        if twicePull > 0 { pull -= kPull * (pullTotal[c] ?? 0) / twicePull }
                        if twicePush > 0 { push -= kPush * (pushTotal[c] ?? 0) / twicePush }
                    }
                    return pull - push
                }
                // Alone is always possible: a group that pushes an actor away loses it.
                var best = current, bestGain = gain(current)
                if actor != current, community.values.allSatisfy({ $0 != actor }), 0 > bestGain + 1e-12 {
                    best = actor
                    bestGain = 0
                }
                for c in pullTo.keys.sorted() where c != current && (pullTo[c] ?? 0) > 0 {
                    let g = gain(c)
                    if g > bestGain + 1e-12 {
                        best = c
                        bestGain = g
                    }
                }
                pullTotal[best, default: 0] += kPull
                pushTotal[best, default: 0] += kPush
                if best != current {
                    community[actor] = best
                    moved = true
                }
            }
            if !moved { break }
        }
        var grouped: [ActorIndex: [ActorIndex]] = [:]
        for actor in group { grouped[community[actor]!, default: []].append(actor) }
        return grouped.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The member with the most pull from the others; ties go to a state, then the smaller id.
    func strongest(in members: [ActorIndex], graph: KnowledgeGraph) -> ActorIndex {
        let inside = Set(members)
        func pull(_ actor: ActorIndex) -> Double {
            (links[actor] ?? []).filter { inside.contains($0.other) }.reduce(0) { $0 + $1.pull }
        }
        return members.max { a, b in
            let (pa, pb) = (pull(a), pull(b))
            if pa != pb { return pa < pb }
            let (sa, sb) = (graph.actors[Int(a)].kind == .state, graph.actors[Int(b)].kind == .state)
            if sa != sb { return !sa }
            return graph.actors[Int(a)].id > graph.actors[Int(b)].id
        } ?? members[0]
    }
}
