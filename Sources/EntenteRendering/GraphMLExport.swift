import EntenteGraph
public import Foundation

extension GraphExport {
    /// GraphML as NetworkX's `read_graphml`, Gephi and yEd read it: one `<node>` per actor of
    /// the view, one directed `<edge>` per tie (tail → head; `direction` says whether the
    /// claims point one way, both ways or neither), in the view's order.
    ///
    /// Node data: `name`, `label` (the name again, which Gephi shows), `kind`, and `code` and
    /// `affiliation` when known. Edge data: `kind` (the kinds, most frequent first, joined by
    /// `;`), `codes` (CAMEO event codes joined by `;`), `polarity`, `sign` (+1 cooperation, -1
    /// conflict, 0 affiliation, an int), `weight` (the tie's strength, always positive, as
    /// Gephi and layout algorithms want it: the size of the Goldstein sum, or the number of
    /// sentences for affiliation), `goldstein` (the signed sum, a double), `certainty` (the
    /// firmest claim), `evidence_count` (distinct sentences, an int), `direction`, and
    /// `first_date`/`last_date` when known. Text is cleaned of characters XML forbids and
    /// escaped, so hostile names cannot break the document.
    ///
    /// Pass `DiagramView(exporting:filter:includeNegated:)` to export everything a filter
    /// admits rather than what a diagram draws.
    /// - Complexity: O(A + T) for A actors and T ties.
    public static func graphml(_ view: DiagramView) -> Data {
        let ids = ExportIdentifiers(view)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in GraphMLKey.all {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"entente\" edgedefault=\"directed\">\n"
        for index in view.actors {
            let actor = view.actor(index)
            out += "    <node id=\"\(ExportText.xml(ids[index]))\">\n"
            out += data("n_name", actor.name)
            out += data("n_label", actor.name)
            out += data("n_kind", actor.kind.rawValue)
            out += data("n_code", actor.code)
            out += data("n_affiliation", actor.affiliation)
            out += "    </node>\n"
        }
        for (number, tie) in view.ties.enumerated() {
            out += "    <edge id=\"e\(number)\" source=\"\(ExportText.xml(ids[tie.tail]))\" target=\"\(ExportText.xml(ids[tie.head]))\">\n"
            out += data("e_kind", tie.kindList)
            let codes = tie.eventCodes(in: view.graph)
            out += data("e_codes", codes.isEmpty ? nil : codes.joined(separator: ";"))
            out += data("e_polarity", tie.polarity.rawValue)
            out += data("e_sign", String(tie.sign))
            out += data("e_weight", "\(tie.strength)")
            out += data("e_goldstein", "\(tie.goldstein)")
            out += data("e_certainty", tie.certainty.rawValue)
            out += data("e_evidence_count", String(tie.evidenceCount))
            out += data("e_direction", tie.direction.rawValue)
            out += data("e_first_date", tie.tie.firstDate)
            out += data("e_last_date", tie.tie.lastDate)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Data(out.utf8)
    }

    /// Unknown values are left out rather than written empty, so NetworkX and Gephi see
    /// "missing", not "".
    private static func data(_ key: String, _ value: String?) -> String {
        guard let value else { return "" }
        return "      <data key=\"\(key)\">\(ExportText.xml(value))</data>\n"
    }
}

/// A GraphML `<key>` declaration. Ids are prefixed by domain because nodes and edges both
/// have a `kind`.
private struct GraphMLKey {
    var id: String
    var domain: String
    var name: String
    var type: String

    static let all: [GraphMLKey] = [
        GraphMLKey(id: "n_name", domain: "node", name: "name", type: "string"),
        GraphMLKey(id: "n_label", domain: "node", name: "label", type: "string"),
        GraphMLKey(id: "n_kind", domain: "node", name: "kind", type: "string"),
        GraphMLKey(id: "n_code", domain: "node", name: "code", type: "string"),
        GraphMLKey(id: "n_affiliation", domain: "node", name: "affiliation", type: "string"),
        GraphMLKey(id: "e_kind", domain: "edge", name: "kind", type: "string"),
        GraphMLKey(id: "e_codes", domain: "edge", name: "codes", type: "string"),
        GraphMLKey(id: "e_polarity", domain: "edge", name: "polarity", type: "string"),
        GraphMLKey(id: "e_sign", domain: "edge", name: "sign", type: "int"),
        GraphMLKey(id: "e_weight", domain: "edge", name: "weight", type: "double"),
        GraphMLKey(id: "e_goldstein", domain: "edge", name: "goldstein", type: "double"),
        GraphMLKey(id: "e_certainty", domain: "edge", name: "certainty", type: "string"),
        GraphMLKey(id: "e_evidence_count", domain: "edge", name: "evidence_count", type: "int"),
        GraphMLKey(id: "e_direction", domain: "edge", name: "direction", type: "string"),
        GraphMLKey(id: "e_first_date", domain: "edge", name: "first_date", type: "string"),
        GraphMLKey(id: "e_last_date", domain: "edge", name: "last_date", type: "string"),
    ]
}
