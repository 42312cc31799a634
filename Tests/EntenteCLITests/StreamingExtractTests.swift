import Foundation
import Testing

/// `extract` as a pipe stage: `-` reads standard input, JSON Lines out one relation per line.
@Suite("Streaming extract", .serialized)
struct StreamingExtractTests {
    /// Runs `entente` with `input` on standard input.
    static func run(_ arguments: [String], input: String) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, stdin: input)
    }

    static func lines(_ result: CLIRunner.Result) throws -> [[String: Any]] {
        try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func jsonLinesOnStandardInputGiveOneRelationPerLine() throws {
        let input = """
            {"id":"a","text":"Russia attacked Ukraine. NATO warned Russia."}
            {"text":"Iran threatened Israel."}

            """
        let result = try Self.run(["extract", "-"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let relations = try Self.lines(result)
        #expect(relations.map { $0["kind"] as? String } == ["attack", "warn", "threaten"])
        let documents = relations.map { ($0["evidence"] as? [String: Any])?["document"] as? String }
        #expect(documents == ["a", "a", "stdin#2"])
    }

    @Test func plainArticleOnStandardInput() throws {
        let result = try Self.run(["extract", "-", "--format", "json"], input: "Russia attacked Ukraine on Monday.\n")
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect((document["document"] as? [String: Any])?["id"] as? String == "stdin")
        #expect((document["relations"] as? [[String: Any]])?.count == 1)
    }

    @Test func emptyStandardInputIsRefused() throws {
        let result = try Self.run(["extract", "-"], input: "\n \n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("standard input"))
    }

    @Test func otherCommandsReadStandardInputToo() throws {
        let result = try Self.run(["relations", "-"], input: "Russia attacked Ukraine on Monday.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ukraine"))
    }

    @Test func jsonlFormatOnFilesAndArrayForMany() throws {
        let lines = try CLIRunner.run(["extract", CLIRunner.seeds, "--format", "jsonl"])
        #expect(lines.status == 0, "\(lines.stderr)")
        let relations = try Self.lines(lines)
        #expect(relations.count > 10)
        #expect(relations.allSatisfy { $0["cameo"] is String && $0["evidence"] is [String: Any] })
        let array = try CLIRunner.run(["extract", CLIRunner.seeds, "--format", "json"])
        let documents = try #require(try JSONSerialization.jsonObject(with: array.stdoutData) as? [[String: Any]])
        let total = documents.reduce(0) { $0 + (($1["relations"] as? [Any])?.count ?? 0) }
        #expect(total == relations.count)
    }
}
