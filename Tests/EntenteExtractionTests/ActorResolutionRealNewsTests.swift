import EntenteExtraction
import EntenteGraph
import Testing

/// How reporting names and describes its actors: offices in apposition, offices of a leader's
/// aides, governments named after their leader, bodies given a short name in brackets, forces
/// fighting for a group, and places that only say where something is. Every sentence is written
/// for the test, with actors and words of its own.
@Suite("Actor resolution on reporting")
struct ActorResolutionRealNewsTests {
    // MARK: Offices stated beside a name

    @Test func coordinatedAppositionsGiveEachPersonItsState() {
        expectFound("The defence ministers of Kenya, Amina Odhiambo, and Uganda, Peter Okello, met in Entebbe.", [
            Expected(source: "Amina Odhiambo", kind: .memberOf, target: "Kenya"),
            Expected(source: "Peter Okello", kind: .memberOf, target: "Uganda"),
            Expected(source: "Amina Odhiambo", kind: .meet, target: "Peter Okello"),
        ])
    }

    @Test func officeOfABodyAfterTheName() {
        expectFound("Carlos Mendes, head of the FARC delegation, met Gustavo Petro.", [
            Expected(source: "Carlos Mendes", kind: .memberOf, target: "Revolutionary Armed Forces of Colombia"),
            Expected(source: "Carlos Mendes", kind: .meet, target: "Gustavo Petro"),
        ])
        expectFound("Gustavo Petro, head of the ELN, met Biden.", [
            Expected(source: "Gustavo Petro", kind: .leaderOf, target: "National Liberation Army"),
        ])
    }

    @Test func officeOfAStatesInstitutionAfterTheName() {
        // The state inside the institution's name is not a second subject.
        expectFound("Ali Shamkhani, the Secretary of Iran's Supreme National Security Council, met Wang Yi.", [
            Expected(source: "Ali Shamkhani", kind: .memberOf, target: "Iran"),
            Expected(source: "Ali Shamkhani", kind: .meet, target: "Wang Yi"),
        ])
        let found = relationsInBody("Ali Reza Karimi, the Secretary of Iran's Supreme National Security Council, met Wang Yi.")
        #expect(found.contains("Ali Reza Karimi meet Wang Yi (asserted)"), "\(found)")
        #expect(!found.contains("Iran meet Wang Yi (asserted)"), "\(found)")
    }

    @Test func pastMembershipOfANewGroupInApposition() {
        expectFound("Gustavo Petro spoke on Monday. Petro, a former member of the M-19 guerrilla group, met Biden.", [
            Expected(source: "Gustavo Petro", kind: .memberOf, target: "M-19 guerrilla group"),
            Expected(source: "Gustavo Petro", kind: .meet, target: "Joe Biden"),
        ])
    }

    @Test func institutionNamedInFullBeforeATitle() {
        expectFound("Thai Ministry of Defense spokesperson Anan Chaiyo accused Cambodia.", [
            Expected(source: "Anan Chaiyo", kind: .memberOf, target: "Thailand"),
            Expected(source: "Anan Chaiyo", kind: .accuse, target: "Cambodia"),
        ])
    }

    @Test func titlesOfRegionalBodies() {
        expectFound("SADC executive secretary Joyce Mpofu wrote to the president.", [
            Expected(source: "Joyce Mpofu", kind: .leaderOf, target: "Southern African Development Community"),
        ])
    }

    // MARK: Offices given by another actor

    @Test func aLeadersAideServesTheLeadersState() {
        expectFound("Prime Minister Abiy Ahmed's spokeswoman Meron Tesfaye criticized Eritrea.", [
            Expected(source: "Meron Tesfaye", kind: .memberOf, target: "Ethiopia"),
            Expected(source: "Meron Tesfaye", kind: .criticize, target: "Eritrea"),
        ])
    }

    @Test func theForceALeaderLeads() {
        expectFound("Haftar's Libyan National Army attacked Misrata.", [
            Expected(source: "Khalifa Haftar", kind: .leaderOf, target: "Libyan National Army"),
        ])
    }

    @Test func governmentOfficesGoToTheArticlesState() {
        expectFound("Colombia resumed talks. Chief government delegate Rosa Lema said the talks would resume.", [
            Expected(source: "Rosa Lema", kind: .memberOf, target: "Colombia"),
        ])
    }

    @Test func aGovernmentNamedAfterItsLeader() {
        expectFound("Talks stalled during the government of Juan Manuel Santos.", [
            Expected(source: "Juan Manuel Santos", kind: .leaderOf, target: "Colombia"),
        ])
    }

    @Test func aBodysLeaderNamedEarlier() {
        expectFound("Milorad Dodik spoke. Later the Republika Srpska president called on ethnic Serbs to quit.", [
            Expected(source: "Milorad Dodik", kind: .leaderOf, target: "Republika Srpska"),
            Expected(source: "Milorad Dodik", kind: .appeal, target: "Ethnic Serbs"),
        ])
    }

    @Test func aPeoplesLeaderDoesNotLeadTheState() {
        expectNoKind("Bosnian Serb leader Milorad Dodik met Putin.", .leaderOf)
    }

