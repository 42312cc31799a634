import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

/// The library lays a graph out in the node order a DOT reader would create from the
/// exported file, so `entente render` and the Graphviz programs start from the same graph.
@Suite("Layouts see the exported DOT's node order")
struct WrittenOrderTests {
    /// Names in the order they are first mentioned in DOT text: the order a reader creates them.
    static func firstMentions(in dot: Data) -> [String] {
        let text = String(decoding: dot, as: UTF8.self)
        var seen: Set<String> = [], order: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\"actor-") {
            let nameStart = text.index(after: start.lowerBound)
            guard let end = text[nameStart...].firstIndex(of: "\"") else { break }
            let name = String(text[nameStart..<end])
            if seen.insert(name).inserted { order.append(name) }
            rest = text[text.index(after: end)...]
        }
        return order
    }

    static func randomGraph(seed: UInt64) throws -> KnowledgeGraph {
        var generator = SeededGenerator(seed: seed)
        var graph = KnowledgeGraph()
        for index in 0..<40 { graph.add(Actor(id: "N\(index)", name: "Node \(index)", kind: .state)) }
        let kinds: [RelationKind] = [.ally, .attack, .supplyArms, .warn, .memberOf]
        for sentence in 0..<90 {
            let source = Int.random(in: 0..<40, using: &generator), target = Int.random(in: 0..<40, using: &generator)
            guard source != target else { continue }
            try graph.add(Relation(
                source: "N\(source)", target: "N\(target)", kind: kinds.randomElement(using: &generator)!,
                evidence: Fixtures.evidence("N\(source) and N\(target).", sentence: sentence)))
        }
        return graph
    }

    @Test(arguments: [0, 1, 2, 3])
    func describedOrderIsTheExportedFilesOrder(seed: UInt64) throws {
        let graph = seed == 0 ? try Fixtures.europe() : try Self.randomGraph(seed: seed)
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "", layout: "neato", legend: false))
        let style = try StyleSheet.resolve("default")
        let exported = try GraphvizBridge.dot(DiagramRenderer.describe(view, style: style, for: .dotFile))
        let expected = Self.firstMentions(in: exported)
        let description = DiagramRenderer.describe(view, style: style)
        #expect(description.inWrittenOrder().nodes.map(\.name) == expected)
        // And the graph the library lays out holds its nodes in that order.
        #expect(try PlainLayout(description, engine: "neato").nodes.map(\.name) == expected)
        // Random graphs do get reordered, so the check above is not vacuous.
        if seed > 0 { #expect(expected != description.nodes.map(\.name)) }
    }

    @Test func edgesFollowTheirTailsInTheOriginalNodeOrder() {
        var description = GraphDescription(name: "g")
        description.nodes = ["a", "b", "c", "d"].map { GraphDescription.Node(name: $0, attributes: []) }
        description.edges = [
            CycleBreakingTests.edge("c", "b"), CycleBreakingTests.edge("a", "d"), CycleBreakingTests.edge("c", "a"),
        ]
        let ordered = description.inWrittenOrder()
        // a (no earlier predecessor), then d (first pointed to by a), b and c at their turns.
        #expect(ordered.nodes.map(\.name) == ["a", "d", "b", "c"])
        #expect(ordered.edges.map(\.key) == ["a-d", "c-b", "c-a"])
    }
}
