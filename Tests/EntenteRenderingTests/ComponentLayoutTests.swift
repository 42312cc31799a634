import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite("Separate parts packed into rows")
struct ComponentLayoutTests {
    /// Seven separate quarrels: six between pairs of states, one among three.
    static func quarrels() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let names = ["Arland", "Borvia", "Calder", "Dunmore", "Estrel", "Faroz", "Galen", "Hestia", "Ilyra", "Jorvik",
                     "Kessar", "Lumen", "Morrow", "Nadir", "Ostara"]
        for (index, name) in names.enumerated() { graph.add(Actor(id: "S\(index)", name: name, kind: .state)) }
        for pair in 0..<7 {
            try graph.add(Relation(
                source: "S\(2 * pair)", target: "S\(2 * pair + 1)", kind: .attack,
                evidence: Fixtures.evidence("S\(2 * pair) attacked S\(2 * pair + 1).", sentence: pair)))
        }
        try graph.add(Relation(source: "S14", target: "S0", kind: .warn, evidence: Fixtures.evidence("S14 warned S0.", sentence: 9)))
        return graph
    }

    @Test func partsAreFoundByUnionOfEdges() {
        var description = GraphDescription(name: "g")
        description.nodes = ["a", "b", "c", "d", "e"].map { GraphDescription.Node(name: $0, attributes: []) }
        description.edges = [CycleBreakingTests.edge("a", "c"), CycleBreakingTests.edge("d", "e")]
        #expect(ComponentLayout.components(of: description) == [[0, 2], [1], [3, 4]])
    }

    @Test func shelvesDoNotOverlapAndStayNearFourByThree() {
        var sizes: [(width: Double, height: Double)] = []
        for index in 0..<12 {
            let width = 80.0 + Double(index % 4) * 30
            let height = 60.0 + Double(index % 3) * 40
            sizes.append((width, height))
        }
        let origins = ComponentLayout.shelfPack(sizes)
        var boxes: [LayoutBox] = []
        for (size, origin) in zip(sizes, origins) {
            boxes.append(LayoutBox(name: "", minX: origin.left, minY: origin.top - size.height, maxX: origin.left + size.width, maxY: origin.top))
        }
        for (index, first) in boxes.enumerated() {
            for second in boxes[(index + 1)...] { #expect(!first.overlaps(second)) }
        }
        let width = boxes.map { $0.maxX }.max()! - boxes.map { $0.minX }.min()!
        let height = boxes.map { $0.maxY }.max()! - boxes.map { $0.minY }.min()!
        #expect(width / height < 2.5 && width / height > 0.6)
    }

    /// Under dot, separate quarrels used to line up in one wide row; packed, the picture
    /// stays near 4:3, no actor covers another, and every edge keeps its label.
    @Test func separateQuarrelsPackIntoACompactPicture() throws {
        let view = try DiagramView(graph: Self.quarrels(), options: DiagramOptions(title: "", layout: "dot", legend: false))
        let description = DiagramRenderer.describe(view, style: try StyleSheet.resolve("default"))
        #expect(ComponentLayout.components(of: description).count == 7)
        let layout = try PlainLayout(description, engine: "dot")
        #expect(layout.width / layout.height < 2.5, "\(layout.width)×\(layout.height)")
        let boxes = layout.nodes
        #expect(boxes.count == 15)
        for (index, first) in boxes.enumerated() {
            for second in boxes[(index + 1)...] { #expect(!first.overlaps(second)) }
        }
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: try StyleSheet.resolve("default"), format: .svg))
        #expect(svg.texts.filter { $0 == "attack" }.count == 7)
        #expect(svg.texts.contains("warn"))
        // Same input, same bytes, through the extra layouts too.
        #expect(try DiagramRenderer.render(view, style: try StyleSheet.resolve("default"), format: .svg)
            == DiagramRenderer.render(view, style: try StyleSheet.resolve("default"), format: .svg))
    }
}
