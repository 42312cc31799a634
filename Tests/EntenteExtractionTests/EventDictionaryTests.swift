import EntenteExtraction
import EntenteGraph
import Testing

/// The built-in lexicon, loaded once for the dictionary's table checks.
private let dictionaryLexicon: Lexicon = {
    do { return try Lexicon.builtIn() } catch { preconditionFailure("built-in lexicon: \(error)") }
}()

/// A relation with the CAMEO code it must carry: "Norway statement Morocco 018".
struct CodedExpectation: CustomStringConvertible, Sendable {
    var source: String
    var kind: RelationKind
    var target: String
    var code: String

    var description: String { "\(source) \(kind.rawValue) \(target) \(code)" }
}

/// The event dictionary (Lexicon/events-NN-*.yaml): one sentence or more per CAMEO root, each
/// naming the code the phrase must carry, sentences that must stay silent, and checks on the
/// dictionary itself. Every sentence was written for these tests.
@Suite("Event dictionary")
struct EventDictionaryTests {
    @Test("a phrase of each root yields its code", arguments: [
        // 01 statements
        ("Norway offered condolences to Morocco after the earthquake.", CodedExpectation(source: "Norway", kind: .statement, target: "Morocco", code: "018")),
        ("Chile expressed optimism about its talks with Peru.", CodedExpectation(source: "Chile", kind: .statement, target: "Peru", code: "013")),
        // 02 appeals
        ("Mali appealed to Algeria for help.", CodedExpectation(source: "Mali", kind: .appeal, target: "Algeria", code: "020")),
        ("Jordan sought financial aid from Kuwait.", CodedExpectation(source: "Jordan", kind: .appeal, target: "Kuwait", code: "0231")),
        // 03 intent to cooperate: the finer object wins over the general one.
        ("Sweden pledged humanitarian aid to Sudan.", CodedExpectation(source: "Sweden", kind: .pledge, target: "Sudan", code: "0333")),
        ("Kenya pledged military assistance to Somalia.", CodedExpectation(source: "Kenya", kind: .pledge, target: "Somalia", code: "0332")),
        ("Qatar offered to mediate between Sudan and Chad.", CodedExpectation(source: "Qatar", kind: .pledge, target: "Chad", code: "039")),
        // 04 consult, visit, mediate
        ("Portugal conferred with Spain on Tuesday.", CodedExpectation(source: "Portugal", kind: .meet, target: "Spain", code: "040")),
        ("Finland phoned Estonia about the cable.", CodedExpectation(source: "Finland", kind: .meet, target: "Estonia", code: "041")),
        ("Peru's foreign minister travelled to Bolivia on Monday.", CodedExpectation(source: "Peru", kind: .visit, target: "Bolivia", code: "042")),
        ("Egypt hosted peace talks between Israel and Hamas.", CodedExpectation(source: "Egypt", kind: .mediate, target: "Hamas", code: "045")),
        // 05 diplomatic cooperation
        ("Greece expressed solidarity with Cyprus.", CodedExpectation(source: "Greece", kind: .support, target: "Cyprus", code: "050")),
        ("Ghana applauded Nigeria for its restraint.", CodedExpectation(source: "Ghana", kind: .praise, target: "Nigeria", code: "051")),
        ("Japan apologised to South Korea.", CodedExpectation(source: "Japan", kind: .apologize, target: "South Korea", code: "055")),
        ("Serbia ratified a treaty with Hungary.", CodedExpectation(source: "Serbia", kind: .ally, target: "Hungary", code: "057")),
        ("Indonesia struck a deal with Malaysia on fisheries.", CodedExpectation(source: "Indonesia", kind: .ally, target: "Malaysia", code: "057")),
        ("Angola welcomed the resumption of ties with Zambia.", CodedExpectation(source: "Angola", kind: .support, target: "Zambia", code: "050")),
        // 06 material cooperation
        ("Germany shared intelligence with Poland.", CodedExpectation(source: "Germany", kind: .shareIntelligence, target: "Poland", code: "064")),
        ("India exported wheat to Bangladesh.", CodedExpectation(source: "India", kind: .cooperate, target: "Bangladesh", code: "061")),
        // 07 aid: food is humanitarian aid, not arms.
        ("Canada donated funds to Ukraine.", CodedExpectation(source: "Canada", kind: .aid, target: "Ukraine", code: "070")),
        ("Australia sent food to Tonga.", CodedExpectation(source: "Australia", kind: .aid, target: "Tonga", code: "073")),
        ("Nepal offered asylum to Bhutan's refugees.", CodedExpectation(source: "Nepal", kind: .grantAsylum, target: "Bhutan", code: "075")),
        // The receiver is the subject; the giver is the source.
        ("Armenia received weapons from India.", CodedExpectation(source: "India", kind: .supplyArms, target: "Armenia", code: "072")),
        // 08 yield
        ("Uzbekistan freed Tajikistan's prisoners.", CodedExpectation(source: "Uzbekistan", kind: .release, target: "Tajikistan", code: "084")),
        ("Azerbaijan lifted sanctions on Georgia.", CodedExpectation(source: "Azerbaijan", kind: .easeSanctions, target: "Georgia", code: "085")),
        ("Russia retreated from Ukraine's Kherson region.", CodedExpectation(source: "Russia", kind: .withdraw, target: "Ukraine", code: "0874")),
        // 09 investigate
        ("Ireland investigated Hungary over the payments.", CodedExpectation(source: "Ireland", kind: .investigate, target: "Hungary", code: "090")),
        // 10 demand
        ("Brazil demanded an apology from Paraguay.", CodedExpectation(source: "Brazil", kind: .demand, target: "Paraguay", code: "100")),
        // 11 disapprove
        ("Iran expressed concern over Iraq's decision.", CodedExpectation(source: "Iran", kind: .criticize, target: "Iraq", code: "110")),
        ("Algeria lodged a protest with France.", CodedExpectation(source: "Algeria", kind: .criticize, target: "France", code: "114")),
        ("Venezuela presented evidence against Colombia.", CodedExpectation(source: "Venezuela", kind: .accuse, target: "Colombia", code: "112")),
        ("Hungary opposed Sweden's membership bid.", CodedExpectation(source: "Hungary", kind: .criticize, target: "Sweden", code: "110")),
        ("Kenya launched a broadside at Tanzania.", CodedExpectation(source: "Kenya", kind: .criticize, target: "Tanzania", code: "111")),
        // 12 reject
        ("Pakistan turned down India's offer.", CodedExpectation(source: "Pakistan", kind: .reject, target: "India", code: "120")),
        // 13 threaten
        ("Lebanon issued a warning to Israel.", CodedExpectation(source: "Lebanon", kind: .warn, target: "Israel", code: "130")),
        // 14 protest
        ("Bangladesh protested against Myanmar on Friday.", CodedExpectation(source: "Bangladesh", kind: .protest, target: "Myanmar", code: "140")),
        // 15 force posture
        ("China flexed its muscles toward Taiwan.", CodedExpectation(source: "China", kind: .mobilize, target: "Taiwan", code: "150")),
        ("Russia stepped up its military presence near Finland.", CodedExpectation(source: "Russia", kind: .mobilize, target: "Finland", code: "154")),
        // 16 reduce relations
        ("Uganda severed ties with Rwanda and cut aid to Burundi.", CodedExpectation(source: "Uganda", kind: .reduceAid, target: "Burundi", code: "162")),
        ("Nicaragua closed its embassy in Taiwan.", CodedExpectation(source: "Nicaragua", kind: .breakTies, target: "Taiwan", code: "161")),
        ("Ecuador broke relations with Mexico.", CodedExpectation(source: "Ecuador", kind: .breakTies, target: "Mexico", code: "161")),
        ("The United States slapped sanctions on Cuba.", CodedExpectation(source: "United States", kind: .sanction, target: "Cuba", code: "163")),
        ("Niger expelled French diplomats.", CodedExpectation(source: "Niger", kind: .expel, target: "France", code: "166")),
        // 17 coerce
        ("Mexico deported Guatemala's migrants.", CodedExpectation(source: "Mexico", kind: .coerce, target: "Guatemala", code: "174")),
        ("Myanmar cracked down on Thailand's traders.", CodedExpectation(source: "Myanmar", kind: .coerce, target: "Thailand", code: "175")),
        ("China hacked into Australia's networks.", CodedExpectation(source: "China", kind: .coerce, target: "Australia", code: "176")),
        // 18 unconventional violence
        ("The Houthis hijacked Israel's cargo ship.", CodedExpectation(source: "Houthis", kind: .abduct, target: "Israel", code: "181")),
        ("The Taliban detonated a bomb near Pakistan's embassy.", CodedExpectation(source: "Taliban", kind: .assault, target: "Pakistan", code: "183")),
        // 19 conventional force
        ("Israel declared war on Hamas.", CodedExpectation(source: "Israel", kind: .attack, target: "Hamas", code: "190")),
        ("Armenia fired shells at Azerbaijan.", CodedExpectation(source: "Armenia", kind: .attack, target: "Azerbaijan", code: "194")),
        ("Russia violated the ceasefire with Georgia.", CodedExpectation(source: "Russia", kind: .attack, target: "Georgia", code: "196")),
        // 20 mass violence
        ("Burundi massacred Rwanda's refugees.", CodedExpectation(source: "Burundi", kind: .massViolence, target: "Rwanda", code: "202")),
        ("Syria used chemical weapons against Turkey.", CodedExpectation(source: "Syria", kind: .massViolence, target: "Turkey", code: "2041")),
    ])
    func phraseYieldsCode(text: String, expected: CodedExpectation) {
        let found = codedRelations(text)
        #expect(found.contains(expected.description), "\(expected) missing from \(found) in: \(text)")
    }

