import EntenteExtraction
import EntenteGraph
import Testing

/// Constructions of conflict reporting found missing on real articles: blame laid as a
/// predicate, force met with force, one person held or struck, clashes that "broke out"
/// between parties, deeds a subject is "under", and a second clause after an object list.
/// Every sentence was written for these tests.
@Suite("Blame and force")
struct BlameAndForceTests {
    @Test("a speaker who says someone was behind or responsible for a deed accuses them")
    func blamePredicates() {
        expectFound("Damascus said Ankara was behind the bombing of the pipeline.", [
            Expected(source: "Syria", kind: .accuse, target: "Turkey"),
        ])
        expectFound("Nairobi said al-Shabaab was directly responsible for the raid.", [
            Expected(source: "Kenya", kind: .accuse, target: "Al-Shabaab"),
        ])
        expectFound("Yerevan said Azerbaijani troops were to blame for the exchange of fire.", [
            Expected(source: "Armenia", kind: .accuse, target: "Azerbaijan"),
        ])
        expectFound("The Malian army said the JNIM bore responsibility for the ambush.", [
            Expected(source: "Mali", kind: .accuse, target: "Jama'at Nusrat al-Islam wal-Muslimin"),
        ])
    }

    @Test("the narrator saying who was behind a deed, or someone denying their own part, accuses no one")
    func blameWithoutAccuser() {
        expectNoKind("Venezuela was behind the proposal for a summit.", .accuse)
        expectNoKind("Tehran denied it was behind the explosion.", .accuse)
    }

    @Test("force met with force is aimed at the one whose attack or weapon it was")
    func forceAgainstForce() {
        expectFound("Georgian units repelled a Russian assault near the border.", [
            Expected(source: "Georgia", kind: .attack, target: "Russia"),
        ])
        expectFound("Saudi air defences shot down a Houthi drone over Jizan.", [
            Expected(source: "Saudi Arabia", kind: .attack, target: "Houthis"),
        ])
    }

    @Test("one serving member of a state detained or captured names the state; one civilian does not")
    func singlePersonTarget() {
        expectFound("Venezuelan authorities detained a Colombian soldier in Caracas.", [
            Expected(source: "Venezuela", kind: .arrest, target: "Colombia"),
        ])
        expectFound("China arrested an Australian diplomat on spying charges.", [
            Expected(source: "China", kind: .arrest, target: "Australia"),
        ])
        let tourist = relationsInBody("China arrested an Australian tourist in Shanghai.")
        #expect(!tourist.contains { $0.contains("Australia") }, "\(tourist)")
    }

    @Test("clashes that broke out or raged between two sides are fighting between them")
    func clashesBetween() {
        expectFound("Clashes broke out between Tajik and Kyrgyz border guards on Thursday.", [
            Expected(source: "Tajikistan", kind: .fight, target: "Kyrgyzstan"),
        ])
        expectFound("Fighting raged between Ethiopian troops and Eritrean forces near the town.", [
            Expected(source: "Ethiopia", kind: .fight, target: "Eritrea"),
        ])
    }

    @Test("a subject under someone's sanctions, blockade or attack suffers their deed")
    func underADeed() {
        expectFound("Managua has been under Canadian sanctions since 2019.", [
            Expected(source: "Canada", kind: .sanction, target: "Nicaragua"),
        ])
        expectFound("Odesa came under heavy Russian attack overnight.", [
            Expected(source: "Russia", kind: .attack, target: "Ukraine"),
        ])
        expectNoKind("Talks took place under Qatari auspices in Doha.", .sanction)
    }

    @Test("after an object, a name with a verb of its own begins the next clause")
    func nextClauseSubject() {
        let found = relationsInBody("Ottawa sanctioned Minsk, and Canberra followed suit weeks later.")
        #expect(found.contains("Canada sanction Belarus (asserted)"), "\(found)")
        #expect(!found.contains("Canada sanction Australia (asserted)"), "\(found)")
        let other = relationsInBody("Rwanda attacked Burundi, and Uganda sent troops to the border.")
        #expect(!other.contains("Rwanda attack Uganda (asserted)"), "\(other)")
        // A list of objects still holds: "sanctioned Iran and Syria for …".
        expectFound("Tokyo sanctioned Iran and Syria for their role.", [
            Expected(source: "Japan", kind: .sanction, target: "Iran"),
            Expected(source: "Japan", kind: .sanction, target: "Syria"),
        ])
    }

    @Test("a speaker citing someone's involvement or complicity accuses them")
    func involvement() {
        expectFound("Khartoum said it had proof of Emirati involvement in the shelling.", [
            Expected(source: "Sudan", kind: .accuse, target: "United Arab Emirates"),
        ])
        expectFound("Tbilisi alleged Russian complicity in the unrest.", [
            Expected(source: "Georgia", kind: .accuse, target: "Russia"),
        ])
        expectNoKind("Rabat denied any involvement in the raid.", .accuse)
    }

