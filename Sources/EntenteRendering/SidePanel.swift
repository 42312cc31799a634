import Foundation

/// A legend (and caption) drawn beside a finished layout with ordinary Graphviz nodes and
/// edges pinned at computed positions, instead of an HTML-like table label.
///
/// Graphviz 2.43 leaks on every layout of an HTML-like label (0.1–0.5 kB per label, 3.7 kB
/// for the legend table), which a long-running process rendering diagrams would accumulate;
/// plain nodes and edges leak nothing. The bridge lays the graph out, reads its bounding box,
/// asks `placed(beside:)` for the panel's pieces and draws everything with the `nop2` engine.
struct SidePanel: Sendable {
    enum Sample: Sendable {
        /// A node drawn with these attributes (shape, colours), no label.
        case node([String: String])
        /// A short edge drawn with these attributes (colour, style, arrowhead).
        case edge([String: String])
        /// Text only: a heading or a caption.
        case none
    }

    struct Row: Sendable {
        var id: String
        var text: String
        var sample: Sample
        var fontSize: Double = 11
        var fontColor: String?
    }

    var rows: [Row]

    /// Lines saying the labels print too small on A4, and what to do about it.
    static func smallPrintRows(_ printed: PrintedSize, advice: String? = nil) -> [Row] {
        [
            Row(id: "small-print", text: "Labels print at \(printed.labelSizeText) on A4: print it on A3,", sample: .none, fontSize: 9),
            Row(id: "small-print-2", text: advice ?? "or draw less (one actor's surroundings, one layer)", sample: .none, fontSize: 9),
        ]
    }

    /// The panel with no text smaller than `size` points: smaller rows (caption, notes) are
    /// raised, so the panel never prints smaller than the drawing's own labels.
    func withText(atLeast size: Double) -> SidePanel {
        var raised = self
        for index in raised.rows.indices { raised.rows[index].fontSize = max(raised.rows[index].fontSize, size) }
        return raised
    }

    /// Where the panel goes beside `box`: its own box, in points.
    func frame(beside box: BoundingBox) -> BoundingBox {
        let (left, top) = origin(beside: box)
        return BoundingBox(minX: left, minY: top - size.height, maxX: left + size.width, maxY: top)
    }

    /// Lines saying how many edge labels found no room, and where their kinds still show.
    static func leftOutRows(count: Int, hoverable: Bool) -> [Row] {
        let what = count == 1 ? "1 label" : "\(count) labels"
        return [
            Row(id: "labels-left-out", text: "\(what) left out for room;", sample: .none, fontSize: 9),
            Row(id: "labels-left-out-2", text: hoverable ? "hover a line for its kinds" : "the SVG's tooltips give their kinds", sample: .none, fontSize: 9),
        ]
    }

    /// Colour of the frame around the panel.
    var frameColor = "#999999"

    // Geometry, in points.
    static let rowHeight = 22.0
    static let sampleWidth = 40.0
    static let sampleHeight = 18.0
    static let gap = 8.0
    static let padding = 8.0
    /// From the layout's bounding box to the panel.
    static let margin = 24.0
    /// Between two columns of rows.
    static let columnGap = 16.0

    /// How many columns the rows are set in (a wide, low panel fits under or inside a
    /// drawing where a tall one would widen it).
    var columns = 1
    /// The panel's top-left corner when it was given a place of its own (`settle`).
    var fixedOrigin: (left: Double, top: Double)?
    /// Average advance of a character relative to the font size, generous for DejaVu Sans
    /// so a label never spills out of its pinned box.
    static let characterWidth = 0.62

    /// Width of the text column: the longest row's text.
    var textWidth: Double { Self.textWidth(of: rows[...]) }

    private static func textWidth(of rows: ArraySlice<Row>) -> Double {
        rows.map { Double($0.text.count) * $0.fontSize * characterWidth }.max() ?? 0
    }

    /// Whether any row draws a sample, which needs a column of its own left of the text.
    var hasSamples: Bool {
        rows.contains { if case .none = $0.sample { return false } else { return true } }
    }

    /// Rows in each column: the rows fill the first column, then the next.
    var rowsPerColumn: Int { max(1, (rows.count + columns - 1) / columns) }

    /// Each column's width: its sample, then its longest text.
    var columnWidths: [Double] {
        stride(from: 0, to: rows.count, by: rowsPerColumn).map { start in
            (hasSamples ? Self.sampleWidth + Self.gap : 0) + Self.textWidth(of: rows[start..<min(start + rowsPerColumn, rows.count)])
        }
    }

