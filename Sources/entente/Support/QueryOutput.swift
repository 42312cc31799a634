import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

/// Output helpers shared by the query commands (allies, rivals, blocs, balance, central, path,
/// neighbors).
extension JSONOutput {
    /// Prints one JSON document and a newline on standard output.
    static func emit<T: Encodable>(_ value: T) throws {
        Console.write(try encoder().encode(value) + Data("\n".utf8))
    }

    /// An actor as query output names it.
    struct ActorRef: Encodable {
        var name: String
        var id: String
        var kind: String

        init(_ index: ActorIndex, in graph: KnowledgeGraph) {
            let actor = graph.actors[Int(index)]
            name = actor.name
            id = actor.id
            kind = actor.kind.rawValue
        }
    }

    /// A signed tie (balance): who, which sign, how strong.
    struct SignedTieRecord: Encodable {
        var a: String
        var b: String
        var sign: String
        var netWeight: Double

        init(_ tie: SignedTie, in graph: KnowledgeGraph) {
            a = graph.name(of: tie.a)
            b = graph.name(of: tie.b)
            sign = tie.positive ? "cooperation" : "conflict"
            netWeight = Formatting.rounded(tie.netWeight)
        }

        enum CodingKeys: String, CodingKey {
            case a, b, sign
            case netWeight = "net_weight"
        }
    }
}

extension KnowledgeGraph {
    /// An actor's name ready for a terminal: control and direction characters from articles removed.
    func name(of index: ActorIndex) -> String { Tables.clean(actors[Int(index)].name) }
}

enum Formatting {
    /// Weights are sums of one-decimal Goldstein values; round away float noise.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func number(_ value: Double) -> String {
        let r = rounded(value)
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }

    static func signed(_ value: Double) -> String {
        let text = number(value)
        return value > 0 ? "+" + text : text
    }

    static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

/// `--render OUT` on a query command: draws the query's result through the diagram
/// pipeline, the format taken from the file's extension.
struct RenderOutput: ParsableArguments {
    @Option(help: "Also draw the result to this file; its extension (.svg, .png, .pdf, .dot) picks the format.", completion: .file())
    var render: String?

    @Option(help: "With --render: style name (see 'entente styles') or path to a style YAML file.")
    var style: String?

    func validate() throws {
        if let render { _ = try DiagramArguments.format(forOutput: render) }
    }

    /// Draws `view` to the --render file and says so on standard error (standard output
    /// stays the query's answer, table or JSON).
    func write(_ view: DiagramView, quiet: Bool) throws {
        guard let render else { return }
        let format = try DiagramArguments.format(forOutput: render)
        let data = try DiagramRenderer.render(view, style: try StyleSheet.resolve(style), format: format)
        try Console.writeFile(data, to: render)
        if !quiet {
            FileHandle.standardError.write(Data("\(render): \(view.actors.count) actors, \(view.ties.count) ties drawn\n".utf8))
        }
    }
}
