import EntenteExtraction
import EntenteGraph
import Testing

/// Mediation whose parties are named elsewhere: in the same sentence, or in the paragraph's
/// previous sentences. Every sentence was written for these tests.
@Suite("Mediation between parties named elsewhere")
struct MediationTests {
    @Test("the mediator stands between the pair just related", arguments: [
        "Sudan and Chad signed a border accord in May. Qatar had brokered that deal.",
        "Sudan and Chad held no direct talks, but Qatar was acting as the intermediary.",
        "Sudan and Chad fought for a month before a truce, mediated by Qatar, took hold.",
        "Sudan and Chad met in Doha. Qatar positioned itself as a go-between in the dispute.",
        "Sudan and Chad held talks in Doha under the auspices of Qatar.",
    ])
    func mediatorBetweenPair(text: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix("Qatar mediate Sudan") }, "\(found) in: \(text)")
        #expect(found.contains { $0.hasPrefix("Qatar mediate Chad") }, "\(found) in: \(text)")
    }

    @Test("without a pair a mediator relates no one")
    func noPair() {
        let found = relationsInBody("Qatar acted as a mediator for years.")
        #expect(!found.contains { $0.contains(" mediate ") }, "\(found)")
    }

    @Test("a mediator is never one of its own parties")
    func notOwnParty() {
        let found = relationsInBody("Qatar and Sudan met in Doha. Qatar brokered that deal.")
        #expect(!found.contains { $0.hasPrefix("Qatar mediate") }, "\(found)")
    }
}

/// A stance on an accord named without its parties is a stance towards them. Every sentence was
/// written for these tests.
@Suite("Stances on an accord met earlier")
struct AccordStanceTests {
    @Test("the accord's parties are the targets", arguments: [
        "Kenya signed a port deal with Djibouti in March. The deal has been opposed by Eritrea.",
        "Kenya and Djibouti signed a port agreement. Eritrea rejected the agreement on Friday.",
    ])
    func parties(text: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix("Eritrea") && $0.contains(" Kenya ") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Eritrea") && $0.contains(" Djibouti ") }, "\(found)")
    }

    @Test("without an accord met earlier nothing is related")
    func noAccord() {
        #expect(relationsInBody("Eritrea rejected the agreement on Friday.").isEmpty)
    }
}
