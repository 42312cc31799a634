import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph for other tools: DOT (Graphviz), node-link JSON (NetworkX).")

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Export format: dot or json.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Output file (standard output when absent).", completion: .file())
    var output: String?

    @Option(help: "Style name or path, for DOT attributes.")
    var style: String?

    func run() throws {
        let graph = try input.load()
        var options = DiagramOptions(filter: try filterOptions.filter(), maxNodes: Int.max, includeIsolated: true, legend: false)
        options.layout = "dot"
        let view = try DiagramView(graph: graph, options: options)
        let data: Data
        switch format {
        case .dot: data = try DiagramRenderer.render(view, style: try StyleSheet.resolve(style), format: .dot)
        case .json: data = GraphExport.json(view)
        }
        if let output { try Console.writeFile(data, to: output) } else { Console.write(data) }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json
}
