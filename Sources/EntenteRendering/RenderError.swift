public import EntenteGraph

/// Why a diagram could not be drawn; each description says what to do next.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The view holds more actors than `DiagramOptions.maxNodes` allows.
    case tooManyNodes(count: Int, limit: Int)
    /// `DiagramOptions.focus` is not an actor of the graph.
    case unknownFocus(ActorIndex)
    /// A path handed to `DiagramView(graph:paths:options:)` does not belong to the graph.
    case invalidPath(String)
    /// Graphviz refused: an unknown layout engine, a missing plugin, a layout failure.
    case graphviz(engine: String, message: String)

    public var description: String {
        switch self {
        case .tooManyNodes(let count, let limit):
            return "the diagram would hold \(count) actors (limit \(limit)); narrow it with --focus ACTOR and --depth N, raise --min-evidence, or raise --max-nodes"
        case .unknownFocus(let index):
            return "focus actor #\(index) is not in the graph; pick an actor listed by 'entente actors'"
        case .invalidPath(let reason):
            return "cannot draw the path: \(reason); find the paths again on the same graph (entente path A B)"
        case .graphviz(let engine, let message):
            let which = engine.isEmpty ? "Graphviz" : "Graphviz (\(engine))"
            return "\(which) failed: \(message); try another --layout (dot, neato, fdp, sfdp, circo, twopi) or check the Graphviz installation"
        }
    }
}
