import Foundation
import Testing

@testable import EntenteRendering

/// A finished drawing read from Graphviz's `json` output: every node's box and every piece
/// of text as Graphviz drew it (position, alignment, width, font size), so a test can say
/// what a reader of the picture would see overlap.
struct DrawnLayout {
    enum Owner: Equatable {
        case graph
        case node(String)
        case edge(Int)
    }

    struct Text {
        var owner: Owner
        var text: String
        var box: LayoutBox
    }

    struct Node {
        var name: String
        var classes: [String]
        var invisible: Bool
        var box: LayoutBox
        var isFrame: Bool { classes.contains("bloc") }
        var isActor: Bool { classes.contains("actor") }
    }

    var nodes: [Node] = []
    var texts: [Text] = []
    /// Edges of the legend's samples, which carry no label.
    var legendEdgeCount = 0
    /// Each tie's drawn route as a polyline, by the tie's id.
    var routes: [(id: String, points: [LabelPlacement.Point])] = []

    init(_ description: GraphDescription, engine: String) throws {
        let data = try GraphvizBridge.render(description, engine: engine, format: "json")
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        texts += Self.texts(in: root["_ldraw_"], owner: .graph)
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String, let pos = object["pos"] as? String,
                let width = (object["width"] as? String).flatMap(Double.init),
                let height = (object["height"] as? String).flatMap(Double.init)
            else { continue }
            let xy = pos.replacingOccurrences(of: "!", with: "").split(separator: ",").compactMap { Double($0) }
            guard xy.count == 2 else { continue }
            let w = width * 72, h = height * 72
            nodes.append(Node(
                name: name, classes: (object["class"] as? String ?? "").split(separator: " ").map(String.init),
                invisible: (object["style"] as? String ?? "").contains("invis"),
                box: LayoutBox(name: name, minX: xy[0] - w / 2, minY: xy[1] - h / 2, maxX: xy[0] + w / 2, maxY: xy[1] + h / 2)))
            texts += Self.texts(in: object["_ldraw_"], owner: .node(name))
        }
        for (index, edge) in (root["edges"] as? [[String: Any]] ?? []).enumerated() {
            if (edge["class"] as? String ?? "").hasPrefix("legend") { legendEdgeCount += 1 }
            if (edge["class"] as? String ?? "").split(separator: " ").contains("tie") {
                var points: [LabelPlacement.Point] = []
                for operation in edge["_draw_"] as? [[String: Any]] ?? [] where operation["op"] as? String == "b" {
                    points += LabelPlacement.polyline(bezier: (operation["points"] as? [[Double]] ?? []).map { .init(x: $0[0], y: $0[1]) })
                }
                routes.append((edge["id"] as? String ?? "edge \(index)", points))
            }
            texts += Self.texts(in: edge["_ldraw_"], owner: .edge(index))
        }
    }

    /// Text boxes from xdot drawing operations: `F` sets the font size, `T` draws a line of
    /// text at its baseline. The box spans the glyphs' usual ascent and descent.
    private static func texts(in operations: Any?, owner: Owner) -> [Text] {
        var size = 14.0
        var found: [Text] = []
        for operation in operations as? [[String: Any]] ?? [] {
            switch operation["op"] as? String {
            case "F": size = operation["size"] as? Double ?? size
            case "T":
                guard let point = operation["pt"] as? [Double], point.count == 2,
                    let width = operation["width"] as? Double, let text = operation["text"] as? String,
                    !text.trimmingCharacters(in: .whitespaces).isEmpty
                else { continue }
                let left: Double
                switch operation["align"] as? String {
                case "l": left = point[0]
                case "r": left = point[0] - width
                default: left = point[0] - width / 2
                }
                found.append(Text(owner: owner, text: text, box: LayoutBox(
                    name: text, minX: left, minY: point[1] - 0.2 * size, maxX: left + width, maxY: point[1] + 0.75 * size)))
            default: continue
            }
        }
        return found
    }

    /// Every pair a reader would see collide: an edge label on a node, a frame's border or
    /// any other text; two actors on each other.
    func collisions() -> [String] {
        var found: [String] = []
        let solid = nodes.filter { !$0.invisible && !$0.isFrame }
        let frames = nodes.filter(\.isFrame)
        let edgeTexts = texts.filter { if case .edge = $0.owner { return true } else { return false } }
        for label in edgeTexts {
            let box = label.box.shrunk(by: 0.5)
            for node in solid where node.box.overlaps(box) {
                found.append("edge label '\(label.text)' over node \(node.name)")
            }
            for frame in frames where frame.box.overlaps(box) && !frame.box.shrunk(by: 1.5).contains(box) {
                found.append("edge label '\(label.text)' across the border of \(frame.name)")
            }
            for other in texts where other.owner != label.owner && other.box.overlaps(box) {
                // Node texts sit inside their node, already checked above, except frames' names.
                if case .node(let name) = other.owner, !frames.contains(where: { $0.name == name }) { continue }
                found.append("edge label '\(label.text)' over text '\(other.text)'")
            }
        }
        let actors = solid.filter(\.isActor)
        for (index, first) in actors.enumerated() {
            for second in actors[(index + 1)...] where first.box.shrunk(by: 0.5).overlaps(second.box) {
                found.append("node \(first.name) over node \(second.name)")
            }
        }
        // The legend may sit inside the drawing, in room no actor, frame or line uses.
        if let legend = nodes.first(where: { $0.name == "legend" }) {
            let inner = legend.box.shrunk(by: 0.5)
            for node in actors + frames where node.box.overlaps(inner) { found.append("legend over node \(node.name)") }
            let box = BoundingBox(minX: inner.minX, minY: inner.minY, maxX: inner.maxX, maxY: inner.maxY)
            for route in routes where zip(route.points, route.points.dropFirst()).contains(where: {
                SidePanel.Occupied.segment($0, $1, crosses: box)
            }) {
                found.append("line \(route.id) through the legend")
            }
        }
        let others = solid.filter { !$0.isActor }
        for heading in texts where heading.owner == .graph {
            for node in actors + others where node.box.overlaps(heading.box.shrunk(by: 0.5)) {
                found.append("heading '\(heading.text)' over node \(node.name)")
            }
        }
        return found
    }
}

extension LayoutBox {
    func shrunk(by amount: Double) -> LayoutBox {
        LayoutBox(name: name, minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }
}
