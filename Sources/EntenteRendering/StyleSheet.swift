public import EntenteGraph

/// Maps what a diagram shows (actor kinds, polarities, relation kinds, certainties) to
/// Graphviz attributes. Edge attributes cascade default < polarity < kind < certainty;
/// node attributes cascade default < actor kind.
///
/// Loaded from YAML (`Styles/*.yaml`, schema in `Styles/README.md`); every attribute name is
/// checked against Graphviz's vocabulary when the sheet is parsed.
public struct StyleSheet: Sendable, Hashable {
    /// The name the sheet was asked for by, or its file name without `.yaml`.
    public var name: String
    /// Where the sheet came from (a path, or the `source` given to `parse`).
    public var source: String
    public var description: String
    public var graph: [String: String]
    public var node: [String: String]
    public var edge: [String: String]
    public var actorKinds: [ActorKind: [String: String]]
    public var polarities: [Polarity: [String: String]]
    public var kinds: [RelationKind: [String: String]]
    public var certainties: [Certainty: [String: String]]

    public init(
        name: String = "custom", source: String = "", description: String = "",
        graph: [String: String] = [:], node: [String: String] = [:], edge: [String: String] = [:],
        actorKinds: [ActorKind: [String: String]] = [:], polarities: [Polarity: [String: String]] = [:],
        kinds: [RelationKind: [String: String]] = [:], certainties: [Certainty: [String: String]] = [:]
    ) {
        self.name = name
        self.source = source
        self.description = description
        self.graph = graph
        self.node = node
        self.edge = edge
        self.actorKinds = actorKinds
        self.polarities = polarities
        self.kinds = kinds
        self.certainties = certainties
    }

    /// Node attributes for an actor of `kind`, defaults included.
    public func nodeAttributes(for kind: ActorKind) -> [String: String] {
        node.merging(nodeOverrides(for: kind)) { _, specific in specific }
    }

    /// Edge attributes for a tie, defaults included: default < polarity < kind < certainty.
    public func edgeAttributes(polarity: Polarity, kind: RelationKind?, certainty: Certainty) -> [String: String] {
        edge.merging(edgeOverrides(polarity: polarity, kind: kind, certainty: certainty)) { _, specific in specific }
    }

    /// What an actor kind changes from the node defaults (which the graph declares once).
    func nodeOverrides(for kind: ActorKind) -> [String: String] {
        actorKinds[kind] ?? [:]
    }

    /// What the cascade changes from the edge defaults (which the graph declares once).
    func edgeOverrides(polarity: Polarity, kind: RelationKind?, certainty: Certainty) -> [String: String] {
        var merged = polarities[polarity] ?? [:]
        if let kind, let specific = kinds[kind] { merged.merge(specific) { _, new in new } }
        if let specific = certainties[certainty] { merged.merge(specific) { _, new in new } }
        return merged
    }
}
