import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Events per week or month for an actor or a pair: counts by QuadClass and mean Goldstein.",
        discussion: """
            QuadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material \
            conflict. Undated events sit in no period and are counted apart. --format svg, png or pdf \
            (or an output file ending so) draws a stacked bar chart with each period's mean Goldstein.
            """)

    @Argument(help: "Actor name or id.") var actor: String
    @Argument(help: "Second actor: only events between the two.") var other: String?
    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "week or month.") var by: String = "month"
    @Option(help: "table, json, tsv, svg, png or pdf; by default the output file's extension, else table.")
    var format: String?
    @Option(name: .shortAndLong, help: "Output file; standard output when absent.", completion: .file())
    var output: String?

    static let formats = ["table", "json", "tsv", "svg", "png", "pdf"]

    /// `--format`, else what the output file's extension names, else a table.
    var chosenFormat: String {
        if let format { return format.lowercased() }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        return ["svg", "png", "pdf", "json", "tsv"].contains(ext) ? ext : "table"
    }

    func validate() throws {
        guard Timeline.Period(rawValue: by) != nil else { throw ValidationError("--by must be week or month") }
        guard Self.formats.contains(chosenFormat) else {
            throw Choices.unknown(chosenFormat, what: "timeline format", option: "--format", known: Self.formats)
        }
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
        switch chosenFormat {
        case "json":
            struct Record: Encodable { var actors: [String]; var period: String; var undated: Int; var buckets: [Timeline.Bucket] }
            data = try JSONOutput.encoder().encode(Record(
                actors: [first.id, second?.id].compactMap { $0 }, period: by, undated: timeline.undated, buckets: timeline.buckets))
        case "svg", "png", "pdf":
            let format = OutputFormat(rawValue: chosenFormat) ?? .svg
            data = try TimelineChart.render(timeline, title: title, format: format)
        default:
            let rows = timeline.buckets.map { bucket in
                [bucket.period, String(bucket.events)] + bucket.quadClasses.map(String.init) + [Formatting.signed(bucket.meanGoldstein)]
            }
            var text = Tables.$tabSeparated.withValue(chosenFormat == "tsv") {
                Tables.render(header: ["PERIOD", "EVENTS", "Q1", "Q2", "Q3", "Q4", "GOLDSTEIN"], rows: rows)
            }
            if !text.hasSuffix("\n") { text += "\n" }
            if timeline.buckets.isEmpty { text = "no dated events for \(Tables.clean(title))\n" }
            if timeline.undated > 0 { text += "\(timeline.undated) undated events not shown\n" }
            data = Data(text.utf8)
        }
        if let output { try Console.writeFile(data, to: output) } else { Console.write(data) }
    }
}
