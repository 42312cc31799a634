import EntenteGraph
import EntenteStore
import Foundation

/// Opens what `--graph` names: an SQLite store (by extension; through the graph file kept
/// beside it) or a snapshot (JSON, binary, or a graph file, which is mapped in place).
enum GraphSource {
    static func load(_ path: String) throws -> KnowledgeGraph {
        if EventStore.isStorePath(path) { return try EventStore(path: path, create: false).openGraph() }
        return try Snapshot.load(from: URL(fileURLWithPath: path))
    }
}
