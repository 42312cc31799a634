import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the actors within N hops of an actor.")

    @Argument(help: "The actor at the centre.")
    var actor: String

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "How many hops out.")
    var depth: Int = 1

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    @OptionGroup var renderOutput: RenderOutput

    @Option(help: "With --render: refuse to draw more actors than this.")
    var maxNodes: Int = 500

    struct Record: Encodable {
        var name: String
        var id: String
        var kind: String
        var distance: Int
    }

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
    }

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let center = try graph.resolve(actor)
        let filter = try filterOptions.filter()
        let records = try records(in: graph)
        if renderOutput.render != nil {
            let view = try DiagramView(graph: graph, options: DiagramOptions(
                focus: center, depth: depth, filter: filter,
                title: "\(graph.name(of: center)), \(Formatting.plural(depth, "hop")) out", maxNodes: maxNodes))
            try renderOutput.write(view, quiet: input.quiet)
        }
        switch format {
        case .json: try JSONOutput.emit(records)
        case .table, .tsv:
            if records.isEmpty {
                print("\(graph.name(of: center)) has no ties with these filters")
            } else {
                print(Tables.render(header: ["ACTOR", "KIND", "HOPS"], rows: records.map { [$0.name, $0.kind, String($0.distance)] }))
            }
        }
    }

    /// The actors around `actor`, nearest first; `/api/neighbors` lists the same.
    func records(in graph: KnowledgeGraph) throws -> [Record] {
        let center = try graph.resolve(actor)
        let filter = try filterOptions.filter()
        return graph.neighbourList(of: center, depth: depth, filter: filter).dropFirst()
            .map { entry in
                let actor = graph.actors[Int(entry.actor)]
                return Record(name: actor.name, id: actor.id, kind: actor.kind.rawValue, distance: entry.distance)
            }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
    }
}
