/// A Graphviz graph as plain Swift values: what the bridge turns into cgraph objects.
///
/// Keeping the description separate from the bridge means everything that decides *what* is
/// drawn can be tested without Graphviz, and only one file ever touches C.
struct GraphDescription: Sendable {
    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
        /// HTML-like labels are interned differently by cgraph and written `<...>` in DOT.
        var isHTML: Bool = false
    }

    struct Node: Sendable {
        var name: String
        var attributes: [Attribute]
    }

    struct Edge: Sendable {
        var tail: String
        var head: String
        /// Distinguishes several edges between the same pair (one per polarity).
        var key: String
        var attributes: [Attribute]
    }

    struct Subgraph: Sendable {
        /// nil for an anonymous subgraph (a `rank=same` group); only clusters need names.
        var name: String?
        var attributes: [Attribute]
        var nodes: [Node]
        var edges: [Edge]
        var subgraphs: [Subgraph] = []

        /// Graphviz draws a box around a subgraph whose name starts with "cluster".
        var isCluster: Bool { name?.hasPrefix("cluster") == true }
    }

    var name: String
    var graphAttributes: [Attribute] = []
    var nodeDefaults: [Attribute] = []
    var edgeDefaults: [Attribute] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    var subgraphs: [Subgraph] = []
    /// Drawn beside the finished layout (legend, caption); ignored in DOT output.
    var panel: SidePanel?
    /// Whether the panel says so when the finished drawing's labels print too small on A4.
    var notesSmallPrint = false
    /// What the note suggests instead of the default advice (pages written beside the file).
    var smallPrintAdvice: String?
}

extension GraphDescription {
    /// A graph with this one's styling (graph attributes without the heading, node and edge
    /// defaults) and the given pieces: one step of a layout done in parts.
    func part(named name: String, nodes: [Node], edges: [Edge]) -> GraphDescription {
        var part = GraphDescription(name: name)
        part.graphAttributes = graphAttributes.filter { $0.name != "label" }
        part.nodeDefaults = nodeDefaults
        part.edgeDefaults = edgeDefaults
        part.nodes = nodes
        part.edges = edges
        return part
    }
}

extension [GraphDescription.Attribute] {
    /// Attributes from a dictionary in name order, so DOT output never depends on hashing.
    init(sorted dictionary: [String: String]) {
        self = dictionary.keys.sorted().compactMap { name in
            dictionary[name].map { GraphDescription.Attribute(name: name, value: $0) }
        }
    }
}
