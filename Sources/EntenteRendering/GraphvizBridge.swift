internal import CGraphviz
import Foundation

/// A finished drawing: its bytes (empty when only measured), its bounding box in points and
/// how many edge labels found no room.
struct Drawing: Sendable {
    var data: Data
    var box: BoundingBox
    var labelsLeftOut: Int
    /// How it prints on A4, as the panel says when asked (`notesSmallPrint`): worked out
    /// before the panel is drawn, within a few hundredths of a point of the drawn size.
    var printed: PrintedSize?
}

/// The only code that calls Graphviz.
///
/// Graphviz keeps global state (the error channel, the layout plugins' statics, the string
/// dictionary of the root graph), so every call goes through one lock: a graph is built, laid
/// out, rendered and freed while holding it. One `GVC_t` lives for the process: creating one
/// per call (plugin loading) measured 1 ms against 0.06 ms for a whole small render.
enum GraphvizBridge {
    /// Lays the graph out with `engine` and renders it with the Graphviz output `format`
    /// (`svg`, `png`, `pdf`, ...). Graphs with clusters go through `ClusterLayout`.
    static func render(_ description: GraphDescription, engine: String, format: String) throws(RenderError) -> Data {
        try draw(description, engine: engine, format: format).data
    }

    /// Lays the graph out and renders it with `format`, or with nil only measures the finished
    /// drawing (its box and the labels left out), which is how engines are compared.
    static func draw(_ description: GraphDescription, engine: String, format: String?) throws(RenderError) -> Drawing {
        if description.subgraphs.contains(where: \.isCluster) {
            return try ClusterLayout.render(description, engine: engine, format: format)
        }
        if engine == "dot", let packed = try ComponentLayout.render(description, format: format) {
            return packed
        }
        return try session.withContext { context throws(RenderError) in
            let graph = try build(laidOutForm(of: description, engine: engine), engine: engine)
            defer { agclose(graph) }
            beginCapture()
            resetRandomState()
            guard gvLayout(context, graph, engine) == 0 else {
                throw .graphviz(engine: engine, message: endCapture(fallback: "layout failed"))
            }
            return try finish(graph, context: context, engine: engine, description: description, format: format)
        }
    }

    /// Renders a graph whose nodes all carry pinned positions (`pos` ending in `!`), with the
    /// panel beside them; edges are routed by the `nop2` pass.
    static func renderPinned(_ description: GraphDescription, format: String?) throws(RenderError) -> Drawing {
        try session.withContext { context throws(RenderError) in
            var bare = description
            bare.panel = nil
            let graph = try build(bare, engine: "nop2")
            defer { agclose(graph) }
            beginCapture()
            try layOutPinned(graph, context: context)
            return try finish(graph, context: context, engine: "nop2", description: description, format: format)
        }
    }

