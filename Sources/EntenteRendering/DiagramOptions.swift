public import EntenteGraph

/// Which part of a diagram to draw.
public enum DiagramLayer: String, Sendable, CaseIterable, Hashable {
    /// Cooperation and affiliation ties.
    case alliances
    /// Conflict ties.
    case threats

    public var polarities: Set<Polarity> {
        switch self {
        case .alliances: return [.cooperation, .affiliation]
        case .threats: return [.conflict]
        }
    }
}

/// What to put in a diagram and how to lay it out.
public struct DiagramOptions: Sendable, Hashable {
    /// Draw only actors within `depth` hops of this actor.
    public var focus: ActorIndex?
    public var depth: Int
    public var layers: Set<DiagramLayer>
    public var filter: RelationFilter
    public var title: String?
    /// Graphviz layout engine; nil lets the renderer pick the one whose drawing prints largest
    /// on A4 (`engine(forActorCount:)` above 80 actors).
    public var layout: String?
    /// Refuse views with more actors than this: Graphviz takes minutes and the picture is
    /// unreadable long before.
    public var maxNodes: Int
    /// Also draw actors without any drawn tie (never the case in a focus view).
    public var includeIsolated: Bool
    /// Draw the legend.
    public var legend: Bool
    /// Group actors held together by cooperation into clusters (dot and fdp draw them).
    public var blocs: Bool
    /// Whether people are drawn, folded into their state or group, or left out.
    public var people: PeopleMode

    public init(
        focus: ActorIndex? = nil, depth: Int = 2, layers: Set<DiagramLayer> = Set(DiagramLayer.allCases),
        filter: RelationFilter = .all, title: String? = nil, layout: String? = nil, maxNodes: Int = 500,
        includeIsolated: Bool = false, legend: Bool = true, blocs: Bool = false, people: PeopleMode = .show
    ) {
        self.focus = focus
        self.depth = depth
        self.layers = layers
        self.filter = filter
        self.title = title
        self.layout = layout
        self.maxNodes = maxNodes
        self.includeIsolated = includeIsolated
        self.legend = legend
        self.blocs = blocs
        self.people = people
    }

    /// `dot` draws small graphs best; it becomes slow and tangled past a few dozen nodes,
    /// where the force-directed engines take over.
    public static func engine(forActorCount count: Int) -> String {
        if count <= 40 { return "dot" }
        if count <= 300 { return "neato" }
        return "sfdp"
    }

    /// The filter with the layers applied.
    var effectiveFilter: RelationFilter {
        var filter = self.filter
        let allowed = layers.reduce(into: Set<Polarity>()) { $0.formUnion($1.polarities) }
        filter.polarities.formIntersection(allowed)
        return filter
    }
}
