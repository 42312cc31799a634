import ArgumentParser
import EntenteGraph
import Foundation

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every relation between two actors and the sentences behind them.")

    @Argument(help: "One actor.")
    var first: String

    @Argument(help: "The other actor.")
    var second: String

    @OptionGroup var input: GraphInput

    @Option(help: "Output format: table (sized to the terminal), json or tsv.")
    var format: TextFormat = .table

    func run() throws {
        let graph = try input.load()
        let a = try graph.resolve(first), b = try graph.resolve(second)
        let between = graph.outgoingRelations(of: a).filter { graph.targets[Int($0)] == b }
            + graph.outgoingRelations(of: b).filter { graph.targets[Int($0)] == a }
        let relations = between.sorted().map { graph.relations[Int($0)] }
        switch format {
        case .json:
            Console.write(try JSONOutput.encoder().encode(relations.map { JSONOutput.RelationRecord($0, names: graph.nameLookup) }) + Data("\n".utf8))
        case .table, .tsv:
            if relations.isEmpty {
                print("no relation between \(graph.name(of: a)) and \(graph.name(of: b)); 'entente path' finds indirect links")
            } else {
                // A sentence is the evidence, so it is printed whole, under its claim, not clipped in a table cell.
                for relation in relations {
                    var certainty = relation.certainty.rawValue
                    let name = { (id: String) in Tables.clean(graph.nameLookup(id)) }
                    if let speaker = relation.speaker { certainty += ", said by \(name(speaker))" }
                    print("\(name(relation.source)) \(relation.kind.rawValue) \(name(relation.target))  [\(certainty)]")
                    let sentence = Tables.clean(relation.evidence.text)
                    print("    “\(sentence)” (\(Tables.clean(relation.evidence.document))#\(relation.evidence.sentence))")
                }
            }
        }
    }
}