    /// The last steps of every drawing, on a laid-out graph: edge labels moved clear of
    /// everything (or left out), then the panel pinned beside the result with a line saying
    /// how many labels were left out (and, when asked, that the labels print too small on
    /// A4), then the output.
    ///
    /// Labels are placed before the panel so the panel can say how many were left out; the
    /// second, pinned pass keeps each moved label where it was put (its `lp`), and a left-out
    /// label loses its text so it stays out.
    private static func finish(
        _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: String, description: GraphDescription,
        format: String?
    ) throws(RenderError) -> Drawing {
        let (leftOut, occupied) = placeEdgeLabels(graph)
        var panel = description.panel
        if !leftOut.isEmpty {
            panel = panel ?? SidePanel(rows: [])
            panel?.rows += SidePanel.leftOutRows(count: leftOut.count, hoverable: format == "svg" || format == nil)
        }
        var box = BoundingBox.zero
        entente_graph_bb(graph, &box.minX, &box.minY, &box.maxX, &box.maxY)
        let textSize = description.smallestTextSize
        panel = panel?.withText(atLeast: textSize).settled(in: box, avoiding: occupied)
        var printed: PrintedSize?
        if description.notesSmallPrint {
            let plain = description.printedSize(of: panel.map { box.union($0.frame(beside: box)) } ?? box)
            printed = plain
            if !plain.isLegible {
                // Measured again with the note in place, since the note itself enlarges the panel.
                var noted = panel ?? SidePanel(rows: [])
                noted.rows += SidePanel.smallPrintRows(plain, advice: description.smallPrintAdvice)
                noted = noted.withText(atLeast: textSize).settled(in: box, avoiding: occupied)
                let withNote = description.printedSize(of: box.union(noted.frame(beside: box)))
                // The same length of text with the size measured: the panel keeps its shape.
                noted.rows.removeLast(2)
                noted.rows += SidePanel.smallPrintRows(withNote, advice: description.smallPrintAdvice)
                panel = noted.withText(atLeast: textSize)
                printed = withNote
            }
        }
        guard let format else {
            // Only measuring (to compare engines): the panel's place is known without drawing it.
            _ = endCapture(fallback: "")
            gvFreeLayout(context, graph)
            let drawn = panel.map { box.union($0.frame(beside: box)) } ?? box
            return Drawing(data: Data(), box: drawn, labelsLeftOut: leftOut.count, printed: printed)
        }
        if let panel {
            // Graphviz writes each node's drawn size (outer outlines included) as its width and
            // height; read back, a node with a double outline would grow by one outline and
            // cover labels placed beside it, so the sizes asked for are put back.
            let asked = requestedSizes(of: graph)
            entente_attach_layout(graph)
            for (node, width, height) in asked {
                _ = entente_agsafeset(node, "width", width, "")
                _ = entente_agsafeset(node, "height", height, "")
            }
            gvFreeLayout(context, graph)
            for edge in leftOut { _ = entente_agsafeset(UnsafeMutableRawPointer(edge), "label", "", "") }
            add(panel.placed(beside: box), to: graph)
            try layOutPinned(graph, context: context)
        }
        defer { gvFreeLayout(context, graph) }
        var drawn = BoundingBox.zero
        entente_graph_bb(graph, &drawn.minX, &drawn.minY, &drawn.maxX, &drawn.maxY)
        let data = try renderLaidOut(graph, context: context, engine: engine, format: format)
        return Drawing(data: data, box: drawn, labelsLeftOut: leftOut.count, printed: printed)
    }

    /// Each node's width and height as given to the layout (Graphviz's defaults when unset).
    private static func requestedSizes(of graph: UnsafeMutablePointer<Agraph_t>) -> [(UnsafeMutableRawPointer, String, String)] {
        var sizes: [(UnsafeMutableRawPointer, String, String)] = []
        var node = agfstnode(graph)
        while let current = node {
            let object = UnsafeMutableRawPointer(current)
            let width = entente_attribute(object, "width").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "0.75"
            let height = entente_attribute(object, "height").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "0.5"
            sizes.append((object, width, height))
            node = agnxtnode(graph, current)
        }
        return sizes
    }

    /// Where a layout puts each node (centre and size in points, y up), how it routes each
    /// edge (its `pos` and label position `lp`, by edge key), and the bounding box.
    static func geometry(of description: GraphDescription, engine: String) throws(RenderError) -> LaidOutGraph {
        try session.withContext { context throws(RenderError) in
            let prepared = laidOutForm(of: description, engine: engine)
            let graph = try build(prepared, engine: engine)
            defer { agclose(graph) }
            beginCapture()
            resetRandomState()
            guard gvLayout(context, graph, engine) == 0 else {
                throw .graphviz(engine: engine, message: endCapture(fallback: "layout failed"))
            }
            defer { gvFreeLayout(context, graph) }
            _ = endCapture(fallback: "")
            var laid = LaidOutGraph(laidEdges: prepared.edges)
            entente_graph_bb(graph, &laid.box.minX, &laid.box.minY, &laid.box.maxX, &laid.box.maxY)
            entente_attach_layout(graph)
            var node = agfstnode(graph)
            while let current = node {
                var place = NodeGeometry(x: 0, y: 0, width: 0, height: 0)
                entente_node_geometry(current, &place.x, &place.y, &place.width, &place.height)
                laid.nodes[String(cString: agnameof(UnsafeMutableRawPointer(current)))] = place
                var edge = agfstout(graph, current)
                while let out = edge {
                    let object = UnsafeMutableRawPointer(out)
                    if let key = agnameof(object) {
                        laid.edges[String(cString: key)] = EdgeRoute(
                            pos: entente_attribute(object, "pos").map { String(cString: $0) } ?? "",
                            labelPosition: entente_attribute(object, "lp").map { String(cString: $0) } ?? "")
                    }
                    edge = agnxtout(graph, out)
                }
                node = agnxtnode(graph, current)
            }
            return laid
        }
    }

