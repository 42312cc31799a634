import Foundation
import Testing

/// Crafted command lines: outputs onto inputs or devices, bounded path searches, errors that
/// quote hostile names.
@Suite("Hostile paths and outputs", .serialized)
struct HostilePathsAndOutputsTests {
    func article(in dir: URL, _ name: String = "a.txt", text: String = "Headline\nRussia threatened Ukraine.\nIran threatened Israel.\n") throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func anOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = try article(in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let render = try CLIRunner.run(["render", input, "--format", "dot", "-o", input])
        #expect(render.status != 0)
        #expect(render.stderr.contains("one of the inputs"))
        let graph = dir.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run(["ingest", input, "--graph", graph, "--quiet"]).status == 0)
        let export = try CLIRunner.run(["export", "--graph", graph, "--format", "json", "--output=\(graph)"])
        #expect(export.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        #expect(try CLIRunner.run(["actors", "--graph", graph]).status == 0)
    }

    @Test func aDeviceOutputIsWrittenToAndStaysADevice() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["render", try article(in: dir), "--format", "dot", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFileSizeLimitIsReportedAsSuch() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = try article(in: dir)
        let out = dir.appendingPathComponent("o.dot").path
        let script = "ulimit -f 1; exec \"$0\" render \"$1\" --format dot -o \"$2\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let text = String(repeating: "Russia threatened Ukraine. Iran threatened Israel. ", count: 200)
        let big = try article(in: dir, "big.txt", text: "Headline\n" + text)
        process.arguments = ["-c", script, CLIRunner.executable.path, big, out]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        _ = input
        // The diagram is several KB, over the 512-byte limit: a clear error, not SIGXFSZ.
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus != 0)
        #expect(stderr.contains("disk full or file size limit"), "\(stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func errorsQuotingHostileNamesAreCleanAndShort() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = try article(in: dir)
        let escape = try CLIRunner.run(["path", "Ab\u{1B}[31mX\u{07}", "Russia", input])
        #expect(escape.status != 0)
        #expect(!escape.stderr.contains("\u{1B}") && !escape.stderr.contains("\u{07}"))
        let long = try CLIRunner.run(["path", String(repeating: "A", count: 100_000), "Russia", input])
        #expect(long.stderr.count < 1_000)
        #expect(long.stderr.contains("…"))
    }

    @Test func foundationErrorsAreInPlainWords() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["actors", "--graph", dir.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a directory") || result.stderr.contains("it is a directory"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func hugePathRequestsAreRefusedAndUnconnectedActorsSaidSo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = try article(in: dir)
        let all = try CLIRunner.run(["path", "Russia", "Ukraine", input, "--all", "--max-hops", "50", "--limit", "100000000"])
        #expect(all.status != 0)
        #expect(all.stderr.contains("at most"))
        let k = try CLIRunner.run(["path", "Russia", "Ukraine", input, "--k", "100000"])
        #expect(k.stderr.contains("at most"))
        let apart = try CLIRunner.run(["path", "Russia", "Iran", input, "--all", "--max-hops", "50"])
        #expect(apart.status == 1)
        #expect(apart.stdout.contains("not connected"), "\(apart.stdout)")
    }

    @Test func aFIFOIsNamedAsSuchNotAsAPermissionProblem() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let snapshot = try CLIRunner.run(["actors", "--graph", fifo])
        #expect(snapshot.status != 0)
        #expect(snapshot.stderr.contains("FIFO"), "\(snapshot.stderr)")
        #expect(!snapshot.stderr.contains("permission"))
        let lexicon = try CLIRunner.run(["actors", try article(in: dir), "--lexicon", fifo])
        #expect(lexicon.stderr.contains("FIFO"), "\(lexicon.stderr)")
    }

    @Test func controlCharactersInLexiconKeysDoNotReachTheTerminal() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let lexicon = dir.appendingPathComponent("l.yaml")
        try Data("actors:\n  - {id: X, name: X, \"evil\\e[2J\\a\": 1}\n".utf8).write(to: lexicon)
        let result = try CLIRunner.run(["actors", try article(in: dir), "--lexicon", lexicon.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown key"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
    }
}
