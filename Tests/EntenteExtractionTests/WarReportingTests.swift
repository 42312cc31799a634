import EntenteExtraction
import EntenteGraph
import Testing

/// How war reporting names who used force on whom: attacks as subjects, victims of a passive
/// use of force, places struck, threats of force, hearsay. Every sentence was written for
/// these tests, with other actors and words than the articles that showed the constructions.
@Suite("War reporting")
struct WarReportingTests {
    /// Attacks as subjects, weapons sent by someone, and the victims of a passive use of force
    /// or who died "in" an attack: each names who attacked.
    @Test("an attack is read off the phrase that names it", arguments: [
        "Eritrean artillery killed three Ethiopian farmers near the border.",
        "Azerbaijani shelling wounded two Armenian villagers on Tuesday.",
        "A Turkish drone strike killed four PKK militants in the mountains.",
        "Raids by al-Shabaab on Kenyan police posts killed six officers.",
        "Rockets fired by Hezbollah hit an Israeli base.",
        "Drones launched by the Houthis struck a Saudi refinery.",
        "Seven Malian soldiers were killed in a JNIM ambush on Sunday.",
        "Two Lebanese soldiers died in an Israeli drone strike, the army said.",
        "Dozens of Sudanese civilians have been killed in RSF attacks this month.",
    ])
    func attackPhrases(text: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.contains(" attack ") }, "\(found) in: \(text)")
    }

    @Test("the doer of an attack phrase is read off its adjective, owner or 'by' phrase")
    func doerOfAttackPhrase() {
        expectFound("Azerbaijani shelling wounded two Armenian villagers on Tuesday.", [
            Expected(source: "Azerbaijan", kind: .attack, target: "Armenia"),
        ])
        expectFound("Raids by al-Shabaab on Kenyan police posts killed six officers.", [
            Expected(source: "Al-Shabaab", kind: .attack, target: "Kenya"),
        ])
    }

    @Test("a count of a people named as the ones killed stands for their state")
    func countOfPeople() {
        expectFound("Myanmar troops killed 12 Bangladeshis near the frontier.", [
            Expected(source: "Myanmar", kind: .attack, target: "Bangladesh"),
        ])
        expectFound("Hundreds of Eritrean troops crossed into Ethiopia.", [
            Expected(source: "Eritrea", kind: .invade, target: "Ethiopia"),
        ])
    }

    @Test("a city or region struck stands for its state; elsewhere it is only a venue")
    func placesStruck() {
        expectFound("Ukrainian drones struck a refinery in Volgograd overnight.", [
            Expected(source: "Ukraine", kind: .attack, target: "Russia"),
        ])
        expectFound("The RSF shelled Omdurman for a third day.", [
            Expected(source: "Rapid Support Forces", kind: .attack, target: "Sudan"),
        ])
        let venue = relationsInBody("Erdogan met Guterres in Odesa on Friday.")
        #expect(!venue.contains { $0.contains("Ukraine") }, "\(venue)")
    }

    @Test("a place of one of those who strike together is not what they strike")
    func ownPlace() {
        let found = relationsInBody("Russian and Syrian jets bombed Idlib on Monday.")
        #expect(!found.contains { $0.contains(" attack Syria") }, "\(found)")
        expectFound("Russian and Syrian jets bombed HTS positions on Monday.", [
            Expected(source: "Russia", kind: .attack, target: "Hayat Tahrir al-Sham"),
            Expected(source: "Syria", kind: .attack, target: "Hayat Tahrir al-Sham"),
        ])
    }

    @Test("force promised by a vow or a warning is a threat made now", arguments: [
        "Tehran vowed to crush the Jaish al-Adl militants.",
        "Ankara warned that its army would strike the PKK.",
        "Erdogan pledged to eliminate the PKK.",
    ])
    func threatOfForce(text: String) {
        let extraction = extract("Headline\n\n" + text)
        let threats = extraction.relations.filter { $0.kind == .threaten && $0.certainty == .asserted }
        #expect(threats.contains { $0.eventCode == "138" }, "\(summary(extraction)) in: \(text)")
        #expect(extraction.relations.contains { $0.kind.polarity == .conflict && $0.certainty == .hypothetical },
                "\(summary(extraction)) in: \(text)")
    }

    @Test("a wish to attack with nothing promised is no threat")
    func noVowNoThreat() {
        let found = relationsInBody("Analysts asked whether Tehran could strike the PKK.")
        #expect(!found.contains { $0.contains(" threaten ") }, "\(found)")
    }

    @Test("hearsay adverbs make a claim reported, not hypothetical")
    func hearsay() {
        expectFound("An M23 assault was reportedly repelled by Congolese troops.", [
            Expected(source: "Democratic Republic of the Congo", kind: .attack, target: "March 23 Movement", certainty: .reported),
        ])
    }

    @Test("the one who claims an attack carried it out")
    func claimedAttack() {
        expectFound("ISWAP claimed an ambush that killed nine Nigerian soldiers.", [
            Expected(source: "Islamic State West Africa Province", kind: .attack, target: "Nigeria"),
        ])
    }

    @Test("'its forces' after a report is the speaker's, and the verb's object is not what 'its' owns")
    func ownForces() {
        expectFound("Azerbaijan said its forces had shelled Armenian positions.", [
            Expected(source: "Azerbaijan", kind: .attack, target: "Armenia", certainty: .reported),
        ])
    }

    @Test("the name right after a reporting verb begins the claim and is not its speaker")
    func speakerIsNotTheSubject() {
        let extraction = extract("Headline\n\nDiplomats said Eritrea had shelled Ethiopia.")
        let relation = extraction.relations.first { $0.kind == .attack }
        #expect(relation?.certainty == .reported)
        #expect(relation?.speaker == nil, "\(summary(extraction))")
    }

    @Test("people-adjectives joined by 'and' share the noun after them")
    func sharedNoun() {
        expectFound("ISWAP fighters attacked both Nigerian and Chadian troops.", [
            Expected(source: "Islamic State West Africa Province", kind: .attack, target: "Nigeria"),
            Expected(source: "Islamic State West Africa Province", kind: .attack, target: "Chad"),
        ])
    }

    @Test("force used on a person the sentence places in a group is force used on the group")
    func personInGroup() {
        expectFound("Senior Hezbollah commander Ali Karaki was killed by Israel on Monday.", [
            Expected(source: "Israel", kind: .attack, target: "Hezbollah"),
        ])
    }

    @Test("a person's backing for their own state relates no actors")
    func ownStateSupport() {
        let found = relationsInBody("Ruto pledged to defend Kenya against any aggression.")
        #expect(!found.contains { $0.hasPrefix("William Ruto") && $0.contains(" Kenya ") && !$0.contains("leader_of") }, "\(found)")
    }

    @Test("after an object that names no one, a companion is not the one acted on")
    func companionNotTarget() {
        let found = relationsInBody("Khartoum vowed to eliminate the militia threat with the help of allies, including Egypt.")
        #expect(!found.contains { $0.contains(" Egypt") && $0.contains(" attack ") }, "\(found)")
    }

    @Test("'pushed back' is force, and its particle is not 'back' as support")
    func particleNotReread() {
        let found = relationsInBody("Congolese troops pushed back M23 fighters near Goma.")
        #expect(found.contains { $0.contains(" attack March 23 Movement") }, "\(found)")
        #expect(!found.contains { $0.contains(" support ") }, "\(found)")
    }

    @Test("force on no one named goes to whom the doer has just been fighting")
    func latestOpponent() {
        expectFound("Chad and Boko Haram clashed near the lake on Friday. On Saturday Chad launched airstrikes in the area.", [
            Expected(source: "Chad", kind: .attack, target: "Boko Haram"),
        ])
        expectFound("Ethiopia and Eritrea traded fire at dawn. Ethiopia's offensive has since displaced thousands.", [
            Expected(source: "Ethiopia", kind: .attack, target: "Eritrea"),
        ])
        // With no opponent in the last sentences, nothing is related.
        let alone = relationsInBody("Chad launched airstrikes in the area on Saturday.")
        #expect(!alone.contains { $0.contains(" attack ") }, "\(alone)")
        // A reading that names the target wins: taken from someone is taken from them.
        expectFound("Ukrainian troops retook the village from Russia.", [Expected(source: "Ukraine", kind: .attack, target: "Russia")])
    }

    @Test("the sea off a state's coast is not the state")
    func offTheCoast() {
        let found = relationsInBody("Houthi fighters fired a missile at a tanker off the coast of Eritrea.")
        #expect(!found.contains { $0.contains(" attack Eritrea") }, "\(found)")
    }

    @Test("a name put before 'ally' and another name makes them allies", arguments: [
        "Iranian ally Syria hosted the drills.",
        "Iran's close ally Syria hosted the drills.",
        "Iran ally Syria hosted the drills.",
    ])
    func prenominalAlly(text: String) {
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix("Syria ally Iran") }, "\(found) in: \(text)")
    }

    @Test("those named after 'with help from' or 'with the backing of' help the clause's subject", arguments: [
        "Malian troops, with backing from Russia and Turkey, recaptured Kidal.",
        "With help from Russia and Turkey, Mali recaptured Kidal.",
        "Mali recaptured Kidal with the assistance of Russia and Turkey.",
    ])
    func helpFrom(text: String) {
        expectFound(text, [
            Expected(source: "Russia", kind: .support, target: "Mali"),
            Expected(source: "Turkey", kind: .support, target: "Mali"),
        ])
        #expect(!relationsInBody(text).contains { $0.hasPrefix("Mali support") }, "\(relationsInBody(text))")
    }

    @Test("'with X's mediation' makes X the mediator, not a party to the meeting")
    func withMediation() {
        let found = relationsInBody("Sudan and Chad met in Doha with Qatar's mediation.")
        #expect(found.contains { $0.hasPrefix("Qatar mediate Sudan") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Qatar mediate Chad") }, "\(found)")
        #expect(!found.contains { $0.contains(" meet Qatar") }, "\(found)")
    }

    @Test("a participle after a common noun describes the noun: its subjects do nothing together")
    func reducedRelative() {
        let found = relationsInBody("Chad and Niger fight insurgencies linked to Boko Haram.")
        #expect(!found.contains { $0.contains("Chad ally Niger") || $0.contains("Niger ally Chad") }, "\(found)")
    }

    @Test("an infinitive saying what a thing is for has that thing, no actor, as subject")
    func purposeOfThing() {
        let found = relationsInBody("Israel struck a warehouse used to supply Hezbollah's fighters.")
        #expect(!found.contains { $0.contains(" supply_arms ") || $0.contains(" aid ") }, "\(found)")
    }

    @Test("what was taken or struck belonged to whoever held or used it")
    func holder() {
        expectFound("Malian troops recaptured three villages held for a year by JNIM.", [
            Expected(source: "Mali", kind: .occupy, target: "Jama'at Nusrat al-Islam wal-Muslimin"),
        ])
        expectFound("Israel struck depots used by Hezbollah.", [Expected(source: "Israel", kind: .attack, target: "Hezbollah")])
    }

    @Test("a description set off before a reporting verb is passed over to find the speaker")
    func speakerPastDescription() {
        let extraction = extract("Headline\n\nThe ADF, backed by the Islamic State, said it had attacked Ugandan troops.")
        let attack = extraction.relations.first { $0.kind == .attack }
        #expect(attack?.speaker == "ADF" || attack?.speaker == attack?.source, "\(summary(extraction))")
        #expect(extraction.relations.contains { $0.kind == .support }, "\(summary(extraction))")
    }

    @Test("a preposition ends a verb's object: a later noun is not its object")
    func objectEndsAtPreposition() {
        let found = relationsInBody("The Houthis launched the drone in retaliation for American strikes on Sanaa.")
        #expect(!found.contains { $0.hasPrefix("Houthis attack Yemen") }, "\(found)")
        expectFound("Russia launched a barrage of missiles at Odesa.", [Expected(source: "Russia", kind: .attack, target: "Ukraine")])
    }

    @Test("taken from someone, and attacked by troops from a group")
    func takenFromAndTroopsFrom() {
        expectFound("The Arakan Army seized two outposts from Myanmar.", [
            Expected(source: "Arakan Army", kind: .attack, target: "Myanmar"),
        ])
        expectFound("Malian soldiers were ambushed by fighters from JNIM near Gao.", [
            Expected(source: "Jama'at Nusrat al-Islam wal-Muslimin", kind: .attack, target: "Mali"),
        ])
    }

    @Test("a strike in a state aimed at armed men or at another's assets is not on that state")
    func aimedStrikes() {
        let rebels = relationsInBody("Turkey launched air strikes in Iraq, targeting militant hideouts.")
        #expect(!rebels.contains { $0.contains(" attack Iraq") }, "\(rebels)")
        expectFound("Israel carried out strikes in Syria, targeting Iran's supply lines.", [
            Expected(source: "Israel", kind: .attack, target: "Iran"),
        ])
        expectFound("Israel carried out air strikes in Syria on Monday.", [Expected(source: "Israel", kind: .attack, target: "Syria")])
    }
}