    @Test("one put on or added to someone's sanctions list is sanctioned by them")
    func sanctionLists() {
        expectFound("Daniel Ortega was put on the Canadian sanctions list in 2019.", [
            Expected(source: "Canada", kind: .sanction, target: "Daniel Ortega"),
        ])
        expectFound("Lukashenko was added to Japan's blacklist.", [
            Expected(source: "Japan", kind: .sanction, target: "Alexander Lukashenko"),
        ])
        expectNoKind("Moldova is on the list of candidates.", .sanction)
    }

    @Test("a measure stated without its doer is the latest doer's of that measure")
    func measureWithoutDoer() {
        expectFound("Norway expelled a Russian diplomat on Monday. Two more Russian diplomats were expelled in June.", [
            Expected(source: "Norway", kind: .expel, target: "Russia"),
        ])
        let alone = relationsInBody("Two Russian diplomats were expelled in June.")
        #expect(alone.isEmpty, "\(alone)")
    }

    @Test("restrictive measures, a member suspended and a protest addressed to someone are conflict")
    func measurePhrases() {
        expectFound("Ottawa introduced restrictive measures against Iranian officials.", [
            Expected(source: "Canada", kind: .sanction, target: "Iran"),
        ])
        expectFound("ECOWAS suspended Guinea after the coup.", [
            Expected(source: "Economic Community of West African States", kind: .sanction, target: "Guinea"),
        ])
        expectFound("Vietnam protested to Beijing over the seizure of its fishermen.", [
            Expected(source: "Vietnam", kind: .criticize, target: "China"),
        ])
    }

    @Test("a broken truce is no truce, and the force that follows it keeps its subject")
    func brokenTruce() {
        let found = relationsInBody("Eritrean units breached the truce and shelled Ethiopian positions.")
        #expect(found.contains("Eritrea attack Ethiopia (asserted)"), "\(found)")
        #expect(!found.contains { $0.contains("negotiate") }, "\(found)")
        let opening = relationsInBody("Violating the truce once more, Azerbaijani troops targeted Armenian posts.")
        #expect(opening.contains("Azerbaijan attack Armenia (asserted)"), "\(opening)")
        #expect(!opening.contains { $0.contains("negotiate") }, "\(opening)")
    }

    @Test("a weapon's plural is a noun, not a verb run backwards")
    func weaponPlurals() {
        let found = relationsInBody("Thai troops targeted Cambodian posts with mortar bombs.")
        #expect(found.contains("Thailand attack Cambodia (asserted)"), "\(found)")
        #expect(!found.contains("Cambodia attack Thailand (asserted)"), "\(found)")
    }

    @Test("an exchange of heavy fire between two armies is fighting between them")
    func heavyFire() {
        expectFound("An exchange of heavy fire took place between Eritrean and Ethiopian soldiers.", [
            Expected(source: "Eritrea", kind: .fight, target: "Ethiopia"),
        ])
    }

    @Test("a speaker naming someone's interference accuses them")
    func interference() {
        expectFound("Beijing said Washington's interference in the region was to blame for the tension.", [
            Expected(source: "China", kind: .accuse, target: "United States"),
        ])
    }

    @Test("what one is asked to do is the asker's appeal; what one is asked to stop, one is doing")
    func askedToStop() {
        let found = relationsInBody("Norway called on Eritrea to stop arming the Fano militia.")
        #expect(found.contains("Norway appeal Eritrea (asserted)"), "\(found)")
        #expect(found.contains("Eritrea supply_arms Fano (reported)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Norway supply_arms") }, "\(found)")
        let owned = relationsInBody("Belgium urged Uganda to end its support for the ADF.")
        #expect(owned.contains { $0.hasPrefix("Uganda ") && $0.contains("Allied Democratic Forces") }, "\(owned)")
        #expect(!owned.contains { $0.hasPrefix("Belgium ") && $0.contains("Allied Democratic Forces") }, "\(owned)")
        let plain = relationsInBody("Canada urged Serbia to sign an agreement with Kosovo.")
        #expect(!plain.contains { $0.hasPrefix("Serbia ") }, "\(plain)")
    }

    @Test("help given with a deed goes to the deed's doer, not to whoever condemns it")
    func helpWithADeed() {
        let found = relationsInBody("Ghana condemned the ISWAP raids with the support of Niger.")
        #expect(!found.contains("Niger support Ghana (asserted)"), "\(found)")
        let plain = relationsInBody("Mozambique, with the help of Rwanda, retook the town.")
        #expect(plain.contains("Rwanda support Mozambique (asserted)"), "\(plain)")
    }