    var size: (width: Double, height: Double) {
        let widths = columnWidths
        return (
            2 * Self.padding + widths.reduce(0, +) + Double(max(0, widths.count - 1)) * Self.columnGap,
            2 * Self.padding + Double(rowsPerColumn) * Self.rowHeight
        )
    }

    /// Where the panel goes: at `fixedOrigin` when `settle` found it room, else beside the
    /// layout, top-aligned, or below it, left-aligned, whichever leaves the whole closer to an
    /// A4 page's proportions, so it prints larger.
    func origin(beside box: BoundingBox) -> (left: Double, top: Double) {
        if let fixedOrigin { return fixedOrigin }
        let beside = (left: box.maxX + Self.margin, top: box.maxY)
        let below = (left: box.minX, top: box.minY - Self.margin)
        func scale(_ origin: (left: Double, top: Double)) -> Double {
            let whole = box.union(BoundingBox(minX: origin.left, minY: origin.top - size.height, maxX: origin.left + size.width, maxY: origin.top))
            return PrintedSize(width: whole.width, height: whole.height, fontSize: 1).scale
        }
        return scale(below) > scale(beside) + 1e-9 ? below : beside
    }

    /// The panel's nodes and edges with `pos` pinned (points, y up) beside `box`.
    func placed(beside box: BoundingBox) -> (nodes: [GraphDescription.Node], edges: [GraphDescription.Edge]) {
        let (left, top) = origin(beside: box)
        let (width, height) = size
        var nodes: [GraphDescription.Node] = []
        var edges: [GraphDescription.Edge] = []
        // The frame goes first so everything else is drawn over it.
        nodes.append(Self.node("legend", at: (left + width / 2, top - height / 2), [
            "class": "legend", "id": "legend", "shape": "box", "style": "rounded", "color": frameColor,
            "fillcolor": "none", "penwidth": "0.8", "label": "", "tooltip": "Legend",
            "width": GraphvizUnits.inches(width), "height": GraphvizUnits.inches(height),
        ]))
        let widths = columnWidths
        for (index, row) in rows.enumerated() {
            let column = index / rowsPerColumn, line = Double(index % rowsPerColumn)
            let columnLeft = left + Self.padding + widths[..<column].reduce(0, +) + Double(column) * Self.columnGap
            let textLeft = columnLeft + (hasSamples ? Self.sampleWidth + Self.gap : 0)
            let y = top - Self.padding - Self.rowHeight * (line + 0.5)
            let sampleX = columnLeft + Self.sampleWidth / 2
            switch row.sample {
            case .node(let attributes):
                var sample = attributes
                // A kind drawn without an outline shows as a word in its font instead.
                let outlined = !["plaintext", "plain", "none"].contains(attributes["shape"] ?? "ellipse")
                sample.merge([
                    "class": "legend-entry", "id": "legend-\(row.id)", "label": outlined ? "" : "Name", "tooltip": LabelText.tooltip(row.text),
                    "width": GraphvizUnits.inches(Self.sampleWidth * 0.8), "height": GraphvizUnits.inches(Self.sampleHeight), "margin": "0",
                ]) { _, new in new }
                nodes.append(Self.node("legend-\(row.id)", at: (sampleX, y), sample))
            case .edge(let attributes):
                let (edgeNodes, edge) = sampleEdge(row, attributes: attributes, from: sampleX - Self.sampleWidth / 2, y: y)
                nodes += edgeNodes
                edges.append(edge)
            case .none:
                break
            }
            let textWidth = Double(row.text.count) * row.fontSize * Self.characterWidth
            var text: [String: String] = [
                "class": "legend-text", "id": "legend-\(row.id)-text", "shape": "plaintext", "style": "",
                // `\l` ends the line left-justified, so the text starts at the box's left edge.
                "label": LabelText.plain(row.text, limit: 200) + "\\l", "fontsize": String(format: "%g", row.fontSize),
                "width": GraphvizUnits.inches(max(textWidth, 1)), "height": GraphvizUnits.inches(Self.rowHeight - 4), "margin": "0", "tooltip": LabelText.tooltip(row.text),
            ]
            if let color = row.fontColor { text["fontcolor"] = color }
            nodes.append(Self.node("legend-\(row.id)-text", at: (textLeft + textWidth / 2, y), text))
        }
        return (nodes, edges)
    }

