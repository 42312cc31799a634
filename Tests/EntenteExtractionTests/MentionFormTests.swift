import EntenteGraph
import Testing

/// How people and peoples are named in real reporting: forms of address, initials, other
/// transliterations, peoples acting together, and adjectives of origin.
@Suite("Mention forms")
struct MentionFormTests {
    @Test("an honorific is never a person's name")
    func honorifics() {
        let found = relationsInBody("Prime Minister, Dr. Keir Rowland criticised Belarus.")
        #expect(found.contains("Keir Rowland criticize Belarus (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Dr ") || $0.hasPrefix("Dr. ") }, "\(found)")
        expectFound("Sheikh Omar Haddad condemned Israel.",
                    [Expected(source: "Omar Haddad", kind: .condemn, target: "Israel")])
    }

    @Test("a middle initial stays inside the name")
    func initials() {
        expectFound("Senator John Q. Harlan praised Estonia.",
                    [Expected(source: "John Q. Harlan", kind: .praise, target: "Estonia")])
    }

    @Test("another transliteration of a known person is that person")
    func transliteration() {
        // The lexicon spells him Hassan Nasrallah.
        expectFound("Hezbollah leader Hasan Nasrallah warned Israel.",
                    [Expected(source: "Hassan Nasrallah", kind: .warn, target: "Israel")])
        expectFound("Hezbollah chief Hassan Nasrullah warned Israel.",
                    [Expected(source: "Hassan Nasrallah", kind: .warn, target: "Israel")])
    }

    @Test("two different people with one shared name do not merge")
    func unrelatedNamesStayApart() {
        let found = relationsInBody("Minister Hassan Rahimi criticised Iraq.")
        #expect(found.contains("Hassan Rahimi criticize Iraq (asserted)"), "\(found)")
    }

    @Test("a people acting together is an actor of its own", arguments: [
        ("Bosnian Serb nationalists denounced Croatia.", "Bosnian Serb nationalists"),
        ("Ethnic Armenian separatists attacked Azerbaijan.", "Armenian separatists"),
        ("Chechen militants attacked Russian troops.", "Chechen militants"),
        ("Tuareg rebels ambushed Malian soldiers.", "Tuareg rebels"),
    ])
    func collective(text: String, actor: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix(actor + " ") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Armenia ") || $0.hasPrefix("Serbia ") || $0.hasPrefix("Bosnia and") })
    }

    @Test("a collective of fighters is an armed group")
    func armedCollective() {
        let extraction = extract("Headline\n\nSomali insurgents ambushed Kenyan troops.")
        #expect(extraction.actors.first { $0.name == "Somali insurgents" }?.kind == .armedGroup, "\(summary(extraction))")
    }

    @Test("a name inside an unknown adjective of origin is no actor")
    func adjectiveOfOrigin() {
        let found = relationsInBody("West African leaders warned Guinea's junta.")
        #expect(!found.contains { $0.hasPrefix("the West") }, "\(found)")
        let ethnic = relationsInBody("Ethnic Hungarians protested against Slovakia.")
        #expect(!ethnic.contains { $0.hasPrefix("Hungary ") }, "\(ethnic)")
    }

    @Test("a definite title with no name is the person in focus")
    func titleAnaphor() {
        expectFound("Lavrov landed in Cairo on Monday. The minister praised Egypt.",
                    [Expected(source: "Sergei Lavrov", kind: .praise, target: "Egypt")])
        // A title the person does not hold does not reach them.
        let found = relationsInBody("Lavrov landed in Cairo on Monday. The president praised Egypt.")
        #expect(!found.contains { $0.hasPrefix("Sergei Lavrov praise") }, "\(found)")
    }

    @Test("a title with its state after 'of' and the name in apposition")
    func titleOfState() {
        expectFound("The foreign minister of Peru, Elena Quispe, criticised Bolivia.",
                    [Expected(source: "Elena Quispe", kind: .memberOf, target: "Peru"),
                     Expected(source: "Elena Quispe", kind: .criticize, target: "Bolivia")])
        expectFound("The Minister of Foreign Affairs of Ghana, Kofi Mensah, praised Togo.",
                    [Expected(source: "Kofi Mensah", kind: .memberOf, target: "Ghana")])
    }

    @Test("a dateline names a place, not an actor", arguments: [
        "HAVANA: Officials condemned Peru.", "HAVANA, May 4 (Reuters) - Officials condemned Peru.", "Havana: officials condemned Peru.",
    ])
    func dateline(text: String) {
        let found = relationsInBody(text)
        #expect(!found.contains { $0.hasPrefix("Cuba ") }, "\(found)")
    }

