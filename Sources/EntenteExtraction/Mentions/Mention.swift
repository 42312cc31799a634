import EntenteGraph

/// An actor named in a sentence, spanning tokens `first...last` of that sentence.
struct Mention: Sendable {
    var first: Int
    var last: Int
    var actor: String
    var kind: ActorKind
    var form: MentionForm
    /// Followed by "'s": the actor owns what comes next.
    var possessive = false
    /// Whether the mention can be a verb's subject or object. A bare demonym ("Russian news
    /// agencies") and the state in "Russian President Vladimir Putin" cannot.
    var isArgument = true
    /// "the two countries" stands for two actors: two mentions over the same words, the
    /// first marked `.first` and the one after it `.second`. Clause analysis takes both.
    var pair: PairPart = .none
}

enum PairPart: Sendable {
    case none, first, second
}

/// An affiliation read off a noun phrase ("Russian President X", "NATO member Poland").
struct PhraseAffiliation: Sendable {
    var member: String
    var group: String
    var kind: RelationKind
}
