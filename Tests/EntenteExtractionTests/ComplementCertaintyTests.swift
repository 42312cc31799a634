import EntenteGraph
import Testing

/// Certainty decided by construction rather than by verb: infinitive complements, and the verb
/// that follows an event noun.
@Suite("Certainty by construction")
struct ComplementCertaintyTests {
    @Test("what one actor asks of another is no event between the one asked and a third", arguments: [
        "Ankara wants Baku to strike Yerevan.", "Paris pressed Rome to sanction Minsk.",
        "Mali called on the African Union to condemn Algeria.",
        // A reaction or a light verb asked of another is no event either.
        "Russia struck Chuhuiv. Kyiv urged Germany to condemn the attack.",
        "Paris urged Rome to impose sanctions on Minsk.",
    ])
    func askedIsNoEvent(text: String) {
        let found = relationsInBody(text)
        for kind in ["attack", "sanction", "condemn"] {
            #expect(!found.contains { $0.contains(" \(kind) ") }, "\(found)")
        }
    }

    @Test("the appeal itself stays, and a destination is not the one asked")
    func appealAndDestination() {
        #expect(relationsInBody("Paris pressed Rome to sanction Minsk.").contains { $0.hasPrefix("France ") && $0.contains("Italy") })
        expectFound("Iran sent advisers to Syria to fight the Islamic State.",
                    [Expected(source: "Iran", kind: .fight, target: "Islamic State", certainty: .hypothetical)])
    }

    @Test("an event in a 'to' infinitive has not happened", arguments: [
        ("Tokyo is preparing to sanction Pyongyang.", Expected(source: "Japan", kind: .sanction, target: "North Korea", certainty: .hypothetical)),
        ("Chile decided to expel Venezuelan diplomats.", Expected(source: "Chile", kind: .expel, target: "Venezuela", certainty: .hypothetical)),
    ])
    func infinitiveIsHypothetical(text: String, expected: Expected) {
        // The one who intends is the subject: "plans to", "is preparing to", "decided to".
        expectFound(text, [expected])
        let found = relationsInBody(text)
        #expect(!found.contains(Expected(source: expected.source, kind: expected.kind, target: expected.target).description),
                "asserted reading of an unrealised event in \(found)")
    }

    @Test("a factive verb before the infinitive says the event happened", arguments: [
        ("Ethiopian troops went on to attack Eritrea.", Expected(source: "Ethiopia", kind: .attack, target: "Eritrea")),
        ("Azerbaijan has continued to bomb Armenia.", Expected(source: "Azerbaijan", kind: .attack, target: "Armenia")),
        ("Ghana and Togo agreed in March to work together.", Expected(source: "Ghana", kind: .support, target: "Togo")),
    ])
    func factiveInfinitive(text: String, expected: Expected) {
        expectFound(text, [expected])
    }

    @Test("a negative verb before the infinitive denies the event")
    func negativeInfinitive() {
        expectFound("Brazil declined to recognise Kosovo.",
                    [Expected(source: "Brazil", kind: .support, target: "Kosovo", certainty: .negated)])
        expectFound("Mexico has refused to sanction Cuba.",
                    [Expected(source: "Mexico", kind: .sanction, target: "Cuba", certainty: .negated)])
    }

    @Test("a modal after an event noun reaches it only before a verb of occurrence")
    func modalAfterEventNoun() {
        // The modal is about the other verb: the fighting itself is stated.
        expectFound("The fighting between Armenia and Azerbaijan could draw in Iran.",
                    [Expected(source: "Armenia", kind: .fight, target: "Azerbaijan")])
        expectFound("A war between India and China might destabilise the region.",
                    [Expected(source: "India", kind: .fight, target: "China")])
        // Here it is about the talks taking place.
        expectFound("Talks between Egypt and Ethiopia may resume next week.",
                    [Expected(source: "Egypt", kind: .negotiate, target: "Ethiopia", certainty: .hypothetical)])
        expectFound("Negotiations between Sudan and Chad will not go ahead.",
                    [Expected(source: "Sudan", kind: .negotiate, target: "Chad", certainty: .negated)])
    }
}

@Suite("Acronyms in title case")
struct TitleCaseAcronymTests {
    @Test("a long acronym written in title case names its actor")
    func titleCase() {
        expectFound("Nato criticised Belarus.", [Expected(source: "NATO", kind: .criticize, target: "Belarus")])
        expectFound("Ecowas sanctioned Guinea.", [Expected(source: "Economic Community of West African States", kind: .sanction, target: "Guinea")])
    }

    @Test("a short acronym must keep its capitals")
    func shortStaysExact() {
        // "Un" is not the United Nations, nor is "Eu" the European Union.
        #expect(!relationsInBody("Un official criticised Belarus.").contains { $0.hasPrefix("United Nations") })
    }
}