    /// Two invisible points and a straight edge between them, routed by hand (`pos`), so
    /// the second pass needs no spline routing.
    private func sampleEdge(_ row: Row, attributes: [String: String], from x: Double, y: Double)
        -> (nodes: [GraphDescription.Node], edge: GraphDescription.Edge)
    {
        let end = x + Self.sampleWidth
        let point = ["shape": "point", "style": "invis", "width": "0.01", "height": "0.01", "label": "", "class": "legend-point"]
        let tail = Self.node("legend-\(row.id)-from", at: (x, y), point.merging(["id": "legend-\(row.id)-from"]) { _, new in new })
        let head = Self.node("legend-\(row.id)-to", at: (end, y), point.merging(["id": "legend-\(row.id)-to"]) { _, new in new })
        let arrow = (attributes["dir"] ?? "forward") != "none" && (attributes["arrowhead"] ?? "normal") != "none"
        let arrowLength = arrow ? 10 * (Double(attributes["arrowsize"] ?? "") ?? 1) : 0
        let stop = end - arrowLength
        let step = (stop - x) / 3
        let curve = [x, x + step, x + 2 * step, stop].map { "\(GraphvizUnits.number($0)),\(GraphvizUnits.number(y))" }.joined(separator: " ")
        var edge = attributes
        edge.merge([
            "class": "legend-entry", "id": "legend-\(row.id)", "label": "", "tooltip": LabelText.tooltip(row.text),
            "dir": arrow ? "forward" : "none",
            "pos": (arrow ? "e,\(GraphvizUnits.number(end)),\(GraphvizUnits.number(y)) " : "") + curve,
        ]) { _, new in new }
        edge["headlabel"] = nil
        edge["taillabel"] = nil
        return ([tail, head], GraphDescription.Edge(
            tail: tail.name, head: head.name, key: "legend-\(row.id)", attributes: .init(sorted: edge)))
    }

    /// A cluster redrawn as an unfilled node pinned over the box the layout gave it, with the
    /// cluster's label at its top and its id, class and line style.
    static func frame(named name: String, box: BoundingBox, attributes: [GraphDescription.Attribute]) -> GraphDescription.Node {
        var values: [String: String] = ["shape": "box", "style": "rounded", "labelloc": "t", "fillcolor": "none"]
        for attribute in attributes where !attribute.isHTML {
            values[attribute.name] = attribute.value
        }
        // A node's style has no "filled" unless asked; keep the frame see-through.
        values["style"] = (values["style"] ?? "").split(separator: ",").filter { $0 != "filled" }.joined(separator: ",")
        values["tooltip"] = values["tooltip"] ?? values["label"] ?? name
        return Self.node(name, at: ((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2), values.merging([
            "width": GraphvizUnits.inches(box.width), "height": GraphvizUnits.inches(box.height),
        ]) { _, new in new })
    }

    /// A node of fixed size pinned at `point`.
    private static func node(_ name: String, at point: (Double, Double), _ attributes: [String: String]) -> GraphDescription.Node {
        var pinned = attributes
        pinned["pos"] = GraphvizUnits.pinned(x: point.0, y: point.1)
        pinned["fixedsize"] = "true"
        return GraphDescription.Node(name: name, attributes: .init(sorted: pinned))
    }
}

/// Coordinates written as Graphviz attributes: points with two decimals, sizes in inches.
enum GraphvizUnits {
    static func number(_ value: Double) -> String { String(format: "%.2f", value) }

    static func inches(_ points: Double) -> String { number(points / 72) }

    /// A `pos` that layouts keep as it is.
    static func pinned(x: Double, y: Double) -> String { "\(number(x)),\(number(y))!" }
}

/// A layout's bounding box in points, y up (Graphviz's coordinates).
struct BoundingBox: Sendable, Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    static let zero = BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)

    /// The box a node of the layout covers.
    init(around place: NodeGeometry) {
        self.init(
            minX: place.x - place.width / 2, minY: place.y - place.height / 2,
            maxX: place.x + place.width / 2, maxY: place.y + place.height / 2)
    }

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    /// The smallest box holding both.
    func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    func moved(dx: Double, dy: Double) -> BoundingBox {
        BoundingBox(minX: minX + dx, minY: minY + dy, maxX: maxX + dx, maxY: maxY + dy)
    }
}
