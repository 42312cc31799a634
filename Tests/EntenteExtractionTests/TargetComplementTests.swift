import EntenteExtraction
import EntenteGraph
import Testing

/// Words after the target that decide the event: "supplied X with grain" against "with rockets",
/// "branded X a terrorist group", "held X responsible". Every sentence was written for these tests.
@Suite("Target complements")
struct TargetComplementTests {
    @Test("the complement after the target picks the code", arguments: [
        ("Algeria supplied Niger with 20,000 tonnes of grain.", "Algeria aid Niger 073", Certainty.asserted),
        ("Qatar provided Sudan with medical supplies.", "Qatar aid Sudan 073", .asserted),
        ("Belarus supplied the Wagner Group with ammunition.", "Belarus supply_arms Wagner Group 072", .asserted),
        ("Oman may provide Yemen with a loan next year.", "Oman aid Yemen 071", .hypothetical),
        ("Ankara has branded the YPG a terrorist organisation.", "Turkey accuse People's Protection Units 112", .asserted),
        ("Kyiv holds Minsk responsible for the strikes.", "Ukraine accuse Belarus 112", .asserted),
        ("Manila termed China's manoeuvre illegal.", "Philippines criticize China 111", .asserted),
        ("Israel considers Hezbollah a threat to its north.", "Israel criticize Hezbollah 110", .asserted),
    ])
    func coded(text: String, expected: String, certainty: Certainty) {
        let found = codedRelations(text, certainty: certainty)
        #expect(found.contains(expected), "\(expected) missing from \(found) in: \(text)")
    }

    @Test("a target before the verb takes the complement right after it")
    func relativeTarget() {
        let found = codedRelations("The PKK, which Ankara regards as a terrorist group, denied the claim.")
        #expect(found.contains("Turkey accuse Kurdistan Workers' Party 112"), "\(found)")
    }

    @Test("without its complement the labelling verb says nothing", arguments: [
        "Peru sees Chile as a key partner.",
        "Egypt called Jordan on Monday.",
        "Senegal held Mali for two hours in the semi-final.",
        "Ghana considers Togo a friend.",
    ])
    func silent(text: String) {
        let found = codedRelations(text)
        #expect(!found.contains { $0.contains(" accuse ") || $0.contains(" criticize ") }, "\(found) in: \(text)")
    }

    @Test("grain is not arms")
    func grainIsNotArms() {
        #expect(!codedRelations("Algeria supplied Niger with grain.").contains { $0.contains("supply_arms") })
    }
}
