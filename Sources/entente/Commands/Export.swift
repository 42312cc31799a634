import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph for other tools: DOT, node-link JSON, GraphML, CSV, Cypher.",
        discussion: """
            dot: Graphviz. json: NetworkX node_link_graph. graphml: NetworkX read_graphml, Gephi. \
            csv: Neo4j admin import and Kùzu COPY FROM (-o names a directory that receives \
            actors.csv, relations.csv, kuzu-schema.cypher and neo4j-import.sh). cypher: a script for an empty Neo4j or Kùzu database. \
            Every format holds the same actors and ties (one per actor pair and polarity). \
            events: one row per event (date, actors, CAMEO code, QuadClass, Goldstein, evidence), \
            CSV, or JSON Lines when -o ends in .jsonl.
            """)

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Export format: dot, json, graphml, csv, cypher or events.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Output file (a directory for csv); standard output when absent.", completion: .file())
    var output: String?

    @Option(help: "Style name or path, for DOT attributes.", completion: Choices.styleCompletion)
    var style: String?

    @Flag(help: "Also export relations the text denies, as separate ties marked negated.")
    var includeNegated = false

    func validate() throws {
        if format == .csv && output == nil {
            throw ValidationError("csv writes two files; give a directory with -o")
        }
    }

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        if format == .events { return try exportEvents(graph) }
        let view = DiagramView(exporting: graph, filter: try filterOptions.filter(), includeNegated: includeNegated)
        let data: Data
        switch format {
        case .dot: data = try DiagramRenderer.render(view, style: try StyleSheet.resolve(style), format: .dot)
        case .json: data = GraphExport.json(view)
        case .graphml: data = GraphExport.graphml(view)
        case .cypher: data = GraphExport.cypher(view)
        case .events: return
        case .csv:
            let files = GraphExport.csv(view)
            let directory = URL(fileURLWithPath: output ?? ".")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Console.writeFile(files.actors, to: directory.appendingPathComponent(CSVExport.actorsFileName).path)
            try Console.writeFile(files.relations, to: directory.appendingPathComponent(CSVExport.relationsFileName).path)
            try Console.writeFile(Data(GraphExport.kuzuSchema.utf8), to: directory.appendingPathComponent(CSVExport.schemaFileName).path)
            let script = directory.appendingPathComponent(CSVExport.neo4jScriptFileName).path
            try Console.writeFile(Data(GraphExport.neo4jImportScript.utf8), to: script)
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
            return
        }
        if let output { try Console.writeFile(data, to: output) } else { Console.write(data) }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json, graphml, csv, cypher, events
}
