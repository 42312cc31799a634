import EntenteGraph
import Testing

@Suite struct BalanceTests {
    @Test(arguments: [
        // (kinds of the ties AB, BC, AC; balanced?)
        ([RelationKind.ally, .ally, .ally], true),
        ([RelationKind.ally, .attack, .attack], true),  // the enemy of my enemy is my friend
        ([RelationKind.ally, .ally, .attack], false),
        ([RelationKind.attack, .attack, .attack], false),
    ])
    func singleTriad(kinds: [RelationKind], balanced: Bool) throws {
        let g = try makeGraph([edge("A", kinds[0], "B"), edge("B", kinds[1], "C"), edge("A", kinds[2], "C")])
        let report = g.balance()
        #expect(report.triadCount == 1)
        #expect(report.unbalancedCount == (balanced ? 0 : 1))
        #expect(report.tieCount == 3)
        if balanced {
            #expect(report.frustrated.isEmpty)
        } else {
            #expect(report.unbalanced[0].hostileCount == kinds.filter { $0.polarity == .conflict }.count)
            #expect(report.frustrated.count == 1)
        }
    }

    @Test func twoFactions() throws {
        let g = try makeGraph([
            edge("US", .ally, "UK"), edge("RUS", .ally, "BLR"), edge("US", .sanction, "RUS"),
            edge("UK", .condemn, "BLR"), edge("US", .threaten, "BLR"), edge("UK", .sanction, "RUS"),
            // Hungary courts both sides: it frustrates any split.
            edge("HUN", .meet, "RUS"), edge("HUN", .ally, "US"),
        ])
        let report = g.balance()
        let factions = report.factions.map { Set(g.ids($0)) }.sorted { $0.count > $1.count }
        #expect(factions.count == 2)
        #expect(factions.contains { $0.isSuperset(of: ["US", "UK"]) })
        #expect(factions.contains { $0 == ["RUS", "BLR"] || $0 == ["RUS", "BLR", "HUN"] })
        #expect(report.frustrated.count == 1)
        #expect(report.unbalancedCount == 1)
        #expect(Set(g.ids(report.unbalanced[0].actors)) == ["US", "RUS", "HUN"])
    }

    @Test func limitCapsTheList() throws {
        let g = try makeGraph([
            edge("A", .attack, "B"), edge("B", .attack, "C"), edge("A", .attack, "C"),
            edge("C", .attack, "D"), edge("B", .attack, "D"),
        ])
        let report = g.balance(limit: 1)
        #expect(report.unbalancedCount == 2)
        #expect(report.unbalanced.count == 1)
    }
}
