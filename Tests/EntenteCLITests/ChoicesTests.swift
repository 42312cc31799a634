import Foundation
import Testing

/// Misspelt words in enumerated options get the closest word back.
@Suite struct ChoicesTests {
    @Test func misspeltWordsAreSuggested() throws {
        let kinds = try CLIRunner.run(["relations", CLIRunner.seeds, "--kinds", "attak"])
        BadInputTests.expectRefusal(kinds, ["unknown relation kind 'attak' in --kinds", "did you mean attack?"])
        let polarity = try CLIRunner.run(["relations", CLIRunner.seeds, "--polarity", "confict"])
        BadInputTests.expectRefusal(polarity, ["did you mean conflict?"])
        let out = try CLIRunner.temporaryDirectory().appendingPathComponent("x.svg").path
        let layout = try CLIRunner.run(["render", CLIRunner.seeds, "-o", out, "--layout", "neat"])
        BadInputTests.expectRefusal(layout, ["unknown layout engine 'neat' in --layout", "did you mean neato?"])
        let layers = try CLIRunner.run(["render", CLIRunner.seeds, "-o", out, "--layers", "threat,alliancs"])
        BadInputTests.expectRefusal(layers, ["did you mean alliances?"])
    }

    @Test func misspeltCommandsAreSuggested() throws {
        BadInputTests.expectRefusal(try CLIRunner.run(["pth", "Russia", "Poland"]), ["unknown command 'pth'; did you mean path?"])
        let option = try CLIRunner.run(["render", CLIRunner.seeds, "-o", "x.svg", "--styel", "dark"])
        BadInputTests.expectRefusal(option, ["--styel", "Did you mean '--style'?"])
    }

    @Test func farOffWordsGetNoGuess() throws {
        let result = try CLIRunner.run(["relations", CLIRunner.seeds, "--kinds", "zzzzzzzz"])
        BadInputTests.expectRefusal(result, ["unknown relation kind 'zzzzzzzz'", "use one of:"])
        #expect(!result.stderr.contains("did you mean"))
    }

    @Test func shellCompletionListsTheChoices() throws {
        let script = try CLIRunner.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        for word in ["cooperation", "supply_arms", "alliances", "neato"] {
            #expect(script.stdout.contains(word), "\(word)")
        }
    }
}
