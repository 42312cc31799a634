internal import CGraphviz

extension GraphvizBridge {
    /// Runs `LabelPlacement` on a laid-out graph and writes the new label positions back,
    /// growing the bounding box over any label moved past it. Called on every layout before
    /// the panel is added and it is rendered, so every engine and every view gets the same
    /// guarantee.
    /// - Returns: the edges whose label was left out for lack of room, and everything drawn
    ///   (nodes, whole bloc frames, placed labels, the heading, the lines) for the panel to avoid.
    static func placeEdgeLabels(_ graph: UnsafeMutablePointer<Agraph_t>)
        -> (leftOut: [UnsafeMutablePointer<Agedge_t>], occupied: SidePanel.Occupied)
    {
        var obstacles: [BoundingBox] = []
        var frames: [BoundingBox] = []
        var node = agfstnode(graph)
        while let current = node {
            defer { node = agnxtnode(graph, current) }
            let object = UnsafeMutableRawPointer(current)
            let style = entente_attribute(object, "style").map { String(cString: $0) } ?? ""
            if style.split(separator: ",").contains("invis") { continue }
            var place = NodeGeometry(x: 0, y: 0, width: 0, height: 0)
            entente_node_geometry(current, &place.x, &place.y, &place.width, &place.height)
            let box = BoundingBox(around: place)
            let classes = (entente_attribute(object, "class").map { String(cString: $0) } ?? "").split(separator: " ")
            if classes.contains("bloc") {
                // A bloc's frame: labels may sit inside it, not on its border or its name.
                obstacles += box.border(width: 2)
                frames.append(box)
                var label = NodeGeometry(x: 0, y: 0, width: 0, height: 0)
                if entente_node_label(current, &label.x, &label.y, &label.width, &label.height) != 0 {
                    // Drawn at the top (labelloc t) although the layout leaves it centred.
                    obstacles.append(BoundingBox(
                        minX: place.x - label.width / 2, minY: box.maxY - label.height - 4,
                        maxX: place.x + label.width / 2, maxY: box.maxY))
                }
            } else {
                obstacles.append(box)
            }
        }
        var heading = NodeGeometry(x: 0, y: 0, width: 0, height: 0)
        if entente_graph_label(graph, &heading.x, &heading.y, &heading.width, &heading.height) != 0 {
            obstacles.append(BoundingBox(around: heading))
        }

        var edges: [UnsafeMutablePointer<Agedge_t>] = []
        var labels: [LabelPlacement.Label] = []
        var lines: [[LabelPlacement.Point]] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let out = edge {
                let line = drawnLine(of: out)
                if !line.isEmpty { lines.append(line) }
                var place = NodeGeometry(x: 0, y: 0, width: 0, height: 0)
                if entente_edge_label(out, &place.x, &place.y, &place.width, &place.height) != 0, place.width > 0 {
                    let count = Int(entente_edge_point_count(out))
                    var xy = [Double](repeating: 0, count: 2 * count)
                    entente_edge_points(out, &xy)
                    let points = stride(from: 0, to: xy.count, by: 2).map { LabelPlacement.Point(x: xy[$0], y: xy[$0 + 1]) }
                    // A degenerate route (ends on each other) leaves Graphviz a label position of NaN.
                    guard place.x.isFinite, place.y.isFinite, points.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
                        edge = agnxtout(graph, out)
                        continue
                    }
                    edges.append(out)
                    labels.append(.init(
                        center: .init(x: place.x, y: place.y), width: place.width, height: place.height,
                        path: LabelPlacement.polyline(bezier: points)))
                }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        guard !labels.isEmpty else { return ([], .init(boxes: obstacles + frames, lines: lines)) }
        var placement = LabelPlacement(obstacles: obstacles)
        let spots = placement.place(labels)
        var box = BoundingBox.zero
        entente_graph_bb(graph, &box.minX, &box.minY, &box.maxX, &box.maxY)
        var leftOut: [UnsafeMutablePointer<Agedge_t>] = []
        for ((edge, label), spot) in zip(zip(edges, labels), spots) {
            guard let spot else {
                entente_hide_edge_label(edge)
                leftOut.append(edge)
                continue
            }
            entente_move_edge_label(edge, spot.x, spot.y)
            box = box.union(LabelPlacement.box(at: spot, label))
        }
        entente_set_graph_bb(graph, box.minX, box.minY, box.maxX, box.maxY)
        return (leftOut, .init(boxes: placement.obstacles + frames, lines: lines))
    }

    /// An edge's route as a polyline (empty when it has none or a degenerate one).
    private static func drawnLine(of edge: UnsafeMutablePointer<Agedge_t>) -> [LabelPlacement.Point] {
        let count = Int(entente_edge_point_count(edge))
        guard count > 0 else { return [] }
        var xy = [Double](repeating: 0, count: 2 * count)
        entente_edge_points(edge, &xy)
        let points = stride(from: 0, to: xy.count, by: 2).map { LabelPlacement.Point(x: xy[$0], y: xy[$0 + 1]) }
        guard points.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return [] }
        return LabelPlacement.polyline(bezier: points)
    }
}