    @Test("a portfolio or rank may stand before the title", arguments: [
        ("Kenyan Trade Minister Amina Odhiambo criticised Uganda.", "Amina Odhiambo", "Kenya"),
        ("Omar Saleh, the Jordanian Foreign Affairs minister, praised Iraq.", "Omar Saleh", "Jordan"),
        ("Nigeria's army spokesman Colonel Bala Musa accused Niger.", "Bala Musa", "Nigeria"),
        ("Ruth Kamau, Kenya's senior-most diplomat, met Somali officials.", "Ruth Kamau", "Kenya"),
    ])
    func qualifiedTitles(text: String, person: String, state: String) {
        expectFound(text, [Expected(source: person, kind: .memberOf, target: state)])
    }

    @Test("a name with a joined Arabic article keeps it")
    func arabicArticle() {
        expectFound("Foreign Minister Faisal bin Khalid al-Mutairi criticised Iran.",
                    [Expected(source: "Faisal bin Khalid al-Mutairi", kind: .criticize, target: "Iran")])
    }

    @Test("a new group after a state's possessive is its own actor")
    func groupAfterPossessive() {
        let found = relationsInBody("Mali's Azawad party accused Algeria of arming its rivals.")
        #expect(found.contains("Azawad party accuse Algeria (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Mali accuse") }, "\(found)")
    }
}

@Suite("Argument boundaries")
struct ArgumentBoundaryTests {
    @Test("a verb joined by 'and' ends the previous verb's object")
    func coordinatedVerbEndsObject() {
        let found = relationsInBody("Ghana declined to host the summit and invited French troops instead.")
        #expect(found.contains("Ghana host France (asserted)"), "\(found)")
        #expect(!found.contains("Ghana host France (negated)"), "\(found)")
    }

    @Test("an indefinite event with its agent named is reacted to")
    func indefiniteEventWithAgent() {
        expectFound("Kuwait condemned an attack by Iraqi soldiers near the border.",
                    [Expected(source: "Kuwait", kind: .condemn, target: "Iraq")])
        expectFound("Norway condemned airstrikes by Russian jets in Syria.",
                    [Expected(source: "Norway", kind: .condemn, target: "Russia")])
        // Without an agent an indefinite attack is no one's.
        let found = relationsInBody("Norway condemned an attack on a school in Syria.")
        #expect(!found.contains { $0.hasPrefix("Norway condemn Syria") }, "\(found)")
    }

    @Test("a purpose infinitive is not the verb's object")
    func purposeInfinitive() {
        let found = relationsInBody("EU ministers gathered at the Luxembourg conference centre and met there to discuss Iran.")
        #expect(!found.contains { $0.contains("meet Iran") }, "\(found)")
        // An event noun's own infinitive still names the parties: the deal is to end the war.
        expectFound("Oman brokered a deal to end the Houthi blockade.",
                    [Expected(source: "Oman", kind: .mediate, target: "Houthis")])
    }

    @Test("a list before the target's preposition is the object")
    func listBeforePreposition() {
        expectFound("Poland attributes sabotage, cyberattacks and arson to Russia.",
                    [Expected(source: "Poland", kind: .accuse, target: "Russia")])
    }

    @Test("a possessor only owns the target")
    func possessorOwnsTarget() {
        expectFound("Wang Yi met his Brazilian counterpart in Beijing.",
                    [Expected(source: "Wang Yi", kind: .meet, target: "Brazil")])
        let found = relationsInBody("Sweden's premier praised her Finnish counterpart.")
        #expect(found.contains { $0.hasSuffix("praise Finland (asserted)") }, "\(found)")
    }

    @Test("a contraction does not hide a pronoun")
    func contraction() {
        let found = relationsInBody("Foreign Minister Abbas Araghchi spoke in Oslo. \"We've long backed Syria,\" he said.")
        #expect(found.contains("Iran support Syria (reported)"), "\(found)")
    }

    @Test("the first person in a quotation is the speaker's side")
    func quotedFirstPerson() {
        // A person speaks for the state they belong to; a state or group for itself.
        let person = relationsInBody("\"We have always supported Georgia,\" Russian Foreign Minister Sergei Lavrov said.")
        #expect(person.contains("Russia support Georgia (reported)"), "\(person)")
        let state = relationsInBody("\"Our forces will defend Bahrain,\" the Saudi defence ministry said.")
        #expect(state.contains("Saudi Arabia defend Bahrain (hypothetical)"), "\(state)")
        // Outside a quotation "we" is nobody in particular.
        let plain = relationsInBody("We supported Georgia, Lavrov said.")
        #expect(!plain.contains { $0.hasPrefix("Russia support") }, "\(plain)")
    }

    @Test("an event noun stated with a passive verb relates the sides after 'between'")
    func passiveBetween() {
        expectFound("A truce was brokered between Armenia and Azerbaijan.",
                    [Expected(source: "Armenia", kind: .negotiate, target: "Azerbaijan")])
        expectFound("An agreement has been signed between Peru and Chile.",
                    [Expected(source: "Peru", kind: .ally, target: "Chile")])
    }
}
