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
        for extraction in try extractAll() { try result.merge(extraction) }
        return result
    }

    func extractAll() throws -> [DocumentExtraction] {
        let logger = Diagnostics.logger(verbose: verbose)
        let extractor = Extractor(lexicon: try Diagnostics.timed("loading the lexicon", logger) {
            try LexiconLoader.load(extra: lexicon)
        })
        let reader = DocumentReader()
        let urls = try reader.articleFiles(at: files)
        logger.debug("reading \(urls.count) files")
        return try Diagnostics.timed("extraction", logger) { try extract(urls, reader: reader, extractor: extractor) }
    }

    private func extract(_ urls: [URL], reader: DocumentReader, extractor: Extractor) throws -> [DocumentExtraction] {
        let progress = Progress(total: urls.count, quiet: quiet || urls.count < 20)
        var extractions: [DocumentExtraction] = []
        for url in urls {
            try reader.forEachDocument(in: url, warn: { warning in
                if !quiet { Console.warn(warning.description) }
            }) { extractions.append(extractor.extract($0)) }
            progress.advance()
        }
        progress.finish()
        return extractions
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
