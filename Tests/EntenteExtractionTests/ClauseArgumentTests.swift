import EntenteExtraction
import EntenteGraph
import Testing

/// Who the arguments are when the clause is not plain subject-verb-object: purpose infinitives,
/// object relative clauses, gerunds after "of", affirming negations. Every sentence was written
/// for these tests.
@Suite("Clause arguments")
struct ClauseArgumentTests {
    @Test("a purpose infinitive does not take the main verb's object as its subject")
    func purposeInfinitive() {
        let found = relationsInBody("Gunmen overran UN soldiers to seize control of the Congolese town of Beni.")
        #expect(!found.contains { $0.hasPrefix("United Nations occupy") }, "\(found)")
    }

    @Test("a verb of asking or causing hands its object the infinitive")
    func objectControl() {
        let found = codedRelations("Ghana pressed Togo to sanction Benin.")
        #expect(found.contains { $0.hasPrefix("Ghana demand Togo") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Togo") }, "\(found)")
    }

    @Test("the gerund after accusing a list has every accused as subject")
    func accusedList() {
        let found = relationsInBody("A UN panel accuses Burundi, Uganda of backing the ADF.")
        #expect(found.contains { $0.hasPrefix("Burundi support Allied Democratic Forces") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Uganda support Allied Democratic Forces") }, "\(found)")
    }

    @Test("an object relative clause with an empty object slot points at its antecedent", arguments: [
        ("Museveni, whom Kinshasa accuses of arming rebels, denied it.", "Democratic Republic of the Congo accuse Yoweri Museveni"),
        ("Eritrea, which the US accuses of prolonging the war, said nothing.", "United States accuse Eritrea"),
    ])
    func relativeGap(text: String, expected: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(expected) missing from \(found)")
    }

    @Test("a people-adjective on a site struck or taken names its owner, not on people or things")
    func siteOwner() {
        #expect(relationsInBody("Azerbaijan shelled Armenian positions near the border.").contains { $0.hasPrefix("Azerbaijan attack Armenia") })
        #expect(relationsInBody("The ADF captured a Ugandan border town.").contains { $0.hasPrefix("Allied Democratic Forces occupy Uganda") })
        #expect(!relationsInBody("Belarus detained a Lithuanian photographer in Minsk.").contains { $0.contains(" attack ") })
    }

    @Test("the one struck outranks the place where")
    func againstOutranksPlace() {
        let found = relationsInBody("Jordan carried out a new strike in Syria against Iran-backed militias of the IRGC.")
        #expect(!found.contains { $0.hasPrefix("Jordan attack Syria") }, "\(found)")
        let raids = relationsInBody("Turkey carried out raids in Iraq against the PKK.")
        #expect(raids.contains { $0.hasPrefix("Turkey attack Kurdistan Workers") }, "\(raids)")
        #expect(!raids.contains { $0.hasPrefix("Turkey attack Iraq") }, "\(raids)")
    }

    @Test("a beneficiary or a cause after the object is not the one acted on", arguments: [
        "Hezbollah said it was shelling army posts in support of Palestinians in Gaza.",
        "The militia attacked a convoy in retaliation for Iraqi raids.",
    ])
    func purposePhrase(text: String) {
        let found = relationsInBody(text)
        #expect(!found.contains { $0.contains(" attack Palestine") || $0.contains(" attack Iraq") }, "\(found)")
    }

    @Test("the agent of a deed that is the object is the target", arguments: [
        ("Hanoi firmly opposes the latest moves by Beijing in the sea.", "Vietnam criticize China 110"),
        ("Seoul opposes new tariffs by Tokyo.", "South Korea criticize Japan 110"),
        ("Manila lodged solemn representations with Beijing over the collision.", "Philippines criticize China 114"),
        ("Tokyo expressed strong dissatisfaction to Seoul over the visit.", "Japan criticize South Korea 110"),
    ])
    func agentOfDeed(text: String, expected: String) {
        let found = codedRelations(text)
        #expect(found.contains(expected), "\(expected) missing from \(found)")
    }

