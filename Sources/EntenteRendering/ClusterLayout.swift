import Foundation

/// A node's place after a layout: centre and size in points, y up.
struct NodeGeometry: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// How a layout drew an edge: Graphviz's `pos` (spline points, with `e,`/`s,` arrow ends)
/// and `lp` (label position), in points.
struct EdgeRoute: Sendable, Equatable {
    var pos: String
    var labelPosition: String

    /// The same route moved by (dx, dy).
    func moved(dx: Double, dy: Double) -> EdgeRoute {
        EdgeRoute(pos: Self.move(pos, dx: dx, dy: dy), labelPosition: Self.move(labelPosition, dx: dx, dy: dy))
    }

    /// Moves every "x,y" point of a Graphviz point list, keeping `e,` and `s,` prefixes.
    static func move(_ text: String, dx: Double, dy: Double) -> String {
        text.split(separator: " ").map { token -> String in
            var parts = token.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let prefix = parts.first == "e" || parts.first == "s" ? parts.removeFirst() + "," : ""
            guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return String(token) }
            return prefix + GraphvizUnits.number(x + dx) + "," + GraphvizUnits.number(y + dy)
        }.joined(separator: " ")
    }
}

/// A finished layout read back from Graphviz.
struct LaidOutGraph: Sendable {
    /// The edges as the layout saw them (for dot, some written the other way round).
    var laidEdges: [GraphDescription.Edge]
    var nodes: [String: NodeGeometry] = [:]
    var edges: [String: EdgeRoute] = [:]
    var box = BoundingBox.zero

    /// The laid-out edges carrying their routes moved by (dx, dy), for a pinned redraw.
    func routedEdges(dx: Double, dy: Double) -> [GraphDescription.Edge] {
        laidEdges.map { edge in
            guard let route = edges[edge.key]?.moved(dx: dx, dy: dy), !route.pos.isEmpty else { return edge }
            var routed = edge
            routed.attributes.removeAll { $0.name == "pos" || $0.name == "lp" }
            routed.attributes.append(.init(name: "pos", value: route.pos))
            if !route.labelPosition.isEmpty { routed.attributes.append(.init(name: "lp", value: route.labelPosition)) }
            return routed
        }
    }

    /// A node of the layout pinned at its place moved by (dx, dy).
    func pinned(_ node: GraphDescription.Node, dx: Double, dy: Double) -> GraphDescription.Node? {
        guard let place = nodes[node.name] else { return nil }
        return ClusterLayout.pin(node, x: place.x + dx, y: place.y + dy)
    }
}

/// Draws a graph with clusters without asking Graphviz to lay clusters out.
///
/// Graphviz 2.43 corrupts the heap when it lays out clusters: dot frees cluster memory twice
/// (valgrind: invalid free in its flat-edge code) and fdp aborts a long-running process
/// after a few hundred renders; both leak 2–20 kB per layout besides. So each cluster is laid
/// out alone as a plain graph, the clusters then take part as single boxes of that size in a
/// layout of the whole, and the members are pinned inside their box, which is drawn as an
/// ordinary node: the same picture, through layouts Graphviz handles safely. An edge between
/// groups follows the route the layout of the whole gave between their boxes (`EdgeRouting`),
/// so it goes round the blocs in between rather than through them.
enum ClusterLayout {
    /// Room around a cluster's members, and above them for its label, in points.
    static let padding = 12.0
    static let labelRoom = 18.0

