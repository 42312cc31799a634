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
        // Width grows with the sentences behind a tie; say so when some tie is wider.
        if let most = view.ties.map(\.evidenceCount).max(), most > 1 {
            var attributes = style.edgeAttributes(polarity: reference, kind: nil, certainty: .asserted)
            attributes["penwidth"] = DiagramRenderer.penwidth(base: attributes["penwidth"] ?? style.edge["penwidth"], evidence: most)
            entries.append(EdgeEntry(id: "evidence", label: "thicker: more sentences (up to \(most))", attributes: attributes))
        }
        for certainty in [Certainty.reported, .hypothetical] where view.ties.contains(where: { $0.certainty == certainty }) {
            entries.append(
                EdgeEntry(
                    id: certainty.rawValue, label: certainty == .reported ? "reported claim" : "possible (hypothetical)",
                    attributes: style.edgeAttributes(polarity: reference, kind: nil, certainty: certainty)))
        }
        return entries
    }

    /// The double outline the focus actor or a path's ends get, when the view draws one.
    var emphasis: (kind: ActorKind, label: String)? {
        if let focus = view.options.focus { return (view.actor(focus).kind, "double outline: the focus") }
        if let end = view.highlighted.min() { return (view.actor(end).kind, "double outline: the path's ends") }
        return nil
    }

    /// The legend as rows of a side panel: a heading, a sample node per actor kind and a
    /// sample edge per line style, each beside its name.
    var panelRows: [SidePanel.Row] {
        var rows = [SidePanel.Row(id: "heading", text: "Legend", sample: .none, fontSize: 12)]
        for kind in actorKinds {
            rows.append(SidePanel.Row(id: "kind-\(kind.rawValue)", text: kind.displayName, sample: .node(style.nodeAttributes(for: kind))))
        }
        if let emphasis {
            var attributes = style.nodeAttributes(for: emphasis.kind)
            attributes["peripheries"] = "2"
            rows.append(SidePanel.Row(id: "emphasis", text: emphasis.label, sample: .node(attributes)))
        }
        let elsewhereKinds = Set(view.elsewhere.keys.map { view.actor($0).kind })
        if let kind = ActorKind.allCases.first(where: elsewhereKinds.contains) {
            var attributes = style.nodeAttributes(for: kind)
            attributes["style"] = ((attributes["style"] ?? "").split(separator: ",").map(String.init) + ["dashed"]).joined(separator: ",")
            rows.append(SidePanel.Row(id: "elsewhere", text: "dashed: drawn on the page named", sample: .node(attributes)))
        }
        for entry in edgeEntries {
            rows.append(SidePanel.Row(id: "line-\(entry.id)", text: entry.label, sample: .edge(entry.attributes)))
        }
        if view.options.blocs {
            rows.append(SidePanel.Row(
                id: "bloc", text: "bloc: held together by cooperation, named after its core",
                sample: .node(DiagramRenderer.blocFrame)))
        }
        let folded = view.peopleFoldedIntoTies.count
        if folded > 0 {
            rows.append(SidePanel.Row(
                id: "people-folded", text: "\(folded) \(folded == 1 ? "person" : "people") drawn on their state or group", sample: .none, fontSize: 10))
        }
        return rows
    }

    /// The legend as text and colour in one HTML-like table node, for DOT files: whoever lays
    /// them out gets the legend without Entente. Laid-out diagrams use `panelRows` instead,
    /// since Graphviz 2.43 leaks on every layout of an HTML-like label.
    func tableNode() -> GraphDescription.Node {
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for kind in actorKinds {
            let attributes = style.nodeAttributes(for: kind)
            let fill = attributes["fillcolor"].map { " BGCOLOR=\"\(LabelText.html($0))\"" } ?? ""
            let shape = LabelText.html(attributes["shape"] ?? "ellipse")
            rows.append("<TR><TD BORDER=\"1\"\(fill)>\(shape)</TD><TD ALIGN=\"LEFT\">\(LabelText.html(kind.displayName))</TD></TR>")
        }
        if let emphasis {
            rows.append("<TR><TD BORDER=\"2\">◎</TD><TD ALIGN=\"LEFT\">\(LabelText.html(emphasis.label))</TD></TR>")
        }
        for entry in edgeEntries {
            let color = LabelText.html(entry.attributes["color"]?.split(separator: ":").first.map(String.init) ?? "black")
            let stroke = Self.stroke(for: entry.attributes["style"] ?? "solid")
            rows.append("<TR><TD><FONT COLOR=\"\(color)\">\(stroke)</FONT></TD><TD ALIGN=\"LEFT\">\(LabelText.html(entry.label))</TD></TR>")
        }
        if view.options.blocs {
            rows.append("<TR><TD BORDER=\"1\" STYLE=\"ROUNDED,DASHED\"> </TD><TD ALIGN=\"LEFT\">bloc: held together by cooperation, named after its core</TD></TR>")
        }
        let folded = view.peopleFoldedIntoTies.count
        if folded > 0 {
            rows.append("<TR><TD></TD><TD ALIGN=\"LEFT\">\(folded) \(folded == 1 ? "person" : "people") drawn on their state or group</TD></TR>")
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
