import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

/// Graphs that would hurt Graphviz: too large for a layout, odd engines and attributes, and
/// hostile text in every engine. Errors come back as `RenderError`, never printed raw.
@Suite("Hostile graphs", .serialized)
struct HostileGraphTests {
    /// A ring of `count` states, each attacking the next.
    static func ring(_ count: Int) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for i in 0..<count { graph.add(Actor(id: "S\(i)", name: "State \(i)", kind: .state)) }
        for i in 0..<count {
            try graph.add(Relation(
                source: "S\(i)", target: "S\((i + 1) % count)", kind: .attack, certainty: .asserted,
                evidence: Fixtures.evidence("State \(i) attacked State \((i + 1) % count).", sentence: i)))
        }
        return graph
    }

    @Test func hugeFocuslessGraphIsRefusedBeforeLayout() throws {
        let graph = try Self.ring(20_000)
        let start = Date()
        #expect(throws: RenderError.tooManyNodes(count: 20_000, limit: 500)) {
            _ = try DiagramView(graph: graph, options: DiagramOptions())
        }
        // A layout of 20,000 actors takes minutes; a loaded CI machine takes seconds to refuse.
        #expect(Date().timeIntervalSince(start) < 30, "refused without a layout")
        let advice = RenderError.tooManyNodes(count: 20_000, limit: 500).description
        for phrase in ["20000 actors", "limit 500", "--focus ACTOR", "--depth N", "--min-evidence", "--max-nodes"] {
            #expect(advice.contains(phrase), "\(advice)")
        }
        // With a focus the same graph draws.
        let focused = try DiagramView(graph: graph, options: DiagramOptions(focus: 0, depth: 2))
        #expect((3...5).contains(focused.actors.count), "\(focused.actors.count)")
        let svg = try DiagramRenderer.render(focused, style: try StyleSheet.resolve("default"), format: .svg)
        #expect(svg.count > 0)
    }

    @Test func limitCountsTheDrawnView() throws {
        let graph = try Self.ring(12)
        #expect(throws: RenderError.tooManyNodes(count: 12, limit: 11)) {
            _ = try DiagramView(graph: graph, options: DiagramOptions(maxNodes: 11))
        }
        #expect(try DiagramView(graph: graph, options: DiagramOptions(maxNodes: 12)).actors.count == 12)
    }

    @Test func unknownEngineIsAnErrorNotAPrint() throws {
        let graph = try Self.ring(4)
        let view = try DiagramView(graph: graph, options: DiagramOptions(layout: "nosuchengine"))
        do {
            _ = try DiagramRenderer.render(view, style: try StyleSheet.resolve("default"), format: .svg)
            Issue.record("an unknown layout engine rendered")
        } catch let error as RenderError {
            guard case .graphviz(let engine, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(engine == "nosuchengine")
            #expect(!message.isEmpty)
            #expect(error.description.contains("try another --layout"))
        }
        // The bridge is usable afterwards.
        let ok = try DiagramView(graph: graph, options: DiagramOptions(layout: "dot"))
        #expect(try DiagramRenderer.render(ok, style: try StyleSheet.resolve("default"), format: .svg).count > 0)
    }

    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func hostileNamesInEveryEngine(engine: String) throws {
        let graph = try EscapingTests.hostileGraph()
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "\\G <script>x</script>", layout: engine))
        let style = try StyleSheet.resolve("default")
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        #expect(svg.activeContent.isEmpty, "\(engine): \(svg.activeContent)")
        let dot = try DiagramRenderer.render(view, style: style, format: .dot)
        let parsed = try GraphvizBridge.parse(dot: try #require(String(data: dot, encoding: .utf8)))
        #expect(parsed.edges >= view.ties.count)
    }
}
