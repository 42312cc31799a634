import EntenteExtraction
import EntenteGraph
import Testing

/// Reactions to an event named earlier in the paragraph: "Russia struck Kharkiv overnight.
/// Germany condemned the attack." relates Germany to Russia, who carried the attack out. The
/// event resolves only when exactly one perpetrator fits within the paragraph's last two
/// sentences. Each sentence was written for these tests.
@Suite("Event references")
struct EventReferenceTests {
    @Test("a reaction to a definite event noun goes to the event's perpetrator", arguments: [
        // The event has no target actor: a city is struck.
        ("Russia struck Kharkiv overnight. Germany condemned the attack.",
         [Expected(source: "Germany", kind: .condemn, target: "Russia")]),
        ("Iran fired missiles at Israel on Tuesday. France denounced the strikes.",
         [Expected(source: "France", kind: .condemn, target: "Iran")]),
        // Two sentences back, past one without actors.
        ("Azerbaijan shelled Armenia on Monday. Officials counted the damage. Canada deplored the shelling.",
         [Expected(source: "Canada", kind: .condemn, target: "Azerbaijan")]),
        // Coordinated reactors each relate to the perpetrator.
        ("Israel bombed Lebanon. France and Spain condemned the bombing.",
         [Expected(source: "France", kind: .condemn, target: "Israel"), Expected(source: "Spain", kind: .condemn, target: "Israel")]),
        // The victim may react too.
        ("Russia invaded Ukraine. Ukraine denounced the invasion.",
         [Expected(source: "Ukraine", kind: .condemn, target: "Russia")]),
        // A target named in the phrase picks the event that struck it.
        ("Russia attacked Ukraine. Belarus struck Poland. Germany condemned the attack on Ukraine.",
         [Expected(source: "Germany", kind: .condemn, target: "Russia")]),
        ("Israel struck Iran. Iraq condemned the deadly overnight strike on Iran.",
         [Expected(source: "Iraq", kind: .condemn, target: "Israel")]),
        // Other reaction verbs keep their own kind.
        ("Russia struck Ukraine. Germany warned over the attack.",
         [Expected(source: "Germany", kind: .warn, target: "Russia")]),
        ("North Korea fired a ballistic missile on Sunday. Japan protested the launch.",
         [Expected(source: "Japan", kind: .criticize, target: "North Korea")]),
        ("Wagner mutinied against Russia. Belarus condemned the mutiny.",
         [Expected(source: "Belarus", kind: .condemn, target: "Wagner Group")]),
        ("Hezbollah attacked Israel. Israel vowed to retaliate for the attack.",
         [Expected(source: "Israel", kind: .attack, target: "Hezbollah", certainty: .hypothetical)]),
        // A relative clause after the event does not stop it.
        ("Russia struck Kharkiv on Monday. Germany condemned the attack, which killed six.",
         [Expected(source: "Germany", kind: .condemn, target: "Russia")]),
        // A coordinated reaction shares the subject.
        ("Russia struck Kharkiv overnight. Germany summoned the ambassador and condemned the attack.",
         [Expected(source: "Germany", kind: .condemn, target: "Russia")]),
    ])
    func resolves(text: String, expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("inside one phrase the demonym or the 'by' agent is the perpetrator", arguments: [
        ("Poland condemned the Russian strike.", Expected(source: "Poland", kind: .condemn, target: "Russia")),
        ("France condemned the attack by Russia.", Expected(source: "France", kind: .condemn, target: "Russia")),
        // Not the country invaded.
        ("Spain criticized the Turkish incursion into Iraq.", Expected(source: "Spain", kind: .criticize, target: "Turkey")),
    ])
    func inPhrase(text: String, expected: Expected) {
        expectFound(text, [expected])
        #expect(!relationsInBody(text).contains { $0.hasPrefix("\(expected.source) \(expected.kind.rawValue)") && !$0.contains(expected.target) })
    }

    @Test("negation, modality and reported speech apply to the reaction", arguments: [
        ("Russia attacked Ukraine. Hungary did not condemn the attack.",
         Expected(source: "Hungary", kind: .condemn, target: "Russia", certainty: .negated)),
        ("Russia attacked Ukraine. Hungary may condemn the attack.",
         Expected(source: "Hungary", kind: .condemn, target: "Russia", certainty: .hypothetical)),
    ])
    func certainty(text: String, expected: Expected) {
        expectFound(text, [expected])
        #expect(relationsInBody(text).filter { $0.hasPrefix("Hungary condemn") }.count == 1)
    }

    @Test("a reported reaction keeps its speaker")
    func reported() {
        let found = relationsInBody("Russia attacked Ukraine. Officials in Kyiv said Poland condemned the attack.")
        #expect(found.contains { $0.hasPrefix("Poland condemn Russia (reported") }, "\(found)")
    }

    @Test("no single event fits: nothing resolves", arguments: [
        // Two perpetrators.
        "Russia struck Ukraine. Ukraine struck Russia. Germany condemned the attack.",
        "Russia attacked Ukraine. Belarus struck Poland. Germany condemned the attack.",
        // The reacting actor carried it out.
        "Russia struck Kharkiv. Russia condemned the attack.",
        // Another paragraph.
        "Russia struck Kharkiv.\n\nGermany condemned the attack.",
        // Too far back.
        "Russia struck Kharkiv. The city lost power. Repairs began. Crews worked overnight. Germany condemned the attack.",
        // The event is denied or only possible.
        "Russia did not attack Ukraine. Germany condemned the attack.",
        "Russia may strike Ukraine. Germany condemned the attack.",
        // The noun names another kind of event.
        "Russia struck Ukraine. Germany condemned the annexation.",
        // Fighting has no single perpetrator.
        "Armenia and Azerbaijan clashed on the border. France condemned the attack.",
        // The phrase names a target no recent event struck.
        "Israel struck Iran. Iraq condemned the strike on Syria.",
        // No event at all: the country attacked is not the one condemned.
        "Germany condemned the attack on Ukraine.",
        // Not a definite event noun.
        "Russia attacked Ukraine. Germany condemned the protests.",
    ])
    func unresolved(text: String) {
        expectNoKind(text, .condemn)
    }

    @Test("the event phrase is not read as a verb of its own")
    func eventPhraseHoldsNoVerb() {
        let found = relationsInBody("Russia attacked Ukraine. Germany condemned the deadly attack on Ukraine.")
        #expect(!found.contains { $0.hasPrefix("Germany attack") }, "\(found)")
    }
}
