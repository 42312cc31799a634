import EntenteGraph

/// The key to a diagram, listing only what the diagram actually draws: the actor kinds
/// present with their shapes, the polarities and styled relation kinds present with their
/// line styles, and the certainties other than asserted.
struct Legend {
    struct EdgeEntry {
        var id: String
        var label: String
        var attributes: [String: String]
    }

    let view: DiagramView
    let style: StyleSheet

    var actorKinds: [ActorKind] {
        let present = Set(view.actors.map { view.actor($0).kind })
        return ActorKind.allCases.filter(present.contains)
    }

    var edgeEntries: [EdgeEntry] {
        let polarities = Polarity.allCases.filter { polarity in view.ties.contains { $0.polarity == polarity } }
        var entries = polarities.map { polarity in
            EdgeEntry(
                id: polarity.rawValue, label: polarity.rawValue,
                attributes: style.edgeAttributes(polarity: polarity, kind: nil, certainty: .asserted))
        }
        // Kinds appear only when the style draws them differently from their polarity.
        let styledKinds = Set(view.ties.compactMap(\.kinds.first)).filter { style.kinds[$0] != nil }
        for kind in RelationKind.allCases where styledKinds.contains(kind) {
            entries.append(
                EdgeEntry(
                    id: kind.rawValue, label: kind.displayName,
                    attributes: style.edgeAttributes(polarity: kind.polarity, kind: kind, certainty: .asserted)))
        }
        let reference = polarities.first ?? .cooperation
        for certainty in [Certainty.reported, .hypothetical] where view.ties.contains(where: { $0.certainty == certainty }) {
            entries.append(
                EdgeEntry(
                    id: certainty.rawValue, label: certainty == .reported ? "reported claim" : "possible (hypothetical)",
                    attributes: style.edgeAttributes(polarity: reference, kind: nil, certainty: certainty)))
        }
        return entries
    }

    /// In dot and fdp, which honour clusters: a cluster with a real node per actor kind and a
    /// sample edge per line style, in rows of [kind] [edge → name].
    ///
    /// Graphviz 2.43's dot leaks about 14 KB per layout of a cluster whose nodes span ranks
    /// (measured in plain C too); harmless for a command-line run, and a long-running caller
    /// can set `DiagramOptions.legend` to false.
    func cluster() -> GraphDescription.Subgraph {
        var cluster = GraphDescription.Subgraph(
            name: "cluster_legend",
            attributes: .init(sorted: [
                "label": "Legend", "id": "legend", "class": "legend", "style": "rounded,dashed",
                "color": "gray50", "fontsize": "11", "margin": "8",
            ]),
            nodes: [], edges: [])
        let kinds = actorKinds.map { kind in
            var attributes = style.nodeOverrides(for: kind)
            attributes["label"] = LabelText.plain(kind.displayName)
            attributes["id"] = "legend-kind-\(kind.rawValue)"
            attributes["class"] = "legend actor \(kind.rawValue)"
            attributes["tooltip"] = "actor kind: \(kind.displayName)"
            attributes["fontsize"] = "10"
            return GraphDescription.Node(name: "legend-kind-\(kind.rawValue)", attributes: .init(sorted: attributes))
        }
        let entries = edgeEntries
        var previousRow: String?
        for row in 0..<max(kinds.count, entries.count) {
            var subgraph = GraphDescription.Subgraph(
                name: nil, attributes: [.init(name: "rank", value: "same")], nodes: [], edges: [])
            var members: [String] = []
            if row < kinds.count {
                subgraph.nodes.append(kinds[row])
                members.append(kinds[row].name)
            }
            if row < entries.count {
                let entry = entries[row]
                let start = "legend-\(entry.id)-start", text = "legend-\(entry.id)"
                subgraph.nodes.append(.init(name: start, attributes: .init(sorted: [
                    "shape": "point", "width": "0.05", "label": "", "style": "invis", "id": start, "class": "legend",
                ])))
                subgraph.nodes.append(.init(name: text, attributes: .init(sorted: [
                    "shape": "plaintext", "style": "", "label": LabelText.plain(entry.label), "fontsize": "10",
                    "id": text, "class": "legend \(entry.id)", "tooltip": LabelText.plain(entry.label),
                    "margin": "0.12,0.02",
                ])))
                var attributes = entry.attributes
                attributes["id"] = "legend-edge-\(entry.id)"
                attributes["class"] = "legend tie \(entry.id)"
                attributes["dir"] = "forward"
                attributes["label"] = ""
                attributes["tooltip"] = LabelText.plain(entry.label)
                subgraph.edges.append(.init(tail: start, head: text, key: "legend-edge-\(entry.id)", attributes: .init(sorted: attributes)))
                if let kind = members.first {
                    // Keeps the kind column on the left of the edge samples.
                    subgraph.edges.append(.init(tail: kind, head: start, key: "legend-order-\(row)", attributes: [.init(name: "style", value: "invis")]))
                }
                members.append(start)
            }
            if let previousRow, let first = members.first {
                // Invisible edges stack the rows; without them dot puts every row in one rank.
                cluster.edges.append(.init(tail: previousRow, head: first, key: "legend-stack-\(row)", attributes: [.init(name: "style", value: "invis")]))
            }
            previousRow = members.first
            cluster.subgraphs.append(subgraph)
        }
        return cluster
    }

    /// For engines without clusters: the same content as text and colour in one HTML-like
    /// table node, placed like any other node.
    func tableNode() -> GraphDescription.Node {
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for kind in actorKinds {
            let attributes = style.nodeAttributes(for: kind)
            let fill = attributes["fillcolor"].map { " BGCOLOR=\"\(LabelText.html($0))\"" } ?? ""
            let shape = LabelText.html(attributes["shape"] ?? "ellipse")
            rows.append("<TR><TD BORDER=\"1\"\(fill)>\(shape)</TD><TD ALIGN=\"LEFT\">\(LabelText.html(kind.displayName))</TD></TR>")
        }
        for entry in edgeEntries {
            let color = LabelText.html(entry.attributes["color"]?.split(separator: ":").first.map(String.init) ?? "black")
            let stroke = Self.stroke(for: entry.attributes["style"] ?? "solid")
            rows.append("<TR><TD><FONT COLOR=\"\(color)\">\(stroke)</FONT></TD><TD ALIGN=\"LEFT\">\(LabelText.html(entry.label))</TD></TR>")
        }
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">" + rows.joined() + "</TABLE>"
        return GraphDescription.Node(name: "legend", attributes: [
            .init(name: "class", value: "legend"),
            .init(name: "id", value: "legend"),
            .init(name: "label", value: table, isHTML: true),
            .init(name: "shape", value: "plaintext"),
            .init(name: "style", value: ""),
        ])
    }

    /// A line drawn with characters, for legends that cannot draw edges.
    static func stroke(for style: String) -> String {
        if style.contains("dotted") { return "· · · · ·" }
        if style.contains("dashed") { return "– – – –" }
        return "———"
    }
}