    /// The order a DOT reader would create, so the layout matches the Graphviz programs on an
    /// exported file; then, for dot, no cycles (see `breakingCycles`).
    private static func laidOutForm(of description: GraphDescription, engine: String) -> GraphDescription {
        let ordered = description.inWrittenOrder()
        return engine == "dot" ? ordered.breakingCycles() : ordered
    }

    /// Graphviz 2.43's sfdp and fdp draw from the C library's random generators without
    /// seeding them from `start`, so a layout depended on the ones run before it in the
    /// process (the sample overview drew differently in a server than on the command line);
    /// seeded the same way before every layout, each draws the same every time.
    private static func resetRandomState() {
        srand48(1)
        srand(1)
    }

    /// Lays out a graph whose nodes are pinned with `nop2`, which keeps every position (and
    /// every edge route given in `pos`) and routes the rest. The graph's old box and label
    /// position would clip the new nodes and leave the heading off-centre, so they go first.
    private static func layOutPinned(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer) throws(RenderError) {
        _ = entente_agsafeset(UnsafeMutableRawPointer(graph), "bb", "", "")
        _ = entente_agsafeset(UnsafeMutableRawPointer(graph), "lp", "", "")
        guard gvLayout(context, graph, "nop2") == 0 else {
            throw .graphviz(engine: "nop2", message: endCapture(fallback: "cannot place the pinned nodes"))
        }
        entente_free_nop_node_list(graph)
    }

    private static func renderLaidOut(
        _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: String, format: String
    ) throws(RenderError) -> Data {
        var bytes: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = entente_render_data(context, graph, format, &bytes, &length)
        defer { if let bytes { gvFreeRenderData(bytes) } }
        guard status == 0, let bytes else {
            throw .graphviz(engine: engine, message: endCapture(fallback: "cannot render \(format)"))
        }
        _ = endCapture(fallback: "")
        return Data(bytes: bytes, count: Int(length))
    }

    /// Adds pinned nodes and hand-routed edges to a graph.
    private static func add(
        _ pieces: (nodes: [GraphDescription.Node], edges: [GraphDescription.Edge]), to graph: UnsafeMutablePointer<Agraph_t>
    ) {
        var created: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in pieces.nodes {
            guard let made = entente_agnode(graph, node.name) else { continue }
            created[node.name] = made
            for attribute in node.attributes { set(attribute, on: made) }
        }
        for edge in pieces.edges {
            guard let tail = created[edge.tail], let head = created[edge.head],
                let made = entente_agedge(graph, tail, head, edge.key)
            else { continue }
            for attribute in edge.attributes { set(attribute, on: made) }
        }
    }

    /// The graph as DOT without a layout, so exported files diff cleanly and carry no
    /// coordinates.
    static func dot(_ description: GraphDescription) throws(RenderError) -> Data {
        try session.withContext { _ throws(RenderError) in
            let graph = try build(description, engine: "dot")
            defer { agclose(graph) }
            return try write(graph, engine: "dot")
        }
    }

    /// Reads DOT text back and counts what it holds; tests use it to prove that escaped
    /// output still parses as the graph that was meant.
    static func parse(dot text: String) throws(RenderError) -> (nodes: Int, edges: Int, text: Data) {
        try session.withContext { _ throws(RenderError) in
            beginCapture()
            guard let graph = agmemread(text) else {
                throw .graphviz(engine: "dot", message: endCapture(fallback: "cannot parse DOT"))
            }
            defer { agclose(graph) }
            _ = endCapture(fallback: "")
            let written = try write(graph, engine: "dot")
            return (Int(agnnodes(graph)), Int(agnedges(graph)), written)
        }
    }

    // MARK: Building

