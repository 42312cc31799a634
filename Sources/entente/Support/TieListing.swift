import ArgumentParser
import EntenteGraph
import Foundation

/// What `allies` and `rivals` share: the ties of one polarity around an actor, strongest first.
struct TieListing {
    let graph: KnowledgeGraph
    let center: ActorIndex
    let polarity: Polarity
    let ties: [Tie]

    init(graph: KnowledgeGraph, center: ActorIndex, polarity: Polarity, filter: RelationFilter, limit: Int?) {
        self.graph = graph
        self.center = center
        self.polarity = polarity
        let all = graph.ties(of: center, polarity: polarity, filter: filter)
        ties = limit.map { Array(all.prefix($0)) } ?? all
    }

    struct TieRecord: Encodable {
        var actor: String
        var actorId: String
        var kind: String
        var counts: [String: Int]
        var relations: Int
        var netWeight: Double
        var evidence: Int
        var firstDate: String?
        var lastDate: String?

        enum CodingKeys: String, CodingKey {
            case actor, kind, counts, relations, evidence
            case actorId = "actor_id"
            case netWeight = "net_weight"
            case firstDate = "first_date"
            case lastDate = "last_date"
        }
    }

    struct Report: Encodable {
        var actor: String
        var actorId: String
        var polarity: String
        var ties: [TieRecord]

        enum CodingKeys: String, CodingKey {
            case actor, polarity, ties
            case actorId = "actor_id"
        }
    }

    func other(_ tie: Tie) -> ActorIndex { tie.a == center ? tie.b : tie.a }

    var report: Report {
        Report(
            actor: graph.name(of: center), actorId: graph.actors[Int(center)].id, polarity: polarity.rawValue,
            ties: ties.map { tie in
                let actor = graph.actors[Int(other(tie))]
                return TieRecord(
                    actor: actor.name, actorId: actor.id, kind: actor.kind.rawValue,
                    counts: Dictionary(uniqueKeysWithValues: tie.counts.map { ($0.key.rawValue, $0.value) }),
                    relations: tie.relations.count, netWeight: Formatting.rounded(tie.netWeight),
                    evidence: tie.evidenceCount, firstDate: tie.firstDate.map { String($0.prefix(10)) },
                    lastDate: tie.lastDate.map { String($0.prefix(10)) })
            })
    }

    var table: String {
        Tables.render(
            header: ["ACTOR", "KINDS", "NET", "EVIDENCE", "FIRST", "LAST"],
            rows: ties.map { tie in
                let kinds = tie.kinds.map { "\($0.rawValue)×\(tie.counts[$0] ?? 0)" }.joined(separator: ", ")
                return [graph.name(of: other(tie)), kinds, Formatting.signed(tie.netWeight), String(tie.evidenceCount),
                        tie.firstDate.map { String($0.prefix(10)) } ?? "-", tie.lastDate.map { String($0.prefix(10)) } ?? "-"]
            })
    }

    func print(format: TextFormat) throws {
        switch format {
        case .json: try JSONOutput.emit(report)
        case .table, .tsv:
            if ties.isEmpty {
                let word = polarity == .cooperation ? "cooperation" : "conflict"
                Swift.print("no \(word) ties for \(graph.name(of: center)) with these filters; 'entente relations --actor \"\(graph.name(of: center))\"' lists everything it is part of")
            } else {
                Swift.print(table)
            }
        }
    }
}

/// The arguments `allies` and `rivals` take.
struct TieListingArguments: ParsableArguments {
    @Argument(help: "The actor whose ties to list.")
    var actor: String

    @Option(help: "Show at most this many ties.")
    var limit: Int?

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run(polarity: Polarity, input: GraphInput, filterOptions: FilterOptions) throws {
        let filter = try filterOptions.filter()
        if !filter.polarities.contains(polarity) {
            throw ValidationError("--polarity leaves out \(polarity.rawValue), so there is nothing to list; drop --polarity")
        }
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let center = try graph.resolve(actor)
        try TieListing(graph: graph, center: center, polarity: polarity, filter: filter, limit: limit).print(format: format)
    }
}
