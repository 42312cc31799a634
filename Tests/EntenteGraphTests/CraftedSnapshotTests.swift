import EntenteGraph
import Foundation
import Testing

/// Binary snapshots edited by hand with the checksum recomputed: every count, offset and
/// length is hostile, so each must be refused with an error, never a trap or a huge allocation.
@Suite struct CraftedSnapshotTests {
    func sample() throws -> KnowledgeGraph {
        var graph = try SnapshotTests().sample()
        try graph.add(Relation(
            source: "RUS", target: "POL", kind: .threaten, code: "0311",
            evidence: Evidence(document: "doc", sentence: 5, start: 81, end: 90, text: "x")))
        return graph
    }

    /// Decodes, accepting a graph or a `SnapshotError`; anything else fails the test, and a
    /// trap ends the whole run, which fails it too.
    func survives(_ data: Data) {
        do { _ = try BinarySnapshot.decode(data, path: "crafted") } catch {}
    }

    func expectRefused(_ data: Data, saying words: String) {
        do {
            _ = try BinarySnapshot.decode(data, path: "crafted")
            Issue.record("a crafted file was read")
        } catch {
            #expect(error.description.contains(words), "\(error.description)")
        }
    }

    @Test func eventCodesRoundTrip() throws {
        let graph = try sample()
        let decoded = try BinarySnapshot.decode(BinarySnapshot.encode(graph))
        #expect(decoded.relations.map(\.code) == [nil, nil, "0311"])
        #expect(decoded.relations == graph.relations)
    }

    /// Many relations with empty strings: the file is little more than its fixed-width
    /// columns, so a lower bound that counts a column twice refuses it.
    @Test func tightFilesAreRead() throws {
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "A", name: "A", kind: .state))
        graph.add(Actor(id: "B", name: "B", kind: .state))
        for i in 0..<2_000 {
            try graph.add(Relation(
                source: "A", target: "B", kind: .warn, evidence: Evidence(document: "d", sentence: i, start: 0, end: 0, text: "")))
        }
        #expect(try BinarySnapshot.decode(BinarySnapshot.encode(graph)).relationCount == 2_000)
        let old = CraftedSnapshot(graph).versionOne()
        #expect(try BinarySnapshot.decode(old).relationCount == 2_000)
    }

    @Test func versionOneFilesStillRead() throws {
        let old = CraftedSnapshot(try sample()).versionOne()
        let decoded = try BinarySnapshot.decode(old)
        #expect(decoded.relations.map(\.code) == [nil, nil, nil])
        #expect(decoded.relations.map(\.kind) == (try sample()).relations.map(\.kind))
    }

    @Test func hugeStringOffsetIsRefused() throws {
        var file = CraftedSnapshot(try sample())
        let strings = Int(file.u64(at: 40))
        file.set(UInt64(1) << 63, at: 64 + 8 * strings)
        expectRefused(file.sealed(), saying: "string table")
    }

    @Test func hugeEvidenceStartIsRefused() throws {
        var file = CraftedSnapshot(try sample())
        let textStart = try #require(file.columns["textStart"])
        let relations = Int(file.u64(at: 24))
        file.set(UInt64(1) << 63, at: textStart + 8 * relations)
        expectRefused(file.sealed(), saying: "evidence texts")
        file.set(UInt64(1) << 63, at: textStart + 8)
        survives(file.sealed())
    }

    @Test(arguments: [UInt64(1) << 36, UInt64(1) << 30, UInt64.max, 1_000])
    func implausibleCountsAreRefusedBeforeReserving(count: UInt64) throws {
        for field in [CraftedSnapshot.Field.actors, .relations, .documents, .strings] {
            var file = CraftedSnapshot(try sample())
            file.set(field, count)
            expectRefused(file.sealed(), saying: "count")
        }
    }

    @Test func negativeEvidenceOffsetsAreRefused() throws {
        var file = CraftedSnapshot(try sample())
        let start = try #require(file.columns["start"])
        file.set(Int64.min, at: start)
        expectRefused(file.sealed(), saying: "evidence offsets")
    }

    @Test func forgedBodyLengthIsRefused() throws {
        var file = CraftedSnapshot(try sample())
        file.set(.bodyLength, UInt64(file.data.count - 64 + 8))
        expectRefused(file.sealed(keepingBodyLength: true), saying: "body bytes")
    }

    /// Every 4- and 8-byte word of the file, set to each value a crafter would try.
    @Test func everyWordSetToHostileValues() throws {
        let original = CraftedSnapshot(try sample())
        let values: [UInt64] = [0, 1, 7, 255, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 1 << 32, 1 << 36, 1 << 63, .max]
        for offset in stride(from: 8, to: original.data.count - 4, by: 4) where !(48..<64).contains(offset) {
            for value in values {
                var file = original
                file.set(UInt32(truncatingIfNeeded: value), at: offset)
                survives(file.sealed())
                if offset + 8 <= original.data.count {
                    file = original
                    file.set(value, at: offset)
                    survives(file.sealed())
                }
            }
        }
    }
}
