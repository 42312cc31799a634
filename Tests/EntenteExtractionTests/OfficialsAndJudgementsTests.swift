import EntenteExtraction
import EntenteGraph
import Testing

/// Who acts in reports of sanctions, accusations, raids and fighting (officials named by their
/// office, bodies named after people, peoples named by a state's name), and the phrases that
/// judge another's words ("described the claims as baseless"). Sentences are written for the
/// test, with other actors and words than the articles that showed the gaps.
@Suite("Officials, bodies and judgements")
struct OfficialsAndJudgementsTests {
    private func actorNames(_ text: String) -> [String] {
        extract("Headline\n\n" + text).actors.map(\.name)
    }

    @Test func anOfficeTheArticleFilledIsNotTodaysHolder() {
        let text = "Pakistan's Foreign Minister Tariq Hamid accused India of spying. "
            + "Later, Pakistan's foreign minister said India had refused to talk."
        let extraction = extract("Headline\n\n" + text)
        let people = extraction.actors.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Tariq Hamid"], "\(summary(extraction))")
    }

    @Test func aTemporaryHolderHoldsTheOffice() {
        expectFound("Kenya's acting Interior Minister Joseph Wako criticised Uganda.", [
            Expected(source: "Joseph Wako", kind: .memberOf, target: "Kenya"),
        ])
        expectFound("Chile's interim Defence Minister Rosa Olmedo criticised Peru.", [
            Expected(source: "Rosa Olmedo", kind: .memberOf, target: "Chile"),
        ])
    }

    @Test func aQualifiedOfficeBeforeAnUnlistedTitle() {
        expectFound("\"These claims are false,\" Kenya's acting Information Minister Joseph Wako told reporters.", [
            Expected(source: "Joseph Wako", kind: .memberOf, target: "Kenya"),
        ])
    }

    @Test func anOfficeThatIsNoLeadershipMakesAMemberOfTheKnownPersonsState() {
        expectFound("Home Secretary Theresa May criticised France.", [
            Expected(source: "Theresa May", kind: .memberOf, target: "United Kingdom"),
        ])
    }

    @Test func aGroupLoyalToAPersonIsLedByHim() {
        expectFound("The Wagner Group loyal to Yevgeny Prigozhin attacked Malian troops.", [
            Expected(source: "Yevgeny Prigozhin", kind: .leaderOf, target: "Wagner Group"),
            Expected(source: "Wagner Group", kind: .attack, target: "Mali"),
        ])
    }

    @Test func aDescriptionWithANameInAppositionIsThatName() {
        expectFound("Kenya's ongoing peace process with the main rebel group, the Sudan People's Liberation Army (SPLA), has stalled.", [
            Expected(source: "Kenya", kind: .negotiate, target: "Sudan People's Liberation Movement"),
        ])
        expectFound("Chad attacked the group, the Sudan Liberation Army, on Monday.", [
            Expected(source: "Chad", kind: .attack, target: "Sudan Liberation Movement"),
        ])
    }

    @Test func aShortNameInBracketsLeavesTheSubjectToItsVerb() {
        expectFound("The Sudan Liberation Army (SLA) attacked Chadian troops.", [
            Expected(source: "Sudan Liberation Movement", kind: .attack, target: "Chad"),
        ])
        expectFound("The Sudan Liberation Army (SLA) loyal to Minni Minawi attacked Chadian troops.", [
            Expected(source: "Minni Minawi", kind: .leaderOf, target: "Sudan Liberation Movement"),
            Expected(source: "Sudan Liberation Movement", kind: .attack, target: "Chad"),
        ])
    }

    @Test func holdersOfAnEthnicGroupsOfficesAreNoState() {
        let found = relationsInBody("Ethnic Albanian mayors clashed with Serbian police.")
        #expect(!found.contains { $0.hasPrefix("Albania ") || $0.contains(" Albania (") }, "\(found)")
    }

    @Test func theOfficesThatSanctionAndChargeAreTheirStates() {
        expectFound("The Treasury Department sanctioned former Honduran police chief Ruben Dario Castillo.", [
            Expected(source: "United States", kind: .sanction, target: "Ruben Dario Castillo"),
        ])
        expectFound("The Office of Foreign Assets Control (OFAC) sanctioned Ana Vidal, a former Bolivian police chief.", [
            Expected(source: "United States", kind: .sanction, target: "Ana Vidal"),
        ])
        let frozen = relationsInBody("HM Treasury froze the assets of Russian businessman Oleg Tinkov.")
        #expect(frozen.contains { $0.hasPrefix("United Kingdom ") && $0.hasSuffix(" Oleg Tinkov (asserted)") }, "\(frozen)")
    }

    @Test func anUnnamedHolderOfACommonOfficeActsForTheState() {
        let found = relationsInBody("Somalia detained a Kenyan diplomat.")
        #expect(found.contains { $0.hasPrefix("Somalia ") && $0.hasSuffix(" Kenya (asserted)") }, "\(found)")
        // A name after the title is the person, not the state.
        let named = relationsInBody("Somalia detained Kenyan diplomat Peter Otieno.")
        #expect(named.contains { $0.hasPrefix("Somalia ") && $0.hasSuffix(" Peter Otieno (asserted)") }, "\(named)")
    }

