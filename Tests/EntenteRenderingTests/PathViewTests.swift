import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct PathViewTests {
    let graph: KnowledgeGraph

    init() throws {
        graph = try Fixtures.europe()
    }

    @Test func drawsOnlyThePathWithItsEndsHighlighted() throws {
        let putin = try graph.resolve("PUTIN"), poland = try graph.resolve("POL")
        let found = graph.simplePaths(from: putin, to: poland, maxHops: 4)
        #expect(!found.paths.isEmpty)
        let view = try DiagramView(graph: graph, paths: found.paths)
        let onPaths = Set(found.paths.flatMap(\.actors))
        #expect(Set(view.actors) == onPaths)
        #expect(view.highlighted == [putin, poland])
        // Every drawn tie joins two consecutive actors of some path.
        let hops = Set(found.paths.flatMap(\.hops).map { Set([$0.from, $0.to]) })
        #expect(view.ties.allSatisfy { hops.contains([$0.tail, $0.head]) })
        #expect(!view.ties.isEmpty)
        // The denied RUS→POL threat is not in any hop, so it is not drawn.
        #expect(!view.relations.contains { $0.certainty == .negated })
    }

    @Test func shortestPathRendersWithEndpointClasses() throws {
        let putin = try graph.resolve("PUTIN"), ukraine = try graph.resolve("UKR")
        let path = try #require(graph.shortestPath(from: putin, to: ukraine))
        #expect(path.actors.map { graph.actors[Int($0)].id } == ["PUTIN", "RUS", "UKR"])
        let view = try DiagramView(graph: graph, paths: [path], options: DiagramOptions(title: "Putin to Ukraine"))
        #expect(view.actors.count == 3)
        #expect(view.ties.count == 2)
        #expect(Set(view.ties.map(\.polarity)) == [.affiliation, .conflict])
        let invasion = try #require(view.ties.first { $0.polarity == .conflict })
        #expect(invasion.evidenceCount == 4)
        #expect(invasion.tie.netWeight == RelationKind.invade.weight * 4)

        let style = try StyleSheet.resolve("default")
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        for id in ["actor-PUTIN", "actor-UKR"] {
            let node = try #require(svg.element(id: id))
            #expect(svg.attribute("class", of: node)?.hasSuffix("endpoint") == true, "\(id)")
        }
        let middle = try #require(svg.element(id: "actor-RUS"))
        #expect(svg.attribute("class", of: middle)?.contains("endpoint") == false)
        #expect(svg.element(id: "actor-BLR") == nil)
        #expect(svg.element(id: "tie-RUS-UKR-conflict") != nil)
    }

    @Test func aPathFromAnotherGraphIsRefused() throws {
        let putin = try graph.resolve("PUTIN"), ukraine = try graph.resolve("UKR")
        let path = try #require(graph.shortestPath(from: putin, to: ukraine))
        // GraphPath has no public initializer; bend a real one.
        var stray = path
        stray.actors.append(99)
        #expect(throws: RenderError.invalidPath("actor #99 is not in the graph")) {
            try DiagramView(graph: graph, paths: [stray])
        }
        // Relation 0 (RUS ally BLR) does not join PUTIN and RUS.
        var wrongHop = path
        wrongHop.hops[0].relations = [0]
        let error = try #require(throws: RenderError.self) { try DiagramView(graph: graph, paths: [wrongHop]) }
        #expect(error.description.contains("does not join"))
    }

    @Test func noPathsDrawsNothing() throws {
        let view = try DiagramView(graph: graph, paths: [])
        #expect(view.actors.isEmpty && view.ties.isEmpty && view.highlighted.isEmpty)
        let style = try StyleSheet.resolve("default")
        #expect(try !DiagramRenderer.render(view, style: style, format: .svg).isEmpty)
    }

    @Test func pathViewRespectsTheNodeLimit() throws {
        let putin = try graph.resolve("PUTIN"), ukraine = try graph.resolve("UKR")
        let path = try #require(graph.shortestPath(from: putin, to: ukraine))
        #expect(throws: RenderError.tooManyNodes(count: 3, limit: 2)) {
            try DiagramView(graph: graph, paths: [path], options: DiagramOptions(maxNodes: 2))
        }
    }

    /// Line pattern tells certainty in every style: a reported hop is dashed, an asserted one
    /// solid, whatever its polarity, and the legend shows the dashed line.
    @Test(arguments: ["default", "print", "dark", "colorblind"]) func reportedHopsAreDashed(styleName: String) throws {
        let lukashenko = try graph.resolve("LUKASHENKO"), ukraine = try graph.resolve("UKR")
        let found = graph.simplePaths(from: lukashenko, to: ukraine, maxHops: 4)
        let view = try DiagramView(graph: graph, paths: found.paths)
        let style = try StyleSheet.resolve(styleName)
        let description = DiagramRenderer.describe(view, style: style)
        func pattern(of edge: GraphDescription.Edge) -> String {
            edge.attributes.first { $0.name == "style" }?.value ?? description.edgeDefaults.first { $0.name == "style" }?.value ?? "solid"
        }
        let reported = description.edges.filter { $0.key.contains("PRIGOZHIN") && $0.key.contains("LUKASHENKO") }
        #expect(!reported.isEmpty)
        #expect(reported.allSatisfy { pattern(of: $0).contains("dashed") })
        let asserted = description.edges.filter { edge in
            edge.attributes.contains { $0.name == "class" && $0.value.hasSuffix("asserted") && !$0.value.contains("affiliation") }
        }
        #expect(!asserted.isEmpty)
        if styleName != "print" { #expect(asserted.allSatisfy { !pattern(of: $0).contains("dashed") }) }
        let legend = Legend(view: view, style: style).panelRows.first { $0.id == "line-reported" }
        guard case .edge(let attributes) = legend?.sample else {
            Issue.record("no reported entry in the legend")
            return
        }
        #expect(attributes["style"]?.contains("dashed") == true)
    }
}
