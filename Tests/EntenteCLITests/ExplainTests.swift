import Testing

/// `explain` is read for its evidence, so every sentence is printed whole.
@Suite struct ExplainTests {
    @Test func sentencesArePrintedWhole() throws {
        let result = try CLIRunner.run(["explain", "Iran", "Israel", CLIRunner.seeds])
        #expect(result.status == 0, "\(result.stderr)")
        let quoted = result.stdout.split(separator: "\n").filter { $0.hasPrefix("    “") }
        #expect(!quoted.isEmpty)
        #expect(quoted.contains { $0.count > 120 }, "a long sentence is not cut to a table cell")
        #expect(!quoted.contains { $0.contains("…") })
        #expect(quoted.allSatisfy { $0.contains("”") })
    }
}
