import EntenteGraph
import Foundation
import Testing

@Suite struct SnapshotTests {
    func sample() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.register(DocumentInfo(id: "doc", title: "Title", date: "2024-01-02", url: "https://example.org/a"))
        graph.add(Actor(id: "RUS", name: "Russia", kind: .state, aliases: ["Kremlin", "Moscow"], code: "RUS"))
        graph.add(Actor(id: "PUTIN", name: "Vladimir Putin", kind: .person, affiliation: "RUS"))
        graph.add(Actor(id: "POL", name: "Pöland", kind: .state))
        try graph.add(Relation(
            source: "PUTIN", target: "POL", kind: .warn, certainty: .reported, speaker: "PUTIN",
            evidence: Evidence(document: "doc", sentence: 3, start: 10, end: 52, text: "Putin warned Poland — \"again\".", date: "2024-01-02", url: "https://example.org/a")))
        try graph.add(Relation(
            source: "RUS", target: "POL", kind: .threaten, certainty: .negated,
            evidence: Evidence(document: "doc", sentence: 4, start: 53, end: 80, text: "")))
        return graph
    }

    func expectSame(_ a: KnowledgeGraph, _ b: KnowledgeGraph) {
        #expect(a.actors == b.actors)
        #expect(a.relations == b.relations)
        #expect(a.documents == b.documents)
        #expect(a.sources == b.sources)
        #expect(a.targets == b.targets)
        #expect(b.actors(named: "kremlin") == [0])
    }

    @Test func binaryRoundTrip() throws {
        let graph = try sample()
        let data = BinarySnapshot.encode(graph)
        #expect(BinarySnapshot.isBinary(data))
        expectSame(graph, try BinarySnapshot.decode(data))
        // The generic entry point reads either form.
        expectSame(graph, try Snapshot.decode(data))
        expectSame(graph, try Snapshot.decode(Snapshot.encode(graph)))
    }

    @Test func binaryFileIsWrittenAtomically() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try BinarySnapshot.save(try sample(), to: url)
        try BinarySnapshot.save(try sample(), to: url)
        expectSame(try sample(), try BinarySnapshot.load(from: url))
        expectSame(try sample(), try Snapshot.load(from: url))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(url.lastPathComponent)") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: [0, 1, 63, 64, 100, -1])
    func damageIsDetected(cut: Int) throws {
        var data = BinarySnapshot.encode(try sample())
        if cut >= 0 {
            data = data.prefix(cut)
            #expect(throws: SnapshotError.self) { try BinarySnapshot.decode(data) }
        } else {
            data[data.count - 9] ^= 0xFF
            do {
                _ = try BinarySnapshot.decode(data)
                Issue.record("a flipped byte went unnoticed")
            } catch {
                #expect(error.description.contains("checksum"))
            }
        }
    }

    @Test func newerVersionIsRefused() throws {
        var data = BinarySnapshot.encode(try sample())
        data[8] = 99
        do {
            _ = try BinarySnapshot.decode(data)
            Issue.record("a newer version was read")
        } catch {
            guard case .newerVersion(_, let found, let supported) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(found == 99)
            #expect(supported == Int(BinarySnapshot.currentVersion))
        }
    }
}
