import Foundation

/// Lays out each connected part of a graph alone with `dot` and packs the parts into rows,
/// keeping every node, edge route and label where `dot` put it within its part.
///
/// `dot` lines disconnected parts up side by side, so a threat diagram of a dozen separate
/// conflicts came out four times wider than tall; Graphviz 2.43's own `pack` for dot leaves
/// edge labels behind when it moves a part.
enum ComponentLayout {
    /// Fewer parts than this are drawn by one `dot` layout as before.
    static let minimumParts = 3
    /// Space between packed parts, in points.
    static let gap = 36.0

    /// The packed drawing, or nil when the graph has too few parts to need packing.
    static func render(_ description: GraphDescription, format: String?) throws(RenderError) -> Drawing? {
        let parts = components(of: description)
        guard parts.count >= minimumParts else { return nil }
        // Each edge belongs to the part of its tail; one pass sorts them all.
        var partOf: [String: Int] = [:]
        for (index, part) in parts.enumerated() {
            for node in part { partOf[description.nodes[node].name] = index }
        }
        var edges = [[GraphDescription.Edge]](repeating: [], count: parts.count)
        for edge in description.edges {
            if let index = partOf[edge.tail] { edges[index].append(edge) }
        }
        var laidParts: [LaidOutGraph] = []
        for (index, part) in parts.enumerated() {
            let alone = description.part(named: "part", nodes: part.map { description.nodes[$0] }, edges: edges[index])
            laidParts.append(try GraphvizBridge.geometry(of: alone, engine: "dot"))
        }
        let origins = shelfPack(laidParts.map { (width: $0.box.width, height: $0.box.height) })
        var pinned = GraphDescription(name: description.name)
        pinned.graphAttributes = description.graphAttributes
        pinned.nodeDefaults = description.nodeDefaults
        pinned.edgeDefaults = description.edgeDefaults
        pinned.panel = description.panel
        pinned.notesSmallPrint = description.notesSmallPrint
        pinned.smallPrintAdvice = description.smallPrintAdvice
        for ((part, laid), origin) in zip(zip(parts, laidParts), origins) {
            let dx = origin.left - laid.box.minX, dy = origin.top - laid.box.maxY
            pinned.nodes += part.compactMap { laid.pinned(description.nodes[$0], dx: dx, dy: dy) }
            pinned.edges += laid.routedEdges(dx: dx, dy: dy)
        }
        return try GraphvizBridge.renderPinned(pinned, format: format)
    }

    /// Node indices of each weakly connected part, parts in the order of their first node.
    static func components(of description: GraphDescription) -> [[Int]] {
        var index: [String: Int] = [:]
        for (position, node) in description.nodes.enumerated() { index[node.name] = position }
        var parent = Array(description.nodes.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in description.edges {
            guard let tail = index[edge.tail], let head = index[edge.head] else { continue }
            let (a, b) = (root(tail), root(head))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var parts: [Int: [Int]] = [:]
        var order: [Int] = []
        for node in description.nodes.indices {
            let part = root(node)
            if parts[part] == nil { order.append(part) }
            parts[part, default: []].append(node)
        }
        return order.map { parts[$0]! }
    }

    /// Top-left corners (points, y up, first row at the top) for boxes packed into rows about
    /// as wide as a 4:3 picture of their total area; taller parts first, so rows stay even.
    static func shelfPack(_ sizes: [(width: Double, height: Double)]) -> [(left: Double, top: Double)] {
        let area = sizes.reduce(0) { $0 + ($1.width + gap) * ($1.height + gap) }
        let rowWidth = max(sizes.map(\.width).max() ?? 0, (area * 4 / 3).squareRoot())
        let order = sizes.indices.sorted { (sizes[$0].height, $1) > (sizes[$1].height, $0) }
        var origins = [(left: Double, top: Double)](repeating: (0, 0), count: sizes.count)
        var x = 0.0, top = 0.0, rowHeight = 0.0
        for part in order {
            if x > 0 && x + sizes[part].width > rowWidth {
                top -= rowHeight + gap
                x = 0
                rowHeight = 0
            }
            origins[part] = (x, top)
            x += sizes[part].width + gap
            rowHeight = max(rowHeight, sizes[part].height)
        }
        return origins
    }
}
