import ArgumentParser
import EntenteGraph
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Events per week or month for an actor or a pair: counts by QuadClass and mean Goldstein.",
        discussion: """
            QuadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material \
            conflict. Undated events sit in no period and are counted apart. --format svg writes a \
            stacked bar chart.
            """)

    @Argument(help: "Actor name or id.") var actor: String
    @Argument(help: "Second actor: only events between the two.") var other: String?
    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "week or month.") var by: String = "month"
    @Option(help: "table, json or svg.") var format: String = "table"
    @Option(name: .shortAndLong, help: "Output file; standard output when absent.", completion: .file())
    var output: String?

    func validate() throws {
        guard Timeline.Period(rawValue: by) != nil else { throw ValidationError("--by must be week or month") }
        guard ["table", "json", "svg"].contains(format) else { throw ValidationError("--format must be table, json or svg") }
    }

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let first = graph.actors[Int(try graph.resolve(actor))]
        let second = try other.map { graph.actors[Int(try graph.resolve($0))] }
        let timeline = Timeline(
            graph, actor: first.id, other: second?.id, period: Timeline.Period(rawValue: by) ?? .month,
            filter: try filterOptions.filter())
        let title = [first.name, second?.name].compactMap { $0 }.joined(separator: " – ")
        let data: Data
        switch format {
        case "json":
            struct Record: Encodable { var actors: [String]; var period: String; var undated: Int; var buckets: [Timeline.Bucket] }
            data = try JSONOutput.encoder().encode(Record(
                actors: [first.id, second?.id].compactMap { $0 }, period: by, undated: timeline.undated, buckets: timeline.buckets))
        case "svg":
            data = Data(TimelineChart.svg(timeline, title: title).utf8)
        default:
            let rows = timeline.buckets.map { bucket in
                [bucket.period, String(bucket.events)] + bucket.quadClasses.map(String.init) + [Formatting.signed(bucket.meanGoldstein)]
            }
            var text = Tables.render(header: ["PERIOD", "EVENTS", "Q1", "Q2", "Q3", "Q4", "GOLDSTEIN"], rows: rows)
            if !text.hasSuffix("\n") { text += "\n" }
            if timeline.buckets.isEmpty { text = "no dated events for \(Tables.clean(title))\n" }
            if timeline.undated > 0 { text += "\(timeline.undated) undated events not shown\n" }
            data = Data(text.utf8)
        }
        if let output { try Console.writeFile(data, to: output) } else { Console.write(data) }
    }
}

/// A stacked bar per period, QuadClass colours from cooperation (blue) to conflict (red).
enum TimelineChart {
    static func svg(_ timeline: Timeline, title: String) -> String {
        let colours = ["#4e79a7", "#76b7b2", "#f28e2b", "#e15759"]
        let barWidth = 24.0, gap = 6.0, height = 240.0, left = 40.0, top = 40.0
        let tallest = Double(timeline.buckets.map(\.events).max() ?? 1)
        let width = left + Double(max(timeline.buckets.count, 1)) * (barWidth + gap) + 20
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Int(width))" height="\#(Int(height + top + 70))" font-family="sans-serif" font-size="10">"#
        svg += "\n<text x=\"\(left)\" y=\"20\" font-size=\"14\">\(escape(title))</text>\n"
        for (i, bucket) in timeline.buckets.enumerated() {
            let x = left + Double(i) * (barWidth + gap)
            var y = top + height
            for (quad, count) in bucket.quadClasses.enumerated() where count > 0 {
                let h = Double(count) / tallest * height
                y -= h
                svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"", x, y, barWidth, h)
                svg += " fill=\"\(colours[quad])\"><title>Q\(quad + 1): \(count)</title></rect>\n"
            }
            let label = String(format: "x=\"%.1f\" y=\"%.1f\" transform=\"rotate(60 %.1f %.1f)\"", x + 4, top + height + 12, x + 4, top + height + 12)
            svg += "<text \(label)>\(escape(bucket.period))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
