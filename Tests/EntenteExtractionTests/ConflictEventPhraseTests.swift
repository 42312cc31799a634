import EntenteExtraction
import EntenteGraph
import Testing

/// Conflict phrases of the event dictionary (events-19-fight.yaml): each is read as a use of force between the two
/// sides, with the side firing after "from" when the target is the subject. Sentences are
/// written for the test.
@Suite("Conflict event phrases")
struct ConflictEventPhraseTests {
    @Test(arguments: [
        "Kenyan forces neutralised 12 al-Shabaab fighters.",
        "Kenyan troops dislodged al-Shabaab from Kolbio.",
        "Kenyan troops beat back al-Shabaab near Lamu.",
        "Kenyan troops inflicted heavy losses on al-Shabaab.",
        "Kenya approved expanded operations against al-Shabaab.",
    ])
    func kenyaActsAgainstShabaab(_ text: String) {
        expectFound(text, [Expected(source: "Kenya", kind: .attack, target: "Al-Shabaab")])
    }

    @Test func theSideFiringIsAfterFrom() {
        expectFound("Al-Shabaab came under fire from Kenyan troops.", [
            Expected(source: "Kenya", kind: .attack, target: "Al-Shabaab"),
        ])
    }

    @Test func burningAnArmyPostIsAnAttackButBurningAFlagIsNot() {
        expectFound("Al-Shabaab fighters torched a Kenyan army post.", [
            Expected(source: "Al-Shabaab", kind: .attack, target: "Kenya"),
        ])
        expectFound("Al-Shabaab set fire to a Kenyan army post.", [
            Expected(source: "Al-Shabaab", kind: .attack, target: "Kenya"),
        ])
        let found = relationsInBody("Protesters in Mogadishu torched a Kenyan flag.")
        #expect(!found.contains { $0.contains(" attack ") }, "\(found)")
    }
}