    /// Ordinary uses of words the dictionary lists: nothing may be found between actors.
    @Test("ordinary words stay silent", arguments: [
        "The hotel offered a discount to guests in Norway.",
        "A storm passed near Cuba.",
        "Poland sent a letter.",
        "Morocco's march toward growth continued.",
        "The market rallied in Japan.",
        "Germany beat France in the final.",
        "Chile discussed the budget.",
        "Prices were cut in Peru.",
        "The missile landed in Poland.",
        "Spain's exports of olive oil rose in March.",
        "Peru received the award in Lima.",
        "Kenya launched a new satellite.",
    ])
    func ordinaryWordsStaySilent(text: String) {
        let extraction = extract("Headline\n\n" + text)
        let between = extraction.relations.filter { $0.kind.polarity != .affiliation }
        #expect(between.isEmpty, "unexpected \(summary(extraction)) in: \(text)")
    }

    /// What is given decides the code: wheat is humanitarian aid, military aid is arms.
    @Test("objects decide the code") func objectsDecide() {
        #expect(codedRelations("Ukraine supplied wheat to Moldova.").contains("Ukraine aid Moldova 073"))
        #expect(codedRelations("Egypt sent military aid to Somalia.").contains("Egypt supply_arms Somalia 072"))
        #expect(!codedRelations("Ukraine supplied wheat to Moldova.").contains { $0.contains("supply_arms") })
    }

