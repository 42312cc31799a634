public import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The graph file the command line opens in milliseconds: every column of a `BinarySnapshot`
/// plus the indices a query needs (the unfiltered neighbour index, relations by source and by
/// target, actors by id and by folded name), laid out to be memory-mapped and read in place.
/// Opening one validates its header, its section table and the columns every query relies on;
/// actors and relations are decoded one at a time, when a query asks for them.
///
/// Layout, version 1. Integers little-endian; every section starts at a multiple of 8.
///
/// ```
/// header (64 bytes)
///   0  magic          8 bytes  "ENTGRMAP"
///   8  version        u32      1
///  12  sections       u32      N (the count of `GraphFile.Section` cases)
///  16  actors A, relations R, documents D, strings S   u64 each
///  48  stamp          u64 × 2  what the file was built from (a store's identity and
///                              generation), zero for a standalone file
/// directory: N × (offset u64, length u64), one per section in `Section` order
/// sections: see `GraphFile.Section`; string indices are i32 (-1 for none), actor and
/// relation indices i32, string and text offsets u64.
/// ```
///
/// The neighbour index is `AdjacencyIndex` for `RelationFilter.all` in compressed sparse rows;
/// the name tables are open-addressing hash tables (`ActorIDTable.hash`, linear probing, -1
/// for an empty slot) whose size is a power of two. There is no checksum over the body: a
/// reader that touches only what a query needs cannot verify every byte. Instead every count
/// and offset is checked against the file's size before use, index columns are checked in
/// full before a traversal walks them, and a damaged value elsewhere reads as empty, never
/// out of bounds.
public enum GraphFile {
    public static let magic: [UInt8] = Array("ENTGRMAP".utf8)
    public static let currentVersion: UInt32 = 1
    static let headerSize = 64

    enum Section: Int, CaseIterable {
        case stringOffsets, stringBytes, vocabulary
        case actorID, actorName, actorKind, affiliation, actorCode, aliasStart, alias
        case source, target, kind, certainty, speaker, document, sentence, start, end
        case textStart, text, date, url, eventCode
        case documentID, documentTitle, documentDate, documentURL
        case neighbourStart, neighbour, entryStart, entryRelation
        case outStart, outRelation, inStart, inRelation
        case idSlots, nameSlots, nameKeyOffsets, nameKeyBytes, nameActorStart, nameActors
    }

    /// What a graph file was built from, so a reader can tell a stale one: zero for none.
    public struct Stamp: Sendable, Equatable {
        public var identity: UInt64
        public var generation: UInt64

        public init(identity: UInt64, generation: UInt64) {
            self.identity = identity
            self.generation = generation
        }

        public static let none = Stamp(identity: 0, generation: 0)
    }

    /// Whether `prefix` (the first bytes of a file) starts like a graph file.
    public static func isGraphFile(_ prefix: Data) -> Bool { prefix.count >= 8 && Array(prefix.prefix(8)) == magic }

    /// Whether the file at `path` is a regular file that starts like a graph file; false when it
    /// cannot be read. A pipe or device is never peeked at: that would consume its bytes.
    public static func isGraphFile(atPath path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return isGraphFile((try? handle.read(upToCount: 8)) ?? Data())
    }

    /// Writes atomically (temporary file, fsync, rename): a reader that has the old file mapped
    /// keeps reading the old bytes.
    public static func save(_ graph: KnowledgeGraph, to url: URL, stamp: Stamp = .none) throws {
        try AtomicFile.write(encode(graph, stamp: stamp), to: url)
    }

    /// Maps the file and checks its structure; the graph reads actors and relations from it
    /// on demand and copies itself into memory on its first change.
    /// - Complexity: O(A + R) for the endpoint and code columns it validates; nothing is decoded.
    public static func load(from url: URL) throws(SnapshotError) -> KnowledgeGraph {
        KnowledgeGraph(file: try MappedGraph(region: MappedRegion(contentsOf: url.path), path: url.path))
    }

    /// The stamp a graph file was written with, read from its header alone; nil when the file
    /// is missing or not a graph file of this version.
    public static func stamp(atPath path: String) -> Stamp? {
        guard isGraphFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: headerSize), header.count == headerSize,
            isGraphFile(header)
        else { return nil }
        let word = { (offset: Int) in
            header.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        }
        let version = header.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) }
        guard version == currentVersion else { return nil }
        return Stamp(identity: word(48), generation: word(56))
    }

    /// Same as `load`, from bytes already in memory (copied once into aligned storage).
    public static func decode(_ data: Data, path: String = "graph file") throws(SnapshotError) -> KnowledgeGraph {
        if data.isEmpty { throw .empty(path: path) }
        return KnowledgeGraph(file: try MappedGraph(region: MappedRegion(copying: data), path: path))
    }
}
