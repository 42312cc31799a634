import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how two actors are connected, hop by hop, with the evidence for each hop.",
        discussion: """
            By default prints one shortest path (fewest hops). --k N lists the N shortest loopless \
            paths (Yen); --weighted prefers well-attested ties (a hop costs 1 / its relation \
            count) and combines with --k; --all lists every simple path up to --max-hops. \
            Exits with status 1 when no path is found.
            """)

    @Argument(help: "The actor to start from.")
    var from: String

    @Argument(help: "The actor to reach.")
    var to: String

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Longest path to consider, in hops (default 4; with --k or --weighted no limit unless given).")
    var maxHops: Int?

    @Flag(help: "All simple paths up to --max-hops, not just the shortest.")
    var all = false

    @Option(name: .customLong("k"), help: "The K shortest loopless paths (Yen's algorithm).")
    var k: Int?

    @Flag(help: "Strongest path: hops along ties with more relations cost less.")
    var weighted = false

    @Option(help: "With --all: stop after this many paths (the cut is reported).")
    var limit: Int = 100

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    @OptionGroup var renderOutput: RenderOutput

    func validate() throws {
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if all && (k != nil || weighted) {
            throw ValidationError("--all lists every simple path; it does not combine with --k or --weighted")
        }
    }

    var mode: PathReport.Mode {
        if all { return .all }
        if let k { return weighted ? .kStrongest(k) : .kShortest(k) }
        return weighted ? .strongest : .shortest
    }

    /// The paths this command finds in `graph`; `entente serve` answers `/api/path` with it.
    func report(in graph: KnowledgeGraph) throws -> PathReport {
        let source = try graph.resolve(from)
        let target = try graph.resolve(to)
        guard source != target else {
            throw ValidationError("'\(from)' and '\(to)' are the same actor (\(graph.name(of: source)))")
        }
        let filter = try filterOptions.filter()
        try PathBounds.check(limit: all ? limit : nil, k: k)
        var report = PathReport(graph: graph, mode: mode, source: source, target: target)
        let hopCap = maxHops ?? 4
        switch mode {
        case .all:
            let (paths, cut) = graph.simplePathSearch(from: source, to: target, filter: filter, maxHops: hopCap, limit: limit)
            report.paths = paths.map { PathReport.Found(path: $0, cost: Double($0.length)) }
            report.cut = cut
            report.maxHops = hopCap
        case .shortest:
            report.paths = graph.shortestPath(from: source, to: target, filter: filter, maxHops: hopCap)
                .map { [PathReport.Found(path: $0, cost: Double($0.length))] } ?? []
            report.maxHops = hopCap
        case .strongest:
            report.paths = graph.cheapestPath(from: source, to: target, filter: filter, weighting: .tieStrength).map { [PathReport.Found($0)] } ?? []
        case .kShortest(let n), .kStrongest(let n):
            let (paths, cut) = graph.kShortestPathSearch(
                from: source, to: target, k: n, filter: filter, weighting: weighted ? .tieStrength : .hops)
            report.paths = paths.map(PathReport.Found.init)
            report.cut = cut
        }
        if report.paths.isEmpty {
            report.connected = graph.shortestPathLength(from: source, to: target, filter: filter) != nil
        }
        if let maxHops, !mode.searchesWithinHops {
            // Yen and Dijkstra search without a hop bound; apply the one the user gave.
            let before = report.paths.count
            report.paths.removeAll { $0.path.length > maxHops }
            report.droppedLonger = before - report.paths.count
            report.maxHops = maxHops
        }
        return report
    }

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let report = try report(in: graph)
        let filter = try filterOptions.filter()
        let source = report.source
        let target = report.target
        if report.paths.isEmpty, let render = renderOutput.render, !input.quiet {
            Console.warn("no path, so nothing was drawn to \(render)")
        }
        if !report.paths.isEmpty, renderOutput.render != nil {
            let view = try DiagramView(graph: graph, paths: report.paths.map(\.path), options: DiagramOptions(
                filter: filter, title: "\(graph.name(of: source)) to \(graph.name(of: target))"))
            try renderOutput.write(view, quiet: input.quiet)
        }
        switch format {
        case .json: try JSONOutput.emit(report.record)
        case .table, .tsv: print(report.text)
        }
        if report.paths.isEmpty { throw ExitCode(1) }
    }
}

/// Paths as a reader sees them: each hop with its relations' kinds, direction, certainty, how
/// many sentences attest it and one of those sentences.
struct PathReport {
    enum Mode {
        case shortest, strongest, all
        case kShortest(Int), kStrongest(Int)

        var name: String {
            switch self {
            case .shortest: return "shortest"
            case .strongest: return "strongest"
            case .all: return "all"
            case .kShortest: return "k-shortest"
            case .kStrongest: return "k-strongest"
            }
        }

        /// Whether the search itself honours --max-hops.
        var searchesWithinHops: Bool {
            switch self {
            case .shortest, .all: return true
            default: return false
            }
        }

        var weighted: Bool {
            switch self {
            case .strongest, .kStrongest: return true
            default: return false
            }
        }
    }

    let graph: KnowledgeGraph
    let mode: Mode
    let source: ActorIndex
    let target: ActorIndex
    /// A path and its cost: hops, or the summed hop costs of a weighted search.
    struct Found {
        var path: GraphPath
        var cost: Double

        init(path: GraphPath, cost: Double) {
            self.path = path
            self.cost = cost
        }

        init(_ ranked: RankedPath) { self.init(path: ranked.path, cost: ranked.cost) }
    }

