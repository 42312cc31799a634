import EntenteGraph
import Testing

@Suite struct AlliesRivalsTests {
    func graph() throws -> KnowledgeGraph {
        try makeGraph([
            edge("RUS", .ally, "BLR", date: "2022-02-01"), edge("BLR", .hostTroops, "RUS", date: "2023-06-15"),
            edge("RUS", .meet, "CHN", date: "2023-03-20"),
            edge("POL", .mobilize, "BLR", date: "2024-01-10"), edge("BLR", .threaten, "POL", date: "2023-08-01"),
            edge("RUS", .criticize, "BLR", date: "2024-02-02"), edge("RUS", .ally, "BLR", certainty: .negated),
        ])
    }

    @Test func alliesWithCountsWeightsAndDates() throws {
        let g = try graph()
        let allies = g.allies(of: g.at("BLR"))
        #expect(allies.count == 1)
        let tie = allies[0]
        #expect(Set([g.id(tie.a), g.id(tie.b)]) == ["RUS", "BLR"])
        #expect(tie.counts == [.ally: 1, .hostTroops: 1])
        #expect(tie.netWeight == 8.0 + 6.4)
        #expect(tie.firstDate == "2022-02-01")
        #expect(tie.lastDate == "2023-06-15")
        #expect(tie.evidenceCount == 2)
        let russia = g.allies(of: g.at("RUS")).map { $0.a == g.at("RUS") ? g.id($0.b) : g.id($0.a) }
        #expect(russia == ["BLR", "CHN"])
    }

    @Test func rivalsMostHostileFirst() throws {
        let g = try graph()
        let rivals = g.rivals(of: g.at("BLR"))
        #expect(rivals.map { $0.a == g.at("BLR") ? g.id($0.b) : g.id($0.a) } == ["POL", "RUS"])
        #expect(rivals[0].netWeight == -7.2 - 7.0)
        #expect(rivals[0].firstDate == "2023-08-01")
        #expect(rivals[0].lastDate == "2024-01-10")
        #expect(rivals[0].dominantPolarity == .conflict)
    }

    @Test func filtersApply() throws {
        let g = try graph()
        let recent = RelationFilter(from: "2024-01-01")
        #expect(g.rivals(of: g.at("BLR"), filter: recent).count == 2)
        #expect(g.allies(of: g.at("BLR"), filter: recent).isEmpty)
        let threats = RelationFilter(kinds: [.threaten])
        #expect(g.rivals(of: g.at("BLR"), filter: threats).count == 1)
        #expect(g.rivals(of: g.at("BLR"), filter: RelationFilter(minimumEvidence: 2)).count == 1)
    }
}
