import EntenteGraph
import EntenteStore
import Foundation

/// Opens what `--graph` names: an SQLite store (by extension) or a JSON/binary snapshot.
enum GraphSource {
    static func load(_ path: String) throws -> KnowledgeGraph {
        if EventStore.isStorePath(path) { return try EventStore(path: path, create: false).loadGraph() }
        return try Snapshot.load(from: URL(fileURLWithPath: path))
    }
}
