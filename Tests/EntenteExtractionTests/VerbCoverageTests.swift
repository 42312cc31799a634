import EntenteExtraction
import EntenteGraph
import Testing

/// Conflict and diplomacy vocabulary in verbs.yaml: each verb and nominal gets a sentence that
/// must yield its relation, and risky words get sentences that must yield nothing. Every sentence
/// was written for these tests.
@Suite("Verb coverage")
struct VerbCoverageTests {
    /// No relation that is not negated between the two names, in either direction.
    private func expectNoneBetween(_ text: String, _ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let extraction = extract("Headline\n\n" + text)
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let wrong = extraction.relations.filter {
            let pair = [names[$0.source] ?? "", names[$0.target] ?? ""]
            return Set(pair) == Set([a, b]) && $0.certainty != .negated
        }
        #expect(wrong.isEmpty, "unexpected \(summary(extraction)) in: \(text)", sourceLocation: sourceLocation)
    }

    // MARK: Diplomacy

    @Test("diplomatic verbs", arguments: [
        ("Spain recognised Palestine on Tuesday.", [Expected(source: "Spain", kind: .support, target: "Palestine")]),
        ("Ireland recognized Palestine as a state.", [Expected(source: "Ireland", kind: .support, target: "Palestine")]),
        ("Turkey extradited the suspect to Sweden.", [Expected(source: "Turkey", kind: .support, target: "Sweden")]),
        ("Israel normalised relations with Bahrain in 2020.", [Expected(source: "Israel", kind: .support, target: "Bahrain")]),
        ("Israel and the UAE normalized ties in 2020.",
         [Expected(source: "Israel", kind: .support, target: "United Arab Emirates")]),
        ("Saudi Arabia and Iran restored diplomatic relations in March.",
         [Expected(source: "Saudi Arabia", kind: .support, target: "Iran")]),
        ("Iraq re-established diplomatic ties with Syria.", [Expected(source: "Iraq", kind: .support, target: "Syria")]),
        ("Iraq reestablished relations with Syria.", [Expected(source: "Iraq", kind: .support, target: "Syria")]),
        ("Niger severed ties with Ukraine.", [Expected(source: "Niger", kind: .sanction, target: "Ukraine")]),
        ("Bolivia cut diplomatic ties with Israel.", [Expected(source: "Bolivia", kind: .sanction, target: "Israel")]),
        ("Bolivia broke off diplomatic relations with Israel.", [Expected(source: "Bolivia", kind: .sanction, target: "Israel")]),
        ("Azerbaijan downgraded ties with Iran.", [Expected(source: "Azerbaijan", kind: .sanction, target: "Iran")]),
        ("France recalled its ambassador from Niger.", [Expected(source: "France", kind: .sanction, target: "Niger")]),
        ("Chile recalled its ambassador to Israel.", [Expected(source: "Chile", kind: .sanction, target: "Israel")]),
        ("Poland expelled Russia's ambassador.", [Expected(source: "Poland", kind: .expel, target: "Russia")]),
        ("Germany expelled four Russian diplomats.", [Expected(source: "Germany", kind: .expel, target: "Russia")]),
        ("Kyiv summoned Hungary's envoys.", [Expected(source: "Ukraine", kind: .criticize, target: "Hungary")]),
        ("Armenia signed a framework agreement with the European Union.",
         [Expected(source: "Armenia", kind: .ally, target: "European Union")]),
        ("Armenia inked a deal with France.", [Expected(source: "Armenia", kind: .ally, target: "France")]),
        ("Hamas sealed a deal with Israel.", [Expected(source: "Hamas", kind: .ally, target: "Israel")]),
        ("Armenia concluded a defence agreement with France.", [Expected(source: "Armenia", kind: .ally, target: "France")]),
        ("Egypt brokered talks between Israel and Hamas.",
         [Expected(source: "Egypt", kind: .mediate, target: "Israel"), Expected(source: "Egypt", kind: .mediate, target: "Hamas")]),
        ("Qatar mediated between Russia and Ukraine.",
         [Expected(source: "Qatar", kind: .mediate, target: "Russia"), Expected(source: "Qatar", kind: .mediate, target: "Ukraine")]),
        ("Biden invited Zelensky to the White House.",
         [Expected(source: "Joe Biden", kind: .host, target: "Volodymyr Zelenskyy")]),
        ("Macron congratulated Zelensky.", [Expected(source: "Emmanuel Macron", kind: .praise, target: "Volodymyr Zelenskyy")]),
        ("Qatar deplored Israel's raid.", [Expected(source: "Qatar", kind: .condemn, target: "Israel")]),
        ("The African Union decried Rwanda's role in the fighting.",
         [Expected(source: "African Union", kind: .condemn, target: "Rwanda")]),
        ("Beijing reprimanded Manila over the collision.", [Expected(source: "China", kind: .criticize, target: "Philippines")]),
        ("Erdogan lambasted Israel at the summit.",
         [Expected(source: "Recep Tayyip Erdoğan", kind: .criticize, target: "Israel")]),
        ("Zelensky lambastes Hungary for blocking aid.",
         [Expected(source: "Volodymyr Zelenskyy", kind: .criticize, target: "Hungary")]),
        ("Kyiv castigated Budapest.", [Expected(source: "Ukraine", kind: .criticize, target: "Hungary")]),
        ("Putin snubbed Zelensky at the summit.",
         [Expected(source: "Vladimir Putin", kind: .reject, target: "Volodymyr Zelenskyy")]),
        ("Ukraine boycotted Russia.", [Expected(source: "Ukraine", kind: .sanction, target: "Russia")]),
        ("The United States embargoed Cuba.", [Expected(source: "United States", kind: .sanction, target: "Cuba")]),
    ])
    func diplomacy(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    // MARK: Money, arms and troops

    @Test("support, funding and deployment", arguments: [
        ("Iran bankrolls Hezbollah.", [Expected(source: "Iran", kind: .aid, target: "Hezbollah")]),
        ("Qatar funded Hamas for years.", [Expected(source: "Qatar", kind: .aid, target: "Hamas")]),
        ("Iran financed Hamas.", [Expected(source: "Iran", kind: .aid, target: "Hamas")]),
        ("Beijing subsidises North Korea.", [Expected(source: "China", kind: .aid, target: "North Korea")]),
        ("Beijing subsidized North Korea for decades.", [Expected(source: "China", kind: .aid, target: "North Korea")]),
        ("The United States bolstered Ukraine with new weapons.",
         [Expected(source: "United States", kind: .support, target: "Ukraine")]),
        ("Moscow has propped up the Assad regime for a decade.",
         [Expected(source: "Russia", kind: .support, target: "Bashar al-Assad")]),
        ("Washington is shoring up Taiwan's defences.", [Expected(source: "United States", kind: .support, target: "Taiwan")]),
        ("Iran equipped the Houthis with drones.", [Expected(source: "Iran", kind: .supplyArms, target: "Houthis")]),
        ("The United States deployed troops to Poland.",
         [Expected(source: "Poland", kind: .hostTroops, target: "United States")]),
        ("Kenya deployed police officers to Haiti.", [Expected(source: "Haiti", kind: .hostTroops, target: "Kenya")]),
        ("Germany has stationed a brigade in Lithuania.", [Expected(source: "Lithuania", kind: .hostTroops, target: "Germany")]),
        ("Russia deployed troops to the border with Ukraine.", [Expected(source: "Russia", kind: .mobilize, target: "Ukraine")]),
        ("Russia deployed troops to Ukraine's border.", [Expected(source: "Russia", kind: .mobilize, target: "Ukraine")]),
        ("Azerbaijan mobilised against Armenia.", [Expected(source: "Azerbaijan", kind: .mobilize, target: "Armenia")]),
    ])
    func cooperationAndPosture(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    // MARK: Force and coercion

    @Test("use of force, threats and coercion", arguments: [
        ("Ukraine detained two Russian soldiers.", [Expected(source: "Ukraine", kind: .arrest, target: "Russia")]),
        ("Azerbaijan arrested two Armenian soldiers.", [Expected(source: "Azerbaijan", kind: .arrest, target: "Armenia")]),
        ("Iran detained three British diplomats.", [Expected(source: "Iran", kind: .arrest, target: "United Kingdom")]),
        ("The Armenian soldiers were detained by Azerbaijan.",
         [Expected(source: "Azerbaijan", kind: .arrest, target: "Armenia")]),
        ("Hamas kidnapped Israeli soldiers.", [Expected(source: "Hamas", kind: .attack, target: "Israel")]),
        ("Boko Haram abducted Nigerian soldiers.", [Expected(source: "Boko Haram", kind: .attack, target: "Nigeria")]),
        ("Israel assassinated Ismail Haniyeh.", [Expected(source: "Israel", kind: .attack, target: "Ismail Haniyeh")]),
        ("Israel assassinated a Hezbollah commander.", [Expected(source: "Israel", kind: .attack, target: "Hezbollah")]),
        ("Israel killed Hezbollah leader Hassan Nasrallah.",
         [Expected(source: "Israel", kind: .attack, target: "Hassan Nasrallah")]),
        ("Russian forces shelled Ukrainian positions.", [Expected(source: "Russia", kind: .attack, target: "Ukraine")]),
        ("Israel bombed Lebanon.", [Expected(source: "Israel", kind: .attack, target: "Lebanon")]),
        ("Russia bombarded Kyiv overnight.", [Expected(source: "Russia", kind: .attack, target: "Ukraine")]),
        ("Israel struck Hezbollah in Lebanon.", [Expected(source: "Israel", kind: .attack, target: "Hezbollah")]),
        ("Israeli forces raided Hamas positions in Gaza.", [Expected(source: "Israel", kind: .attack, target: "Hamas")]),
        ("Al-Shabaab ambushed Kenyan troops near the border.", [Expected(source: "Al-Shabaab", kind: .attack, target: "Kenya")]),
        ("Israeli troops stormed Hamas positions.", [Expected(source: "Israel", kind: .attack, target: "Hamas")]),
        ("Hamas stormed Israel on 7 October.", [Expected(source: "Hamas", kind: .attack, target: "Israel")]),
        ("Russian troops besieged Ukrainian forces in the city.", [Expected(source: "Russia", kind: .attack, target: "Ukraine")]),
        ("The Rapid Support Forces laid siege to the Sudanese army.",
         [Expected(source: "Rapid Support Forces", kind: .attack, target: "Sudan")]),
        ("Turkey blockaded Armenia for years.", [Expected(source: "Turkey", kind: .attack, target: "Armenia")]),
        ("The Houthis seized Israel's cargo ship.", [Expected(source: "Houthis", kind: .occupy, target: "Israel")]),
        ("Russia captured Ukrainian positions.", [Expected(source: "Russia", kind: .occupy, target: "Ukraine")]),
        ("Russia annexed Ukraine's Crimea in 2014.", [Expected(source: "Russia", kind: .occupy, target: "Ukraine")]),
        ("The Arakan Army overran a Myanmar military base.", [Expected(source: "Arakan Army", kind: .occupy, target: "Myanmar")]),
        ("Iran retaliated against Israel.", [Expected(source: "Iran", kind: .attack, target: "Israel")]),
        ("Hezbollah vowed revenge on Israel.", [Expected(source: "Hezbollah", kind: .threaten, target: "Israel")]),
        ("Hezbollah swore revenge against Israel.", [Expected(source: "Hezbollah", kind: .threaten, target: "Israel")]),
        ("Hamas threatened retaliation against Israel.", [Expected(source: "Hamas", kind: .threaten, target: "Israel")]),
        ("NATO deters Russia.", [Expected(source: "NATO", kind: .threaten, target: "Russia")]),
        ("Israel intercepted Iranian drones.", [Expected(source: "Israel", kind: .attack, target: "Iran")]),
        ("Turkish jets intercepted Greek jets over the Aegean.", [Expected(source: "Turkey", kind: .attack, target: "Greece")]),
        ("Chinese warplanes violated Taiwan's airspace.", [Expected(source: "China", kind: .attack, target: "Taiwan")]),
    ])
    func force(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    // MARK: Nominals

    @Test("nominal triggers", arguments: [
        ("Israel's assassination of Ismail Haniyeh angered Qatar.",
         [Expected(source: "Israel", kind: .attack, target: "Ismail Haniyeh")]),
        ("Israel's killing of Hamas commanders angered Qatar.", [Expected(source: "Israel", kind: .attack, target: "Hamas")]),
        ("Montenegro's recognition of Kosovo angered Serbia.", [Expected(source: "Montenegro", kind: .support, target: "Kosovo")]),
        ("Spain's recognition of Palestine angered Israel.", [Expected(source: "Spain", kind: .support, target: "Palestine")]),
        ("Israel's normalisation with the UAE angered Iran.",
         [Expected(source: "Israel", kind: .support, target: "United Arab Emirates"),
          Expected(source: "United Arab Emirates", kind: .support, target: "Israel")]),
        ("Normalization between Israel and Saudi Arabia stalled.",
         [Expected(source: "Israel", kind: .support, target: "Saudi Arabia"),
          Expected(source: "Saudi Arabia", kind: .support, target: "Israel")]),
        ("Egypt's rapprochement with Turkey continued.", [Expected(source: "Egypt", kind: .support, target: "Turkey")]),
        ("The restoration of ties between Saudi Arabia and Iran surprised Washington.",
         [Expected(source: "Saudi Arabia", kind: .support, target: "Iran")]),
        ("Russia's naval blockade of Ukraine ended.", [Expected(source: "Russia", kind: .attack, target: "Ukraine")]),
        ("Turkey's blockade of Armenia was lifted.", [Expected(source: "Turkey", kind: .attack, target: "Armenia")]),
        ("NATO's bombing of Serbia began in 1999.", [Expected(source: "NATO", kind: .attack, target: "Serbia")]),
        ("Russia's seizure of Ukraine's ports was condemned.", [Expected(source: "Russia", kind: .occupy, target: "Ukraine")]),
        ("Germany's expulsion of Russian diplomats angered Moscow.", [Expected(source: "Germany", kind: .expel, target: "Russia")]),
        ("Qatar's funding of Hamas was criticised.", [Expected(source: "Qatar", kind: .aid, target: "Hamas")]),
        ("Russia's mobilisation against Ukraine alarmed Europe.", [Expected(source: "Russia", kind: .mobilize, target: "Ukraine")]),
        ("Russia's buildup near Ukraine alarmed NATO.", [Expected(source: "Russia", kind: .mobilize, target: "Ukraine")]),
        ("Israel's retaliation against Iran was limited.", [Expected(source: "Israel", kind: .attack, target: "Iran")]),
    ])
    func nominals(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    // MARK: Words that are not relations here

    @Test("no relation from ordinary uses", arguments: [
        "Police arrested two protesters in Paris.",
        "The storm hit Cuba on Sunday.",
        "A storm of criticism followed Russia's decision.",
        "Dockworkers in France went on strike over pay.",
        "Workers at the Polish port began a strike against the government.",
        "Ukraine recognised the threat posed by Russia.",
        "The ambassador recalled his years in Moscow.",
        "Israel sealed the border with Egypt.",
        "Ukraine intercepted Russian communications.",
        "Russia bolstered its forces near Ukraine.",
    ])
    func nothing(_ text: String) {
        let found = relationsInBody(text)
        #expect(found.isEmpty, "unexpected \(found) in: \(text)")
    }

    @Test("people who stand for no actor relate no one") func unresolvedCaptives() {
        expectNoneBetween("Russian police detained a Ukrainian journalist in Moscow.", "Russia", "Ukraine")
        #expect(relationsInBody("Gunmen kidnapped two Nigerian soldiers.").isEmpty)
    }

    @Test("a deployment in a war zone is not hosting") func deploymentNearFront() {
        let found = relationsInBody("Russia deployed troops near Kharkiv in Ukraine.")
        #expect(!found.contains { $0.contains("host_troops") }, "unexpected \(found)")
        let border = relationsInBody("Russia deployed troops to the border with Ukraine.")
        #expect(!border.contains { $0.contains("host_troops") }, "unexpected \(border)")
    }

    // MARK: Negation, modality and reported speech

    @Test("certainty of the new verbs", arguments: [
        ("Serbia does not recognise Kosovo.", Expected(source: "Serbia", kind: .support, target: "Kosovo", certainty: .negated)),
        ("Russia refused to extradite the suspects to Britain.",
         Expected(source: "Russia", kind: .support, target: "United Kingdom", certainty: .negated)),
        ("Egypt refused to normalise relations with Israel.",
         Expected(source: "Egypt", kind: .support, target: "Israel", certainty: .negated)),
        ("Israel did not assassinate Hassan Nasrallah.",
         Expected(source: "Israel", kind: .attack, target: "Hassan Nasrallah", certainty: .negated)),
        ("Spain may recognise Palestine next month.",
         Expected(source: "Spain", kind: .support, target: "Palestine", certainty: .hypothetical)),
        ("Kenya will deploy police officers to Haiti.",
         Expected(source: "Haiti", kind: .hostTroops, target: "Kenya", certainty: .hypothetical)),
        ("Iran vowed to retaliate against Israel.",
         Expected(source: "Iran", kind: .attack, target: "Israel", certainty: .hypothetical)),
        ("NATO seeks to deter Russia.", Expected(source: "NATO", kind: .threaten, target: "Russia", certainty: .hypothetical)),
        ("Officials said Israel had intercepted Iranian drones.",
         Expected(source: "Israel", kind: .attack, target: "Iran", certainty: .reported)),
    ])
    func certainty(_ text: String, _ expected: Expected) {
        expectFound(text, [expected])
    }

    @Test("a denied new verb is never asserted") func denialIsNotAssertion() {
        expectNoneBetween("Hungary did not recognise Kosovo.", "Hungary", "Kosovo")
        expectNoneBetween("Israel did not assassinate Hassan Nasrallah.", "Israel", "Hassan Nasrallah")
    }
}
