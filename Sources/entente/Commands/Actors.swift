import ArgumentParser
import EntenteGraph
import Foundation

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the actors in the graph.")

    @OptionGroup var input: GraphInput

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func run() throws {
        let graph = try input.load()
        let (order, degree) = Self.order(graph)
        let names = graph.nameLookup
        switch format {
        case .json:
            let records = order.map { JSONOutput.ActorRecord(graph.actors[$0], names: names) }
            Console.write(try JSONOutput.encoder().encode(records) + Data("\n".utf8))
        case .table, .tsv:
            print(Tables.render(
                header: ["ACTOR", "KIND", "ID", "RELATIONS", "ALIASES"],
                rows: order.map { i in
                    let actor = graph.actors[i]
                    return [actor.name, actor.kind.rawValue, actor.id, String(degree[i]),
                            actor.aliases.prefix(4).joined(separator: ", ")]
                }))
        }
    }

    /// Actors most related first, then by name; also `/api/actors`'s order.
    static func order(_ graph: KnowledgeGraph) -> (order: [Int], degree: [Int]) {
        let degree = graph.actors.indices.map {
            graph.outgoingRelations(of: ActorIndex($0)).count + graph.incomingRelations(of: ActorIndex($0)).count
        }
        let order = graph.actors.indices.sorted {
            degree[$0] != degree[$1] ? degree[$0] > degree[$1] : graph.actors[$0].name < graph.actors[$1].name
        }
        return (order, degree)
    }
}

extension KnowledgeGraph {
    /// Actor id → display name, for output.
    var nameLookup: (String) -> String {
        { id in self.actor(id: id)?.name ?? id }
    }
}
