/// Which relations a query or a diagram looks at. Negated relations are never admitted:
/// a denied claim is not an edge.
public struct RelationFilter: Sendable, Hashable {
    public var polarities: Set<Polarity>
    /// Empty means every kind.
    public var kinds: Set<RelationKind>
    public var certainties: Set<Certainty>
    public var minimumEvidence: Int
    /// Inclusive ISO dates (`yyyy-MM-dd`); with either set, relations without a date are left out
    /// (`undatedLeftOut` counts them, so a command can say so).
    public var from: String?
    public var through: String?
    /// Empty means every actor kind.
    public var actorKinds: Set<ActorKind>

    public init(
        polarities: Set<Polarity> = Set(Polarity.allCases),
        kinds: Set<RelationKind> = [],
        certainties: Set<Certainty> = [.asserted, .reported, .hypothetical],
        minimumEvidence: Int = 1,
        from: String? = nil,
        through: String? = nil,
        actorKinds: Set<ActorKind> = []
    ) {
        self.polarities = polarities
        self.kinds = kinds
        self.certainties = certainties.subtracting([.negated])
        self.minimumEvidence = minimumEvidence
        self.from = from
        self.through = through
        self.actorKinds = actorKinds
    }

    public static let all = RelationFilter()

    /// Whether one relation passes, before evidence counting (which needs its tie).
    public func admits(_ relation: Relation) -> Bool {
        guard relation.certainty != .negated, certainties.contains(relation.certainty),
            polarities.contains(relation.kind.polarity)
        else { return false }
        if !kinds.isEmpty && !kinds.contains(relation.kind) { return false }
        return admitsDate(relation.evidence.date)
    }

    /// Whether a relation with this date passes `from`/`through`; undated ones do only when neither is set.
    public func admitsDate(_ date: String?) -> Bool {
        guard from != nil || through != nil else { return true }
        guard let date else { return false }
        if let from, date < from { return false }
        if let through, date.prefix(through.count) > through { return false }
        return true
    }

    /// How many relations this filter leaves out only for having no date.
    public func undatedLeftOut(in graph: KnowledgeGraph) -> Int {
        guard from != nil || through != nil else { return 0 }
        return graph.relations.count { $0.evidence.date == nil && $0.certainty != .negated }
    }

    public func admits(_ actor: Actor) -> Bool { actorKinds.isEmpty || actorKinds.contains(actor.kind) }
}
