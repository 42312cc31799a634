import Foundation
import Testing

@Suite("Snapshots stay whole", .serialized)
struct SnapshotSafetyTests {
    @Test func concurrentIngestsLoseNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json").path
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(seeds.count >= 4)
        let processes = try seeds.prefix(4).map { name -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["ingest", "\(CLIRunner.seeds)/\(name)", "--graph", graph, "--quiet"]
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let snapshot = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any])
        let body = try #require(snapshot["graph"] as? [String: Any])
        #expect((body["documents"] as? [Any])?.count == 4)
    }

    @Test func truncatedSnapshotIsRefusedAndKept() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json")
        #expect(try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph.path, "--quiet"]).status == 0)
        let whole = try Data(contentsOf: graph)
        let cut = whole.prefix(whole.count / 2)
        try cut.write(to: graph)
        let result = try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("damaged"), "\(result.stderr)")
        #expect(try Data(contentsOf: graph) == cut, "a failed ingest must not touch the snapshot")
    }

    @Test func newerSnapshotVersionIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json")
        try Data(#"{"format":"entente-snapshot","version":99,"checksum":"x","graph":{}}"#.utf8).write(to: graph)
        let result = try CLIRunner.run(["actors", "--graph", graph.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("newer Entente"), "\(result.stderr)")
    }

    @Test func emptyAndBinaryArticlesGetClearErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = dir.appendingPathComponent("blob.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: binary)
        let a = try CLIRunner.run(["extract", empty.path])
        #expect(a.status != 0 && a.stderr.contains("empty"), "\(a.stderr)")
        let b = try CLIRunner.run(["extract", binary.path])
        #expect(b.status != 0 && b.stderr.contains("binary"), "\(b.stderr)")
    }
}
