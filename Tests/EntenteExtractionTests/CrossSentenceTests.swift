import EntenteExtraction
import EntenteGraph
import Testing

/// Descriptions that point back to actors named in an earlier sentence: "the two countries",
/// "both sides", "the alliance", "the kingdom", "the group". Each resolves only when exactly
/// one reading fits within the paragraph's last sentences. Each sentence was written for
/// these tests.
@Suite("Cross-sentence references")
struct CrossSentenceTests {
    // MARK: "the two countries", "both sides", "the neighbours"

    @Test("a pair description means the two actors just related or named", arguments: [
        ("Ethiopia and Eritrea fought a border war in 1998. The two countries signed a peace agreement in Algiers.",
         [Expected(source: "Ethiopia", kind: .ally, target: "Eritrea")]),
        ("Ethiopia and Eritrea fought a border war in 1998. Both countries signed a peace agreement in Algiers.",
         [Expected(source: "Ethiopia", kind: .ally, target: "Eritrea")]),
        ("India and Pakistan exchanged fire along the frontier. Both sides held talks in Geneva on Tuesday.",
         [Expected(source: "India", kind: .meet, target: "Pakistan")]),
        // No relation in the first sentence: the only two states it names.
        ("Algeria and Morocco cut ties in 2021. The two nations held talks in Rome last week.",
         [Expected(source: "Algeria", kind: .meet, target: "Morocco")]),
        // A sentence without states in between does not break the reference.
        ("Egypt accused Ethiopia of endangering the Nile. The dam filled quickly. The neighbours held talks in Cairo.",
         [Expected(source: "Egypt", kind: .meet, target: "Ethiopia")]),
        // Sides may be armed groups.
        ("Sudan's army and the RSF fought in Khartoum. The two sides agreed to a truce in Jeddah.",
         [Expected(source: "Sudan", kind: .negotiate, target: "Rapid Support Forces")]),
        // As objects and inside "between".
        ("Ethiopia and Eritrea fought a border war in 1998. Kenya hosted the two countries in Nairobi.",
         [Expected(source: "Kenya", kind: .host, target: "Ethiopia"), Expected(source: "Kenya", kind: .host, target: "Eritrea")]),
        ("India and Pakistan exchanged fire along the frontier. Talks between the two sides resumed in Geneva.",
         [Expected(source: "India", kind: .negotiate, target: "Pakistan")]),
        ("Ethiopia and Eritrea fought a border war in 1998. Libya sold weapons to both sides.",
         [Expected(source: "Libya", kind: .supplyArms, target: "Ethiopia"), Expected(source: "Libya", kind: .supplyArms, target: "Eritrea")]),
    ])
    func pairDescriptions(text: String, expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("negation, modality and reported speech apply to a pair description as to names", arguments: [
        ("Egypt accused Ethiopia of endangering the Nile. The neighbours have not held talks since March.",
         Expected(source: "Egypt", kind: .meet, target: "Ethiopia", certainty: .negated)),
        ("Ethiopia and Eritrea fought a border war in 1998. The two countries may sign a peace agreement.",
         Expected(source: "Ethiopia", kind: .ally, target: "Eritrea", certainty: .hypothetical)),
        ("Algeria and Morocco cut ties in 2021. Qatar said the two countries held talks in Doha.",
         Expected(source: "Algeria", kind: .meet, target: "Morocco", certainty: .reported)),
    ])
    func pairCertainty(text: String, expected: Expected) {
        let extraction = extract("Headline\n\n" + text)
        let found = summary(extraction).filter { $0.hasPrefix("\(expected.source) \(expected.kind.rawValue) \(expected.target) ") }
        #expect(found.count == 1, "\(expected) missing from \(summary(extraction)) in: \(text)")
        #expect(found.first?.contains("(\(expected.certainty.rawValue)") == true, "\(found) should be \(expected.certainty)")
    }

    @Test("a reported pair keeps its speaker")
    func pairSpeaker() throws {
        let extraction = extract("Headline\n\nAlgeria and Morocco cut ties in 2021. Qatar said the two countries held talks in Doha.")
        let talks = try #require(extraction.relations.first { $0.kind == .meet })
        #expect(talks.speaker == "QAT")
    }

    @Test("an unclear pair description stays unresolved", arguments: [
        // Three states, no relation to single out two.
        ("Armenia, Azerbaijan and Georgia met in Tbilisi. The two countries signed a peace agreement.", RelationKind.ally),
        // Two different pairs related in the previous sentence.
        ("Iran threatened Israel and Saudi Arabia condemned Iran. The two countries signed an agreement.", .ally),
        // Another state named after the related pair.
        ("Ethiopia and Eritrea fought a war. Sudan closed its border. The two countries signed an agreement.", .ally),
        // People are not countries.
        ("Putin met Erdogan in Sochi. The two countries signed an agreement.", .ally),
        // Places, not the parties.
        ("Ethiopia and Eritrea signed an agreement. Sudan shelled villages on both sides of the border.", .attack),
        ("Ethiopia and Eritrea signed an agreement. Sudan shelled villages on both sides.", .attack),
    ])
    func unclearPairs(text: String, kind: RelationKind) {
        expectNoKind(text, kind)
    }

    @Test("a pair description does not reach into another paragraph or the headline")
    func pairStaysInItsParagraph() {
        let split = extract("Headline\n\nEthiopia and Eritrea fought a border war in 1998.\n\nThe two countries signed a peace agreement.")
        #expect(!split.relations.contains { $0.kind == .ally }, "\(summary(split))")
        let headline = extract("Ethiopia and Eritrea clash\n\nThe two countries signed a peace agreement in Algiers.")
        #expect(!headline.relations.contains { $0.kind == .ally }, "\(summary(headline))")
    }

    @Test("a pair description is never on both sides of its own relation")
    func pairNotItsOwnObject() {
        let found = relationsInBody("Armenia accused Azerbaijan of shelling. The two countries condemned Armenia.")
        #expect(!found.contains { $0.contains(" condemn ") }, "\(found)")
    }

    // MARK: "the alliance", "the bloc", "the kingdom", "the republic", "the island"

    @Test("a description of a kind of actor means the one recent actor of that kind", arguments: [
        ("Sweden joined NATO in 2024. The alliance later warned Russia.",
         Expected(source: "NATO", kind: .warn, target: "Russia")),
        ("Niger quit ECOWAS in January. The bloc threatened Niger.",
         Expected(source: "Economic Community of West African States", kind: .threaten, target: "Niger")),
        // Only Saudi Arabia of the two is a kingdom, only Iran a republic.
        ("Saudi Arabia and Iran restored ties. The kingdom then praised China.",
         Expected(source: "Saudi Arabia", kind: .praise, target: "China")),
        ("Saudi Arabia and Iran restored ties. The republic then praised China.",
         Expected(source: "Iran", kind: .praise, target: "China")),
        ("China sent warships near Taiwan. The island accused China of intimidation.",
         Expected(source: "Taiwan", kind: .accuse, target: "China")),
        ("Sweden joined NATO in 2024. The alliance did not condemn Hungary.",
         Expected(source: "NATO", kind: .condemn, target: "Hungary", certainty: .negated)),
        ("Saudi Arabia hosted envoys in Riyadh. The kingdom could host Israel.",
         Expected(source: "Saudi Arabia", kind: .host, target: "Israel", certainty: .hypothetical)),
    ])
    func kindDescriptions(text: String, expected: Expected) {
        expectFound(text, [expected])
    }

    @Test("a kind description with no single fitting actor stays unresolved", arguments: [
        // Two kingdoms.
        ("Saudi Arabia and Jordan restored ties. The kingdom then praised China.", RelationKind.praise),
        // Agencies are not a bloc.
        ("The UN and the IAEA inspected the site. The bloc condemned Iran.", .condemn),
        // Two alliances.
        ("Armenia left the CSTO as Finland joined NATO. The alliance condemned Russia.", .condemn),
        // Two islands.
        ("China sent warships near Taiwan and Cuba. The island accused China of intimidation.", .accuse),
        // Named in the paragraph before.
        ("Sweden joined NATO in 2024.\n\nThe alliance later warned Russia.", .warn),
    ])
    func unclearKinds(text: String, kind: RelationKind) {
        expectNoKind(text, kind)
    }

    // MARK: "the group", "the country", "the government"

    @Test("the group and the country resolve when one candidate is recent", arguments: [
        ("Iran armed the Houthis. The group then attacked Israel.",
         Expected(source: "Houthis", kind: .attack, target: "Israel")),
        ("Venezuela held a referendum on Sunday. The country then threatened Guyana.",
         Expected(source: "Venezuela", kind: .threaten, target: "Guyana")),
        ("Sudan's army shelled Omdurman. The government later accused the UAE of arming the RSF.",
         Expected(source: "Sudan", kind: .accuse, target: "United Arab Emirates")),
    ])
    func singleReferences(text: String, expected: Expected) {
        expectFound(text, [expected])
    }

    @Test("the group and the country stay unresolved when two candidates are recent", arguments: [
        ("The Houthis and Hezbollah fired missiles at Israel. The group also threatened Saudi Arabia.", RelationKind.threaten),
        ("Hezbollah praised Hamas on Sunday. Egypt condemned Israel. The group then attacked Israel.", .attack),
        ("Israel struck Iran on Monday. The country also threatened Iraq.", .threaten),
        ("Israel struck Iran on Monday. The government also threatened Iraq.", .threaten),
    ])
    func ambiguousSingleReferences(text: String, kind: RelationKind) {
        expectNoKind(text, kind)
    }
}
