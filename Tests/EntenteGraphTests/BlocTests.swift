import EntenteGraph
import Testing

@Suite struct BlocTests {
    /// West: US, UK, POL, DEU (cooperating); East: RUS, BLR, IRN; SRB alone; conflict across.
    func graph() throws -> KnowledgeGraph {
        try makeGraph([
            edge("US", .ally, "UK"), edge("UK", .ally, "POL"), edge("POL", .meet, "DEU"),
            edge("RUS", .ally, "BLR"), edge("IRN", .supplyArms, "RUS"),
            edge("POL", .mobilize, "BLR"), edge("US", .sanction, "RUS"), edge("US", .sanction, "IRN"),
            edge("SRB", .criticize, "US"),
        ])
    }

    @Test func componentsOfCooperation() throws {
        let g = try graph()
        let cooperation = RelationFilter(polarities: [.cooperation])
        #expect(g.componentSizes(filter: cooperation) == [4, 3, 1])
        #expect(g.components(filter: cooperation).map { Set(g.ids($0)) } == [["US", "UK", "POL", "DEU"], ["RUS", "BLR", "IRN"], ["SRB"]])
        #expect(g.componentSizes() == [8])
    }

    @Test func blocsAndTheirConflicts() throws {
        let g = try graph()
        let report = g.blocs()
        #expect(report.blocs.map { Set(g.ids($0.members)) } == [["US", "UK", "POL", "DEU"], ["RUS", "BLR", "IRN"]])
        #expect(report.blocOf[Int(g.at("SRB"))] == -1)
        #expect(report.conflicts.count == 1)
        let conflict = report.conflicts[0]
        #expect((conflict.a, conflict.b) == (0, 1))
        #expect(conflict.relationCount == 3)
        #expect(conflict.tieCount == 3)
        #expect(conflict.netWeight == -7.2 - 8 - 8)
    }

    @Test func largeComponentsSplitIntoCommunities() throws {
        // Two cliques of five joined by one bridge: one component, two communities.
        var edges: [Edge] = []
        for clique in [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4", "b5"]] {
            for i in clique.indices { for j in clique.indices where i < j { edges.append(edge(clique[i], .meet, clique[j])) } }
        }
        edges.append(edge("a5", .meet, "b1"))
        edges.append(edge("a1", .attack, "b2"))
        let g = try makeGraph(edges)
        #expect(g.blocs().blocs.count == 1)
        let split = g.blocs(splitAbove: 5)
        #expect(split.blocs.map { Set(g.ids($0.members)) } == [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4", "b5"]])
        #expect(split.blocs.allSatisfy { $0.component == 0 })
        #expect(split.conflicts.map(\.relationCount) == [1])
    }
}