    @Test("charging that someone did a deed accuses them")
    func chargedThat() {
        expectFound("Djibouti charged that Eritrea had armed the rebels.", [
            Expected(source: "Djibouti", kind: .accuse, target: "Eritrea"),
        ])
    }

    @Test("one subject to a measure is under it: the speaker's, or the latest doer's")
    func subjectToMeasures() {
        expectFound("Milorad Dodik is now subject to a travel ban, according to the Dutch Foreign Office.", [
            Expected(source: "Netherlands", kind: .sanction, target: "Milorad Dodik"),
        ])
        expectFound("Canada sanctioned Nicaragua on Monday. Daniel Ortega is also subject to an asset freeze.", [
            Expected(source: "Canada", kind: .sanction, target: "Daniel Ortega"),
        ])
        let alone = relationsInBody("Daniel Ortega is subject to an asset freeze.")
        #expect(!alone.contains { $0.contains("sanction") }, "\(alone)")
    }

    @Test("strained or frosty relations between two states are a quarrel")
    func strainedRelations() {
        expectFound("Relations between Morocco and Algeria are strained.", [
            Expected(source: "Morocco", kind: .criticize, target: "Algeria"),
        ])
    }

    @Test("a participle right after a common noun describes the noun")
    func participleAfterNoun() {
        let found = relationsInBody("Peru fined three traders accused of smuggling Bolivian gold.")
        #expect(!found.contains { $0.contains("accuse") }, "\(found)")
    }

    @Test("a clause about the object's noun is not where the object is")
    func objectNounClauses() {
        let found = relationsInBody("Canada imposed sanctions on six people accused of undermining Guyana's sovereignty.")
        #expect(!found.contains { $0.contains("Guyana") }, "\(found)")
        expectFound("Thai soldiers have cordoned off the roads leading into Cambodia.", [
            Expected(source: "Thailand", kind: .blockade, target: "Cambodia"),
        ])
    }

    @Test("the doer of a 'for V-ing' reason is the one punished")
    func reasonDoer() {
        let found = relationsInBody("Japan sanctioned Iranian generals for arming the Houthis.")
        #expect(found.contains("Japan sanction Iran (asserted)"), "\(found)")
        #expect(found.contains("Iran supply_arms Houthis (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Japan supply_arms") }, "\(found)")
    }

    @Test("a complaint put to an international body is an appeal to it")
    func complaintToABody() {
        expectFound("Guyana lodged a complaint with the UN Security Council.", [
            Expected(source: "Guyana", kind: .appeal, target: "United Nations Security Council"),
        ])
        expectFound("Manila lodged a protest with Beijing over the incident.", [
            Expected(source: "Philippines", kind: .criticize, target: "China"),
        ])
    }

    @Test("a deed done at someone's request is their appeal to the doer")
    func atRequest() {
        expectFound("The border town was retaken by the Rwandan army, at Maputo's request.", [
            Expected(source: "Mozambique", kind: .appeal, target: "Rwanda"),
        ])
        expectFound("Russian troops entered Armenia at the request of Yerevan.", [
            Expected(source: "Armenia", kind: .appeal, target: "Russia"),
        ])
        expectNoKind("The minister spoke at the request of reporters.", .appeal)
    }

    @Test("one under attack from someone is attacked by them; a described name is no subject")
    func underAttackFrom() {
        expectFound("Kharkiv came under attack from Russian forces.", [
            Expected(source: "Russia", kind: .attack, target: "Ukraine"),
        ])
        let found = relationsInBody(
            "The Prime Minister of the so-called Donetsk People's Republic, Vitaly Khotsenko, is now subject to travel bans, according to the British Foreign Office.")
        #expect(found.contains("United Kingdom sanction Vitaly Khotsenko (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("United Kingdom sanction Donetsk") }, "\(found)")
    }

    @Test("sanctioning an official is not sanctioning their state; killing a commander is attacking the group")
    func officialsAndTheirGroups() {
        let sanctioned = relationsInBody("Canada sanctioned Hamas commander Yahya Sinwar.")
        #expect(!sanctioned.contains("Canada sanction Hamas (asserted)"), "\(sanctioned)")
        let killed = relationsInBody("Israel killed Hamas commander Yahya Sinwar.")
        #expect(killed.contains("Israel attack Hamas (asserted)"), "\(killed)")
    }

    @Test("a faithful supporter of someone backs them")
    func supporterOf() {
        expectFound("Faustin-Archange Touadera is a faithful supporter of Vladimir Putin.", [
            Expected(source: "Faustin-Archange Touadéra", kind: .ally, target: "Vladimir Putin"),
        ])
    }
}
