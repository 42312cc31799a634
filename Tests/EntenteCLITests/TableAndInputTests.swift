import Foundation
import Testing

/// Tables fitted to the terminal or written as TSV, the undated-events note, `ingest -`,
/// `ingest --verbose` and `render --people`, as a user runs them.
@Suite(.serialized) struct TableAndInputTests {
    /// Tables are sized to COLUMNS when it is set, so it is left unset unless a test gives it.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CLIRunner.Result {
        var overrides: [String: String?] = ["COLUMNS": nil]
        for (key, value) in environment { overrides[key] = value }
        return try CLIRunner.run(arguments, stdin: stdin, environment: overrides)
    }

    static let article = """
        Russia and Belarus hold joint drills

        MOSCOW, June 12 (Reuters) - Russia and Belarus held joint military exercises near the Polish border. \
        Poland condemned Russia for the drills.
        """

    static func snapshot() throws -> String {
        let path = try CLIRunner.temporaryDirectory().appendingPathComponent("g.json").path
        let result = try run(["ingest", "-", "--graph", path, "--date", "2024-06-12"], stdin: article)
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    @Test func ingestReadsStandardInputAndLogsWhenVerbose() throws {
        let path = try CLIRunner.temporaryDirectory().appendingPathComponent("g.json").path
        let result = try Self.run(["ingest", "-", "--graph", path, "--verbose"], stdin: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 documents added"))
        #expect(result.stderr.contains("standard input"))
        #expect(result.stderr.contains("extraction took"))
        #expect(result.stderr.contains("writing \(path) took"))
        let relations = try Self.run(["relations", "--graph", path, "--format", "tsv"])
        #expect(relations.stdout.contains("Poland\tcondemn"))
        // '-' twice cannot both read standard input.
        let twice = try Self.run(["ingest", "-", "-", "--graph", path], stdin: Self.article)
        #expect(twice.status != 0 && twice.stderr.contains("only once"))
    }

    @Test func tsvHasWholeCellsAndTablesFitTheTerminal() throws {
        let path = try Self.snapshot()
        let tsv = try Self.run(["relations", "--graph", path, "--format", "tsv"])
        let lines = tsv.stdout.split(separator: "\n")
        #expect(lines.first == "SOURCE\tRELATION\tTARGET\tCERTAINTY\tEVIDENCE")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(tsv.stdout.contains("Poland condemned Russia for the drills."), "whole sentences in TSV")
        for command in [["actors"], ["allies", "Russia"], ["neighbors", "Russia"]] {
            let result = try Self.run(command + ["--graph", path, "--format", "tsv"])
            #expect(result.status == 0 && result.stdout.split(separator: "\n").first?.contains("\t") == true, "\(command)")
        }
        for width in [60, 100] {
            let table = try Self.run(["relations", "--graph", path], environment: ["COLUMNS": "\(width)"])
            let longest = table.stdout.split(separator: "\n").map(\.count).max() ?? 0
            #expect(longest <= width && longest >= width - 10, "COLUMNS=\(width): longest line \(longest)")
        }
    }

    @Test func dateFiltersSayHowManyUndatedEventsWereLeftOut() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("g.json").path
        #expect(try Self.run(["ingest", "-", "--graph", path], stdin: "Headline\n\nPoland condemned Russia.").status == 0)
        for command in [["relations"], ["allies", "Russia"], ["rivals", "Poland"], ["neighbors", "Russia"], ["blocs"], ["central"], ["balance"]] {
            let result = try Self.run(command + ["--graph", path, "--from", "2024-01-01"])
            #expect(result.stderr.contains("1 undated event left out by --from/--through"), "\(command): \(result.stderr)")
        }
        let render = try Self.run(["render", "--graph", path, "--through", "2024-01-01", "-o", directory.appendingPathComponent("x.svg").path])
        #expect(render.stderr.contains("undated event left out"))
        let dated = try Self.snapshot()
        #expect(!(try Self.run(["relations", "--graph", dated, "--from", "2024-01-01"])).stderr.contains("undated"))
    }

    @Test func renderPeopleModesAreCheckedAndFoldIsTheDefault() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("g.json").path
        let text = "Putin meets Lukashenko\n\nRussian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk."
        #expect(try Self.run(["ingest", "-", "--graph", path], stdin: text).status == 0)
        let svg = directory.appendingPathComponent("d.svg").path
        #expect(try Self.run(["render", "--graph", path, "-o", svg]).status == 0)
        let folded = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(!folded.contains("class=\"node actor person"), "people are folded by default")
        #expect(folded.contains("through Vladimir Putin, Alexander Lukashenko"))
        #expect(try Self.run(["render", "--graph", path, "-o", svg, "--people", "show"]).status == 0)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("actor person"))
        let wrong = try Self.run(["render", "--graph", path, "-o", svg, "--people", "hid"])
        #expect(wrong.status != 0 && wrong.stderr.contains("hide"))
    }

    @Test func timelineDrawsTheFormatItsOutputNames() throws {
        let path = try Self.snapshot()
        let directory = try CLIRunner.temporaryDirectory()
        for (file, magic) in [("t.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("t.pdf", Array("%PDF".utf8)), ("t.svg", Array("<?xml".utf8))] {
            let output = directory.appendingPathComponent(file).path
            let result = try Self.run(["timeline", "Russia", "--graph", path, "-o", output])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)).starts(with: magic), "\(file)")
        }
        let tsv = try Self.run(["timeline", "Russia", "--graph", path, "--format", "tsv"])
        #expect(tsv.stdout.hasPrefix("PERIOD\tEVENTS\tQ1"))
        #expect(tsv.stdout.contains("2024-06\t"))
        let wrong = try Self.run(["timeline", "Russia", "--graph", path, "--format", "pgn"])
        #expect(wrong.status != 0 && wrong.stderr.contains("png"))
    }
}
