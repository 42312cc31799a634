import EntenteExtraction
import EntenteGraph
import Testing

/// Common news phrasings that state a relation without the plain "X verb Y" clause: mutual
/// relations "between X and Y", descriptions set off by commas, offices in apposition, speech
/// acts joined to a reporting verb. Each sentence was written for these tests.
@Suite("Recall patterns")
struct RecallPatternTests {
    private func expectAbsent(_ text: String, _ source: String, _ target: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let extraction = extract("Headline\n\n" + text)
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let wrong = extraction.relations.filter {
            names[$0.source] == source && names[$0.target] == target && $0.certainty != .negated
        }
        #expect(wrong.isEmpty, "unexpected \(summary(extraction)) in: \(text)", sourceLocation: sourceLocation)
    }

    // MARK: "between X and Y"

    @Test("a mutual noun between two sides relates them", arguments: [
        ("Talks between Serbia and Kosovo resumed in Brussels on Monday.",
         [Expected(source: "Serbia", kind: .negotiate, target: "Kosovo")]),
        ("Negotiations between Armenia and Azerbaijan have dragged on for months.",
         [Expected(source: "Armenia", kind: .negotiate, target: "Azerbaijan")]),
        ("Tensions between China and the Philippines rose again this week.",
         [Expected(source: "China", kind: .criticize, target: "Philippines"),
          Expected(source: "Philippines", kind: .criticize, target: "China")]),
        ("The long dispute between Egypt and Ethiopia over the Nile dam shows no sign of ending.",
         [Expected(source: "Egypt", kind: .criticize, target: "Ethiopia")]),
        ("A truce between Israel and Hezbollah took effect at dawn.",
         [Expected(source: "Israel", kind: .negotiate, target: "Hezbollah")]),
        ("The peace agreement between Armenia and Azerbaijan was initialled in August.",
         [Expected(source: "Armenia", kind: .ally, target: "Azerbaijan")]),
        ("Relations soured after talks between Somali and Ethiopian officials failed.",
         [Expected(source: "Somalia", kind: .negotiate, target: "Ethiopia")]),
    ])
    func between(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("a mutual noun's certainty follows its own verb") func mutualCertainty() {
        expectFound("The talks between Serbia and Kosovo will not resume this year.",
                    [Expected(source: "Serbia", kind: .negotiate, target: "Kosovo", certainty: .negated)])
        expectFound("There were no talks between Chile and Peru last year.",
                    [Expected(source: "Chile", kind: .negotiate, target: "Peru", certainty: .negated)])
        expectFound("Talks between Russia and Ukraine never took place.",
                    [Expected(source: "Russia", kind: .negotiate, target: "Ukraine", certainty: .negated)])
        expectFound("A ceasefire between Israel and Hezbollah could be announced within days.",
                    [Expected(source: "Israel", kind: .negotiate, target: "Hezbollah", certainty: .hypothetical)])
        let reported = extract("Headline\n\nWashington said talks between Serbia and Kosovo had resumed.")
        let relation = reported.relations.first { $0.kind == .negotiate }
        #expect(relation?.certainty == .reported, "\(summary(reported))")
        #expect(relation?.speaker == reported.actors.first { $0.name == "United States" }?.id)
    }

    // MARK: Disputes, ties and talks owned by one side

    @Test("a side's mutual relation with another", arguments: [
        ("Egypt's dispute with Ethiopia worsened over the summer.",
         [Expected(source: "Egypt", kind: .criticize, target: "Ethiopia"), Expected(source: "Ethiopia", kind: .criticize, target: "Egypt")]),
        ("Egypt, which is locked in a long-running dispute with Ethiopia, sent envoys to Mogadishu.",
         [Expected(source: "Egypt", kind: .criticize, target: "Ethiopia")]),
        ("Greece is embroiled in a row with Turkey over drilling rights.",
         [Expected(source: "Greece", kind: .criticize, target: "Turkey")]),
        ("Iran remains at odds with Saudi Arabia over Yemen.",
         [Expected(source: "Iran", kind: .criticize, target: "Saudi Arabia")]),
        ("Turkey has been at war with the PKK for four decades.",
         [Expected(source: "Turkey", kind: .fight, target: "Kurdistan Workers' Party")]),
        ("Kyiv is in negotiations with Washington about air defences.",
         [Expected(source: "Ukraine", kind: .negotiate, target: "United States")]),
        ("Eritrea, which has its own strained relations with Ethiopia, courted Cairo.",
         [Expected(source: "Eritrea", kind: .criticize, target: "Ethiopia")]),
        ("Tehran's close ties with Moscow have alarmed Washington.",
         [Expected(source: "Iran", kind: .support, target: "Russia"), Expected(source: "Russia", kind: .support, target: "Iran")]),
        ("China's backing of Russia has angered European capitals.",
         [Expected(source: "China", kind: .support, target: "Russia")]),
        ("Modi's visit to Russia drew criticism.",
         [Expected(source: "Narendra Modi", kind: .meet, target: "Russia")]),
        ("Trump's meeting with Putin lasted three hours.",
         [Expected(source: "Donald Trump", kind: .meet, target: "Vladimir Putin")]),
    ])
    func ownedMutual(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("owned mutual relations respect denial and modality") func ownedCertainty() {
        expectFound("Serbia refused to reach a deal with Kosovo.",
                    [Expected(source: "Serbia", kind: .ally, target: "Kosovo", certainty: .negated)])
        expectFound("Greece is not embroiled in any row with Italy.",
                    [Expected(source: "Greece", kind: .criticize, target: "Italy", certainty: .negated)])
        expectFound("Germany would reach an agreement with France if the talks succeed.",
                    [Expected(source: "Germany", kind: .ally, target: "France", certainty: .hypothetical)])
    }

    @Test("nouns without a side stay silent") func noSide() {
        expectAbsent("The deal with Iran collapsed after Washington withdrew.", "United States", "Iran")
        expectAbsent("Israel struck Gaza on the day the deal with Hamas was announced.", "Israel", "Hamas")
        expectAbsent("Analysts in Tokyo said the summit with China was a success.", "Japan", "China")
        expectAbsent("Poland is worried about tensions in Belarus.", "Poland", "Belarus")
    }

    // MARK: Reciprocal verbs with conjoined subjects

    @Test("reciprocal verbs relate conjoined subjects", arguments: [
        ("India and Pakistan exchanged fire across the Line of Control.", [Expected(source: "India", kind: .fight, target: "Pakistan")]),
        ("Pakistan traded fire with India overnight.", [Expected(source: "Pakistan", kind: .fight, target: "India")]),
        ("Russia and Ukraine traded accusations over the dam.", [Expected(source: "Russia", kind: .accuse, target: "Ukraine")]),
        ("Israel and Hamas agreed to a ceasefire on Wednesday.", [Expected(source: "Israel", kind: .negotiate, target: "Hamas")]),
        ("Serbia reached an agreement with Kosovo on licence plates.", [Expected(source: "Serbia", kind: .ally, target: "Kosovo")]),
        ("Armenia and Azerbaijan reached a peace deal in Washington.", [Expected(source: "Armenia", kind: .ally, target: "Azerbaijan")]),
        ("Sudan's army reached a truce with the Rapid Support Forces.",
         [Expected(source: "Sudan", kind: .negotiate, target: "Rapid Support Forces")]),
        // An opening phrase's place is not one of the subjects.
        ("After talks in Doha, Israel and Hamas agreed to a ceasefire.", [Expected(source: "Israel", kind: .negotiate, target: "Hamas")]),
    ])
    func reciprocal(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("reciprocal verbs respect denial and opening phrases") func reciprocalCertainty() {
        expectFound("China and India did not agree on the border.",
                    [Expected(source: "China", kind: .negotiate, target: "India", certainty: .negated)])
        expectFound("Armenia and Azerbaijan could exchange fire again, monitors warned.",
                    [Expected(source: "Armenia", kind: .fight, target: "Azerbaijan", certainty: .hypothetical)])
        expectAbsent("After talks in Doha, Israel and Hamas agreed to a ceasefire.", "Qatar", "Israel")
        // Calling on someone to settle is an appeal (CAMEO 02).
        expectFound("Britain called on Russia to agree to a ceasefire.", [Expected(source: "United Kingdom", kind: .appeal, target: "Russia")])
    }

    // MARK: Descriptions set off by commas

    @Test("a participle set off after a name describes it", arguments: [
        ("The M23, supported by Rwanda, seized the town.", [Expected(source: "Rwanda", kind: .support, target: "March 23 Movement")]),
        ("The Houthis, backed by Iran, fired missiles at Israel.",
         [Expected(source: "Iran", kind: .support, target: "Houthis"), Expected(source: "Houthis", kind: .attack, target: "Israel")]),
        ("Hamas, funded largely by Qatar, attacked Israel.",
         [Expected(source: "Qatar", kind: .aid, target: "Hamas"), Expected(source: "Hamas", kind: .attack, target: "Israel")]),
        ("Hezbollah, which is armed by Iran, shelled northern Israel.",
         [Expected(source: "Iran", kind: .supplyArms, target: "Hezbollah"), Expected(source: "Hezbollah", kind: .attack, target: "Israel")]),
    ])
    func setOffParticiple(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("a set-off participle does not act on the main verb's object") func setOffNotActive() {
        expectAbsent("The Houthis, backed by Iran, fired missiles at Israel.", "Iran", "Israel")
        let funded = relationsInBody("Hamas, funded by donors abroad, attacked Israel.")
        #expect(!funded.contains { $0.hasPrefix("Hamas aid") }, "\(funded)")
        let cornered = relationsInBody("Russia, backed into a corner, threatened Ukraine.")
        #expect(!cornered.contains { $0.hasPrefix("Russia support") }, "\(cornered)")
        // "the attack on Israel, which…" describes the attack, not Israel.
        expectAbsent("Iran praised the attack on Israel, which was condemned by Germany.", "Germany", "Israel")
        // "bound by law to provide Taiwan…": Taiwan is not the agent.
        expectAbsent("Washington, which is bound by law to provide Taiwan with arms, approved a sale.", "Taiwan", "United States")
    }

    @Test("a set-off participle respects denial") func setOffDenied() {
        expectFound("The M23, not backed by Rwanda according to Kigali, seized the town.",
                    [Expected(source: "Rwanda", kind: .support, target: "March 23 Movement", certainty: .negated)])
    }

    // MARK: Offices in apposition

    @Test("a person's office in apposition", arguments: [
        ("Sergei Lavrov, Russia's foreign minister, met the envoy.", [Expected(source: "Sergei Lavrov", kind: .memberOf, target: "Russia")]),
        ("Pete Hegseth, the US defence secretary, visited Warsaw.",
         [Expected(source: "Pete Hegseth", kind: .memberOf, target: "United States"), Expected(source: "Pete Hegseth", kind: .meet, target: "Poland")]),
        ("Mark Rutte, the NATO secretary-general, praised Finland.",
         [Expected(source: "Mark Rutte", kind: .leaderOf, target: "NATO"), Expected(source: "Mark Rutte", kind: .praise, target: "Finland")]),
    ])
    func appositiveOffice(_ text: String, _ expected: [Expected]) {
        expectFound(text, expected)
    }

    @Test("an apposition's state is not a second subject, and a list is not an apposition") func appositionNotList() {
        expectAbsent("Mark Rutte, the NATO secretary-general, praised Finland.", "NATO", "Finland")
        let list = relationsInBody("Putin, Chinese President Xi Jinping and Modi attended the summit.")
        #expect(!list.contains("Vladimir Putin member_of China (asserted)") && !list.contains("Vladimir Putin leader_of China (asserted)"), "\(list)")
    }

    // MARK: Speech acts after a reported clause

    @Test("a speech act joined to a reporting verb belongs to the speaker") func coordinatedSpeechAct() {
        expectFound("Lithuania said Russian drones had hit its power grid and accused Moscow of sabotage.",
                    [Expected(source: "Lithuania", kind: .accuse, target: "Russia")])
        expectFound("The White House said it was tracking Serbian troop movements and called on Belgrade to withdraw.",
                    [Expected(source: "United States", kind: .appeal, target: "Serbia")])
        expectFound("Kenya said Somalia had closed the border and did not condemn Ethiopia.",
                    [Expected(source: "Kenya", kind: .condemn, target: "Ethiopia", certainty: .negated)])
        expectAbsent("Lithuania said Russian drones had hit its power grid and accused Moscow of sabotage.", "Russia", "Russia")
    }
}