    @Test("after an adjective such as new, sanctions is a noun")
    func adjectiveMakesNoun() {
        let found = codedRelations("Hanoi opposes new sanctions by Washington.")
        #expect(!found.contains { $0.hasPrefix("Vietnam sanction") }, "\(found)")
    }

    @Test("the noun after a possessive pronoun is read", arguments: [
        ("Ethiopia continued its offensive against Eritrea.", "Ethiopia attack Eritrea"),
        ("Morocco said it would pursue its talks with Algeria.", "Morocco negotiate Algeria"),
    ])
    func possessivePronounNoun(text: String, expected: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(expected) missing from \(found)")
    }

    @Test("a possessive pronoun before an event noun is the clause's subject")
    func possessivePronounIsClauseSubject() {
        let found = relationsInBody("Rebuked by Oman, Qatar is being drawn into the talks by its restoration of ties with Bahrain.")
        #expect(found.contains { $0.hasPrefix("Qatar support Bahrain") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Oman support Bahrain") }, "\(found)")
    }

    @Test("a description set off after the first side of between ends at comma and")
    func betweenWithDescription() {
        let found = relationsInBody("Chad has suffered from fighting between the government of Niger, which is led by a junta, and Boko Haram.")
        #expect(found.contains { $0.hasPrefix("Niger fight Boko Haram") || $0.hasPrefix("Boko Haram fight Niger") }, "\(found)")
    }

    @Test("overrunning troops is an attack on their owner; overrunning a town takes ground")
    func overrun() {
        #expect(relationsInBody("The ADF overran UN peacekeepers near Beni.").contains { $0.hasPrefix("Allied Democratic Forces attack United Nations") })
        #expect(!relationsInBody("The ADF overran UN peacekeepers near Beni.").contains { $0.contains(" occupy United Nations") })
    }

    @Test("conjunctions, participles and ally descriptions around the subject", arguments: [
        ("Tensions rose after Tehran launched drone attacks on Baghdad.", "Iran attack Iraq"),
        ("Hamas confirmed the losses, firing rockets at Israeli towns in response.", "Hamas attack Israel"),
        ("Armenia and Russian ally Belarus have been exchanging sharp words and near-daily fire.", "Armenia fight Belarus"),
        ("The raids are part of ongoing cross-border exchanges between Thailand and Cambodia.", "Thailand fight Cambodia"),
    ])
    func subjectFrames(text: String, expected: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix(expected) }, "\(expected) missing from \(found)")
    }

    @Test("a conjunction before a name without a verb keeps the name out of the subject")
    func conjunctionWithoutVerb() {
        #expect(relationsInBody("After Russia, Ukraine was the largest.").isEmpty)
    }

    @Test("allegiance, headlines and ground retaken", arguments: [
        ("Gunmen loyal to Boko Haram attacked a barracks in Chad.", "Boko Haram attack Chad"),
        ("Fighters linked to al-Shabaab attacked a base in Kenya.", "Al-Shabaab attack Kenya"),
        ("Egypt Condemns Israeli Raids On Lebanon", "Egypt condemn Israel"),
        ("Ukrainian troops retook the village from Russia.", "Ukraine attack Russia"),
    ])
    func allegianceAndHeadlines(text: String, expected: String) {
        let found = summary(extract(text.hasSuffix(".") ? "Headline\n\n" + text : text + "\n\nNo more."))
        #expect(found.contains { $0.hasPrefix(expected) }, "\(expected) missing from \(found)")
    }

    @Test("no doubt and not only affirm")
    func affirmingNegation() {
        #expect(relationsInBody("There is no doubt that Belarus supplies Russia with shells.").contains { $0.hasSuffix("(asserted)") })
        #expect(relationsInBody("Belarus did not supply Russia with shells.").contains { $0.hasSuffix("(negated)") })
    }
}
