import EntenteGraph
public import Foundation

/// A laid-out diagram and what a caller should know about it.
public struct RenderedDiagram: Sendable {
    public var data: Data
    /// The Graphviz engine that drew it.
    public var engine: String
    /// How its labels print on A4.
    public var printed: PrintedSize
    /// Edge labels left out for lack of room (the picture says how many).
    public var labelsLeftOut: Int
}

/// Draws a `DiagramView` with a `StyleSheet`.
public enum DiagramRenderer {
    /// Renders the view; `dot` is unlaid-out DOT (stable, diffable), `json` the node-link
    /// export, the other formats go through a Graphviz layout.
    /// - Throws: `RenderError.graphviz` when Graphviz rejects the layout or the format.
    public static func render(_ view: DiagramView, style: StyleSheet, format: OutputFormat) throws(RenderError) -> Data {
        switch format {
        case .json:
            return GraphExport.json(view)
        case .dot:
            return try GraphvizBridge.dot(describe(view, style: style, for: .dotFile))
        case .svg, .png, .pdf:
            return try draw(view, style: style, format: format).data
        }
    }

    /// Lays the view out and renders it as SVG, PNG or PDF, saying which engine drew it, how
    /// its labels print on A4 and how many found no room.
    ///
    /// Without a `layout` option every engine worth trying draws the view and the one whose
    /// labels print largest is kept (`EngineChoice`). When even that prints below
    /// `PrintedSize.legible`, the picture says so and what to do (`SidePanel.smallPrintRows`):
    /// `smallPrintAdvice` when given (say, the pages written beside it), else draw less.
    /// - Throws: `RenderError.graphviz` when Graphviz rejects the layout or the format.
    public static func draw(
        _ view: DiagramView, style: StyleSheet, format: OutputFormat, smallPrintAdvice: String? = nil
    ) throws(RenderError) -> RenderedDiagram {
        let (chosen, engine) = try chosenLayout(view, style: style)
        var description = chosen
        description.smallPrintAdvice = smallPrintAdvice
        let drawing = try GraphvizBridge.draw(description, engine: engine, format: format.rawValue)
        return RenderedDiagram(
            data: drawing.data, engine: engine, printed: drawing.printed ?? description.printedSize(of: drawing.box),
            labelsLeftOut: drawing.labelsLeftOut)
    }

    /// The description to lay out and its engine: the candidate whose drawing prints largest.
    static func chosenLayout(_ view: DiagramView, style: StyleSheet) throws(RenderError) -> (GraphDescription, String) {
        let candidates = EngineChoice.candidates(for: view)
        var chosen = candidates[0]
        if candidates.count > 1 {
            var trials: [EngineChoice.Trial] = []
            for candidate in candidates {
                let description = describe(view, style: style, trying: candidate)
                let measured = try GraphvizBridge.draw(description, engine: candidate.engine, format: nil)
                trials.append(.init(candidate: candidate, printed: description.printedSize(of: measured.box), labelsLeftOut: measured.labelsLeftOut))
                if let last = trials.last, EngineChoice.cannotBeBeaten(last) { break }
            }
            chosen = EngineChoice.best(of: trials)?.candidate ?? chosen
        }
        var description = describe(view, style: style, trying: chosen)
        description.notesSmallPrint = !view.actors.isEmpty
        return (description, chosen.engine)
    }

    /// The description drawn with a candidate's engine and graph attributes.
    static func describe(_ view: DiagramView, style: StyleSheet, trying candidate: EngineChoice.Candidate) -> GraphDescription {
        var description = describe(view, style: style, engine: candidate.engine)
        guard !candidate.graph.isEmpty else { return description }
        description.graphAttributes.removeAll { candidate.graph[$0.name] != nil }
        description.graphAttributes += [GraphDescription.Attribute](sorted: candidate.graph)
        return description
    }

    /// Above this many actors force-directed layouts draw straight edges.
    static let splineLimit = 80

    /// What a description is for: a layout through the library, or a DOT file someone else
    /// lays out.
    enum Target {
        /// Legend and caption as a side panel of plain nodes placed after the layout.
        case layout
        /// Legend and heading as HTML-like labels, so the file is complete on its own.
        case dotFile
    }

