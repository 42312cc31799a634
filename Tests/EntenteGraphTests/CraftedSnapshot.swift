import EntenteGraph
import Foundation

/// A binary snapshot opened for surgery: finds each column by walking the documented layout,
/// patches integers anywhere, and reseals the checksum, as someone crafting a hostile file would.
struct CraftedSnapshot {
    var data: Data

    init(_ graph: KnowledgeGraph) { data = BinarySnapshot.encode(graph) }

    /// Header fields, by byte offset.
    enum Field: Int, CaseIterable {
        case version = 8, actors = 16, relations = 24, documents = 32, strings = 40, bodyLength = 48
    }

    func u64(at offset: Int) -> UInt64 {
        data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    func u32(at offset: Int) -> UInt32 {
        data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    mutating func set<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { data.replaceSubrange(offset..<(offset + MemoryLayout<T>.size), with: $0) }
    }

    mutating func set(_ field: Field, _ value: UInt64) {
        if field == .version { set(UInt32(truncatingIfNeeded: value), at: field.rawValue) } else { set(value, at: field.rawValue) }
    }

    /// Recomputes the checksum (and the body length unless told to keep a forged one).
    func sealed(keepingBodyLength: Bool = false) -> Data {
        var result = BinarySnapshot.resealed(data)
        if keepingBodyLength {
            let forged = u64(at: Field.bodyLength.rawValue)
            withUnsafeBytes(of: forged.littleEndian) { result.replaceSubrange(48..<56, with: $0) }
        }
        return result
    }

    /// Byte offset of each column in the file, walked from the counts the file itself holds.
    var columns: [String: Int] {
        let actors = Int(u64(at: 16)), relations = Int(u64(at: 24)), strings = Int(u64(at: 40))
        var offset = 64, result: [String: Int] = [:]
        func column(_ name: String, _ length: Int) {
            result[name] = offset
            offset += length
            offset += (8 - offset % 8) % 8
        }
        column("stringOffsets", 8 * (strings + 1))
        column("stringBytes", Int(u64(at: 64 + 8 * strings)))
        let vocabulary = (0..<3).map { Int(u32(at: offset + 4 * $0)) }.reduce(0, +)
        column("vocabularySizes", 12)
        column("vocabulary", 4 * vocabulary)
        for name in ["actorID", "actorName"] { column(name, 4 * actors) }
        column("actorKind", actors)
        for name in ["affiliation", "actorCode"] { column(name, 4 * actors) }
        let aliases = Int(u32(at: offset + 4 * actors))
        column("aliasStart", 4 * (actors + 1))
        column("alias", 4 * aliases)
        for name in ["source", "target"] { column(name, 4 * relations) }
        for name in ["kind", "certainty"] { column(name, relations) }
        for name in ["speaker", "document"] { column(name, 4 * relations) }
        for name in ["sentence", "start", "end"] { column(name, 8 * relations) }
        let text = Int(u64(at: offset + 8 * relations))
        column("textStart", 8 * (relations + 1))
        column("text", text)
        for name in ["date", "url", "eventCode"] { column(name, 4 * relations) }
        column("documents", 0)
        return result
    }

    /// The same graph as a version 1 file: no event-code column.
    func versionOne() -> Data {
        let relations = Int(u64(at: 24))
        let start = columns["eventCode"] ?? 0
        let length = (4 * relations + 7) / 8 * 8
        var old = self
        old.data.removeSubrange(start..<(start + length))
        old.set(.version, 1)
        return old.sealed()
    }
}
