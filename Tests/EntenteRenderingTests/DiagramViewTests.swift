import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct DiagramViewTests {
    @Test func negatedClaimsAreNeverDrawn() throws {
        let graph = try Fixtures.europe()
        let view = try DiagramView(graph: graph)
        let pairs = view.ties.map { (view.actor($0.tail).id, view.actor($0.head).id, $0.polarity) }
        #expect(!pairs.contains { $0.0 == "RUS" && $0.1 == "POL" && $0.2 == .conflict })
        #expect(!view.relations.contains { $0.certainty == .negated })
        #expect(view.actors.count == 12)
    }

    @Test func layersSelectPolarities() throws {
        let graph = try Fixtures.europe()
        let threats = try DiagramView(graph: graph, options: DiagramOptions(layers: [.threats]))
        #expect(threats.ties.allSatisfy { $0.polarity == .conflict })
        let alliances = try DiagramView(graph: graph, options: DiagramOptions(layers: [.alliances]))
        #expect(alliances.ties.allSatisfy { $0.polarity != .conflict })
        #expect(Set(alliances.ties.map(\.polarity)) == [.cooperation, .affiliation])
    }

    @Test func focusKeepsActorsWithinDepth() throws {
        let graph = try Fixtures.europe()
        let putin = try graph.resolve("Vladimir Putin")
        let near = try DiagramView(graph: graph, options: DiagramOptions(focus: putin, depth: 1))
        #expect(Set(near.actors.map { near.actor($0).id }) == ["PUTIN", "RUS"])
        let wider = try DiagramView(graph: graph, options: DiagramOptions(focus: putin, depth: 2))
        #expect(Set(wider.actors.map { wider.actor($0).id }) == ["PUTIN", "RUS", "BLR", "UKR"])
        #expect(throws: RenderError.unknownFocus(99)) { try DiagramView(graph: graph, options: DiagramOptions(focus: 99)) }
    }

    @Test func nodeCapTellsTheUserHowToNarrow() throws {
        let graph = try Fixtures.europe()
        let error = try #require(throws: RenderError.self) { try DiagramView(graph: graph, options: DiagramOptions(maxNodes: 5)) }
        #expect(error == .tooManyNodes(count: 12, limit: 5))
        #expect(error.description.contains("--focus"))
        #expect(error.description.contains("--min-evidence"))
    }

    @Test func engineDependsOnSize() {
        #expect(DiagramOptions.engine(forActorCount: 12) == "dot")
        #expect(DiagramOptions.engine(forActorCount: 40) == "dot")
        #expect(DiagramOptions.engine(forActorCount: 41) == "neato")
        #expect(DiagramOptions.engine(forActorCount: 301) == "sfdp")
    }

    @Test func tiesAreOrientedOncePerPairAndPolarity() throws {
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "A", name: "Alpha", kind: .state))
        graph.add(Actor(id: "B", name: "Beta", kind: .state))
        graph.add(Actor(id: "C", name: "Gamma", kind: .state))
        try graph.add(Relation(source: "B", target: "A", kind: .threaten, evidence: Fixtures.evidence("B threatens A.", sentence: 1)))
        try graph.add(Relation(source: "A", target: "B", kind: .sanction, evidence: Fixtures.evidence("A sanctions B.", sentence: 2)))
        try graph.add(Relation(source: "B", target: "A", kind: .ally, evidence: Fixtures.evidence("B and A are allies.", sentence: 3)))
        try graph.add(Relation(source: "C", target: "A", kind: .aid, certainty: .hypothetical, evidence: Fixtures.evidence("C may aid A.", sentence: 4)))
        let view = try DiagramView(graph: graph)
        #expect(view.ties.count == 3)
        let byKey = Dictionary(uniqueKeysWithValues: view.ties.map { ("\(view.actor($0.tail).id)\(view.actor($0.head).id)-\($0.polarity)", $0) })
        #expect(byKey["AB-conflict"]?.direction == .mutual)
        #expect(byKey["AB-cooperation"]?.direction == TieDirection.none)
        #expect(byKey["CA-cooperation"]?.direction == .forward)
        #expect(byKey["CA-cooperation"]?.certainty == .hypothetical)
    }

    @Test func captionCountsArticlesAndDates() throws {
        let view = try DiagramView(graph: try Fixtures.europe())
        #expect(view.caption == "3 articles, 2023-06-24–2023-07-01")
    }

    @Test func defaultTitleSaysWhatIsDrawn() throws {
        let graph = try Fixtures.europe()
        let all = try DiagramView(graph: graph)
        #expect(all.defaultTitle == "Alliances and threats among \(all.actors.count) actors")
        let threats = try DiagramView(graph: graph, options: DiagramOptions(focus: try graph.resolve("Russia"), layers: [.threats]))
        #expect(threats.defaultTitle == "Threats around \(graph.actors[Int(try graph.resolve("Russia"))].name)")
    }
}
