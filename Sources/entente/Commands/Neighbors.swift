import ArgumentParser
import EntenteGraph
import Foundation

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the actors within N hops of an actor.")

    @Argument(help: "The actor at the centre.")
    var actor: String

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "How many hops out.")
    var depth: Int = 1

    @Option(help: "Output format: table or json.")
    var format: TextFormat = .table

    struct Record: Encodable {
        var name: String
        var id: String
        var kind: String
        var distance: Int
    }

    func run() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        let graph = try input.load()
        let center = try graph.resolve(actor)
        let found = graph.neighbourhood(of: center, depth: depth, filter: try filterOptions.filter())
        let records = found.filter { $0.key != center }
            .map { Record(name: graph.actors[Int($0.key)].name, id: graph.actors[Int($0.key)].id,
                          kind: graph.actors[Int($0.key)].kind.rawValue, distance: $0.value) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        switch format {
        case .json: Console.write(try JSONOutput.encoder().encode(records) + Data("\n".utf8))
        case .table:
            print(Tables.render(header: ["ACTOR", "KIND", "HOPS"], rows: records.map { [$0.name, $0.kind, String($0.distance)] }))
        }
    }
}
