public import EntenteGraph
import Foundation

/// The database behind a daily feed: one SQLite file with the documents read, the actors and
/// their aliases, and one row per event. WAL mode, so queries read while an ingest writes.
/// Every query builds the in-memory `KnowledgeGraph` from it (`loadGraph`), so traversals run
/// exactly as on a snapshot.
public final class EventStore {
    let connection: SQLiteConnection
    public let path: String

    /// Opens the store, creating it when `create` is true and the file does not exist, and
    /// bringing an older schema up to date.
    /// - Throws: `StoreError.newerVersion` when a later Entente wrote the file.
    public init(path: String, create: Bool = true) throws(StoreError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw .notFound(path: path) }
        connection = try SQLiteConnection(path: path)
        try StoreSchema.prepare(connection)
    }

    /// Whether `path` names a store rather than a JSON or binary snapshot.
    public static func isStorePath(_ path: String) -> Bool {
        ["sqlite", "sqlite3", "db"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    public var documentCount: Int { (try? count("documents")) ?? 0 }
    public var eventCount: Int { (try? count("events")) ?? 0 }

    private func count(_ table: String) throws -> Int {
        var result = 0
        try connection.prepare("SELECT count(*) FROM \(table)").forEachRow { result = $0.int(0) }
        return result
    }

    /// The hash that tells an article's text apart from an edited one: FNV-1a 64 over the UTF-8
    /// bytes, with the length, as hex.
    public static func contentHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
            length += 1
        }
        return String(hash, radix: 16) + "-" + String(length, radix: 16)
    }

    // MARK: Reading

    /// The store's identity and generation, which every ingest raises: what a graph file built
    /// from the store records, so a stale one is told apart.
    public func stamp() throws -> GraphFile.Stamp {
        var values: [String: Int] = [:]
        try connection.prepare("SELECT key, value FROM meta").forEachRow { values[$0.text(0) ?? ""] = $0.int(1) }
        return GraphFile.Stamp(
            identity: UInt64(bitPattern: Int64(values["identity"] ?? 0)),
            generation: UInt64(bitPattern: Int64(values["generation"] ?? 0)))
    }

    /// The graph, read from the graph file kept beside the store (`<store>-graph`) when that
    /// file was built from the store as it is now; otherwise loaded from the tables, and the
    /// graph file rebuilt for the next query. A graph file that cannot be written (a read-only
    /// directory) is skipped: queries then load from the tables as before.
    /// - Complexity: O(A + R) to check the graph file's columns; O(size of the store) to
    ///   rebuild it.
    public func openGraph() throws -> KnowledgeGraph {
        // The stamp is read before the tables: an ingest committed in between makes the file
        // look older than it is (rebuilt again next time), never newer.
        let current = try stamp()
        let sidecar = Self.graphFilePath(forStore: path)
        if GraphFile.stamp(atPath: sidecar) == current,
            let mapped = try? GraphFile.load(from: URL(fileURLWithPath: sidecar)), mapped.fileStamp == current
        {
            return mapped
        }
        let graph = try loadGraph()
        try? GraphFile.save(graph, to: URL(fileURLWithPath: sidecar), stamp: current)
        return graph
    }

    /// Where the graph file of a store lives: beside it, like SQLite's own `-wal` file.
    public static func graphFilePath(forStore path: String) -> String { path + "-graph" }

    /// The whole store as a graph: actors in the order first stored, events in the order stored.
    public func loadGraph() throws -> KnowledgeGraph {
        var graph = try loadActors()
        try connection.prepare("SELECT id, title, date, url FROM documents ORDER BY seq").forEachRow {
            graph.register(DocumentInfo(id: $0.text(0) ?? "", title: $0.text(1), date: $0.text(2), url: $0.text(3)))
        }
        let events = try connection.prepare("""
            SELECT e.source, e.target, e.kind, e.code, e.certainty, e.speaker, e.document, e.sentence,
                   e.start, e.end, e.evidence, d.date, d.url
            FROM events e JOIN documents d ON d.id = e.document ORDER BY e.id
            """)
        try events.forEachRow { row in
            guard let kind = RelationKind(rawValue: row.text(2) ?? ""),
                let certainty = Certainty(rawValue: row.text(4) ?? "")
            else {
                throw StoreError.corrupt(path: path, reason: "an event has kind '\(row.text(2) ?? "")' or certainty '\(row.text(4) ?? "")', which this Entente does not know")
            }
            let evidence = Evidence(
                document: row.text(6) ?? "", sentence: row.int(7), start: row.int(8), end: row.int(9),
                text: row.text(10) ?? "", date: row.text(11), url: row.text(12))
            let relation = Relation(
                source: row.text(0) ?? "", target: row.text(1) ?? "", kind: kind, code: row.text(3),
                certainty: certainty, speaker: row.text(5), evidence: evidence)
            do { try graph.add(relation) } catch { throw StoreError.corrupt(path: path, reason: "\(error)") }
        }
        return graph
    }

    /// Actors and aliases only: what an ingest needs to match new names against known actors.
    func loadActors() throws -> KnowledgeGraph {
        var aliases: [String: [String]] = [:]
        try connection.prepare("SELECT actor, alias FROM aliases ORDER BY actor, position").forEachRow {
            aliases[$0.text(0) ?? "", default: []].append($0.text(1) ?? "")
        }
        var graph = KnowledgeGraph()
        try connection.prepare("SELECT id, name, kind, affiliation, code FROM actors ORDER BY rowid").forEachRow { row in
            let id = row.text(0) ?? ""
            guard let kind = ActorKind(rawValue: row.text(2) ?? "") else {
                throw StoreError.corrupt(path: path, reason: "actor '\(id)' has kind '\(row.text(2) ?? "")', which this Entente does not know")
            }
            graph.add(Actor(
                id: id, name: row.text(1) ?? id, kind: kind, aliases: aliases[id] ?? [],
                affiliation: row.text(3), code: row.text(4)))
        }
        return graph
    }
}
