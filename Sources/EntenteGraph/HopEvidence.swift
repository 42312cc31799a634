/// Which way the relations of a hop point, relative to the path's walking order.
public enum HopDirection: String, Sendable, Hashable, Codable {
    /// Every relation runs from the hop's `from` actor to its `to` actor.
    case forward
    /// Every relation runs against the walk.
    case backward
    /// Some relations run each way.
    case both
}

/// What a path hop shows a reader: the kind, direction and certainty of the relations behind
/// it, how many sentences attest it, and one of those sentences.
public struct HopEvidence: Sendable, Hashable {
    public var from: ActorIndex
    public var to: ActorIndex
    /// The most frequent kind on the hop (ties: the more hostile, then by name).
    public var kind: RelationKind
    /// Every kind present, most frequent first.
    public var kinds: [RelationKind]
    public var direction: HopDirection
    /// The firmest certainty present (asserted before reported before hypothetical).
    public var certainty: Certainty
    /// Distinct sentences behind the hop.
    public var evidenceCount: Int
    /// A representative sentence: the firmest claim, latest dated first.
    public var evidence: Evidence?
    public var relations: [RelationIndex]
}

extension KnowledgeGraph {
    /// Summarises the relations of one hop for display.
    /// - Complexity: O(h log h) for the h relations on the hop.
    public func evidence(for hop: PathHop) -> HopEvidence {
        var counts: [RelationKind: Int] = [:]
        var forward = false, backward = false
        var distinct = Set<Evidence>()
        var best: Relation?
        for r in hop.relations {
            let relation = relations[Int(r)]
            counts[relation.kind, default: 0] += 1
            if sources[Int(r)] == hop.from { forward = true } else { backward = true }
            distinct.insert(relation.evidence)
            if let current = best {
                if Self.representative(relation, over: current) { best = relation }
            } else {
                best = relation
            }
        }
        let kinds = counts.sorted { l, r in
            if l.value != r.value { return l.value > r.value }
            if l.key.weight != r.key.weight { return l.key.weight < r.key.weight }
            return l.key.rawValue < r.key.rawValue
        }.map(\.key)
        return HopEvidence(
            from: hop.from, to: hop.to, kind: kinds.first ?? .meet, kinds: kinds,
            direction: forward && backward ? .both : (backward ? .backward : .forward),
            certainty: best?.certainty ?? .asserted, evidenceCount: distinct.count,
            evidence: best?.evidence, relations: hop.relations)
    }

    /// Every hop of a path, summarised.
    /// - Complexity: O(h log h) over all relations on the path.
    public func evidence(for path: GraphPath) -> [HopEvidence] { path.hops.map { evidence(for: $0) } }

    private static func representative(_ candidate: Relation, over current: Relation) -> Bool {
        let rank: (Certainty) -> Int = { c in
            switch c {
            case .asserted: return 0
            case .reported: return 1
            case .hypothetical: return 2
            case .negated: return 3
            }
        }
        if rank(candidate.certainty) != rank(current.certainty) {
            return rank(candidate.certainty) < rank(current.certainty)
        }
        return (candidate.evidence.date ?? "") > (current.evidence.date ?? "")
    }
}