    @Test func aCompanyIsNamedByItsLegalForm() {
        expectFound("The United States designated Volga Shipping JSC, Andes Mining S.A. and Kenya Petroleum Holdings.", [
            Expected(source: "United States", kind: .sanction, target: "Volga Shipping JSC"),
            Expected(source: "United States", kind: .sanction, target: "Andes Mining S.A."),
            Expected(source: "United States", kind: .sanction, target: "Kenya Petroleum Holdings"),
        ])
        // A state's name inside a company's name is the company's, not the state.
        let found = relationsInBody("Britain sanctioned Russian Railways JSC.")
        #expect(found == ["United Kingdom sanction Russian Railways JSC (asserted)"], "\(found)")
    }

    @Test func anOutletIsNamedAfterItsNoun() {
        expectFound("Turkish police raided the offices of the opposition newspaper Cumhuriyet.", [
            Expected(source: "Turkey", kind: .seize, target: "Cumhuriyet"),
        ])
        let names = actorNames("The television channel Al Arabiya broadcast an appeal.")
        #expect(names.contains("Al Arabiya"), "\(names)")
    }

    @Test func anOfficeInAPersonsServiceIsHeldInTheirState() {
        let found = relationsInBody("Dmitry Peskov, Putin's spokesman, criticised Finland.")
        #expect(found.contains("Dmitry Peskov member_of Russia (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Vladimir Putin criticize") }, "\(found)")
    }

    @Test func aMinistrysSpokesmanBelongsToItsState() {
        expectFound("Ghana's Foreign Ministry spokesman Kofi Mensah criticised Togo.", [
            Expected(source: "Kofi Mensah", kind: .memberOf, target: "Ghana"),
            Expected(source: "Kofi Mensah", kind: .criticize, target: "Togo"),
        ])
    }

    @Test func anOfficialOfAGroupIsNotTheStateWhereHeLives() {
        let found = relationsInBody("Ramon Ortiz, a senior ELN official based in Spain, said the talks had failed.")
        #expect(found.contains("Ramon Ortiz member_of National Liberation Army (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Ramon Ortiz member_of Spain") }, "\(found)")
    }

    @Test func officialsAPowerAppointedAreItsOwn() {
        expectFound("Canada sanctioned Kremlin-appointed officials in the occupied regions.", [
            Expected(source: "Canada", kind: .sanction, target: "Russia"),
        ])
    }

    @Test func aCriticNamedAfterWhatHeCriticises() {
        expectFound("Moscow jailed Kremlin critic Ilya Varlamov for nine years.", [
            Expected(source: "Ilya Varlamov", kind: .criticize, target: "Russia"),
            Expected(source: "Russia", kind: .arrest, target: "Ilya Varlamov"),
        ])
    }

    @Test func aBodyNamedAfterAPersonIsNotThePerson() {
        let names = actorNames("Turkish police raided the Nelson Mandela Foundation.")
        #expect(names.contains("Nelson Mandela Foundation") && !names.contains("Nelson Mandela"), "\(names)")
        let inner = actorNames("Egyptian police raided the Amina Mubarak Law Centre.")
        #expect(inner.contains("Amina Mubarak Law Centre") && !inner.contains("Hosni Mubarak"), "\(inner)")
        expectFound("Turkish police raided the Nelson Mandela Foundation.", [
            Expected(source: "Turkey", kind: .attack, target: "Nelson Mandela Foundation"),
        ])
    }

    @Test func aDayEndsABodysName() {
        let names = actorNames("Police closed the Kofi Annan Centre on Friday.")
        #expect(names.contains("Kofi Annan Centre"), "\(names)")
    }

    @Test func aStatesNameAndItsAdjectiveNameOnePeople() {
        let extraction = extract("Headline\n\nLibya rebels attacked Tunisia. The Libyan rebels then withdrew.")
        let groups = extraction.actors.filter { $0.name.hasSuffix("rebels") }.map(\.name)
        #expect(groups == ["Libyan rebels"], "\(summary(extraction))")
        #expect(contains(extraction, Expected(source: "Libyan rebels", kind: .attack, target: "Tunisia")), "\(summary(extraction))")
    }

    @Test func judgingAnothersWordsRejectsOrCriticisesThem() {
        expectFound("Chile described Peru's allegations as baseless.", [
            Expected(source: "Chile", kind: .reject, target: "Peru"),
        ])
        expectFound("Peru dismissed the claims by Chile as baseless.", [
            Expected(source: "Peru", kind: .reject, target: "Chile"),
        ])
        expectFound("Iran termed the U.S. sanctions illegal.", [
            Expected(source: "Iran", kind: .criticize, target: "United States"),
        ])
        expectFound("Madrid viewed French Ambassador Jean Petit's statement as unacceptable.", [
            Expected(source: "Spain", kind: .criticize, target: "Jean Petit"),
        ])
    }

    @Test func aPeaceProcessWithAGroupIsANegotiation() {
        expectFound("Colombia's ongoing peace process with the ELN has stalled.", [
            Expected(source: "Colombia", kind: .negotiate, target: "National Liberation Army"),
        ])
    }

    @Test func centralAfricanAndDarfurGroupsAreKnown() {
        expectFound("The CPJP attacked FACA positions near Ndele.", [
            Expected(source: "Convention of Patriots for Justice and Peace", kind: .attack, target: "Central African Republic"),
        ])
        expectFound("The Sudan Liberation Army (SLA) ambushed Chadian troops.", [
            Expected(source: "Sudan Liberation Movement", kind: .attack, target: "Chad"),
        ])
    }
}