    private static func build(_ description: GraphDescription, engine: String) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = entente_agopen(description.name, 1) else {
            throw .graphviz(engine: engine, message: "cannot create a graph (out of memory?)")
        }
        for attribute in description.graphAttributes { set(attribute, on: graph) }
        for attribute in description.nodeDefaults {
            _ = entente_agattr(graph, Int32(AGNODE), attribute.name, attribute.value)
        }
        for attribute in description.edgeDefaults {
            _ = entente_agattr(graph, Int32(AGEDGE), attribute.name, attribute.value)
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        func addNode(_ node: GraphDescription.Node, to owner: UnsafeMutablePointer<Agraph_t>) {
            guard let created = entente_agnode(owner, node.name) else { return }
            nodes[node.name] = created
            for attribute in node.attributes { set(attribute, on: created) }
        }
        func addEdge(_ edge: GraphDescription.Edge, to owner: UnsafeMutablePointer<Agraph_t>) {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                let created = entente_agedge(owner, tail, head, edge.key)
            else { return }
            for attribute in edge.attributes { set(attribute, on: created) }
        }
        for node in description.nodes { addNode(node, to: graph) }
        func addSubgraph(_ subgraph: GraphDescription.Subgraph, to owner: UnsafeMutablePointer<Agraph_t>) {
            let created = subgraph.name.map { entente_agsubg(owner, $0) } ?? entente_agsubg_anonymous(owner)
            guard let sub = created else { return }
            for attribute in subgraph.attributes { set(attribute, on: sub) }
            for node in subgraph.nodes { addNode(node, to: sub) }
            for nested in subgraph.subgraphs { addSubgraph(nested, to: sub) }
            for edge in subgraph.edges { addEdge(edge, to: sub) }
        }
        for subgraph in description.subgraphs { addSubgraph(subgraph, to: graph) }
        for edge in description.edges { addEdge(edge, to: graph) }
        return graph
    }

    /// `agsafeset` declares the attribute with an empty default when the graph lacks it, which
    /// keeps DOT output free of defaults nobody asked for.
    private static func set(_ attribute: GraphDescription.Attribute, on object: UnsafeMutableRawPointer) {
        if attribute.isHTML {
            _ = entente_agsafeset_html(object, attribute.name, attribute.value, "")
        } else {
            _ = entente_agsafeset(object, attribute.name, attribute.value, "")
        }
    }

    private static func set(_ attribute: GraphDescription.Attribute, on graph: UnsafeMutablePointer<Agraph_t>) {
        set(attribute, on: UnsafeMutableRawPointer(graph))
    }

    private static func set(_ attribute: GraphDescription.Attribute, on node: UnsafeMutablePointer<Agnode_t>) {
        set(attribute, on: UnsafeMutableRawPointer(node))
    }

    private static func set(_ attribute: GraphDescription.Attribute, on edge: UnsafeMutablePointer<Agedge_t>) {
        set(attribute, on: UnsafeMutableRawPointer(edge))
    }

    private static func write(_ graph: UnsafeMutablePointer<Agraph_t>, engine: String) throws(RenderError) -> Data {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = entente_agwrite_memory(graph, &bytes, &length)
        defer { if let bytes { entente_free(bytes) } }
        guard status == 0, let bytes else {
            throw .graphviz(engine: engine, message: "cannot write DOT")
        }
        return Data(bytes: bytes, count: length)
    }

    // MARK: Errors

    /// Graphviz reports through a C callback that cannot capture context, so the messages
    /// collect in a global; it is only touched while `session` holds its lock.
    nonisolated(unsafe) private static var captured = ""

    private static func beginCapture() {
        captured = ""
        _ = agreseterrors()
    }

    private static func endCapture(fallback: String) -> String {
        let lines = captured.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        captured = ""
        // Warnings (missing fonts, unsupported attribute combinations) are not failures.
        let errors = lines.filter { !$0.hasPrefix("Warning") && !$0.isEmpty }
        return errors.isEmpty ? fallback : errors.joined(separator: "; ")
    }

    fileprivate static func collect(_ chunk: UnsafeMutablePointer<CChar>?) -> Int32 {
        if let chunk { captured += String(cString: chunk) }
        return 0
    }

    private static let session = Session()

    private final class Session: @unchecked Sendable {
        private let lock = NSLock()
        /// Created on first use; guarded by `lock`, like every other Graphviz call.
        private var context: OpaquePointer?

        func withContext<T>(_ body: (OpaquePointer) throws(RenderError) -> T) throws(RenderError) -> T {
            lock.lock()
            defer { lock.unlock() }
            if context == nil {
                // Messages go to the callback, never straight to stderr; AGWARN keeps warnings
                // too so a render never prints behind the caller's back.
                _ = agseterrf { GraphvizBridge.collect($0) }
                _ = agseterr(AGWARN)
                context = gvContext()
            }
            guard let context else {
                throw .graphviz(engine: "", message: "cannot start Graphviz (gvContext failed); check the Graphviz plugins are installed")
            }
            return try body(context)
        }
    }
}
