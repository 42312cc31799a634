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
        // The attack across outweighs the one meeting that bridges them, at any size.
        #expect(g.blocs().blocs.map { Set(g.ids($0.members)) } == [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4", "b5"]])
        let split = g.blocs(splitAbove: 5)
        #expect(split.blocs.map { Set(g.ids($0.members)) } == [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4", "b5"]])
        #expect(split.blocs.allSatisfy { $0.component == 0 })
        #expect(split.conflicts.map(\.relationCount) == [1])
    }

    @Test func rivalsWhoTalkStayApart() throws {
        // Russia and Ukraine meet and even sign something, but fight: no common bloc. Iran and
        // Saudi Arabia only meet through a mediator, hypothetically ally: no bloc at all.
        let g = try makeGraph([
            edge("RUS", .meet, "UKR"), edge("RUS", .meet, "UKR"), edge("RUS", .invade, "UKR"),
            edge("RUS", .ally, "BLR"), edge("POL", .supplyArms, "UKR"),
            edge("IRN", .ally, "SAU", certainty: .hypothetical), edge("OMN", .mediate, "SAU", certainty: .reported),
            edge("IRN", .meet, "SAU", certainty: .reported),
        ])
        let blocs = g.blocs().blocs.map { Set(g.ids($0.members)) }
        #expect(blocs.contains(["RUS", "BLR"]))
        #expect(blocs.contains(["UKR", "POL"]))
        #expect(!blocs.contains { $0.contains("IRN") || $0.contains("SAU") || $0.contains("OMN") })
    }

    @Test func aBlocIsNamedAfterItsMostCooperativeMember() throws {
        let g = try makeGraph([
            edge("USA", .ally, "GBR"), edge("USA", .supplyArms, "POL"), edge("USA", .train, "DEU"), edge("GBR", .meet, "POL"),
        ])
        let bloc = try #require(g.blocs().blocs.first)
        #expect(g.actors[Int(bloc.leader)].id == "USA")
        #expect(bloc.name(in: g) == "USA's bloc")
    }

    @Test func peopleStandWithTheirState() throws {
        var g = try makeGraph([edge("PUTIN", .meet, "LUKASHENKO"), edge("PUTIN", .ally, "LUKASHENKO"), edge("RUS", .invade, "UKR")],
                              kinds: ["PUTIN": .person, "LUKASHENKO": .person])
        g.add(Actor(id: "PUTIN", name: "PUTIN", kind: .person, affiliation: "RUS"))
        g.add(Actor(id: "LUKASHENKO", name: "LUKASHENKO", kind: .person, affiliation: "BLR"))
        g.add(Actor(id: "BLR", name: "BLR", kind: .state))
        let blocs = g.blocs().blocs
        #expect(blocs.map { Set(g.ids($0.members)) } == [["RUS", "BLR", "PUTIN", "LUKASHENKO"]])
        #expect(blocs.first.map { g.actors[Int($0.leader)].kind } == .state)
    }
}
