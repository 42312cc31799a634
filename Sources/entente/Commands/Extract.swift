import ArgumentParser
import EntenteExtraction
import EntenteGraph
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors and relations from articles, with the sentence behind each relation.")

    @Argument(help: "Article files or directories (.txt, .html, .jsonl); '-' reads standard input.", completion: .file())
    var files: [String]

    @Option(help: "Output format: table, json or jsonl (one relation per line). Default: jsonl for standard input or .jsonl input, else table.")
    var format: ExtractFormat?

    @Option(help: "Extra lexicon YAML (repeatable).", completion: .file(extensions: ["yaml", "yml"]))
    var lexicon: [String] = []

    @Flag(name: .shortAndLong, help: "Print no warnings.")
    var quiet = false

    @Flag(help: "Log what was read and how long each stage took, on standard error.")
    var verbose = false

    /// Output is written as each document is extracted, so memory stays flat however large
    /// the input.
    func run() throws {
        let input = GraphInput(files: files, graph: nil, lexicon: lexicon, quiet: quiet, verbose: verbose)
        var output = OutputBuffer()
        defer { output.flush() }
        switch format ?? (input.isStream ? .jsonl : .table) {
        case .jsonl:
            let encoder = JSONOutput.lineEncoder()
            try input.forEachExtraction { extraction in
                for relation in JSONOutput.DocumentRecord(extraction).relations {
                    output.append(JSONOutput.escapingInvisibles(try encoder.encode(relation)))
                    output.append(Data("\n".utf8))
                }
            }
        case .json:
            // One document prints as an object, several as an array: the first record waits
            // until a second one (or the end) says which.
            let encoder = JSONOutput.encoder()
            var first: Data?
            var count = 0
            try input.forEachExtraction { extraction in
                let record = JSONOutput.escapingInvisibles(try encoder.encode(JSONOutput.DocumentRecord(extraction)))
                count += 1
                if count == 1 { first = record; return }
                if count == 2, let first { output.append(Data("[\n".utf8) + first) }
                output.append(Data(",\n".utf8) + record)
            }
            if count == 1, let first { output.append(first + Data("\n".utf8)) }
            if count != 1 { output.append(Data((count == 0 ? "[]" : "\n]") .utf8) + Data("\n".utf8)) }
        case .table:
            try input.forEachExtraction { output.append(Data((Tables.extraction($0) + "\n").utf8)) }
        }
    }
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl
}

/// Standard output in large writes rather than one system call per record.
struct OutputBuffer {
    private var pending = Data()

    mutating func append(_ data: Data) {
        pending.append(data)
        if pending.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        if !pending.isEmpty { Console.write(pending) }
        pending.removeAll(keepingCapacity: true)
    }
}

enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns sized to the terminal.
    case table
    case json
    /// Tab-separated values with a header row: whole cells, for `cut`, spreadsheets and pandas.
    case tsv
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
