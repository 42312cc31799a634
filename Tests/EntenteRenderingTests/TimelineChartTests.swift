import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct TimelineChartTests {
    func timeline() throws -> Timeline {
        var graph = try Fixtures.europe()
        try graph.add(Relation(
            source: "RUS", target: "UKR", kind: .attack, certainty: .asserted,
            evidence: Fixtures.evidence("Russia attacked Ukraine.", document: "doc9", sentence: 1, date: nil)))
        return Timeline(graph, actor: "RUS", period: .month)
    }

    @Test func barsPerQuadClassWithMeansLegendAndCaption() throws {
        let timeline = try timeline()
        #expect(timeline.undated == 1)
        let svg = String(decoding: try TimelineChart.render(timeline, title: "Russia", format: .svg), as: UTF8.self)
        let bars = timeline.buckets.flatMap(\.quadClasses).filter { $0 > 0 }.count
        #expect(svg.components(separatedBy: "class=\"node bar ").count - 1 == bars)
        for name in TimelineChart.names { #expect(svg.contains(">\(name)</text>"), "legend: \(name)") }
        #expect(svg.contains("1 undated events not shown"), "\(svg.split(separator: "\n").filter { $0.contains("<text") }.prefix(3))")
        for bucket in timeline.buckets { #expect(svg.contains(bucket.period.replacingOccurrences(of: "-", with: "&#45;"))) }
        let png = try TimelineChart.render(timeline, title: "Russia", format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try TimelineChart.render(timeline, title: "Russia", format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func tallerBarsForMoreEventsAndNoOverlappingText() throws {
        let timeline = try timeline()
        let drawn = try DrawnLayout(TimelineChart.describe(timeline, title: "Russia"), engine: "nop2")
        let texts = drawn.texts.filter { if case .node = $0.owner { return true } else { return false } }
        for (index, first) in texts.enumerated() {
            for second in texts[(index + 1)...] { #expect(!first.box.shrunk(by: 0.5).overlaps(second.box), "\(first.text) / \(second.text)") }
        }
        let bars = drawn.nodes.filter { $0.classes.contains("bar") }
        let heights = Dictionary(grouping: bars) { $0.name.split(separator: "-")[1] }.mapValues { $0.reduce(0) { $0 + $1.box.maxY - $1.box.minY } }
        for (index, bucket) in timeline.buckets.enumerated() {
            let most = Double(timeline.buckets.map(\.events).max() ?? 1)
            #expect(abs((heights["\(index)"] ?? 0) - Double(bucket.events) / most * TimelineChart.plotHeight) < 1.5)
        }
    }
}
