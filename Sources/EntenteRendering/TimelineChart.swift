public import EntenteGraph
public import Foundation

/// A stacked bar per period (QuadClass 1–4 from cooperation to conflict, bottom up) with the
/// period's mean Goldstein above it, a count axis, a legend and a caption, drawn by Graphviz
/// from pinned nodes, so SVG, PNG and PDF come out alike and in the diagrams' fonts.
public enum TimelineChart {
    static let colours = ["#4e79a7", "#76b7b2", "#f28e2b", "#e15759"]
    static let names = ["verbal cooperation (Q1)", "material cooperation (Q2)", "verbal conflict (Q3)", "material conflict (Q4)"]
    static let barWidth = 22.0
    static let slot = 30.0
    static let plotHeight = 220.0
    static let left = 48.0
    static let font = "DejaVu Sans"

    /// - Throws: `RenderError.graphviz` when Graphviz cannot draw the format.
    public static func render(_ timeline: Timeline, title: String, format: OutputFormat) throws(RenderError) -> Data {
        try GraphvizBridge.render(describe(timeline, title: title), engine: "nop2", format: format.rawValue)
    }

    static func describe(_ timeline: Timeline, title: String) -> GraphDescription {
        var description = GraphDescription(name: "timeline")
        var caption = "events per period by QuadClass; the number over a bar is its mean Goldstein (−10 … +10)"
        if timeline.undated > 0 { caption += "; \(timeline.undated) undated events not shown" }
        if timeline.buckets.isEmpty { caption = "no dated events" + (timeline.undated > 0 ? "; \(timeline.undated) undated" : "") }
        description.graphAttributes = .init(sorted: [
            "label": LabelText.plain(title, limit: 200) + "\\n" + LabelText.plain(caption, limit: 300),
            "labelloc": "t", "fontname": font, "fontsize": "13", "bgcolor": "white", "pad": "0.3", "splines": "line",
        ])
        description.nodeDefaults = .init(sorted: ["fontname": font, "fontsize": "9", "fixedsize": "true", "margin": "0"])
        description.edgeDefaults = .init(sorted: ["dir": "none", "color": "#888888", "penwidth": "0.8"])
        let tallest = max(1, timeline.buckets.map(\.events).max() ?? 1)
        let bottom = 0.0
        func pinned(_ name: String, x: Double, y: Double, width: Double, height: Double, _ attributes: [String: String]) -> GraphDescription.Node {
            var values = attributes
            values["pos"] = GraphvizUnits.pinned(x: x, y: y)
            values["width"] = GraphvizUnits.inches(width)
            values["height"] = GraphvizUnits.inches(height)
            values["id"] = name
            return GraphDescription.Node(name: name, attributes: .init(sorted: values))
        }
        func text(_ name: String, _ label: String, x: Double, y: Double, size: Double = 9, color: String = "#333333", align: String = "c")
            -> GraphDescription.Node
        {
            let width = Double(label.count) * size * SidePanel.characterWidth
            let shift = align == "r" ? -width / 2 : align == "l" ? width / 2 : 0
            return pinned(name, x: x + shift, y: y, width: max(width, 1), height: size + 4, [
                "shape": "plaintext", "label": LabelText.plain(label, limit: 80), "fontsize": String(format: "%g", size), "fontcolor": color,
            ])
        }
        // Period labels need about 48 points; label every k-th bar so they never touch.
        let labelEvery = max(1, Int((48.0 / slot).rounded(.up)))
        for (i, bucket) in timeline.buckets.enumerated() {
            let x = left + slot * (Double(i) + 0.5)
            var y = bottom
            for (quad, count) in bucket.quadClasses.enumerated() where count > 0 {
                let height = Double(count) / Double(tallest) * plotHeight
                description.nodes.append(pinned("bar-\(i)-q\(quad + 1)", x: x, y: y + height / 2, width: barWidth, height: height, [
                    "shape": "box", "style": "filled", "fillcolor": colours[quad], "color": "white", "penwidth": "0.5", "label": "",
                    "class": "bar q\(quad + 1)", "tooltip": LabelText.tooltip("\(bucket.period): \(count) \(names[quad])"),
                ]))
                y += height
            }
            // Rounded first, so a mean of -0.04 reads 0.0 rather than -0.0.
            let mean = (bucket.meanGoldstein * 10).rounded() / 10 + 0
            description.nodes.append(text(
                "mean-\(i)", mean == 0 ? "0.0" : String(format: "%+.1f", mean), x: x, y: y + 8, size: 8, color: mean < 0 ? "#b03030" : "#2e6b3a"))
            if i % labelEvery == 0 {
                description.nodes.append(text("period-\(i)", bucket.period, x: x, y: bottom - 12, size: 9))
            }
        }
        // The count axis: a line from zero to the tallest bar, with three ticks.
        let right = left + slot * Double(max(timeline.buckets.count, 1))
        let point = ["shape": "point", "style": "invis", "label": "", "width": "0.01", "height": "0.01"]
        description.nodes.append(pinned("axis-bottom", x: left - 4, y: bottom, width: 1, height: 1, point))
        description.nodes.append(pinned("axis-top", x: left - 4, y: bottom + plotHeight, width: 1, height: 1, point))
        description.nodes.append(pinned("axis-right", x: right, y: bottom, width: 1, height: 1, point))
        description.edges.append(.init(tail: "axis-bottom", head: "axis-top", key: "y-axis", attributes: []))
        description.edges.append(.init(tail: "axis-bottom", head: "axis-right", key: "x-axis", attributes: []))
        for fraction in [0.0, 0.5, 1.0] {
            let value = Double(tallest) * fraction
            let label = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            description.nodes.append(text("tick-\(Int(fraction * 2))", label, x: left - 8, y: bottom + plotHeight * fraction, size: 8, align: "r"))
        }
        // The legend, right of the plot.
        let legendLeft = right + 24
        for (quad, name) in names.enumerated() {
            let y = bottom + plotHeight - Double(quad) * 18
            description.nodes.append(pinned("legend-q\(quad + 1)", x: legendLeft + 7, y: y, width: 14, height: 12, [
                "shape": "box", "style": "filled", "fillcolor": colours[quad], "color": colours[quad], "label": "", "class": "legend-entry",
            ]))
            description.nodes.append(text("legend-q\(quad + 1)-text", name, x: legendLeft + 20, y: y, size: 9, align: "l"))
        }
        return description
    }
}
