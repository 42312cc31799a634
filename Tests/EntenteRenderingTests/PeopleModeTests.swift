import EntenteGraph
import Testing

@testable import EntenteRendering

@Suite struct PeopleModeTests {
    let graph: KnowledgeGraph

    init() throws { graph = try Fixtures.europe() }

    private func ids(_ view: DiagramView) -> Set<String> { Set(view.actors.map { view.actor($0).id }) }

    @Test func foldDrawsPeopleOnTheirStateAndNamesThemInTheTooltip() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(people: .fold))
        #expect(ids(view).isDisjoint(with: ["PUTIN", "LUKASHENKO", "PRIGOZHIN"]))
        // Lukashenko's reported mediation with Prigozhin becomes Belarus–Wagner; his leadership
        // of Belarus folds onto Belarus itself and is not drawn.
        let belarus = try graph.resolve("BLR"), wagner = try graph.resolve("WAGNER")
        let mediation = try #require(view.ties.first {
            Set([$0.tail, $0.head]) == [belarus, wagner] && $0.kinds.contains(.mediate)
        })
        let tooltip = Tooltip.tie(mediation, in: view)
        #expect(tooltip.contains("through Alexander Lukashenko, Yevgeny Prigozhin"))
        #expect(!view.ties.contains { $0.tail == $0.head })
        // The press club's criticism of Lukashenko lands on Belarus.
        let press = try graph.resolve("MINSKPRESS")
        #expect(view.ties.contains { Set([$0.tail, $0.head]) == [press, belarus] && $0.kinds == [.criticize] })
        #expect(Legend(view: view, style: try StyleSheet.resolve("default")).panelRows.contains {
            $0.id == "people-folded" && $0.text.hasPrefix("2 people")  // Putin only leads Russia: nothing of his is left to draw
        })
        // DOT files carry the same key in their table legend, and it still parses.
        let dot = String(decoding: try DiagramRenderer.render(view, style: try StyleSheet.resolve("default"), format: .dot), as: UTF8.self)
        #expect(dot.contains("2 people drawn on their state or group"))
        #expect(try GraphvizBridge.parse(dot: dot).nodes == view.actors.count + 1)
        // Nothing is lost: every relation not between a person and their own state is still drawn.
        let shown = try DiagramView(graph: graph, options: DiagramOptions(people: .show))
        #expect(view.relations.count == shown.relations.count - 3)
    }

    @Test func hideLeavesPeopleAndTheirRelationsOut() throws {
        let view = try DiagramView(graph: graph, options: DiagramOptions(people: .hide))
        #expect(!view.actors.contains { view.actor($0).kind == .person })
        #expect(!ids(view).contains("MINSKPRESS"), "its only tie was with Lukashenko")
        #expect(view.foldedPeople.isEmpty)
    }

    @Test func aFocusedPersonStays() throws {
        let putin = try graph.resolve("PUTIN")
        for mode in [PeopleMode.fold, .hide] {
            let view = try DiagramView(graph: graph, options: DiagramOptions(focus: putin, depth: 1, people: mode))
            #expect(view.actors.contains(putin))
            #expect(ids(view).contains("RUS"))
        }
    }

    @Test func showIsTheLibraryDefault() throws {
        let view = try DiagramView(graph: graph)
        #expect(ids(view).isSuperset(of: ["PUTIN", "LUKASHENKO", "PRIGOZHIN"]))
    }
}