    /// The Graphviz graph for a view; separate from rendering so tests can inspect it.
    static func describe(_ view: DiagramView, style: StyleSheet, for target: Target = .layout, engine: String? = nil) -> GraphDescription {
        let engine = engine ?? view.engine
        var description = GraphDescription(name: "entente")
        let names = NodeNames(view)
        var graphAttributes = style.graph
        // Spline routing around nodes costs force layouts minutes on large views (45 s at 300
        // actors against 0.4 s with straight lines); dot routes splines cheaply.
        if engine != "dot" && view.actors.count > Self.splineLimit && graphAttributes["splines"] != nil {
            graphAttributes["splines"] = "line"
        }
        let caption = view.actors.isEmpty ? "nothing to draw: no ties match the filter" : view.caption
        // An empty --title asks for none; an absent one gets a title saying what is drawn.
        let title = view.actors.isEmpty ? view.options.title.flatMap { $0.isEmpty ? nil : $0 }
            : view.options.title.map { $0.isEmpty ? nil : $0 } ?? view.defaultTitle
        switch target {
        case .dotFile:
            description.graphAttributes = [GraphDescription.Attribute](sorted: graphAttributes)
                + [htmlHeading(title: title, caption: caption)]
        case .layout:
            // Plain labels only: the title heads the graph and the caption ends the panel, or
            // the caption heads the graph when there is no title.
            graphAttributes["label"] = LabelText.plain(title ?? caption, limit: 200)
            graphAttributes["fontsize"] = title == nil ? "10" : "16"
            description.graphAttributes = [GraphDescription.Attribute](sorted: graphAttributes)
        }
        description.nodeDefaults = [GraphDescription.Attribute](sorted: style.node)
        description.edgeDefaults = [GraphDescription.Attribute](sorted: style.edge)
        description.nodes = view.actors.map { node(for: $0, in: view, name: names[$0], style: style) }
        if view.options.blocs { groupIntoBlocs(&description, view: view) }
        description.edges = view.ties.map { edge(for: $0, in: view, names: names, style: style) }
        if case .layout = target, !view.pathRank.isEmpty {
            // dot ranks tails above heads; a hop the path walks against its tie's arrow is
            // written the other way round (arrow kept), so the path reads from the top down.
            var rank: [String: Int] = [:]
            for (actor, hops) in view.pathRank { rank[names[actor]] = hops }
            description.edges = description.edges.map { edge in
                guard let tail = rank[edge.tail], let head = rank[edge.head], tail > head else { return edge }
                return edge.reversed(defaults: description.edgeDefaults)
            }
        }
        let legend = view.options.legend && !view.actors.isEmpty ? Legend(view: view, style: style) : nil
        switch target {
        case .dotFile:
            if let legend { description.nodes.append(legend.tableNode()) }
        case .layout:
            var rows = legend?.panelRows ?? []
            if title != nil {
                // The caption reads in the style's graph text colour (light on dark styles).
                rows.append(SidePanel.Row(
                    id: "caption", text: caption, sample: .none, fontSize: 9, fontColor: style.graph["fontcolor"] ?? "#555555"))
            }
            if !rows.isEmpty { description.panel = SidePanel(rows: rows) }
        }
        return description
    }

    // MARK: Blocs

    /// Moves the actors of each cooperation bloc with two or more drawn members into a cluster,
    /// so the diagram shows the camps and the conflict edges that run between them.
    private static func groupIntoBlocs(_ description: inout GraphDescription, view: DiagramView) {
        // The whole filter, conflict included: conflict is what keeps rivals apart.
        let report = view.graph.blocs(filter: view.options.filter)
        let drawn = Set(view.actors)
        var nodeByActor: [ActorIndex: GraphDescription.Node] = [:]
        for (actor, node) in zip(view.actors, description.nodes) { nodeByActor[actor] = node }
        var clustered: Set<String> = []
        for bloc in report.blocs {
            let members = bloc.members.filter(drawn.contains).compactMap { nodeByActor[$0] }
            guard members.count >= 2 else { continue }
            description.subgraphs.append(.init(
                name: "cluster_bloc_\(bloc.id + 1)",
                attributes: .init(sorted: [
                    "label": LabelText.plain(bloc.name(in: view.graph), limit: 60), "id": "bloc-\(bloc.id + 1)", "class": "bloc",
                    "tooltip": LabelText.tooltip(bloc.name(in: view.graph) + ": " + members.count.description + " actors held together by asserted cooperation"),
                    "style": Self.blocFrame["style"]!, "color": Self.blocFrame["color"]!,
                    // As large as the actors' names: a bloc's name must print as legibly.
                    "fontsize": description.nodeDefaults.first { $0.name == "fontsize" }?.value ?? "14",
                ]),
                nodes: members, edges: []))
            clustered.formUnion(members.map(\.name))
        }
        description.nodes.removeAll { clustered.contains($0.name) }
    }

    /// How a bloc's box is drawn, here and in the legend.
    static let blocFrame = ["style": "rounded,dashed", "color": "gray60", "shape": "box", "fillcolor": "none"]

    // MARK: Nodes

