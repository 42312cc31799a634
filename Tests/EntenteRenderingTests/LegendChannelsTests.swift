import EntenteGraph
import Testing

@testable import EntenteRendering

/// Every visual channel a diagram uses is explained in its legend.
@Suite struct LegendChannelsTests {
    @Test func lineWidthAndFocusOutlineAreExplained() throws {
        let graph = try Fixtures.europe()
        let style = try StyleSheet.resolve("default")
        let focus = try graph.resolve("Russia")
        let view = try DiagramView(graph: graph, options: DiagramOptions(focus: focus))
        let rows = Legend(view: view, style: style).panelRows
        let most = try #require(view.ties.map(\.evidenceCount).max())
        #expect(most > 1, "the fixture needs a tie resting on several sentences")
        #expect(rows.contains { $0.id == "line-evidence" && $0.text.contains("up to \(most)") })
        let emphasis = try #require(rows.first { $0.id == "emphasis" })
        guard case .node(let attributes) = emphasis.sample else {
            Issue.record("the focus entry draws no node")
            return
        }
        #expect(attributes["peripheries"] == "2")

        let plain = try DiagramView(graph: graph, options: DiagramOptions(layers: [.threats]))
        #expect(!Legend(view: plain, style: style).panelRows.contains { $0.id == "emphasis" })
    }

    @Test func blocBoxesAreNamedAndInTheLegend() throws {
        let graph = try Fixtures.europe()
        let style = try StyleSheet.resolve("default")
        let view = try DiagramView(graph: graph, options: DiagramOptions(blocs: true))
        #expect(Legend(view: view, style: style).panelRows.contains { $0.id == "bloc" })
        let description = DiagramRenderer.describe(view, style: style)
        let labels = description.subgraphs.compactMap { $0.attributes.first { $0.name == "label" }?.value }
        #expect(!labels.isEmpty)
        #expect(labels.allSatisfy { $0.hasSuffix("bloc") && !$0.hasPrefix("Bloc ") }, "\(labels)")
        // Belarus allies with Russia and hosts Wagner: the most cooperation, so the bloc's name;
        // Russia's invasion keeps Ukraine in a bloc of its own (with the United States).
        #expect(labels.contains("Belarus' bloc") && labels.contains("Ukraine's bloc"))
        let plain = try DiagramView(graph: graph)
        #expect(!Legend(view: plain, style: style).panelRows.contains { $0.id == "bloc" })
    }
}