    // MARK: Bodies and forces

    @Test func aShortNameInBracketsNamesTheBodyLater() {
        expectFound("Libya's Government of National Accord (GNA) met Italy. GNA head, Fayez Sarraj, met Erdogan.", [
            Expected(source: "Fayez al-Sarraj", kind: .leaderOf, target: "Government of National Accord"),
        ])
    }

    @Test func forcesFightingForAGroupAreTheGroups() {
        expectFound("Libya's Government of National Accord (GNA) met Italy. Turkey supported pro-GNA forces.", [
            Expected(source: "Turkey", kind: .support, target: "Government of National Accord"),
        ])
    }

    @Test func aBodyLedByAnAllianceIsPartOfIt() {
        expectFound("Clashes erupted as troops from the NATO-led KFOR force arrived.", [
            Expected(source: "KFOR", kind: .partOf, target: "NATO"),
        ])
    }

    @Test func aStatesOwnForceAfterADescribingWord() {
        expectFound("Citing Iran's media, AP reported that the country's paramilitary Revolutionary Guard attacked Jaish al-Adl.", [
            Expected(source: "Islamic Revolutionary Guard Corps", kind: .memberOf, target: "Iran"),
        ])
    }

    @Test func theGangsAreTheGangNamedBefore() {
        expectFound("Viv Ansanm attacked Kenya. The gangs attacked Haiti.", [
            Expected(source: "Viv Ansanm", kind: .attack, target: "Haiti"),
        ])
    }

    // MARK: Names that are not actors

    @Test func aPlaceInsideAStateIsNoTarget() {
        expectNoKind("Iranian missiles hit targets in Pakistan's Sindh province.", .attack)
        expectNoKind("Iranian drones hit a camp in the mountains of Pakistan's Sindh province.", .attack)
        // After other prepositions the state is a party: withdrawing from its region.
        expectFound("Russia retreated from Ukraine's Kherson region.", [Expected(source: "Russia", kind: .withdraw, target: "Ukraine")])
    }

    @Test func anEventNamedAfterABodyIsNotTheBody() {
        let extraction = extract("Sport\n\nThe Commonwealth Games opened in Glasgow, and Canada won.")
        #expect(!extraction.actors.contains { $0.id == "COMMONWEALTH" }, "\(extraction.actors.map(\.name))")
        let body = extract("Fiji\n\nThe Commonwealth suspended Fiji.")
        #expect(body.actors.contains { $0.id == "COMMONWEALTH" }, "\(body.actors.map(\.name))")
    }

    // MARK: Descriptions

    @Test func theOfficeHoldersOfTwoStatesWithoutNames() {
        expectFound("After hours of talks, the foreign ministers of Armenia and Azerbaijan met in Tbilisi.", [
            Expected(source: "Ararat Mirzoyan", kind: .memberOf, target: "Armenia"),
            Expected(source: "Jeyhun Bayramov", kind: .memberOf, target: "Azerbaijan"),
            Expected(source: "Ararat Mirzoyan", kind: .meet, target: "Jeyhun Bayramov"),
        ])
    }

    @Test func peopleOfASeatOfPowerAreItsState() {
        expectFound("Leaders in Kyiv accused Moscow.", [Expected(source: "Ukraine", kind: .accuse, target: "Russia")])
        // A qualifier before them says whose they are.
        let found = relationsInBody("Western diplomats in Moscow praised Iran.")
        #expect(!found.contains("Russia praise Iran (asserted)"), "\(found)")
    }

    @Test func federalTroopsAreTheArticlesState() {
        expectFound("Eritrea fought Ethiopia. Ethiopia lost. Federal troops attacked the Tigray People's Liberation Front.", [
            Expected(source: "Ethiopia", kind: .attack, target: "Tigray People's Liberation Front"),
        ])
    }

    @Test func theMissionIsTheBodyDescribedAsOne() {
        expectFound("The SADC mission will last three months, the UN said. The mission aims to support Mozambique.", [
            Expected(source: "Southern African Development Community", kind: .support, target: "Mozambique", certainty: .hypothetical),
        ])
        // With no body described as a mission, "the mission" is nobody.
        expectNoKind("Kenya sent police to Haiti. The mission aims to support Haiti.", .support)
    }

    @Test func anOfficeInsideTheForceALeaderLeads() {
        expectFound("Ali Mahjoub, director of guidance in Haftar's Libyan National Army, criticized Turkey.", [
            Expected(source: "Ali Mahjoub", kind: .memberOf, target: "Libyan National Army"),
            Expected(source: "Khalifa Haftar", kind: .leaderOf, target: "Libyan National Army"),
            Expected(source: "Ali Mahjoub", kind: .criticize, target: "Turkey"),
        ])
    }

    @Test func rivalsNamedEarlierInTheSameSentence() {
        expectFound("Qatar and Bahrain restored flights after years of tensions between the Gulf rivals.", [
            Expected(source: "Qatar", kind: .criticize, target: "Bahrain"),
        ])
        // Three states before it leave "the rivals" unclear.
        let found = relationsInBody("Qatar, Oman and Bahrain restored flights after years of tensions between the Gulf rivals.")
        #expect(!found.contains { $0.contains(" criticize ") }, "\(found)")
    }

