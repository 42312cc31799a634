import EntenteExtraction
import EntenteGraph
import Testing

/// How reporting phrases diplomatic cooperation: restored and resumed ties (CAMEO 050), welcoming
/// another's deed (051), agreeing, setting out on a visit, presenting credentials. Every sentence
/// was written for these tests.
@Suite("Diplomatic phrasing")
struct DiplomaticPhrasingTests {
    @Test("a phrase yields its code", arguments: [
        ("Ecuador is set to restore diplomatic relations with Mexico after the embassy dispute.", "Ecuador support Mexico 050", Certainty.hypothetical),
        ("Ecuador re-established ties with Mexico on Friday.", "Ecuador support Mexico 050", .asserted),
        ("Ghana will restore complete, normal diplomatic ties with Togo.", "Ghana support Togo 050", .hypothetical),
        ("Kenya welcomed the resumption of ties with Somalia.", "Kenya support Somalia 050", .asserted),
        ("Norway welcomed the truce between Sudan and Chad.", "Norway praise Sudan 051", .asserted),
        ("Norway welcomed the truce between Sudan and Chad.", "Norway praise Chad 051", .asserted),
        ("Austria welcomed the pledge from Hungary on border checks.", "Austria praise Hungary 051", .asserted),
        ("Austria welcomed the decision by Slovakia to open the crossing.", "Austria praise Slovakia 051", .asserted),
        ("Chile's foreign minister left for Lima for two days of talks.", "Chile visit Peru 042", .asserted),
        ("The ambassador of Nepal presented his credentials to the government of India.", "Nepal meet India 040", .asserted),
        ("Egypt has always rejected foreign interference in Libya's internal affairs.", "Egypt support Libya 050", .asserted),
        ("Vietnam is keen to work with Laos on the dam.", "Vietnam support Laos 050", .hypothetical),
        ("The visit will deepen ties between Hanoi and Vientiane.", "Vietnam support Laos 050", .hypothetical),
        ("The visit will deepen ties between Hanoi and Vientiane.", "Laos support Vietnam 050", .hypothetical),
    ])
    func coded(text: String, expected: String, certainty: Certainty) {
        let found = codedRelations(text, certainty: certainty)
        #expect(found.contains(expected), "\(expected) missing from \(found) in: \(text)")
    }

    @Test("a reciprocal act by joined subjects runs both ways")
    func reciprocalBothWays() {
        let found = codedRelations("Laos and Cambodia restored full diplomatic relations after the river dispute.")
        #expect(found.contains("Laos support Cambodia 050"), "\(found)")
        #expect(found.contains("Cambodia support Laos 050"), "\(found)")
    }

    @Test("the second side after between may be a person named after a description")
    func betweenCounterpart() {
        let found = relationsInBody("Talks between Sergei Lavrov and his Turkish counterpart Hakan Fidan ended late.")
        #expect(found.contains { $0.hasPrefix("Sergei Lavrov negotiate Hakan Fidan") }, "\(found)")
    }

    @Test("restoring ties is not a meeting")
    func restoreIsNotMeet() {
        let found = codedRelations("Qatar restored diplomatic ties with Bahrain.")
        #expect(!found.contains { $0.contains(" meet ") }, "\(found)")
    }

    @Test("a comma ends the object when a clause follows it")
    func commaEndsObject() {
        let found = codedRelations("Ghana will restore order, and ties with Togo are next.", certainty: .hypothetical)
        #expect(!found.contains { $0.hasPrefix("Ghana support Togo") }, "\(found)")
    }
}
