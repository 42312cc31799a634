import EntenteExtraction
import EntenteGraph
import Testing

/// Pairs named in one hyphenated word, written for these tests.
@Suite("Hyphenated pairs")
struct HyphenatedPairTests {
    @Test("a pair joined by a hyphen are the two sides of the event the noun after it names")
    func pairsBeforeEventNouns() {
        expectFound("The Armenia-Azerbaijan peace talks resumed in Almaty.", [
            Expected(source: "Armenia", kind: .negotiate, target: "Azerbaijan"),
        ])
        expectFound("The Sudan-Chad border tensions worried aid agencies.", [
            Expected(source: "Sudan", kind: .criticize, target: "Chad"),
            Expected(source: "Chad", kind: .criticize, target: "Sudan"),
        ])
    }

    @Test("a hyphenated pair is no argument on its own, and a backer compound is unchanged")
    func pairsAreNoArguments() {
        // No event noun follows: the pair relates nothing.
        #expect(relationsInBody("The Rwanda-Uganda border reopened on Monday.").isEmpty)
        let backed = relationsInBody("Iran-backed Houthis attacked a ship.")
        #expect(backed.contains("Iran support Houthis (asserted)"), "\(backed)")
    }
}
