import EntenteGraph

/// A relation found in one sentence, before evidence is attached.
struct Claim: Sendable, Hashable {
    var source: String
    var target: String
    var kind: RelationKind
    /// A CAMEO code finer than the kind's, from the phrase that matched.
    var code: String? = nil
    var certainty: Certainty
    var speaker: String?
}

extension Claim {
    /// The target of a mediation whose parties the sentence does not name ("Libya brokered that
    /// deal", "Turkey acted as the intermediary"): the extractor fills in the pair just related.
    static let partiesToFind = "\u{0}parties"

    var awaitsParties: Bool { target == Self.partiesToFind }

    /// The target of a use of force that names no one struck ("the junta launched airstrikes in
    /// the area"): the extractor fills in whom the doer has just been fighting.
    static let opponentToFind = "\u{0}opponent"

    var awaitsOpponent: Bool { target == Self.opponentToFind }

    /// The source of a measure stated without its doer ("Two of his aides were also
    /// blacklisted"): the extractor fills in whoever the article has just seen take it.
    static let doerToFind = "\u{0}doer"

    var awaitsDoer: Bool { source == Self.doerToFind }

    /// Measures whose unnamed doer is the article's latest doer of the same kind.
    static let doerKinds: Set<RelationKind> = [.sanction, .expel, .arrest]

    /// Whether the claim still waits for a party the extractor fills in.
    var isOpen: Bool { awaitsParties || awaitsOpponent || awaitsDoer }

    /// Kinds of force whose unnamed target is the doer's latest opponent.
    static let opponentKinds: Set<RelationKind> = [.attack, .occupy]


    /// The claim with the phrase's finer code, when the claim kept the phrase's kind.
    func coded(_ code: String?, under kind: RelationKind) -> Claim {
        guard let code, self.kind == kind else { return self }
        var copy = self
        copy.code = code
        return copy
    }
}