    @Test func betweenTheNationsIsThePairNamedBefore() {
        expectFound("Ghana and Togo signed a border accord. It lowers the risk of armed conflict between the nations.", [
            Expected(source: "Ghana", kind: .fight, target: "Togo", certainty: .hypothetical),
        ])
    }

    @Test func thePoliceAreTheArticlesState() {
        expectFound("Moldova deployed police in Comrat. Gagauz protesters gathered. The protesters clashed with the police.", [
            Expected(source: "Gagauz protesters", kind: .fight, target: "Moldova"),
        ])
    }

    @Test func aStatesPossessiveInsideABodysNameStillOwnsIt() {
        expectFound("Libya's Government of National Accord signed a deal with Egypt.", [
            Expected(source: "Government of National Accord", kind: .memberOf, target: "Libya"),
        ])
    }

    @Test func theOrganisationIsTheOneBodyNamedBefore() {
        expectFound("Kenya joined the African Union in 1963. The organisation criticized Sudan.", [
            Expected(source: "African Union", kind: .criticize, target: "Sudan"),
        ])
        // Two bodies before it leave "the organisation" unclear.
        expectNoKind("The African Union met the Arab League. The organisation criticized Sudan.", .criticize)
    }

    @Test func theHeadOfAGroupNamedInApposition() {
        expectFound("The head of the Wagner group, Yevgeny Prigozhin, criticized Shoigu.", [
            Expected(source: "Yevgeny Prigozhin", kind: .leaderOf, target: "Wagner Group"),
            Expected(source: "Yevgeny Prigozhin", kind: .criticize, target: "Sergei Shoigu"),
        ])
        let found = relationsInBody("The head of the Wagner group, Yevgeny Prigozhin, criticized Shoigu.")
        #expect(!found.contains("Wagner Group criticize Sergei Shoigu (asserted)"), "\(found)")
    }

    @Test func aTitledLeadersOfficeAndArmy() {
        expectFound("Israeli Prime Minister Benjamin Netanyahu's office criticized Egypt.", [
            Expected(source: "Benjamin Netanyahu", kind: .criticize, target: "Egypt"),
        ])
        expectFound("Russian President Vladimir Putin's army attacked Moldova.", [
            Expected(source: "Russia", kind: .attack, target: "Moldova"),
        ])
    }

    @Test func anOppositionOrExileLeaderDoesNotLeadTheState() {
        expectNoKind("Belarus's opposition leader Sviatlana Tsikhanouskaya criticized Lukashenko.", .leaderOf)
        expectNoKind("Malian exile leader Oumar Diallo criticized the junta.", .leaderOf)
        expectFound("Malian President Assimi Goita criticized France.", [
            Expected(source: "Assimi Goïta", kind: .leaderOf, target: "Mali"),
        ])
    }

    @Test func anUnnamedOfficialSpeaksForTheBody() {
        expectFound("A spokesman for the Kremlin warned Finland.", [Expected(source: "Russia", kind: .warn, target: "Finland")])
        expectFound("An official of the African Union criticized Sudan.", [
            Expected(source: "African Union", kind: .criticize, target: "Sudan"),
        ])
        // A name after it makes the person the actor.
        expectFound("A spokesman for the Kremlin, Dmitry Peskov, warned Finland.", [
            Expected(source: "Dmitry Peskov", kind: .warn, target: "Finland"),
        ])
    }

    @Test func theGroupsLeaderNamedInApposition() {
        expectFound("The ELN attacked a base. The group's leader, Antonio Garcia, rejected talks.", [
            Expected(source: "Antonio García", kind: .leaderOf, target: "National Liberation Army"),
        ])
    }

    @Test func aLeadersCounterpartLeadsTheOtherState() {
        expectFound("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan met.", [
            Expected(source: "Samia Suluhu Hassan", kind: .leaderOf, target: "Tanzania"),
        ])
        expectFound("Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov met.", [
            Expected(source: "Jeyhun Bayramov", kind: .memberOf, target: "Azerbaijan"),
        ])
    }

    @Test func aUserLexiconExtendsTheDescriptionLists() throws {
        var lexicon = try Lexicon.builtIn()
        try lexicon.merge(yaml: """
            cues:
              seated_organs: [envoys]
              described_heads: [taskforce]
              organs: [taskforce]
            """, source: "extra.yaml")
        let extractor = Extractor(lexicon: lexicon)
        func found(_ text: String) -> [String] {
            summary(extractor.extract(DocumentReader.plainDocument(id: "x", text: "H\n\n" + text)))
        }
        #expect(found("Envoys in Kyiv accused Moscow.").contains("Ukraine accuse Russia (asserted)"))
        let described = found("The EU taskforce arrived in Mali. The taskforce criticized Russia.")
        #expect(described.contains("European Union criticize Russia (asserted)"), "\(described)")
    }
}