    static func render(_ description: GraphDescription, engine: String, format: String?) throws(RenderError) -> Drawing {
        let clusters = description.subgraphs.filter(\.isCluster)
        var owner: [String: Int] = [:]
        for (index, cluster) in clusters.enumerated() {
            for node in cluster.nodes { owner[node.name] = index }
        }
        let allEdges = description.edges + clusters.flatMap(\.edges)

        // Each cluster alone.
        var inside: [LaidOutGraph] = []
        for (index, cluster) in clusters.enumerated() {
            let alone = description.part(
                named: "cluster", nodes: cluster.nodes,
                edges: allEdges.filter { owner[$0.tail] == index && owner[$0.head] == index })
            inside.append(try GraphvizBridge.geometry(of: alone, engine: engine))
        }

        // The whole, each cluster a box of its size.
        var whole = description.part(named: "whole", nodes: [], edges: [])
        let boxNames = clusters.indices.map { "entente-cluster-\($0)" }
        whole.nodes = description.nodes + zip(boxNames, inside).map { name, laid in
            GraphDescription.Node(name: name, attributes: .init(sorted: [
                "shape": "box", "fixedsize": "true", "label": "",
                "width": GraphvizUnits.inches(laid.box.width + 2 * padding), "height": GraphvizUnits.inches(laid.box.height + 2 * padding + labelRoom),
            ]))
        }
        var joined: Set<[String]> = []
        for edge in allEdges {
            let tail = owner[edge.tail].map { boxNames[$0] } ?? edge.tail
            let head = owner[edge.head].map { boxNames[$0] } ?? edge.head
            guard tail != head, joined.insert([tail, head]).inserted else { continue }
            whole.edges.append(GraphDescription.Edge(tail: tail, head: head, key: "\(tail)->\(head)", attributes: []))
        }
        // Routed around the boxes: these routes carry the edges between groups past other blocs.
        whole.graphAttributes.removeAll { $0.name == "splines" }
        whole.graphAttributes.append(.init(name: "splines", value: engine == "dot" || owner.count + description.nodes.count <= DiagramRenderer.splineLimit ? "true" : "line"))
        let outline = try GraphvizBridge.geometry(of: whole, engine: engine)

        // Everything pinned: members inside their box, frames first so they sit behind.
        var pinned = GraphDescription(name: description.name)
        pinned.graphAttributes = description.graphAttributes.filter { $0.name != "splines" }
            // Frames are nodes, so spline routing would steer edges around the box their ends sit in.
            + [GraphDescription.Attribute(name: "splines", value: "line")]
        pinned.nodeDefaults = description.nodeDefaults
        pinned.edgeDefaults = description.edgeDefaults
        // Edges inside a bloc keep their routes from the bloc's own layout (below).
        let between = allEdges.filter { owner[$0.tail] == nil || owner[$0.tail] != owner[$0.head] }
        pinned.panel = description.panel
        pinned.notesSmallPrint = description.notesSmallPrint
        pinned.smallPrintAdvice = description.smallPrintAdvice
        // Where each actor ends up, to run an edge between groups from it to its box's side.
        var placed: [String: NodeGeometry] = [:]
        for (index, cluster) in clusters.enumerated() {
            guard let frame = outline.nodes[boxNames[index]] else { continue }
            let frameBox = BoundingBox(around: frame)
            let laid = inside[index]
            pinned.nodes.append(SidePanel.frame(named: cluster.name ?? boxNames[index], box: frameBox, attributes: cluster.attributes))
            // The members' box sits at the frame's bottom, under the label room.
            let dx = frameBox.minX + padding - laid.box.minX
            let dy = frameBox.minY + padding - laid.box.minY
            pinned.nodes += cluster.nodes.compactMap { laid.pinned($0, dx: dx, dy: dy) }
            pinned.edges += laid.routedEdges(dx: dx, dy: dy)
            for node in cluster.nodes {
                guard var place = laid.nodes[node.name] else { continue }
                place.x += dx
                place.y += dy
                placed[node.name] = place
            }
        }
        pinned.nodes += description.nodes.compactMap { outline.pinned($0, dx: 0, dy: 0) }
        for node in description.nodes { placed[node.name] = outline.nodes[node.name] }
        let arrowLength = 10 * (description.edgeDefaults.first { $0.name == "arrowsize" }.flatMap { Double($0.value) } ?? 1)
        pinned.edges += between.map { edge in
            let tailGroup = owner[edge.tail].map { boxNames[$0] } ?? edge.tail
            let headGroup = owner[edge.head].map { boxNames[$0] } ?? edge.head
            guard let tail = placed[edge.tail], let head = placed[edge.head],
                let route = outline.edges["\(tailGroup)->\(headGroup)"]
            else { return edge }
            let direction = edge.attributes.last { $0.name == "dir" }?.value ?? "forward"
            let pos = EdgeRouting.pos(
                through: route.pos, from: tail, to: head, arrowAtHead: direction == "forward" || direction == "both",
                arrowAtTail: direction == "back" || direction == "both", arrowLength: arrowLength)
            // No usable route (ends touching): the pinned pass draws it straight.
            guard !pos.isEmpty else { return edge }
            var routed = edge
            routed.attributes.removeAll { $0.name == "pos" || $0.name == "lp" }
            routed.attributes.append(.init(name: "pos", value: pos))
            return routed
        }
        return try GraphvizBridge.renderPinned(pinned, format: format)
    }

    static func pin(_ node: GraphDescription.Node, x: Double, y: Double) -> GraphDescription.Node {
        var pinned = node
        pinned.attributes.removeAll { $0.name == "pos" }
        pinned.attributes.append(.init(name: "pos", value: GraphvizUnits.pinned(x: x, y: y)))
        return pinned
    }
}
