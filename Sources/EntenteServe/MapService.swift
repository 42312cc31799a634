public import EntenteRendering
public import Foundation

/// The JSON endpoints of the API, each the counterpart of a CLI command's `--format json`.
public enum APIEndpoint: String, Sendable, CaseIterable {
    case meta, actors, relations, ties, path, neighbors, blocs, timeline
}

/// A diagram ready to draw: the view and the style sheet it is drawn in.
public struct DiagramJob: Sendable {
    public var view: DiagramView
    public var style: StyleSheet

    public init(view: DiagramView, style: StyleSheet) {
        self.view = view
        self.style = style
    }
}

/// What answers the API: the command-line tool supplies it, so the JSON shapes are the ones its
/// commands print and this target holds only HTTP, the page and the serialised renderer.
public protocol MapService: Sendable {
    /// The parameter names an endpoint accepts (`render` included).
    func parameters(for endpoint: String) -> Set<String>
    /// The JSON body for `endpoint`; a bad request throws `APIError`.
    func json(_ endpoint: APIEndpoint, _ query: QueryItems) throws -> Data
    /// The diagram `/api/render` draws; a bad request throws `APIError`.
    func diagram(_ query: QueryItems) throws -> DiagramJob
}
