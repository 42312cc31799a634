import EntenteGraph
import Testing

@Suite struct CentralityTests {
    @Test func starAndPath() throws {
        // Hub H threatened by A, B and C; H allies with D; D meets E.
        let g = try makeGraph([
            edge("A", .threaten, "H"), edge("B", .attack, "H"), edge("C", .sanction, "H"), edge("H", .ally, "D"),
            edge("D", .meet, "E"), edge("H", .ally, "D"),
        ])
        let all = g.centrality()
        let hub = all[Int(g.at("H"))]
        #expect(hub.degree == 4)
        #expect(hub.conflictDegree == 3)
        #expect(hub.cooperationDegree == 1)
        #expect(hub.conflictReceived == 3)
        #expect(hub.cooperationRelations == 2)
        // H lies on every path between {A, B, C} and the rest: 3·2/2·... pairs through H.
        // Pairs through H: A-B, A-C, B-C, and each of A, B, C with D and E: 3 + 6 = 9.
        #expect(hub.betweenness == 9)
        // D lies between E and the other five.
        #expect(all[Int(g.at("D"))].betweenness == 4)
        #expect(all[Int(g.at("A"))].betweenness == 0)

        let report = g.central(limit: 2)
        #expect(report.mostConnected.map { g.id($0.actor) } == ["H", "D"])
        #expect(report.mostThreatened.map { g.id($0.actor) } == ["H"])
        #expect(report.mostCooperative.map { g.id($0.actor) } == ["D", "H"])
        #expect(report.mostBetween.map { g.id($0.actor) } == ["H", "D"])
    }

    @Test func filteredGraph() throws {
        let g = try makeGraph([edge("A", .meet, "B"), edge("B", .meet, "C"), edge("A", .attack, "C")])
        let cooperation = RelationFilter(polarities: [.cooperation])
        #expect(g.centrality(filter: cooperation)[Int(g.at("B"))].betweenness == 1)
        #expect(g.centrality()[Int(g.at("B"))].betweenness == 0)
        #expect(g.central(betweenness: false).mostBetween.isEmpty)
        // Sampling every actor is the exact answer; sampling fewer scales up what it sees.
        #expect(g.centrality(filter: cooperation, betweennessSamples: 3)[Int(g.at("B"))].betweenness == 1)
        let sampled = g.centrality(filter: cooperation, betweennessSamples: 1)
        #expect(sampled[Int(g.at("B"))].betweenness == 1.5)
    }
}
