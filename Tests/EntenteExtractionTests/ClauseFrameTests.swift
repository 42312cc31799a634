import EntenteExtraction
import EntenteGraph
import Testing

/// Frames around an event noun or an ally noun that decide who the parties are: readiness
/// ("is open to talks with"), possession ("has close ties with"), a modifier owning an ally noun
/// ("a key US ally"), examples after "including". Every sentence was written for these tests.
@Suite("Clause frames")
struct ClauseFrameTests {
    @Test("the subject of a readiness or possession frame owns the event noun", arguments: [
        ("Ankara is open to closer cooperation with Baghdad.", "Turkey support Iraq 050"),
        ("Hanoi is ready for talks with Beijing.", "Vietnam negotiate China 046"),
        ("Senegal has a special relationship with Gambia.", "Senegal support Gambia 050"),
        ("Algeria enjoys close ties with Tunisia.", "Algeria support Tunisia 050"),
    ])
    func frames(text: String, expected: String) {
        let found = codedRelations(text)
        #expect(found.contains(expected), "\(expected) missing from \(found) in: \(text)")
    }

    @Test("a name or people-adjective modifying an ally noun owns it", arguments: [
        ("Jordan, a key British ally, hosted the exercise.", "Jordan ally United Kingdom"),
        ("Kenya is a close American partner in the region.", "Kenya ally United States"),
        ("Morocco is a longtime ally of France.", "Morocco ally France"),
    ])
    func allyModifier(text: String, expected: String) {
        let found = codedRelations(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(expected) missing from \(found) in: \(text)")
    }

    @Test("an ally noun in the subject names no pair")
    func allySubjectAlone() {
        #expect(codedRelations("Ukraine's allies met in Ramstein on Tuesday.").isEmpty)
        #expect(codedRelations("The talks of the Western allies ended.").isEmpty)
    }

    @Test("have as an auxiliary or in have-to owns no event noun")
    func haveAuxiliary() {
        #expect(!codedRelations("Qatar has condemned the strikes on Yemen.").contains { $0.hasPrefix("Qatar attack") })
        #expect(!codedRelations("Cairo would do all it has to prevent any aggression towards Khartoum.", certainty: .hypothetical)
            .contains { $0.hasPrefix("Egypt attack") })
    }

    @Test("examples after including are targets")
    func including() {
        let found = codedRelations("Qatar informed its neighbours, including Oman, before the vote.")
        #expect(found.contains("Qatar meet Oman 040"), "\(found)")
    }

    @Test("a readiness adjective without an event noun relates no one")
    func readinessAlone() {
        #expect(codedRelations("Ghana is ready for the elections, Togo said.").isEmpty)
    }
}

/// Verbs of asking, engaging and working together, and the cleft "it was X that". Every sentence
/// was written for these tests.
@Suite("Asking and working together")
struct AskingAndWorkingTests {
    @Test("each phrase relates its subject and object", arguments: [
        ("Malawi asked Zambia to mediate in the border row.", "Malawi appeal Zambia 020", Certainty.asserted),
        ("Malawi asked Tanzania for help after the floods.", "Malawi appeal Tanzania 020", .asserted),
        ("Kuwait is willing to engage with Iraq on the maritime border.", "Kuwait meet Iraq 040", .hypothetical),
        ("Eswatini is prepared to resolve its differences with Mozambique.", "Eswatini pledge Mozambique 037", .hypothetical),
        ("Ugandan troops worked alongside the army of Somalia.", "Uganda train Somalia 062", .asserted),
        ("It was Chad that attacked Sudan first.", "Chad attack Sudan 190", .asserted),
        ("Officials said it was Niger that asked Algeria to mediate.", "Niger appeal Algeria 020", .reported),
    ])
    func coded(text: String, expected: String, certainty: Certainty) {
        let found = codedRelations(text, certainty: certainty)
        #expect(found.contains(expected), "\(expected) missing from \(found) in: \(text)")
    }

    @Test("that before a noun is still a determiner")
    func thatAttackIsNoun() {
        #expect(!codedRelations("Kenya condemned that attack on Somalia.").contains { $0.hasPrefix("Kenya attack") })
    }
}

/// "each other" and people-adjectives on an object. Every sentence was written for these tests.
@Suite("Mutual objects and owned objects")
struct MutualAndOwnedObjectTests {
    @Test("an act done to each other runs both ways", arguments: [
        "Yerevan and Baku blamed each other for the shelling.",
        "Niger and Benin accused one another of backing smugglers.",
        "Niger and Benin have regularly accused each other of harbouring rebels.",
    ])
    func eachOther(text: String) {
        let found = codedRelations(text)
        let pairs = found.filter { $0.contains(" accuse ") }
        #expect(pairs.count == 2, "\(found) in: \(text)")
    }

    @Test("a people-adjective on the object owns it")
    func demonymOwner() {
        #expect(codedRelations("Lithuania expelled three Belarusian diplomats.").contains { $0.hasPrefix("Lithuania expel Belarus") })
        #expect(codedRelations("Algeria summoned a senior French diplomat.").contains { $0.hasPrefix("Algeria criticize France") })
    }

    @Test("each other needs two subjects")
    func eachOtherAlone() {
        #expect(codedRelations("Niger said they blamed each other.").isEmpty)
    }
}
