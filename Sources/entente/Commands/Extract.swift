import ArgumentParser
import EntenteExtraction
import EntenteGraph
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors and relations from articles, with the sentence behind each relation.")

    @Argument(help: "Article files or directories (.txt, .html, .jsonl).", completion: .file())
    var files: [String]

    @Option(help: "Output format: table or json.")
    var format: TextFormat = .table

    @Option(help: "Extra lexicon YAML (repeatable).", completion: .file(extensions: ["yaml", "yml"]))
    var lexicon: [String] = []

    @Flag(name: .shortAndLong, help: "Print no warnings.")
    var quiet = false

    @Flag(help: "Log what was read and how long each stage took, on standard error.")
    var verbose = false

    func run() throws {
        let input = GraphInput(files: files, graph: nil, lexicon: lexicon, quiet: quiet, verbose: verbose)
        let extractions = try input.extractAll()
        switch format {
        case .json:
            let records = extractions.map(JSONOutput.DocumentRecord.init)
            let data = records.count == 1
                ? try JSONOutput.encoder().encode(records[0]) : try JSONOutput.encoder().encode(records)
            Console.write(data + Data("\n".utf8))
        case .table:
            for extraction in extractions { print(Tables.extraction(extraction)) }
        }
    }
}

enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension GraphInput {
    init(files: [String], graph: String?, lexicon: [String], quiet: Bool, verbose: Bool = false) {
        self.init()
        self.files = files
        self.graph = graph
        self.lexicon = lexicon
        self.quiet = quiet
        self.verbose = verbose
    }
}
