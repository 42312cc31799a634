import Foundation

/// A node's place after a layout: centre and size in points, y up.
struct NodeGeometry: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// Draws a graph with clusters without asking Graphviz to lay clusters out.
///
/// Graphviz 2.43 corrupts the heap when it lays out clusters: dot frees cluster memory twice
/// (valgrind: invalid free in its flat-edge code) and fdp aborts a long-running process
/// after a few hundred renders; both leak 2–20 kB per layout besides. So each cluster is laid
/// out alone as a plain graph, the clusters then take part as single boxes of that size in a
/// layout of the whole, and the members are pinned inside their box, which is drawn as an
/// ordinary node: the same picture, through layouts Graphviz handles safely.
enum ClusterLayout {
    /// Room around a cluster's members, and above them for its label, in points.
    static let padding = 12.0
    static let labelRoom = 18.0

    static func render(_ description: GraphDescription, engine: String, format: String) throws(RenderError) -> Data {
        let clusters = description.subgraphs.filter(\.isCluster)
        var owner: [String: Int] = [:]
        for (index, cluster) in clusters.enumerated() {
            for node in cluster.nodes { owner[node.name] = index }
        }
        let allEdges = description.edges + clusters.flatMap(\.edges)
        let plainAttributes = description.graphAttributes.filter { $0.name != "label" }

        // Each cluster alone.
        var inside: [(nodes: [String: NodeGeometry], box: BoundingBox)] = []
        for (index, cluster) in clusters.enumerated() {
            var alone = GraphDescription(name: "cluster")
            alone.graphAttributes = plainAttributes
            alone.nodeDefaults = description.nodeDefaults
            alone.edgeDefaults = description.edgeDefaults
            alone.nodes = cluster.nodes
            alone.edges = allEdges.filter { owner[$0.tail] == index && owner[$0.head] == index }
            inside.append(try GraphvizBridge.geometry(of: alone, engine: engine))
        }

        // The whole, each cluster a box of its size.
        var whole = GraphDescription(name: "whole")
        whole.graphAttributes = plainAttributes
        whole.nodeDefaults = description.nodeDefaults
        whole.edgeDefaults = description.edgeDefaults
        let boxNames = clusters.indices.map { "entente-cluster-\($0)" }
        whole.nodes = description.nodes + zip(boxNames, inside).map { name, laid in
            GraphDescription.Node(name: name, attributes: .init(sorted: [
                "shape": "box", "fixedsize": "true", "label": "",
                "width": inches(laid.box.width + 2 * padding), "height": inches(laid.box.height + 2 * padding + labelRoom),
            ]))
        }
        var joined: Set<[String]> = []
        for edge in allEdges {
            let tail = owner[edge.tail].map { boxNames[$0] } ?? edge.tail
            let head = owner[edge.head].map { boxNames[$0] } ?? edge.head
            guard tail != head, joined.insert([tail, head]).inserted else { continue }
            whole.edges.append(GraphDescription.Edge(tail: tail, head: head, key: "\(tail)->\(head)", attributes: []))
        }
        let outline = try GraphvizBridge.geometry(of: whole, engine: engine)

        // Everything pinned: members inside their box, frames first so they sit behind.
        var pinned = GraphDescription(name: description.name)
        pinned.graphAttributes = description.graphAttributes.filter { $0.name != "splines" }
            // Frames are nodes, so spline routing would steer edges around the box their ends sit in.
            + [GraphDescription.Attribute(name: "splines", value: "line")]
        pinned.nodeDefaults = description.nodeDefaults
        pinned.edgeDefaults = description.edgeDefaults
        pinned.edges = allEdges
        pinned.panel = description.panel
        var box: BoundingBox?
        func include(_ place: NodeGeometry) {
            let corner = BoundingBox(
                minX: place.x - place.width / 2, minY: place.y - place.height / 2,
                maxX: place.x + place.width / 2, maxY: place.y + place.height / 2)
            box = box.map { BoundingBox(
                minX: min($0.minX, corner.minX), minY: min($0.minY, corner.minY),
                maxX: max($0.maxX, corner.maxX), maxY: max($0.maxY, corner.maxY)) } ?? corner
        }
        for (index, cluster) in clusters.enumerated() {
            guard let frame = outline.nodes[boxNames[index]] else { continue }
            include(frame)
            let laid = inside[index]
            let frameBox = BoundingBox(
                minX: frame.x - frame.width / 2, minY: frame.y - frame.height / 2,
                maxX: frame.x + frame.width / 2, maxY: frame.y + frame.height / 2)
            pinned.nodes.append(SidePanel.frame(named: cluster.name ?? boxNames[index], box: frameBox, attributes: cluster.attributes))
            // The members' box sits at the frame's bottom, under the label room.
            let dx = frameBox.minX + padding - laid.box.minX
            let dy = frameBox.minY + padding - laid.box.minY
            for node in cluster.nodes {
                guard let place = laid.nodes[node.name] else { continue }
                pinned.nodes.append(pin(node, x: place.x + dx, y: place.y + dy))
            }
        }
        for node in description.nodes {
            guard let place = outline.nodes[node.name] else { continue }
            include(place)
            pinned.nodes.append(pin(node, x: place.x, y: place.y))
        }
        return try GraphvizBridge.renderPinned(pinned, box: box ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0), format: format)
    }

    private static func pin(_ node: GraphDescription.Node, x: Double, y: Double) -> GraphDescription.Node {
        var pinned = node
        pinned.attributes.removeAll { $0.name == "pos" }
        pinned.attributes.append(.init(name: "pos", value: String(format: "%.2f,%.2f!", x, y)))
        return pinned
    }

    private static func inches(_ points: Double) -> String { String(format: "%.2f", points / 72) }
}
