import EntenteGraph
public import Foundation

/// Diagram data for other tools.
public enum GraphExport {
    /// Node-link JSON as NetworkX's `node_link_graph(d)` reads it with its default arguments:
    /// nodes and edges in the view's order, keys sorted, so the same view always gives the
    /// same bytes. NetworkX 3.6 reads the edges from `edges`, earlier 3.x releases from
    /// `links`, so both members hold the same list. Every node has a `label` (its name), which
    /// pyvis shows; every edge a positive `weight` (`strength`), its `sign` (+1 cooperation,
    /// -1 conflict, 0 affiliation), the signed `goldstein` sum and the CAMEO `codes`.
    ///
    /// Each link carries `key` = its polarity (`conflict-negated` for a tie of denied claims,
    /// which only `DiagramView(exporting:filter:includeNegated:)` makes). `multigraph` is false unless two ties run
    /// between the same actors in the same direction (a cooperation and a conflict tie): a
    /// simple digraph would silently keep only one of them, so such views say `true`.
    public static func json(_ view: DiagramView) -> Data {
        let nodes: [Node] = view.actors.map { index in
            let actor = view.actor(index)
            return Node(id: actor.id, name: actor.name, label: actor.name, kind: actor.kind.rawValue, aliases: actor.aliases, affiliation: actor.affiliation, code: actor.code)
        }
        let links: [Link] = view.ties.map { tie in
            Link(
                source: view.actor(tie.tail).id, target: view.actor(tie.head).id, key: tie.key,
                polarity: tie.polarity.rawValue,
                kinds: tie.kinds.map(\.rawValue), codes: tie.eventCodes(in: view.graph),
                weight: tie.strength, sign: tie.sign, goldstein: tie.goldstein,
                evidence_count: tie.evidenceCount, certainty: tie.certainty.rawValue, direction: tie.direction.rawValue,
                first_date: tie.tie.firstDate, last_date: tie.tie.lastDate)
        }
        var directedPairs: Set<String> = []
        let multigraph = links.contains { !directedPairs.insert("\($0.source)\u{0}\($0.target)").inserted }
        let document = Document(
            directed: true, multigraph: multigraph,
            graph: Header(title: view.options.title, caption: view.caption, focus: view.options.focus.map { view.actor($0).id }),
            nodes: nodes, edges: links, links: links)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Every member is a plain string, number or array of them; encoding cannot fail.
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }

    private struct Document: Encodable {
        var directed: Bool
        var multigraph: Bool
        var graph: Header
        var nodes: [Node]
        var edges: [Link]
        var links: [Link]
    }

    private struct Header: Encodable {
        var title: String?
        var caption: String
        var focus: String?
    }

    private struct Node: Encodable {
        var id: String
        var name: String
        var label: String
        var kind: String
        var aliases: [String]
        var affiliation: String?
        var code: String?
    }

    // swiftlint:disable identifier_name
    private struct Link: Encodable {
        var source: String
        var target: String
        var key: String
        var polarity: String
        var kinds: [String]
        var codes: [String]
        var weight: Double
        var sign: Int
        var goldstein: Double
        var evidence_count: Int
        var certainty: String
        var direction: String
        var first_date: String?
        var last_date: String?
    }
}
