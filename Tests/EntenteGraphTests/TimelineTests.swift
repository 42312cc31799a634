import EntenteGraph
import Testing

@Suite struct TimelineTests {
    @Test func monthsAndWeeksCountByQuadClass() throws {
        let graph = try makeGraph([
            edge("RUS", .attack, "UKR", date: "2024-01-01"), edge("UKR", .attack, "RUS", date: "2024-01-31"),
            edge("RUS", .meet, "CHN", date: "2024-01-15"), edge("RUS", .praise, "UKR", date: "2024-02-03"),
            edge("RUS", .attack, "UKR"), edge("CHN", .meet, "IRN", date: "2024-01-02"),
        ])
        let months = Timeline(graph, actor: "RUS", period: .month)
        #expect(months.buckets.map(\.period) == ["2024-01", "2024-02"])
        #expect(months.buckets[0].events == 3 && months.buckets[0].quadClasses == [1, 0, 0, 2])
        #expect(months.undated == 1)
        let pair = Timeline(graph, actor: "RUS", other: "UKR", period: .week)
        // 2024-01-01 is in ISO week 1 of 2024; the 31st and 3 February in week 5.
        #expect(pair.buckets.map(\.period) == ["2024-W01", "2024-W05"])
        #expect(pair.buckets[1].events == 2)
        #expect(pair.buckets.allSatisfy { $0.meanGoldstein == RelationKind.attack.weight || $0.quadClasses[0] == 1 })
    }
}
