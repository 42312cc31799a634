import EntenteExtraction
import EntenteGraph
import Testing

/// Arguments that diplomatic reporting puts out of the usual place, written for these tests.
@Suite("Displaced arguments")
struct DisplacedArgumentTests {
    @Test("with no 'by', the state where a passive act of custody happened did it")
    func custodyPassives() {
        expectFound("The journalist Lena Holm was detained in Belarus on Monday.", [
            Expected(source: "Belarus", kind: .arrest, target: "Lena Holm"),
        ])
        expectFound("Three Estonian diplomats were expelled from Russia.", [Expected(source: "Russia", kind: .expel, target: "Estonia")])
        #expect(relationsInBody("Protesters were arrested in Paris.").isEmpty)
    }

    @Test("a warning is to whoever its condition names, and a demand to whoever follows 'that'")
    func conditionsAndDemands() {
        expectFound("Venezuela warned of a firm response if Guyana and Brazil hold the drills.", [
            Expected(source: "Venezuela", kind: .warn, target: "Guyana"),
            Expected(source: "Venezuela", kind: .warn, target: "Brazil"),
        ])
        expectFound("Somalia demanded that Ethiopia withdraw its troops.", [Expected(source: "Somalia", kind: .demand, target: "Ethiopia")])
        // A response promised after someone's act is promised to them, and their act stays theirs.
        expectFound("Tehran warned of retaliation after Azerbaijan expelled four Iranian diplomats.", [
            Expected(source: "Iran", kind: .threaten, target: "Azerbaijan"),
            Expected(source: "Azerbaijan", kind: .expel, target: "Iran"),
        ])
    }

    @Test("a name that begins a prediction after 'warned' is not the one warned")
    func predictionsAreNotWarnings() {
        let found = relationsInBody("Japanese officials warned North Korea may launch another missile.")
        #expect(!found.contains { $0.hasPrefix("Japan warn North Korea") }, "\(found)")
    }

    @Test("the speaker's own words, examples and quoted complements keep the target")
    func wordsAroundTheTarget() {
        expectFound("Armenia condemned what it called Azerbaijan's provocation.", [
            Expected(source: "Armenia", kind: .condemn, target: "Azerbaijan"),
        ])
        expectFound("Russia sanctioned US defence firms such as Lockheed Martin and Raytheon.", [
            Expected(source: "Russia", kind: .sanction, target: "Lockheed Martin"),
            Expected(source: "Russia", kind: .sanction, target: "Raytheon"),
        ])
        expectFound("Canada called India's actions \"unacceptable\".", [Expected(source: "Canada", kind: .criticize, target: "India")])
    }

    @Test("in 'with X doing', X does it, not the clause's subject")
    func withNameDoing() {
        let found = relationsInBody("Hungary responded at once, with Foreign Minister Peter Szijjarto condemning Ukraine's decision.")
        #expect(found.contains("Péter Szijjártó condemn Ukraine (asserted)") || found.contains("Peter Szijjarto condemn Ukraine (asserted)"), "\(found)")
        #expect(!found.contains("Hungary condemn Ukraine (asserted)"), "\(found)")
    }

    @Test("after a comma, a participle's object pronoun is the main verb's object")
    func pronounObjectsOfParticiples() {
        expectFound("Turkey warned Greece and Cyprus, accusing them of provocations.", [
            Expected(source: "Turkey", kind: .accuse, target: "Greece"),
            Expected(source: "Turkey", kind: .accuse, target: "Cyprus"),
        ])
    }

    @Test("a participle with its own object after a comma is a deed, not the sentence's frame")
    func accusingIsNoFrame() {
        expectFound("Serbia warned Kosovo, accusing Pristina of provocations.", [Expected(source: "Serbia", kind: .warn, target: "Kosovo")])
    }
}
