public import Foundation

/// The on-disk form of a graph: versioned JSON with a checksum over the graph body,
/// written atomically (temporary file, fsync, rename) so a crash leaves the old or the new.
///
/// Layout (version 1): `{"format": "entente-snapshot", "version": 1, "checksum": "fnv1a64:…",
/// "graph": {"actors": […], "relations": […], "documents": […]}}` with sorted keys.
/// `decode` and `load` also read the binary columnar form (`BinarySnapshot`) and the mapped
/// graph file (`GraphFile`), told apart by their magic bytes.
public enum Snapshot {
    public static let format = "entente-snapshot"
    public static let currentVersion = 1

    struct Body: Codable {
        var actors: [Actor]
        var relations: [Relation]
        var documents: [DocumentInfo]
    }

    struct Envelope: Codable {
        var format: String
        var version: Int
        var checksum: String
        var graph: Body
    }

    struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    public static func encode(_ graph: KnowledgeGraph) throws -> Data {
        let body = Body(actors: Array(graph.actors), relations: Array(graph.relations), documents: graph.documents)
        let encoder = canonicalEncoder()
        let checksum = try fnv1a64(encoder.encode(body))
        return try encoder.encode(Envelope(format: format, version: currentVersion, checksum: checksum, graph: body))
    }

    public static func decode(_ data: Data, path: String = "snapshot") throws(SnapshotError) -> KnowledgeGraph {
        if data.isEmpty { throw .empty(path: path) }
        if BinarySnapshot.isBinary(data) { return try BinarySnapshot.decode(data, path: path) }
        if GraphFile.isGraphFile(data) { return try GraphFile.decode(data, path: path) }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .corrupt(path: path, reason: "it is not complete JSON (cut short or not a snapshot)")
        }
        guard header.format == format else {
            throw .corrupt(path: path, reason: "it is not an Entente snapshot")
        }
        if let version = header.version, version > currentVersion {
            throw .newerVersion(path: path, found: version, supported: currentVersion)
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch {
            throw .corrupt(path: path, reason: "its content does not match the snapshot layout (\(error))")
        }
        guard let recomputed = try? fnv1a64(canonicalEncoder().encode(envelope.graph)),
            recomputed == envelope.checksum
        else { throw .corrupt(path: path, reason: "its checksum does not match its content") }
        var graph = KnowledgeGraph()
        for document in envelope.graph.documents { graph.register(document) }
        for actor in envelope.graph.actors { graph.add(actor) }
        for relation in envelope.graph.relations {
            do { try graph.add(relation) } catch {
                throw .corrupt(path: path, reason: error.description)
            }
        }
        return graph
    }

    /// A graph file (`GraphFile`) is mapped rather than read, and its records decoded on demand.
    public static func load(from url: URL) throws(SnapshotError) -> KnowledgeGraph {
        if GraphFile.isGraphFile(atPath: url.path) { return try GraphFile.load(from: url) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: FileErrorText.reason(error, path: url.path))
        }
        return try decode(data, path: url.path)
    }

    /// Writes atomically: the bytes go to a temporary file beside the target, are flushed to
    /// disk, and replace the target by rename.
    public static func save(_ graph: KnowledgeGraph, to url: URL) throws {
        try AtomicFile.write(encode(graph), to: url)
    }

    static func canonicalEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func fnv1a64(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return "fnv1a64:" + String(hash, radix: 16)
    }
}

public enum SnapshotError: Error, Sendable, CustomStringConvertible {
    case empty(path: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case .empty(let path):
            return "snapshot \(path) is empty; delete it or run 'entente ingest' to build a new one"
        case .unreadable(let path, let reason):
            return "cannot read snapshot \(path): \(reason)"
        case .corrupt(let path, let reason):
            return "snapshot \(path) is damaged: \(reason); restore it from a backup or rebuild it with 'entente ingest'"
        case .newerVersion(let path, let found, let supported):
            return "snapshot \(path) was written by a newer Entente (format \(found); this one reads up to \(supported)); upgrade Entente to read it"
        }
    }
}
