import Foundation
import Testing

/// The SQLite store through the command line: crash safety, dates, the event table.
@Suite struct StoreCommandTests {
    static func corpus(_ count: Int, in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("feed.jsonl")
        var text = ""
        for i in 0..<count {
            text += #"{"id": "a\#(i)", "date": "2024-03-\#(String(format: "%02d", i % 28 + 1))", "text": "Russia attacked Ukraine near town \#(i). China praised Russia on day \#(i)."}"# + "\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Distinct documents among the stored events, read back through the CLI.
    static func storedDocuments(_ store: URL) throws -> Set<String> {
        let result = try CLIRunner.run(["export", "--graph", store.path, "--format", "events", "-o", store.path + ".csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: store.path + ".csv", encoding: .utf8).split(separator: "\n").dropFirst()
        return Set(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[14] }.map(String.init))
    }

    @Test func killedIngestLeavesNothingHalfWritten() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let feed = try Self.corpus(400, in: directory)
        for (round, delay) in [0.2, 0.5, 0.8, 1.1, 1.6, 2.2].enumerated() {
            let store = directory.appendingPathComponent("s\(round).sqlite")
            // A store with one earlier batch, so a half-written second batch would show.
            let seed = directory.appendingPathComponent("seed\(round).txt")
            try "Iran condemned Israel on Monday.".write(to: seed, atomically: true, encoding: .utf8)
            #expect(try CLIRunner.run(["ingest", "-q", "--graph", store.path, seed.path]).status == 0)
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["ingest", "-q", "--graph", store.path, feed.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let documents = try Self.storedDocuments(store)
            // The earlier batch is whole, and the killed one is all there or not at all.
            #expect(documents.contains(seed.lastPathComponent))
            #expect(documents.count == 1 || documents.count == 401, "round \(round): \(documents.count) documents")
        }
    }

    @Test func dateFiltersLeaveUndatedEventsOutAndSaySo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let store = directory.appendingPathComponent("s.sqlite").path
        let undated = directory.appendingPathComponent("undated.txt")
        try "Iran condemned Israel on Monday.".write(to: undated, atomically: true, encoding: .utf8)
        let feed = try Self.corpus(3, in: directory)
        #expect(try CLIRunner.run(["ingest", "-q", "--graph", store, undated.path, feed.path]).status == 0)
        let result = try CLIRunner.run([
            "export", "--graph", store, "--format", "events", "--from", "2024-01-01", "--through", "2024-12-31",
        ])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("undated.txt"))
        #expect(result.stdout.contains("2024-03-01"))
        #expect(result.stderr.contains("1 undated event left out"))
        let impossible = try CLIRunner.run(["export", "--graph", store, "--format", "events", "--from", "2025-13-01"])
        #expect(impossible.status != 0 && impossible.stderr.contains("not a date"))
    }

    @Test func editedArticleReplacesItsEventsAndRepeatsAreStoredOnce() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let store = directory.appendingPathComponent("s.sqlite")
        let article = directory.appendingPathComponent("a.txt")
        try "Russia attacked Ukraine.".write(to: article, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["ingest", "-q", "--graph", store.path, article.path]).status == 0)
        let again = try CLIRunner.run(["ingest", "--graph", store.path, article.path])
        #expect(again.stdout.contains("1 unchanged"))
        try "China praised Russia.".write(to: article, atomically: true, encoding: .utf8)
        let edited = try CLIRunner.run(["ingest", "--graph", store.path, article.path])
        #expect(edited.stdout.contains("1 replaced"))
        let events = try CLIRunner.run(["export", "--graph", store.path, "--format", "events"]).stdout
        #expect(events.contains("praise") && !events.contains("attack"))
    }

    @Test func eventTableRoundTripsThroughImportCSV() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let store = directory.appendingPathComponent("s.sqlite").path
        #expect(try CLIRunner.run(["ingest", "-q", "--graph", store, CLIRunner.seeds]).status == 0)
        let first = directory.appendingPathComponent("e.csv").path, second = directory.appendingPathComponent("e2.csv").path
        let snapshot = directory.appendingPathComponent("back.json").path
        #expect(try CLIRunner.run(["export", "--graph", store, "--format", "events", "-o", first]).status == 0)
        #expect(try CLIRunner.run(["import-csv", "-q", first, "--graph", snapshot]).status == 0)
        #expect(try CLIRunner.run(["export", "--graph", snapshot, "--format", "events", "-o", second]).status == 0)
        let original = try String(contentsOfFile: first, encoding: .utf8)
        #expect(original.split(separator: "\n").count > 50)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == original)
    }

    @Test func eventTableLoadsInPandasAndDuckDB() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import pandas, duckdb"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return }
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return }  // Python without pandas/duckdb: nothing to check
        let directory = try CLIRunner.temporaryDirectory()
        let store = directory.appendingPathComponent("s.sqlite").path
        #expect(try CLIRunner.run(["ingest", "-q", "--graph", store, CLIRunner.seeds]).status == 0)
        let csv = directory.appendingPathComponent("e.csv").path, lines = directory.appendingPathComponent("e.jsonl").path
        #expect(try CLIRunner.run(["export", "--graph", store, "--format", "events", "-o", csv]).status == 0)
        #expect(try CLIRunner.run(["export", "--graph", store, "--format", "events", "-o", lines]).status == 0)
        let expected = try String(contentsOfFile: lines, encoding: .utf8).split(separator: "\n").count
        let script = """
            import sys, pandas, duckdb
            a = pandas.read_csv(sys.argv[1]); b = pandas.read_json(sys.argv[2], lines=True)
            c = duckdb.sql(f"SELECT count(*), sum(goldstein) FROM read_csv_auto('{sys.argv[1]}')").fetchall()[0]
            d = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{sys.argv[2]}')").fetchall()[0]
            assert len(a) == len(b) == c[0] == d[0], (len(a), len(b), c, d)
            assert str(a['quad_class'].dtype).startswith('int') and str(a['goldstein'].dtype).startswith('float')
            print(len(a))
            """
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", "-c", script, csv, lines]
        let out = Pipe()
        run.standardOutput = out
        try run.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(run.terminationStatus == 0)
        #expect(printed.trimmingCharacters(in: .whitespacesAndNewlines) == String(expected))
    }
}