    var paths: [Found] = []
    /// What cut the search short: the --limit, or the work budget of `PathBounds`.
    var cut: PathSearchCut?
    /// The --limit that cut an --all search short.
    var truncated: Int? {
        if case .limit(let n) = cut { return n }
        return nil
    }
    /// Whether any path joins the two actors under the filters, whatever its length.
    var connected = true
    var maxHops: Int?
    /// Paths found by --k/--weighted but longer than --max-hops.
    var droppedLonger = 0

    init(graph: KnowledgeGraph, mode: Mode, source: ActorIndex, target: ActorIndex) {
        self.graph = graph
        self.mode = mode
        self.source = source
        self.target = target
    }

    struct HopRecord: Encodable {
        var from: String
        var to: String
        var kind: String
        var kinds: [String]
        var direction: String
        var certainty: String
        var evidenceCount: Int
        var evidence: Evidence?
        var relations: [JSONOutput.RelationRecord]

        enum CodingKeys: String, CodingKey {
            case from, to, kind, kinds, direction, certainty, evidence, relations
            case evidenceCount = "evidence_count"
        }
    }

    struct PathRecord: Encodable {
        var actors: [String]
        var length: Int
        var cost: Double
        var hops: [HopRecord]
    }

    struct Record: Encodable {
        var from: String
        var to: String
        var mode: String
        var maxHops: Int?
        var truncated: Bool
        var limit: Int?
        var connected: Bool
        var workLimitReached: Bool
        var droppedLonger: Int
        var paths: [PathRecord]

        enum CodingKeys: String, CodingKey {
            case from, to, mode, truncated, limit, paths, connected
            case workLimitReached = "work_limit_reached"
            case maxHops = "max_hops"
            case droppedLonger = "dropped_longer"
        }
    }

    var record: Record {
        let names = graph.nameLookup
        return Record(
            from: graph.name(of: source), to: graph.name(of: target), mode: mode.name, maxHops: maxHops,
            truncated: cut != nil, limit: truncated, connected: connected, workLimitReached: cut == .work,
            droppedLonger: droppedLonger,
            paths: paths.map { ranked in
                PathRecord(
                    actors: ranked.path.actors.map(graph.name(of:)), length: ranked.path.length,
                    cost: Formatting.rounded(ranked.cost),
                    hops: graph.evidence(for: ranked.path).map { hop in
                        HopRecord(
                            from: graph.name(of: hop.from), to: graph.name(of: hop.to), kind: hop.kind.rawValue,
                            kinds: hop.kinds.map(\.rawValue), direction: hop.direction.rawValue,
                            certainty: hop.certainty.rawValue, evidenceCount: hop.evidenceCount, evidence: hop.evidence,
                            relations: hop.relations.map { JSONOutput.RelationRecord(graph.relations[Int($0)], names: names) })
                    })
            })
    }

    var text: String {
        var lines: [String] = []
        if paths.isEmpty && !connected {
            lines.append("no path from \(graph.name(of: source)) to \(graph.name(of: target)): they are not connected "
                + "by any chain of the relations admitted; try fewer filters")
        } else if paths.isEmpty {
            var line = "no path from \(graph.name(of: source)) to \(graph.name(of: target))"
            if let maxHops { line += " within \(maxHops) hops" }
            line += droppedLonger > 0 || maxHops != nil ? "; try a larger --max-hops or fewer filters" : "; try fewer filters"
            lines.append(line)
        }
        for (n, ranked) in paths.enumerated() {
            let path = ranked.path
            var heading = "path \(n + 1) (\(Formatting.plural(path.length, "hop"))"
            if mode.weighted { heading += ", cost \(Formatting.number(ranked.cost))" }
            heading += "): \(path.actors.map(graph.name(of:)).joined(separator: " — "))"
            lines.append(heading)
            for hop in graph.evidence(for: path) { lines += hopLines(hop) }
        }
        if let truncated { lines.append("(stopped after \(truncated) paths; raise --limit to see more)") }
        if cut == .work {
            lines.append("(search stopped at its work limit after \(Formatting.plural(paths.count, "path")); "
                + "ask for fewer hops or narrow it with filters)")
        }
        if droppedLonger > 0, let maxHops {
            lines.append("(\(Formatting.plural(droppedLonger, "path")) longer than \(maxHops) hops left out; raise --max-hops to see them)")
        }
        return lines.map(Tables.clean).joined(separator: "\n")
    }

    private func hopLines(_ hop: HopEvidence) -> [String] {
        var kinds: [String] = []
        for r in hop.relations {
            let relation = graph.relations[Int(r)]
            let arrow = graph.sources[Int(r)] == hop.from ? "→" : "←"
            var label = "\(arrow) \(relation.kind.rawValue)"
            if relation.certainty != .asserted { label += " (\(relation.certainty.rawValue))" }
            if !kinds.contains(label) { kinds.append(label) }
        }
        let from = graph.name(of: hop.from), to = graph.name(of: hop.to)
        let firmest = hop.certainty == .asserted ? "" : ", at best \(hop.certainty.rawValue)"
        var lines = ["  \(from) \(kinds.joined(separator: ", ")) \(to)  [\(Formatting.plural(hop.evidenceCount, "sentence"))\(firmest)]"]
        if let evidence = hop.evidence {
            var origin = "\(evidence.document)#\(evidence.sentence)"
            if let date = evidence.date { origin += ", \(date.prefix(10))" }
            let text = evidence.text.isEmpty ? "(no sentence: imported relation)" : "“\(Tables.clip(evidence.text, 200))”"
            lines.append("    \(text) (\(origin))")
        }
        return lines
    }
}
