import ArgumentParser
import EntenteExtraction
import EntenteGraph
import EntenteStore
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles into a store or snapshot, creating it or adding to it.",
        discussion: """
            A --graph ending in .sqlite, .sqlite3 or .db is an SQLite store: articles already stored \
            with the same text are skipped, an article whose id or URL is stored with other text \
            replaces its old events, and each run is one transaction. Any other name is a JSON snapshot.
            """)

    @Argument(help: "Article files or directories (.txt, .html, .jsonl); '-' reads one article or JSON Lines from standard input.", completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: "Store (.sqlite) or snapshot (.json) to create or update.", completion: .file(extensions: ["sqlite", "json"]))
    var graph: String

    @Option(help: "Extra lexicon YAML (repeatable).", completion: .file(extensions: ["yaml", "yml"]))
    var lexicon: [String] = []

    @Option(help: "Day (YYYY-MM-DD) for articles that carry no date of their own; its year completes datelines such as 'MOSCOW, June 12 (Reuters) -'.")
    var date: String?

    @Flag(name: .shortAndLong, help: "Print no progress or summary.")
    var quiet = false

    @Flag(help: "Log what was read and how long each stage took, on standard error.")
    var verbose = false

    func validate() throws {
        if files.filter({ $0 == StandardInput.argument }).count > 1 {
            throw ValidationError("give '-' (standard input) only once")
        }
        if let date, !CalendarDate.isValid(date) {
            throw ValidationError("--date '\(date)' is not a date; write a real day as YYYY-MM-DD")
        }
    }

    func run() throws {
        if EventStore.isStorePath(graph) { return try ingestIntoStore() }
        let url = URL(fileURLWithPath: graph)
        // Extract before taking the lock: only the read-merge-write of the snapshot is serialized.
        let extractions = try extractBatch().map(\.extraction)
        let lock = try SnapshotLock(for: graph)
        var store = FileManager.default.fileExists(atPath: graph) ? try Snapshot.load(from: url) : KnowledgeGraph()
        let before = (actors: store.actorCount, relations: store.relationCount)
        var added = 0, skipped = 0
        for extraction in extractions {
            if try store.merge(extraction) { added += 1 } else { skipped += 1 }
        }
        try Diagnostics.timed("writing \(graph)", Diagnostics.logger(verbose: verbose)) { try Snapshot.save(store, to: url) }
        _ = consume lock
        if !quiet {
            var line = "\(graph): \(added) documents added"
            if skipped > 0 { line += ", \(skipped) already present" }
            line += "; \(store.actorCount) actors (+\(store.actorCount - before.actors)), "
            line += "\(store.relationCount) relations (+\(store.relationCount - before.relations))"
            print(line)
        }
    }

    /// Extracts every article, then stores the whole batch in one transaction.
    private func ingestIntoStore() throws {
        let started = Date()
        // Open first, so a newer or damaged store is refused before any extraction work.
        let store = try EventStore(path: graph)
        let batch = try extractBatch()
        let storing = Date()
        let report = try Diagnostics.timed("writing \(graph)", Diagnostics.logger(verbose: verbose)) { try store.ingest(batch) }
        let storeSeconds = Date().timeIntervalSince(storing)
        guard !quiet else { return }
        for id in report.duplicateIDs {
            Console.warn("id '\(id)' is given to more than one article in this input; only the first was stored — give each article its own id")
        }
        for pair in report.sameTextAs {
            Console.warn("\(pair[0]) has the same text as \(pair[1]), already stored; skipped")
        }
        let seconds = Date().timeIntervalSince(started)
        var line = "\(graph): \(report.added) documents added"
        if report.replaced > 0 { line += ", \(report.replaced) replaced (text changed)" }
        if report.unchanged > 0 { line += ", \(report.unchanged) unchanged" }
        if !report.sameTextAs.isEmpty { line += ", \(report.sameTextAs.count) duplicates of stored text" }
        if !report.duplicateIDs.isEmpty { line += ", \(report.duplicateIDs.count) repeated ids" }
        line += "; \(report.events) events stored; \(store.documentCount) documents, \(store.eventCount) events in all"
        line += String(format: " (%.1f s, %.0f articles/s; writing the store %.0f ms)",
                       seconds, Double(batch.count) / max(seconds, 0.001), storeSeconds * 1000)
        print(line)
    }

    /// Reads and extracts every article, with its text's hash, showing progress on a terminal.
    private func extractBatch() throws -> [StoredArticle] {
        let logger = Diagnostics.logger(verbose: verbose)
        let extractor = Extractor(lexicon: try Diagnostics.timed("loading the lexicon", logger) {
            try LexiconLoader.load(extra: lexicon)
        })
        var reader = DocumentReader()
        reader.date = date
        // Each input expanded on its own, in the order given; nil stands for standard input.
        let inputs = try files.map { file throws(ReaderError) in
            file == StandardInput.argument ? nil : try reader.articleFiles(at: [file])
        }
        let fileCount = inputs.reduce(0) { $0 + ($1?.count ?? 0) }
        logger.debug("reading \(fileCount) files\(inputs.contains { $0 == nil } ? " and standard input" : "")")
        let meter = RateMeter(quiet: quiet)
        var batch: [StoredArticle] = []
        let warn: (ReaderError) -> Void = { warning in if !quiet { Console.warn(warning.description) } }
        let keep: (SourceDocument) -> Void = { document in
            batch.append(StoredArticle(
                extraction: extractor.extract(document), contentHash: EventStore.contentHash(document.text)))
            meter.advance()
        }
        try Diagnostics.timed("extraction", logger) {
            for urls in inputs {
                guard let urls else {
                    try StandardInput.forEachDocument(maximumBytes: reader.maximumArticleBytes, date: date, warn: warn, keep)
                    continue
                }
                for url in urls { try reader.forEachDocument(in: url, warn: warn, keep) }
            }
        }
        meter.finish()
        logger.debug("\(batch.count) articles, \(batch.reduce(0) { $0 + $1.extraction.relations.count }) relations extracted")
        return batch
    }
}

/// Records read and articles per second, on standard error, about once a second to a terminal.
final class RateMeter {
    private let enabled: Bool
    private let started = Date()
    private var lastShown = Date()
    private var done = 0

    init(quiet: Bool) { enabled = !quiet && isatty(STDERR_FILENO) != 0 }

    func advance() {
        done += 1
        guard enabled, Date().timeIntervalSince(lastShown) >= 1 else { return }
        lastShown = Date()
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        FileHandle.standardError.write(Data(String(format: "\rextracted %d records, %.0f articles/s", done, rate).utf8))
    }

    func finish() {
        if enabled && done > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
