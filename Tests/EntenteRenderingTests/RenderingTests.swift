import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct RenderingTests {
    let graph: KnowledgeGraph
    let style: StyleSheet

    init() throws {
        graph = try Fixtures.europe()
        style = try StyleSheet.resolve("default")
    }

    @Test func svgCarriesIdsAndClassesForScripts() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "Test"))
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        let belarus = try #require(svg.element(id: "actor-BLR"))
        // Graphviz adds its own "node" class in front of ours.
        #expect(svg.attribute("class", of: belarus)?.hasSuffix("actor state") == true)
        let invasion = try #require(svg.element(id: "tie-RUS-UKR-conflict"))
        let classes = Set((svg.attribute("class", of: invasion) ?? "").split(separator: " ").map(String.init))
        #expect(classes.isSuperset(of: ["tie", "conflict", "invade"]))
        #expect(svg.element(id: "tie-BLR-RUS-cooperation") != nil)
        #expect(svg.element(id: "tie-PUTIN-RUS-affiliation") != nil)
        #expect(svg.texts.contains("Test"))
        #expect(svg.texts.contains("3 articles, 2023-06-24–2023-07-01"))
        #expect(svg.texts.contains("Vladimir Putin"))
        #expect(svg.texts.contains("(Russia)"))
    }

    @Test func focusActorIsMarked() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(focus: try graph.resolve("Belarus"), depth: 1))
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        let belarus = try #require(svg.element(id: "actor-BLR"))
        #expect(svg.attribute("class", of: belarus)?.hasSuffix("focus") == true)
    }

    @Test func dotExportIsLayoutFree() throws {
        let dot = try DiagramRenderer.render(try DiagramView(graph: graph), style: style, format: .dot)
        let text = try #require(String(data: dot, encoding: .utf8))
        #expect(!text.contains("pos="))
        #expect(!text.contains("bb="))
        #expect(text.contains("\"actor-PUTIN\" -> \"actor-RUS\""))
    }

    @Test func tooltipsCarryEvidenceAndOnlyWebURLs() throws {
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "A", name: "Alpha", kind: .state))
        graph.add(Actor(id: "B", name: "Beta", kind: .state))
        for i in 0..<8 {
            try graph.add(Relation(
                source: "A", target: "B", kind: .attack,
                evidence: Fixtures.evidence(
                    "Alpha shelled Beta for the \(i)th time" + String(repeating: " again", count: 60), sentence: i,
                    url: i == 0 ? "javascript:alert(1)" : "https://news.example/\(i)")))
        }
        let view = try DiagramView(graph: graph)
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        let titles = svg.attributeValues(named: "title").filter { $0.contains("shelled") }
        let tooltip = try #require(titles.first)
        #expect(!tooltip.contains("javascript"))
        #expect(tooltip.contains("https://news.example/1"))
        #expect(tooltip.components(separatedBy: "Alpha shelled").count - 1 == 5)
        #expect(tooltip.count <= LabelText.maximumTooltipLength + 20)
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        let threats = try DiagramView(graph: graph, options: DiagramOptions(layers: [.threats]))
        let legend = Legend(view: threats, style: style)
        #expect(!legend.edgeEntries.map(\.id).contains("cooperation"))
        #expect(legend.edgeEntries.map(\.id).contains("conflict"))
        #expect(legend.edgeEntries.map(\.id).contains("hypothetical"))
        #expect(!legend.edgeEntries.map(\.id).contains("reported"))
        #expect(!legend.actorKinds.contains(.person) == false)

        let svg = try ParsedSVG(DiagramRenderer.render(threats, style: style, format: .svg))
        #expect(svg.element(id: "legend") != nil)
        #expect(svg.texts.contains("state"))
        #expect(svg.texts.contains("conflict"))
        #expect(!svg.texts.contains("cooperation"))

        var small = KnowledgeGraph()
        small.add(Actor(id: "A", name: "Alpha", kind: .state))
        small.add(Actor(id: "B", name: "Bravo", kind: .state))
        try small.add(Relation(source: "A", target: "B", kind: .meet, evidence: Fixtures.evidence("They met.")))
        let onlyStates = Legend(view: try DiagramView(graph: small), style: style)
        #expect(onlyStates.actorKinds == [.state])
        #expect(onlyStates.edgeEntries.map(\.id) == ["cooperation"])
    }

    @Test func layoutsUseNoHTMLLabelsButDOTFilesKeepTheTable() throws {
        for layout in ["dot", "neato"] {
            let view = try DiagramView(graph: graph, options: DiagramOptions(title: "Camps", layout: layout))
            let description = DiagramRenderer.describe(view, style: style)
            let attributes = description.graphAttributes + description.nodes.flatMap(\.attributes)
                + description.edges.flatMap(\.attributes)
            #expect(!attributes.contains { $0.isHTML }, "\(layout)")
            let panel = try #require(description.panel)
            #expect(panel.rows.map(\.text).contains("armed group"))
            #expect(panel.rows.last?.text == view.caption)
            let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
            #expect(svg.element(id: "legend-kind-armedGroup") != nil)
            #expect(svg.element(id: "legend-line-hypothetical") != nil)
            #expect(svg.texts.contains("possible (hypothetical)"))
            #expect(svg.texts.contains("Camps"))
            #expect(svg.texts.contains(view.caption))
        }
        let file = DiagramRenderer.describe(try DiagramView(graph: graph), style: style, for: .dotFile)
        #expect(file.panel == nil)
        let table = try #require(file.nodes.first { $0.name == "legend" }?.attributes.first { $0.name == "label" })
        #expect(table.isHTML && table.value.contains("armed group"))
    }

    @Test func sameInputSameBytes() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "Again"))
        for format in [OutputFormat.dot, .svg, .json] {
            let first = try DiagramRenderer.render(view, style: style, format: format)
            let second = try DiagramRenderer.render(try DiagramView(graph: graph, options: DiagramOptions(title: "Again")), style: style, format: format)
            #expect(first == second, "\(format)")
        }
    }

    @Test func insertionOrderDoesNotChangeOutput() throws {
        var reversed = KnowledgeGraph()
        for actor in graph.actors.reversed() { reversed.add(actor) }
        for relation in graph.relations.reversed() { try reversed.add(relation) }
        for format in [OutputFormat.dot, .json] {
            let original = try DiagramRenderer.render(try DiagramView(graph: graph), style: style, format: format)
            let shuffled = try DiagramRenderer.render(try DiagramView(graph: reversed), style: style, format: format)
            #expect(original == shuffled, "\(format)")
        }
    }

    @Test(arguments: [
        (OutputFormat.png, [UInt8]([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        (.pdf, Array("%PDF-".utf8)),
        (.svg, Array("<?xml".utf8)),
        (.dot, Array("digraph".utf8)),
        (.json, Array("{".utf8)),
    ])
    func formatsStartWithTheirMagicNumbers(format: OutputFormat, magic: [UInt8]) throws {
        let view = try DiagramView(graph: graph)
        let data = try DiagramRenderer.render(view, style: style, format: format)
        #expect(Array(data.prefix(magic.count)) == magic)
    }

    @Test func formatsFromFileExtensions() {
        #expect(OutputFormat(fileExtension: "SVG") == .svg)
        #expect(OutputFormat(fileExtension: "gv") == .dot)
        #expect(OutputFormat(fileExtension: "pdf") == .pdf)
        #expect(OutputFormat(fileExtension: "jpeg") == nil)
    }

    @Test func graphvizErrorsComeBackTyped() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(layout: "nosuchengine"))
        let error = try #require(throws: RenderError.self) { try DiagramRenderer.render(view, style: style, format: .svg) }
        guard case .graphviz(let engine, let message) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(engine == "nosuchengine")
        #expect(message.contains("nosuchengine"))
    }

    @Test func concurrentRendersAreSerialized() async throws {
        let graph = self.graph, style = self.style
        let expected = try DiagramRenderer.render(try DiagramView(graph: graph), style: style, format: .svg)
        try await withThrowingTaskGroup(of: Data.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let view = try DiagramView(graph: graph, options: DiagramOptions(layout: i % 2 == 0 ? nil : "neato"))
                    return try DiagramRenderer.render(view, style: style, format: i % 2 == 0 ? .svg : .png)
                }
            }
            var count = 0
            for try await data in group {
                count += 1
                #expect(!data.isEmpty)
                if data.first == UInt8(ascii: "<") { #expect(data == expected) }
            }
            #expect(count == 16)
        }
    }

    /// Graphviz 2.43's sfdp used to draw differently after other layouts in the process, so a
    /// server drew a map differently from the command line; seeded before every layout, it
    /// draws the same whatever came before.
    @Test func forceLayoutsDoNotDependOnEarlierLayouts() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(layout: "sfdp"))
        let first = try DiagramRenderer.render(view, style: style, format: .svg)
        var other = KnowledgeGraph()
        for index in 0..<5 { other.add(Actor(id: "W\(index)", name: "W \(index)", kind: .state)) }
        for index in 1..<5 {
            try other.add(Relation(
                source: "W0", target: "W\(index)", kind: .attack, certainty: .asserted, evidence: Fixtures.evidence("W0 attack W\(index).", sentence: index)))
        }
        _ = try DiagramRenderer.render(try DiagramView(graph: other, options: DiagramOptions(layout: "sfdp")), style: style, format: .svg)
        #expect(try DiagramRenderer.render(view, style: style, format: .svg) == first)
    }

    @Test func emptyViewsStillRender() throws {
        let view = try DiagramView(graph: KnowledgeGraph())
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        #expect(svg.texts.contains { $0.contains("nothing to draw") })
    }
}
