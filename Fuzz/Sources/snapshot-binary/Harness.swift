import EntenteGraph
import Foundation
import FuzzSupport

/// Structure-aware mutations of a valid binary snapshot: the input is a list of 12-byte edits
/// (where, 4 or 8 bytes, a raw or a boundary value) applied to a real file, whose checksum
/// is then recomputed, so every edit reaches the reader's count, offset and length checks
/// instead of stopping at the checksum. An input that starts with the magic is also read as a
/// whole file, resealed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let input = FuzzInput.data(bytes, count)
    if BinarySnapshot.isBinary(input) { _ = try? BinarySnapshot.decode(BinarySnapshot.resealed(input), path: "fuzz") }
    var file = Base.file
    let boundaries: [UInt64] = [0, 1, 2, 7, 8, 255, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 1 << 32, 1 << 36, 1 << 62, 1 << 63, .max]
    var op = input.startIndex
    while op + 12 <= input.endIndex {
        let position = Int(input[op]) | Int(input[op + 1]) << 8
        let mode = input[op + 2], pick = Int(input[op + 3])
        var raw: UInt64 = 0
        for k in 0..<8 { raw |= UInt64(input[op + 4 + k]) << (8 * UInt64(k)) }
        let value = mode & 2 == 0 ? raw : boundaries[pick % boundaries.count]
        let width = mode & 1 == 0 ? 8 : 4
        let offset = 8 + (position * 4) % max(1, file.count - 8 - width)
        withUnsafeBytes(of: value.littleEndian) { file.replaceSubrange(offset..<(offset + width), with: $0.prefix(width)) }
        op += 12
    }
    _ = try? BinarySnapshot.decode(BinarySnapshot.resealed(file), path: "fuzz")
    return 0
}

/// A small graph using every column: aliases, affiliations, codes, speakers, dates, urls.
enum Base {
    static let file: Data = {
        var graph = KnowledgeGraph()
        graph.register(DocumentInfo(id: "d1", title: "T", date: "2024-01-02", url: "https://example.org/1"))
        graph.register(DocumentInfo(id: "d2"))
        graph.add(Actor(id: "RUS", name: "Russia", kind: .state, aliases: ["Kremlin", "Moscow"], code: "RUS"))
        graph.add(Actor(id: "PUTIN", name: "Vladimir Putin", kind: .person, affiliation: "RUS"))
        graph.add(Actor(id: "POL", name: "Poland", kind: .state, aliases: ["Warsaw"]))
        let evidence = [
            Evidence(document: "d1", sentence: 0, start: 0, end: 20, text: "Putin warned Poland.", date: "2024-01-02", url: "https://example.org/1"),
            Evidence(document: "d2", sentence: 1, start: 21, end: 40, text: ""),
        ]
        _ = try? graph.add(Relation(source: "PUTIN", target: "POL", kind: .warn, code: "130", certainty: .reported, speaker: "PUTIN", evidence: evidence[0]))
        _ = try? graph.add(Relation(source: "RUS", target: "POL", kind: .threaten, evidence: evidence[1]))
        _ = try? graph.add(Relation(source: "POL", target: "RUS", kind: .ally, code: "0311", evidence: evidence[0]))
        return BinarySnapshot.encode(graph)
    }()
}

/// The program's entry point (SwiftPM links `main` to `fuzz_snapshot_binary_main`): hands over to libFuzzer.
@_cdecl("fuzz_snapshot_binary_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
