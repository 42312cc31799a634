import ArgumentParser
import EntenteGraph

struct Central: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the most central actors: most connected, most threatened, most cooperative, most between.",
        discussion: """
            Degree counts distinct actors tied to an actor (split by polarity); threatened counts \
            conflict relations aimed at it; cooperative counts its cooperation relations; \
            betweenness counts the shortest paths between other actors that pass through it.
            """)

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "How many actors per ranking.")
    var limit: Int = 10

    @Flag(help: "Skip betweenness (a search per actor; slow on very large graphs).")
    var noBetweenness = false

    @Option(help: "Estimate betweenness from this many sources instead of all actors (default: exact up to \(Central.exactBetweennessUpTo) actors, 1000 sources above).")
    var samples: Int?

    static let exactBetweennessUpTo = 20_000

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    }

    struct Record: Encodable {
        var name: String
        var id: String
        var kind: String
        var degree: Int
        var cooperationDegree: Int
        var conflictDegree: Int
        var affiliationDegree: Int
        var conflictReceived: Int
        var conflictMade: Int
        var cooperationRelations: Int
        var betweenness: Double?

        enum CodingKeys: String, CodingKey {
            case name, id, kind, degree, betweenness
            case cooperationDegree = "cooperation_degree"
            case conflictDegree = "conflict_degree"
            case affiliationDegree = "affiliation_degree"
            case conflictReceived = "conflict_received"
            case conflictMade = "conflict_made"
            case cooperationRelations = "cooperation_relations"
        }
    }

    struct Report: Encodable {
        var mostConnected: [Record]
        var mostThreatened: [Record]
        var mostCooperative: [Record]
        var mostBetween: [Record]
        var betweennessEstimated: Bool

        enum CodingKeys: String, CodingKey {
            case betweennessEstimated = "betweenness_estimated"
            case mostConnected = "most_connected"
            case mostThreatened = "most_threatened"
            case mostCooperative = "most_cooperative"
            case mostBetween = "most_between"
        }
    }

    func run() throws {
        let filter = try filterOptions.filter()
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let sources = samples ?? (graph.actorCount > Self.exactBetweennessUpTo ? 1000 : nil)
        let result = graph.central(filter: filter, limit: limit, betweenness: !noBetweenness, betweennessSamples: sources)
        func records(_ list: [ActorCentrality]) -> [Record] {
            list.map { c in
                let actor = graph.actors[Int(c.actor)]
                return Record(
                    name: actor.name, id: actor.id, kind: actor.kind.rawValue, degree: c.degree,
                    cooperationDegree: c.cooperationDegree, conflictDegree: c.conflictDegree,
                    affiliationDegree: c.affiliationDegree, conflictReceived: c.conflictReceived,
                    conflictMade: c.conflictMade, cooperationRelations: c.cooperationRelations,
                    betweenness: noBetweenness ? nil : Formatting.rounded(c.betweenness))
            }
        }
        let report = Report(
            mostConnected: records(result.mostConnected), mostThreatened: records(result.mostThreatened),
            mostCooperative: records(result.mostCooperative), mostBetween: records(result.mostBetween),
            betweennessEstimated: !noBetweenness && (sources.map { $0 < graph.actorCount } ?? false))
        switch format {
        case .json: try JSONOutput.emit(report)
        case .table, .tsv: print(text(report))
        }
    }

    func text(_ report: Report) -> String {
        if report.mostConnected.isEmpty { return "no actor has a tie with these filters" }
        var sections: [String] = []
        func section(_ title: String, _ list: [Record], _ column: String, _ value: (Record) -> String) {
            guard !list.isEmpty else { return }
            sections.append(title + "\n" + Tables.render(
                header: ["ACTOR", column, "DEGREE", "COOP", "CONFLICT", "AFFIL"],
                rows: list.map { [$0.name, value($0), String($0.degree), String($0.cooperationDegree),
                                  String($0.conflictDegree), String($0.affiliationDegree)] }))
        }
        section("most connected (distinct actors tied):", report.mostConnected, "TIED TO") { String($0.degree) }
        section("most threatened (conflict relations received):", report.mostThreatened, "RECEIVED") { String($0.conflictReceived) }
        section("most cooperative (cooperation relations):", report.mostCooperative, "COOPERATION") { String($0.cooperationRelations) }
        if !noBetweenness {
            section("most between (shortest paths through the actor\(report.betweennessEstimated ? ", estimated from a sample" : "")):", report.mostBetween, "BETWEENNESS") {
                Formatting.number($0.betweenness ?? 0)
            }
        }
        return sections.joined(separator: "\n\n")
    }
}
