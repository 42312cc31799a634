import ArgumentParser
import EntenteGraph
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles into a snapshot, creating it or adding to it.")

    @Argument(help: "Article files or directories (.txt, .html, .jsonl).", completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: "Snapshot file to create or update.", completion: .file(extensions: ["json"]))
    var graph: String

    @Option(help: "Extra lexicon YAML (repeatable).", completion: .file(extensions: ["yaml", "yml"]))
    var lexicon: [String] = []

    @Flag(name: .shortAndLong, help: "Print no progress or summary.")
    var quiet = false

    func run() throws {
        let url = URL(fileURLWithPath: graph)
        // Extract before taking the lock: only the read-merge-write of the snapshot is serialized.
        let input = GraphInput(files: files, graph: nil, lexicon: lexicon, quiet: quiet)
        let extractions = try input.extractAll()
        let lock = try SnapshotLock(for: graph)
        var store = FileManager.default.fileExists(atPath: graph) ? try Snapshot.load(from: url) : KnowledgeGraph()
        let before = (actors: store.actorCount, relations: store.relationCount)
        var added = 0, skipped = 0
        for extraction in extractions {
            if try store.merge(extraction) { added += 1 } else { skipped += 1 }
        }
        try Snapshot.save(store, to: url)
        _ = consume lock
        if !quiet {
            var line = "\(graph): \(added) documents added"
            if skipped > 0 { line += ", \(skipped) already present" }
            line += "; \(store.actorCount) actors (+\(store.actorCount - before.actors)), "
            line += "\(store.relationCount) relations (+\(store.relationCount - before.relations))"
            print(line)
        }
    }
}
