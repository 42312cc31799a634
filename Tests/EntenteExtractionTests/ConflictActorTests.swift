import EntenteExtraction
import EntenteGraph
import Testing

/// How conflict reporting names the sides: abbreviated ranks, a junta's or regime's organs with
/// no state beside them, bodies and fighters the lexicon does not know, a group's offshoots, and
/// descriptions that later pronouns refer to. Every sentence is written for the test, with
/// actors and words of its own.
@Suite("Actors in conflict reporting")
struct ConflictActorTests {
    @Test func abbreviatedRanksAreTitlesNotNames() {
        let text = "Ghana's Chief of Staff Col. Gen. Kwame Asante met his Togolese counterpart Lt. Col. Koffi Amegah in Lomé."
        expectFound(text, [
            Expected(source: "Kwame Asante", kind: .memberOf, target: "Ghana"),
            Expected(source: "Koffi Amegah", kind: .memberOf, target: "Togo"),
            Expected(source: "Kwame Asante", kind: .meet, target: "Koffi Amegah"),
        ])
        // "Col." is never Colombia's code.
        let actors = extract("Headline\n\n" + text).actors.map(\.name)
        #expect(!actors.contains("Colombia"), "\(actors)")
    }

    @Test func juntaAndRegimeOrgansAreTheStatesTheArticleIsAbout() {
        expectFound("Sudan's junta declared a curfew. The SPLM-N ambushed junta troops near Kadugli.", [
            Expected(source: "Sudan People's Liberation Movement-North", kind: .attack, target: "Sudan"),
        ])
        expectFound("Mali's rulers extended the transition. Regime forces shelled JNIM positions near Gao.", [
            Expected(source: "Mali", kind: .attack, target: "Jama'at Nusrat al-Islam wal-Muslimin"),
        ])
    }

    @Test func aBodyNamedAfterTheArticleIsAnActorOfItsOwn() {
        expectFound("The Kassala Resistance Committees accused the RSF of looting homes.", [
            Expected(source: "Kassala Resistance Committees", kind: .accuse, target: "Rapid Support Forces"),
        ])
        // As the place of an act, the body is a venue: no relation starts or ends there.
        let found = relationsInBody("China and Russia objected in the Security Council, diplomats said.")
        #expect(!found.contains { $0.hasPrefix("Security Council") }, "\(found)")
    }

    @Test func aDescriptionBeforeAKnownNameIsNoNewGroup() {
        let extraction = extract("Headline\n\nThe Islamist militant group Hayat Tahrir al-Sham attacked Syrian troops.")
        #expect(!extraction.actors.contains { $0.name.lowercased().contains("militant group") }, "\(extraction.actors.map(\.name))")
        #expect(summary(extraction).contains("Hayat Tahrir al-Sham attack Syria (asserted)"), "\(summary(extraction))")
    }

    @Test func fightersDescribedByTheGroupTheyServeActAsThatGroup() {
        expectFound("Fighters belonging to the Lord's Resistance Army ambushed Ugandan soldiers.", [
            Expected(source: "Lord's Resistance Army", kind: .attack, target: "Uganda"),
        ])
        expectFound("Rebels led by the M23 attacked Congolese troops.", [
            Expected(source: "March 23 Movement", kind: .attack, target: "Democratic Republic of the Congo"),
        ])
        expectFound("Gunmen loyal to the Islamic State attacked Nigerian soldiers.", [
            Expected(source: "Islamic State", kind: .attack, target: "Nigeria"),
        ])
    }

    @Test func aGroupsOffshootIsPartOfIt() {
        expectFound("Islamic State affiliate ISWAP attacked Nigerian troops.", [
            Expected(source: "Islamic State West Africa Province", kind: .partOf, target: "Islamic State"),
            Expected(source: "Islamic State West Africa Province", kind: .attack, target: "Nigeria"),
        ])
        expectFound("The al-Qaeda-linked al-Shabaab attacked Kenyan troops.", [
            Expected(source: "Al-Qaeda", kind: .ally, target: "Al-Shabaab"),
        ])
    }

    @Test func aDescribedGroupIsWhatALaterTheyMeans() {
        let text = "Islamic State fighters attacked a base in Mozambique on Monday. "
            + "Earlier, the militants claimed an ambush near Mueda, where they killed three Rwandan soldiers."
        let found = relationsInBody(text)
        #expect(found.contains { $0.hasPrefix("Islamic State attack Rwanda") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("Mozambique attack Rwanda") }, "\(found)")
    }

    @Test func aGroupDescribedByItsOriginIsTheGroupFromThere() {
        // Two groups named before; the demonym says which one "the militant group" is.
        expectFound("Egypt and Hamas ally Hezbollah have exchanged fire since the Palestinian militant group attacked Israel in October.", [
            Expected(source: "Hamas", kind: .attack, target: "Israel"),
        ])
    }

    @Test func aCombatantCommandIsItsStates() {
        expectFound("No soldiers were hurt, an AFRICOM spokesman, Dana Whitfield, told reporters.", [
            Expected(source: "Dana Whitfield", kind: .memberOf, target: "United States"),
        ])
    }

    @Test func aWireSpellingOfAGroupsNameIsTheGroup() {
        expectFound("Al Qaeda affiliate Jama'a Nusrat ul-Islam wa al-Muslimin claimed the raid.", [
            Expected(source: "Jama'at Nusrat al-Islam wal-Muslimin", kind: .partOf, target: "Al-Qaeda"),
        ])
    }

    @Test func aSideOfTheBorderIsAPlace() {
        let found = relationsInBody("Turkey shelled the Syrian side of the border.")
        #expect(!found.contains { $0.hasPrefix("Turkey attack Syria") }, "\(found)")
        // Air defences are the state's own organ.
        expectFound("Ugandan air defences shot down ADF drones.", [
            Expected(source: "Uganda", kind: .attack, target: "Allied Democratic Forces"),
        ])
    }

    @Test func bothSidesInALaterParagraphAreTheSidesOfTheConflict() {
        let text = "Eritrean troops shelled Ethiopian positions near Zalambessa on Monday.\n\n"
            + "Diplomats said the agreement between the sides had collapsed. Both sides blamed each other."
        let found = relationsInBody(text)
        #expect(found.contains("Eritrea accuse Ethiopia (asserted)"), "\(found)")
        #expect(found.contains("Ethiopia accuse Eritrea (asserted)"), "\(found)")
    }

    @Test func theSidesTheSentenceNamesComeBeforeABackerNamedOnce() {
        let text = "The Iran-backed Houthis fired a missile at a Greek tanker.\n\n"
            + "The United States struck the Houthis on Friday.\n\n"
            + "On Sunday, the United States downed a drone launched by Houthi fighters, in one of the first clashes between the two sides."
        let found = relationsInBody(text)
        #expect(!found.contains { $0.hasPrefix("Iran fight") || $0.hasPrefix("Houthis fight Iran") }, "\(found)")
    }

    @Test func aPartnerNamedBeforeAnAllyStaysNamedForALaterDescription() {
        // "Hamas ally Hezbollah" names Hamas too, so "the Palestinian militant group" can mean it.
        expectFound("Egypt and Hamas ally Hezbollah have exchanged fire since the Palestinian militant group attacked Israel.", [
            Expected(source: "Hamas", kind: .attack, target: "Israel"),
        ])
        let found = relationsInBody("Hamas ally Hezbollah fired rockets at Israel.")
        #expect(found.contains("Hezbollah attack Israel (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Hamas attack") }, "\(found)")
    }
}
