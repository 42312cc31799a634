import Foundation

@testable import EntenteRendering

/// A named rectangle in points, for overlap checks.
struct LayoutBox: Equatable {
    var name: String
    var minX, minY, maxX, maxY: Double

    func overlaps(_ other: LayoutBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    func contains(_ other: LayoutBox) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}

/// A laid-out description read from Graphviz's `plain` output: the picture's size and each
/// node's box, in the order Graphviz holds the nodes.
struct PlainLayout {
    var width: Double
    var height: Double
    var nodes: [LayoutBox] = []

    init(_ description: GraphDescription, engine: String) throws {
        let text = String(decoding: try GraphvizBridge.render(description, engine: engine, format: "plain"), as: UTF8.self)
        let lines = text.split(separator: "\n")
        let size = lines.first.map { $0.split(separator: " ").compactMap { Double($0) } } ?? []
        width = size.count > 1 ? size[1] * 72 : 0
        height = size.count > 2 ? size[2] * 72 : 0
        for line in lines where line.hasPrefix("node ") {
            let fields = line.split(separator: " ")
            let n = fields[2...5].compactMap { Double($0) }.map { $0 * 72 }
            nodes.append(LayoutBox(
                name: fields[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")),
                minX: n[0] - n[2] / 2, minY: n[1] - n[3] / 2, maxX: n[0] + n[2] / 2, maxY: n[1] + n[3] / 2))
        }
    }

    func node(_ name: String) -> LayoutBox? { nodes.first { $0.name == name } }
}
