import EntenteGraph
import Foundation
import FuzzSupport

/// Structure-aware mutations of a valid graph file, the form the CLI maps and reads in place:
/// the input is a list of 12-byte edits (where, 4 or 8 bytes, a raw or a boundary value)
/// applied to a real file. There is no checksum to get past, so every edit reaches the
/// reader's checks; a file that opens is then queried the way the CLI does (resolve, path,
/// neighbours, allies, explain, full decode), since records are checked as they are read.
/// An input that starts with the magic is also opened as a whole file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let input = FuzzInput.data(bytes, count)
    if GraphFile.isGraphFile(input) { query(input) }
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
    query(file)
    return 0
}

func query(_ data: Data) {
    guard let graph = try? GraphFile.decode(data, path: "fuzz") else { return }
    for name in ["Russia", "kremlin", "PUTIN", "Warsaw", "nobody"] {
        guard let a = try? graph.resolve(name) else { continue }
        _ = graph.neighbourList(of: a, depth: 2)
        _ = graph.allies(of: a)
        _ = graph.rivals(of: a, filter: RelationFilter(from: "2024-01-01"))
        for b in 0..<ActorIndex(graph.actorCount) {
            _ = graph.shortestPath(from: a, to: b).map(graph.evidence(for:))
            _ = graph.outgoingRelations(of: a).filter { graph.targets[Int($0)] == b }.map { graph.relations[Int($0)] }
        }
        _ = graph.actors[Int(a)]
    }
    _ = graph.inMemory()
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
        _ = try? graph.add(Relation(source: "RUS", target: "PUTIN", kind: .memberOf, certainty: .negated, evidence: evidence[1]))
        return GraphFile.encode(graph)
    }()
}

/// The program's entry point (SwiftPM links `main` to `fuzz_graph_file_main`): hands over to libFuzzer.
@_cdecl("fuzz_graph_file_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