    /// Every coded pattern sits under its kind's root, and the code names that kind's root.
    @Test("codes sit under their kinds") func codesUnderKinds() {
        let coded = dictionaryLexicon.verbs.compactMap { p in p.code.map { ($0, p.kind, p.words.joined(separator: " ")) } }
            + dictionaryLexicon.nominals.compactMap { p in p.code.map { ($0, p.kind, p.nouns.first?.joined(separator: " ") ?? "") } }
        #expect(coded.count > 500, "only \(coded.count) coded patterns")
        for (code, kind, phrase) in coded {
            #expect(String(code.prefix(2)) == kind.root, "\(phrase): code \(code) is not under \(kind.rawValue)")
            #expect(RelationKind(cameoCode: code)?.root == kind.root, "\(phrase): code \(code) names no kind of root \(kind.root)")
        }
    }

    /// Phrases per CAMEO root: each verb with each of its objects, and each noun, counts once.
    @Test("every root has a real vocabulary") func phrasesPerRoot() {
        var phrases: [String: Int] = [:]
        for pattern in dictionaryLexicon.verbs where pattern.kind.polarity != .affiliation {
            let root = pattern.code.map { String($0.prefix(2)) } ?? pattern.kind.root
            phrases[root, default: 0] += max(1, pattern.objects.count)
        }
        for pattern in dictionaryLexicon.nominals where pattern.kind.polarity != .affiliation {
            let root = pattern.code.map { String($0.prefix(2)) } ?? pattern.kind.root
            phrases[root, default: 0] += pattern.nouns.count
        }
        let roots = (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }
        for root in roots {
            #expect(phrases[root, default: 0] >= 50, "CAMEO root \(root) has only \(phrases[root, default: 0]) phrases")
        }
        #expect(phrases.values.reduce(0, +) >= 2_000, "the dictionary has \(phrases.values.reduce(0, +)) phrases")
    }

    /// Verbs that name no event on their own must carry objects or complements (light verbs:
    /// "make an appeal", "hold X responsible").
    @Test("light verbs always carry objects") func lightVerbsNeedObjects() {
        let light: Set<String> = ["say", "get", "take", "make", "give", "have", "do", "put", "go", "set", "hold", "send", "use", "issue", "express"]
        for pattern in dictionaryLexicon.verbs where pattern.words.count == 1 && light.contains(pattern.words[0]) {
            #expect(!pattern.objects.isEmpty || !pattern.complements.isEmpty, "'\(pattern.words[0])' (\(pattern.kind.rawValue)) has no objects")
        }
    }
}