    private static func node(for index: ActorIndex, in view: DiagramView, name: String, style: StyleSheet) -> GraphDescription.Node {
        let actor = view.actor(index)
        var label = LabelText.plain(actor.name)
        if actor.kind == .person, let affiliation = actor.affiliation.flatMap({ view.graph.actor(id: $0) }) {
            // Graphviz's own line break, added after escaping so it stays one.
            label += "\\n" + LabelText.plain("(\(affiliation.name))")
        }
        var attributes = style.nodeOverrides(for: actor.kind)
        attributes["label"] = label
        attributes["id"] = name
        attributes["class"] = "actor \(actor.kind.rawValue)"
        attributes["tooltip"] = Tooltip.actor(actor, in: view.graph)
        if let page = view.elsewhere[index] {
            // Drawn for a tie that leaves this page: dashed, with the page it belongs to.
            attributes["label"] = label + "\\n" + LabelText.plain("(page \(page))")
            attributes["style"] = ((attributes["style"] ?? style.node["style"] ?? "").split(separator: ",").map(String.init) + ["dashed"]).joined(separator: ",")
            attributes["class"] = "actor \(actor.kind.rawValue) elsewhere"
        } else if index == view.options.focus {
            // The actor the view is centred on; a double outline reads in every style.
            attributes["peripheries"] = "2"
            attributes["class"] = "actor \(actor.kind.rawValue) focus"
        } else if view.highlighted.contains(index) {
            attributes["peripheries"] = "2"
            attributes["class"] = "actor \(actor.kind.rawValue) endpoint"
        }
        return GraphDescription.Node(name: name, attributes: .init(sorted: attributes))
    }

    // MARK: Edges

    private static func edge(for tie: DiagramTie, in view: DiagramView, names: NodeNames, style: StyleSheet) -> GraphDescription.Edge {
        let tail = names[tie.tail], head = names[tie.head]
        let key = "tie-\(tail.dropFirst("actor-".count))-\(head.dropFirst("actor-".count))-\(tie.key)"
        var attributes = style.edgeOverrides(polarity: tie.polarity, kind: tie.kinds.first, certainty: tie.certainty)
        let full = style.edgeAttributes(polarity: tie.polarity, kind: tie.kinds.first, certainty: tie.certainty)
        attributes["penwidth"] = penwidth(base: full["penwidth"], evidence: tie.evidenceCount)
        attributes["dir"] = direction(tie.direction)
        attributes["label"] = LabelText.plain(edgeLabel(tie), limit: 60)
        attributes["id"] = key
        attributes["class"] = (["tie", tie.polarity.rawValue] + tie.kinds.map(\.rawValue) + [tie.certainty.rawValue]).joined(separator: " ")
        attributes["tooltip"] = Tooltip.tie(tie, in: view)
        return GraphDescription.Edge(tail: tail, head: head, key: key, attributes: .init(sorted: attributes))
    }

    static func edgeLabel(_ tie: DiagramTie) -> String {
        let shown = tie.kinds.prefix(3).map(\.displayName)
        var label = shown.joined(separator: ", ")
        if tie.kinds.count > shown.count { label += " +\(tie.kinds.count - shown.count)" }
        switch tie.certainty {
        case .hypothetical: label += " (possible)"
        case .reported: label += " (reported)"
        case .asserted, .negated: break
        }
        return label
    }

    /// Thicker with more evidence, logarithmically so one well-reported tie does not drown
    /// the rest; capped at four times the style's width.
    static func penwidth(base: String?, evidence: Int) -> String {
        let width = base.flatMap(Double.init) ?? 1
        let grown = min(width * (1 + 0.7 * log2(Double(max(1, evidence)))), width * 4)
        return String(format: "%.2f", grown)
    }

    private static func direction(_ direction: TieDirection) -> String {
        switch direction {
        case .forward: return "forward"
        case .mutual: return "both"
        case .none: return "none"
        }
    }

    // MARK: Title

    /// Title over caption as one HTML-like label, both escaped.
    private static func htmlHeading(title: String?, caption: String) -> GraphDescription.Attribute {
        var html = ""
        if let title {
            html += "<B>\(LabelText.html(title, limit: 200))</B><BR/>"
        }
        html += "<FONT POINT-SIZE=\"10\">\(LabelText.html(caption, limit: 200))</FONT>"
        return GraphDescription.Attribute(name: "label", value: html, isHTML: true)
    }
}

/// Node names (also the SVG ids) for the actors of a view: `actor-<id>`, made safe for XML
/// and CSS and unique even when two ids sanitize to the same text.
struct NodeNames {
    private var names: [ActorIndex: String] = [:]

    init(_ view: DiagramView) {
        var used = UniqueNames(separator: "-")
        for index in view.actors {
            names[index] = used.claim("actor-" + LabelText.identifier(view.actor(index).id))
        }
    }

    subscript(index: ActorIndex) -> String { names[index] ?? "actor-\(index)" }
}

/// Hands out names, suffixing a taken one with a counter (`x`, `x-2`, `x-3`…), so two actors
/// whose ids clean to the same text still get distinct names.
struct UniqueNames {
    let separator: String
    private var used: Set<String> = []

    init(separator: String) { self.separator = separator }

    mutating func claim(_ base: String) -> String {
        var name = base
        var counter = 2
        while !used.insert(name).inserted {
            name = base + separator + String(counter)
            counter += 1
        }
        return name
    }
}

extension RelationKind {
    /// How a kind reads in a label: `supply_arms` → "supply arms".
    var displayName: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

extension ActorKind {
    var displayName: String {
        switch self {
        case .state: return "state"
        case .person: return "person"
        case .organization: return "organization"
        case .armedGroup: return "armed group"
        case .igo: return "IGO / alliance"
        case .other: return "other"
        }
    }
}
