/// The aggregate of all relations between two actors, as diagrams draw it.
public struct Tie: Sendable, Hashable {
    /// Actor indices, ordered so that `a < b`; direction lives in the relations.
    public var a: ActorIndex
    public var b: ActorIndex
    public var relations: [RelationIndex]
    public var counts: [RelationKind: Int]
    /// Sum of the Goldstein weights of the relations.
    public var netWeight: Double
    public var firstDate: String?
    public var lastDate: String?
    /// Distinct sentences behind the tie.
    public var evidenceCount: Int

    /// The polarity with the most relations, conflict winning ties of count (a threat matters).
    public var dominantPolarity: Polarity {
        var byPolarity: [Polarity: Int] = [:]
        for (kind, count) in counts { byPolarity[kind.polarity, default: 0] += count }
        return Polarity.allCases.max { l, r in
            let lc = byPolarity[l] ?? 0, rc = byPolarity[r] ?? 0
            if lc != rc { return lc < rc }
            return rank(l) < rank(r)
        } ?? .cooperation
    }

    private func rank(_ polarity: Polarity) -> Int {
        switch polarity {
        case .conflict: return 2
        case .cooperation: return 1
        case .affiliation: return 0
        }
    }

    /// The kinds present, most frequent first.
    public var kinds: [RelationKind] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.map(\.key)
    }
}

extension KnowledgeGraph {
    /// Ties between actors over the relations the filter admits, split by polarity so that
    /// allies who also quarrel show both ties; ties below the evidence minimum are dropped.
    /// - Complexity: O(R log R) for R relations.
    public func ties(filter: RelationFilter = .all) -> [Tie] {
        struct Key: Hashable { var a: ActorIndex, b: ActorIndex, polarity: Polarity }
        var grouped: [Key: Tie] = [:]
        var sentences: [Key: Set<Evidence>] = [:]
        for (i, relation) in relations.enumerated() where filter.admits(relation) {
            let s = sources[i], t = targets[i]
            guard s != t, filter.admits(actors[Int(s)]), filter.admits(actors[Int(t)]) else { continue }
            let key = Key(a: min(s, t), b: max(s, t), polarity: relation.kind.polarity)
            var tie = grouped[key] ?? Tie(a: key.a, b: key.b, relations: [], counts: [:], netWeight: 0, evidenceCount: 0)
            tie.relations.append(RelationIndex(i))
            tie.counts[relation.kind, default: 0] += 1
            tie.netWeight += relation.kind.weight
            if let date = relation.evidence.date {
                if tie.firstDate.map({ date < $0 }) ?? true { tie.firstDate = date }
                if tie.lastDate.map({ date > $0 }) ?? true { tie.lastDate = date }
            }
            grouped[key] = tie
            sentences[key, default: []].insert(relation.evidence)
        }
        var result: [Tie] = []
        for (key, var tie) in grouped {
            tie.evidenceCount = sentences[key]?.count ?? 0
            if tie.evidenceCount >= filter.minimumEvidence { result.append(tie) }
        }
        result.sort { ($0.a, $0.b, $0.dominantPolarity.rawValue) < ($1.a, $1.b, $1.dominantPolarity.rawValue) }
        return result
    }
}
