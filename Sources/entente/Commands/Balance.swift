import ArgumentParser
import EntenteGraph

struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check structural balance: triads that break 'the enemy of my enemy is my friend', and the two-faction split.",
        discussion: """
            A tie is positive when its cooperation outweighs its conflict (net Goldstein weight), \
            negative otherwise. A triad is unbalanced when it has one or three negative ties. The \
            split puts actors into two factions so that cooperation falls within and conflict \
            across them as far as it can; the ties that still do not fit are listed as frustrated.
            """)

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Show at most this many unbalanced triads and frustrated ties.")
    var limit: Int = 20

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    struct TriadRecord: Encodable {
        var actors: [String]
        var ties: [JSONOutput.SignedTieRecord]
        var hostile: Int
    }

    struct ContradictedRecord: Encodable {
        var name: String
        var frustrated: Int
    }

    struct Report: Encodable {
        var tieCount: Int
        var triadCount: Int
        var unbalancedCount: Int
        var unbalanced: [TriadRecord]
        var factions: [[String]]
        var frustratedCount: Int
        var frustrated: [JSONOutput.SignedTieRecord]
        /// Actors with the most frustrated ties: whose alliances and enmities contradict each other.
        var contradicted: [ContradictedRecord]

        enum CodingKeys: String, CodingKey {
            case unbalanced, factions, frustrated, contradicted
            case tieCount = "tie_count"
            case triadCount = "triad_count"
            case unbalancedCount = "unbalanced_count"
            case frustratedCount = "frustrated_count"
        }
    }

    func run() throws {
        let filter = try filterOptions.filter()
        guard filter.polarities.contains(.cooperation) || filter.polarities.contains(.conflict) else {
            throw ValidationError("balance weighs cooperation against conflict; --polarity must include at least one of them")
        }
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let result = graph.balance(filter: filter, limit: limit)
        let frustrated = result.frustrated.sorted { abs($0.netWeight) != abs($1.netWeight) ? abs($0.netWeight) > abs($1.netWeight) : ($0.a, $0.b) < ($1.a, $1.b) }
        let report = Report(
            tieCount: result.tieCount, triadCount: result.triadCount, unbalancedCount: result.unbalancedCount,
            unbalanced: result.unbalanced.map { triad in
                TriadRecord(
                    actors: triad.actors.map(graph.name(of:)),
                    ties: triad.ties.map { JSONOutput.SignedTieRecord($0, in: graph) }, hostile: triad.hostileCount)
            },
            factions: result.factions.map { $0.map(graph.name(of:)) },
            frustratedCount: result.frustrated.count,
            frustrated: frustrated.prefix(limit).map { JSONOutput.SignedTieRecord($0, in: graph) },
            contradicted: Self.contradicted(result.frustrated, in: graph, limit: limit))
        switch format {
        case .json: try JSONOutput.emit(report)
        case .table, .tsv: print(text(report))
        }
    }

    /// Actors by how many frustrated ties they are part of, most first; actors with one are
    /// left out (every frustrated tie has two ends).
    static func contradicted(_ ties: [SignedTie], in graph: KnowledgeGraph, limit: Int) -> [ContradictedRecord] {
        var count: [ActorIndex: Int] = [:]
        for tie in ties {
            count[tie.a, default: 0] += 1
            count[tie.b, default: 0] += 1
        }
        return count.filter { $0.value > 1 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
            .map { ContradictedRecord(name: graph.name(of: $0.key), frustrated: $0.value) }
    }

    func text(_ report: Report) -> String {
        var lines = [
            "\(Formatting.plural(report.tieCount, "signed tie")), \(Formatting.plural(report.triadCount, "triad")), "
                + "\(report.unbalancedCount) unbalanced"
        ]
        func sign(_ tie: JSONOutput.SignedTieRecord) -> String {
            "\(tie.a) \(tie.sign == "cooperation" ? "+" : "−") \(tie.b)"
        }
        if !report.unbalanced.isEmpty {
            lines.append("")
            lines.append("unbalanced triads:")
            lines.append(Tables.render(
                header: ["ACTORS", "TIES", "HOSTILE"],
                rows: report.unbalanced.map { triad in
                    [triad.actors.joined(separator: ", "), triad.ties.map(sign).joined(separator: "; "),
                     triad.hostile == 3 ? "3 (three enemies)" : "1 (a friend's friend is an enemy)"]
                }, maxWidth: 100))
            if report.unbalancedCount > report.unbalanced.count {
                lines.append("(\(report.unbalancedCount - report.unbalanced.count) more; raise --limit to see them)")
            }
        }
        if report.tieCount > 0 {
            lines.append("")
            lines.append("two-faction split (cooperation within, conflict across):")
            for (n, faction) in report.factions.enumerated() {
                lines.append("  faction \(n + 1) (\(faction.count)): \(Tables.clip(faction.joined(separator: ", "), 400))")
            }
            lines.append("")
            if report.frustrated.isEmpty {
                lines.append("no frustrated ties: the split is perfectly balanced")
            } else {
                lines.append("\(Formatting.plural(report.frustratedCount, "frustrated tie")) (cooperation across factions or conflict within one):")
                lines.append(Tables.render(
                    header: ["ACTOR", "TIE", "ACTOR", "NET"],
                    rows: report.frustrated.map { [$0.a, $0.sign, $0.b, Formatting.signed($0.netWeight)] }))
                if report.frustratedCount > report.frustrated.count {
                    lines.append("(\(report.frustratedCount - report.frustrated.count) more; raise --limit to see them)")
                }
                if !report.contradicted.isEmpty {
                    lines.append("")
                    lines.append("actors whose ties contradict each other most:")
                    lines.append(Tables.render(
                        header: ["ACTOR", "FRUSTRATED TIES"],
                        rows: report.contradicted.map { [$0.name, String($0.frustrated)] }))
                }
            }
        } else {
            lines.append("no cooperation or conflict ties with these filters")
        }
        return lines.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { Tables.clean(String($0)) }.joined(separator: "\n") }
            .joined(separator: "\n")
    }
}
