import ArgumentParser
import EntenteGraph
import Foundation

struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List relations, with the sentence behind each.")

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Only relations of this actor.")
    var actor: String?

    @Flag(help: "Include negated relations (denied by the text).")
    var includeNegated = false

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let indices = try indices(in: graph)
        let names = graph.nameLookup
        switch format {
        case .json:
            let records = indices.map { JSONOutput.RelationRecord(graph.relations[$0], names: names) }
            Console.write(try JSONOutput.encoder().encode(records) + Data("\n".utf8))
        case .table, .tsv:
            print(Tables.relations(indices.map { graph.relations[$0] }, names: names))
        }
    }

    /// The relations this command lists, in graph order; `/api/relations` lists the same.
    func indices(in graph: KnowledgeGraph) throws -> [Int] {
        let filter = try filterOptions.filter()
        var indices = Array(graph.relations.indices)
        if let actor {
            let index = try graph.resolve(actor)
            indices = (graph.outgoingRelations(of: index) + graph.incomingRelations(of: index)).map(Int.init).sorted()
        }
        indices = indices.filter {
            let relation = graph.relations[$0]
            return filter.admits(relation) || (includeNegated && relation.certainty == .negated)
        }
        return indices
    }
}
