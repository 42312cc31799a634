extension RelationFilter {
    /// This filter narrowed to the given polarities.
    /// - Complexity: O(1) (at most three polarities).
    public func restricted(to polarities: Set<Polarity>) -> RelationFilter {
        var copy = self
        copy.polarities = self.polarities.intersection(polarities)
        return copy
    }
}

extension KnowledgeGraph {
    /// The ties of one polarity between `actor` and each actor it has such relations with:
    /// counts per kind, net weight, first and last date, evidence count. Strongest first (by
    /// the size of the net weight, then evidence, then actor index).
    ///
    /// Read from the actor's row of the unfiltered index (`adjacency(for: .all)`), which every
    /// narrower filter's row is a subset of, so no index is built for the narrowed filter.
    /// - Complexity: O(R + A) the first time the unfiltered index is needed (none for a graph
    ///   file, which holds it); then O(h log h) for the h relations around the actor.
    public func ties(of actor: ActorIndex, polarity: Polarity, filter: RelationFilter = .all) -> [Tie] {
        let narrowed = filter.restricted(to: [polarity])
        let index = adjacency(for: .all)
        guard index.contains(actor) else { return [] }
        let compiled = CompiledFilter(narrowed, graph: self)
        var result: [Tie] = []
        for entry in Int(index.neighbourStart[Int(actor)])..<Int(index.neighbourStart[Int(actor) + 1]) {
            let admitted = index.relations(ofEntry: entry).filter {
                compiled.admits(Int($0), in: self, source: sources[Int($0)], target: targets[Int($0)])
            }
            guard !admitted.isEmpty else { continue }
            let tie = tie(between: actor, and: index.neighbour[entry], relations: admitted)
            if tie.evidenceCount >= narrowed.minimumEvidence { result.append(tie) }
        }
        return result.sorted { l, r in
            if abs(l.netWeight) != abs(r.netWeight) { return abs(l.netWeight) > abs(r.netWeight) }
            if l.evidenceCount != r.evidenceCount { return l.evidenceCount > r.evidenceCount }
            return (l.a == actor ? l.b : l.a) < (r.a == actor ? r.b : r.a)
        }
    }

    /// Cooperation ties of an actor, strongest first.
    /// - Complexity: as `ties(of:polarity:filter:)`.
    public func allies(of actor: ActorIndex, filter: RelationFilter = .all) -> [Tie] {
        ties(of: actor, polarity: .cooperation, filter: filter)
    }

    /// Conflict ties of an actor, most hostile first.
    /// - Complexity: as `ties(of:polarity:filter:)`.
    public func rivals(of actor: ActorIndex, filter: RelationFilter = .all) -> [Tie] {
        ties(of: actor, polarity: .conflict, filter: filter)
    }

    /// Aggregates relations between two actors into a tie.
    func tie(between x: ActorIndex, and y: ActorIndex, relations list: [RelationIndex]) -> Tie {
        var tie = Tie(a: min(x, y), b: max(x, y), relations: list, counts: [:], netWeight: 0, evidenceCount: 0)
        var sentences = Set<Evidence>()
        for r in list {
            let relation = relations[Int(r)]
            tie.counts[relation.kind, default: 0] += 1
            tie.netWeight += relation.kind.weight
            if let date = relation.evidence.date {
                if tie.firstDate.map({ date < $0 }) ?? true { tie.firstDate = date }
                if tie.lastDate.map({ date > $0 }) ?? true { tie.lastDate = date }
            }
            sentences.insert(relation.evidence)
        }
        tie.evidenceCount = sentences.count
        return tie
    }
}
