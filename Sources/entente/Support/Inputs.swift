import ArgumentParser
import EntenteExtraction
import EntenteGraph
import Foundation

/// Where a command's graph comes from: articles extracted on the fly, or a snapshot.
struct GraphInput: ParsableArguments {
    @Argument(help: "Article files or directories (.txt, .html, .jsonl).", completion: .file())
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Snapshot written by 'entente ingest'.", completion: .file(extensions: ["json"]))
    var graph: String?

    @Option(help: "Extra lexicon YAML that extends or overrides the built-in one (repeatable).", completion: .file(extensions: ["yaml", "yml"]))
    var lexicon: [String] = []

    @Flag(name: .shortAndLong, help: "Print no progress or warnings.")
    var quiet = false

    @Flag(help: "Log what was read and how long each stage took, on standard error.")
    var verbose = false

    func validate() throws {
        if files.isEmpty && graph == nil {
            throw ValidationError("give article files or a snapshot with --graph")
        }
        if !files.isEmpty && graph != nil {
            throw ValidationError("give either article files or --graph, not both; to add articles to a snapshot use 'entente ingest'")
        }
    }

    /// The graph to query: loaded from the snapshot, or built from the articles.
    func load() throws -> KnowledgeGraph {
        let logger = Diagnostics.logger(verbose: verbose)
        if let graph {
            let loaded = try Diagnostics.timed("loading \(graph)", logger) { try GraphSource.load(graph) }
            logger.debug("\(loaded.actorCount) actors, \(loaded.relationCount) relations")
            return loaded
        }
        var result = KnowledgeGraph()
        try forEachExtraction { try result.merge($0) }
        return result
    }

    func extractAll() throws -> [DocumentExtraction] {
        var extractions: [DocumentExtraction] = []
        try forEachExtraction { extractions.append($0) }
        return extractions
    }

    /// Whether the inputs are a stream of many documents: standard input or a JSON Lines file.
    var isStream: Bool {
        files.contains { file in
            file == StandardInput.argument || [".jsonl", ".ndjson"].contains { file.lowercased().hasSuffix($0) }
        }
    }

    /// Extracts each document in input order and hands it over at once, so that nothing is
    /// held beyond one document and what `body` keeps.
    func forEachExtraction(_ body: (DocumentExtraction) throws -> Void) throws {
        let logger = Diagnostics.logger(verbose: verbose)
        if files.filter({ $0 == StandardInput.argument }).count > 1 {
            throw ValidationError("give '-' (standard input) only once")
        }
        let extractor = Extractor(lexicon: try Diagnostics.timed("loading the lexicon", logger) {
            try LexiconLoader.load(extra: lexicon)
        })
        let reader = DocumentReader()
        // Each path expanded on its own (a directory into its files), in the order given;
        // all are checked before any extraction starts.
        let expanded = try files.map { file throws(ReaderError) in
            file == StandardInput.argument ? nil : try reader.articleFiles(at: [file])
        }
        let fileCount = expanded.reduce(0) { $0 + ($1?.count ?? 0) }
        logger.debug("reading \(fileCount) files\(expanded.contains { $0 == nil } ? " and standard input" : "")")
        let warn: (ReaderError) -> Void = { warning in if !quiet { Console.warn(warning.description) } }
        try Diagnostics.timed("extraction", logger) {
            let progress = Progress(total: fileCount, quiet: quiet || fileCount < 20)
            for urls in expanded {
                guard let urls else {
                    try StandardInput.forEachDocument(maximumBytes: reader.maximumArticleBytes, warn: warn) {
                        try body(extractor.extract($0))
                    }
                    continue
                }
                for url in urls {
                    // The reader's callback cannot throw: keep the first failure and stop there.
                    var failure: (any Error)?
                    try reader.forEachDocument(in: url, warn: warn) { document in
                        guard failure == nil else { return }
                        do { try body(extractor.extract(document)) } catch { failure = error }
                    }
                    if let failure { throw failure }
                    progress.advance()
                }
            }
            progress.finish()
        }
    }
}

enum LexiconLoader {
    static func load(extra: [String]) throws -> Lexicon {
        var lexicon = try Lexicon.builtIn()
        for path in extra {
            try lexicon.merge(contentsOf: URL(fileURLWithPath: path))
            // Check after each file so a loop or a dangling affiliation names the file that made it.
            do { try lexicon.validate() } catch LexiconError.invalid(_, _, _, let problem) {
                throw LexiconError.invalid(source: path, line: 0, column: 0, problem: problem + "; fix the affiliations in this file")
            }
        }
        return lexicon
    }
}
