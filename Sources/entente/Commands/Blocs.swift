import ArgumentParser
import EntenteGraph

struct Blocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find blocs: groups held together by cooperation, and the conflicts between them.",
        discussion: """
            Blocs are a signed clustering: asserted material and verbal cooperation pulls two \
            actors together by its Goldstein weight, conflict (asserted or reported) pushes them \
            apart; meetings weigh little and hypothetical or reported cooperation nothing. Groups \
            larger than --split-above actors are split by signed modularity. Each bloc is named \
            after the member with the most cooperation inside it. Actors without asserted \
            cooperation belong to no bloc.
            """)

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Split cooperation groups larger than this into communities.")
    var splitAbove: Int = 50

    @Option(help: "Show at most this many blocs (conflicts are listed among the blocs shown).")
    var limit: Int?

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func validate() throws {
        guard splitAbove >= 2 else { throw ValidationError("--split-above must be at least 2") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    struct BlocRecord: Encodable {
        /// 1-based, as the table numbers them.
        var bloc: Int
        /// "Russia's bloc": after the member with the most cooperation inside it.
        var name: String
        var size: Int
        var members: [String]
        var memberIds: [String]
        var component: Int

        enum CodingKeys: String, CodingKey {
            case bloc, name, size, members, component
            case memberIds = "member_ids"
        }
    }

    struct ConflictRecord: Encodable {
        var a: Int
        var b: Int
        var ties: Int
        var relations: Int
        var netWeight: Double

        enum CodingKeys: String, CodingKey {
            case a, b, ties, relations
            case netWeight = "net_weight"
        }
    }

    struct Report: Encodable {
        var blocs: [BlocRecord]
        var conflicts: [ConflictRecord]
        var totalBlocs: Int

        enum CodingKeys: String, CodingKey {
            case blocs, conflicts
            case totalBlocs = "total_blocs"
        }
    }

    func run() throws {
        let filter = try filterOptions.filter()
        guard filter.polarities.contains(.cooperation) else {
            throw ValidationError("blocs are held together by cooperation; drop --polarity or include cooperation in it")
        }
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let report = report(in: graph, filter: filter)
        switch format {
        case .json: try JSONOutput.emit(report)
        case .table, .tsv: print(text(report))
        }
    }

    /// The blocs this command lists; `/api/blocs` answers with the same report.
    func report(in graph: KnowledgeGraph, filter: RelationFilter) -> Report {
        let result = graph.blocs(filter: filter, splitAbove: splitAbove)
        let shown = limit.map { Array(result.blocs.prefix($0)) } ?? result.blocs
        let shownIDs = Set(shown.map(\.id))
        return Report(
            blocs: shown.map { bloc in
                BlocRecord(
                    bloc: bloc.id + 1, name: bloc.name(in: graph), size: bloc.members.count, members: bloc.members.map(graph.name(of:)),
                    memberIds: bloc.members.map { graph.actors[Int($0)].id }, component: bloc.component + 1)
            },
            conflicts: result.conflicts.filter { shownIDs.contains($0.a) && shownIDs.contains($0.b) }.map {
                ConflictRecord(a: $0.a + 1, b: $0.b + 1, ties: $0.tieCount, relations: $0.relationCount,
                               netWeight: Formatting.rounded($0.netWeight))
            },
            totalBlocs: result.blocs.count)
    }

    func text(_ report: Report) -> String {
        if report.blocs.isEmpty {
            return "no blocs: no two actors share an asserted cooperation tie with these filters"
        }
        var lines = [Tables.render(
            header: ["BLOC", "NAME", "SIZE", "MEMBERS"],
            rows: report.blocs.map { [String($0.bloc), $0.name, String($0.size), $0.members.joined(separator: ", ")] },
            maxWidth: 100)]
        if report.totalBlocs > report.blocs.count {
            lines.append("(\(report.totalBlocs - report.blocs.count) smaller blocs not shown; raise --limit to see them)")
        }
        lines.append("")
        if report.conflicts.isEmpty {
            lines.append("no conflict ties between these blocs")
        } else {
            lines.append("conflicts between blocs:")
            lines.append(Tables.render(
                header: ["BLOC", "BLOC", "TIES", "RELATIONS", "NET"],
                rows: report.conflicts.map {
                    [String($0.a), String($0.b), String($0.ties), String($0.relations), Formatting.signed($0.netWeight)]
                }))
        }
        return lines.joined(separator: "\n")
    }
}
