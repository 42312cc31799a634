import EntenteGraph

/// A relation found in one sentence, before evidence is attached.
struct Claim: Sendable, Hashable {
    var source: String
    var target: String
    var kind: RelationKind
    var certainty: Certainty
    var speaker: String?
}
