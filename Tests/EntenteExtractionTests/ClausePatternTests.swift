import EntenteExtraction
import EntenteGraph
import Testing

/// Each case is a short article the project wrote for the pattern it names; a headline line
/// comes first, as in real input.
@Suite("Clause patterns")
struct ClausePatternTests {
    static let cases: [(String, String, [Expected])] = [
        ("active verb", "Border clash\n\nRussia attacked Ukraine on Monday, officials in Kyiv confirmed.",
         [Expected(source: "Russia", kind: .attack, target: "Ukraine", certainty: .reported)]),
        ("passive with agent", "Drone strike\n\nThe Indian base was attacked by Pakistani drones overnight.",
         [Expected(source: "Pakistan", kind: .attack, target: "India")]),
        ("passive of a state", "Strike\n\nLebanon was struck by Israel on Tuesday.",
         [Expected(source: "Israel", kind: .attack, target: "Lebanon")]),
        ("conjoined subjects", "Sahel\n\nMali and Burkina Faso expelled French troops last year.",
         [Expected(source: "Mali", kind: .expel, target: "France"), Expected(source: "Burkina Faso", kind: .expel, target: "France")]),
        ("conjoined objects", "Warning\n\nChina warned Japan and the Philippines on Friday.",
         [Expected(source: "China", kind: .warn, target: "Japan"), Expected(source: "China", kind: .warn, target: "Philippines")]),
        ("reciprocal exercises", "Drills\n\nRussia and Belarus held joint exercises near the border.",
         [Expected(source: "Russia", kind: .train, target: "Belarus")]),
        ("nominal invasion", "Anniversary\n\nRussia's invasion of Ukraine entered its third year.",
         [Expected(source: "Russia", kind: .invade, target: "Ukraine")]),
        ("demonym agent of nominal", "Lebanon\n\nIsraeli strikes on Lebanon killed dozens.",
         [Expected(source: "Israel", kind: .attack, target: "Lebanon")]),
        ("organ as subject", "Front\n\nRussian forces shelled Ukraine's border villages, and Ukrainian troops fired on Russian positions.",
         [Expected(source: "Russia", kind: .attack, target: "Ukraine")]),
        ("member apposition", "Baltic\n\nMoscow threatened NATO member Estonia with retaliation.",
         [Expected(source: "Estonia", kind: .memberOf, target: "NATO"), Expected(source: "Russia", kind: .threaten, target: "Estonia")]),
        ("titles", "Summit\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.",
         [Expected(source: "Emmanuel Macron", kind: .leaderOf, target: "France"),
          Expected(source: "Olaf Scholz", kind: .leaderOf, target: "Germany"),
          Expected(source: "Emmanuel Macron", kind: .meet, target: "Olaf Scholz")]),
        ("metonyms", "Row\n\nThe Kremlin condemned Kyiv over the attack.",
         [Expected(source: "Russia", kind: .condemn, target: "Ukraine")]),
        ("relative clause", "Belarus\n\nWagner fighters, who are training Belarus's army, threatened Poland.",
         [Expected(source: "Wagner Group", kind: .train, target: "Belarus"), Expected(source: "Wagner Group", kind: .threaten, target: "Poland")]),
        ("gerund after credit", "Deal\n\nWashington credited Qatar with mediating between Israel and Hamas.",
         [Expected(source: "Qatar", kind: .mediate, target: "Israel"), Expected(source: "Qatar", kind: .mediate, target: "Hamas")]),
        ("supply with object", "Arms\n\nIran has sent drones and missiles to Russia, Western officials say.",
         [Expected(source: "Iran", kind: .supplyArms, target: "Russia", certainty: .reported)]),
        ("mobilise towards a border", "Border\n\nLithuania is moving extra troops towards the border with Belarus.",
         [Expected(source: "Lithuania", kind: .mobilize, target: "Belarus")]),
        ("appositive ally", "Talks\n\nPutin welcomed Lukashenko, his closest ally, to Moscow.",
         [Expected(source: "Alexander Lukashenko", kind: .ally, target: "Vladimir Putin")]),
        ("verbs in a series share subject and object", "Pipeline\n\nWestern officials accuse Iran of arming, funding and training Hezbollah.",
         [Expected(source: "Iran", kind: .supplyArms, target: "Hezbollah", certainty: .reported),
          Expected(source: "Iran", kind: .train, target: "Hezbollah", certainty: .reported)]),
        ("security guarantee", "Guarantee\n\nFrance said any aggression against Armenia would be regarded as an attack on France.",
         [Expected(source: "France", kind: .defend, target: "Armenia", certainty: .reported)]),
        ("relocation makes a host", "Move\n\nThe Wagner contingent relocated to Belarus after the revolt.",
         [Expected(source: "Belarus", kind: .host, target: "Wagner Group")]),
        ("definite description of a group", "Claim\n\nHamas fired rockets at Israel. The Iran-backed group said it had attacked Israel in retaliation.",
         [Expected(source: "Hamas", kind: .attack, target: "Israel", certainty: .reported)]),
        ("passive union", "Union\n\nMoscow and Minsk are bound together in a union state.",
         [Expected(source: "Russia", kind: .ally, target: "Belarus")]),
        ("fighting between two sides", "Darfur\n\nDays of heavy fighting between Chad and the paramilitary Rapid Support Forces left dozens dead.",
         [Expected(source: "Chad", kind: .fight, target: "Rapid Support Forces")]),
        ("predicate alliance past a relative clause", "Ties\n\nEgypt, which shares a border with Libya, is regarded as Sudan's closest ally.",
         [Expected(source: "Egypt", kind: .ally, target: "Sudan")]),
        ("appositive person with a state title", "UN\n\nJane Okafor, the Nigerian ambassador to the UN, condemned Niger.",
         [Expected(source: "Jane Okafor", kind: .memberOf, target: "Nigeria"), Expected(source: "Jane Okafor", kind: .condemn, target: "Niger")]),
        ("the army of the article's state", "Sudan\n\nSudan's war ground on in Sudan. Iran has supplied drones to the army, diplomats said.",
         [Expected(source: "Iran", kind: .supplyArms, target: "Sudan", certainty: .reported)]),
        ("light verb owns a nominal", "Sale\n\nWashington approved an arms sale to Taipei last month.",
         [Expected(source: "United States", kind: .supplyArms, target: "Taiwan")]),
        ("backer in a compound", "Yemen\n\nThe Iran-backed Houthis fired missiles at Israel.",
         [Expected(source: "Iran", kind: .support, target: "Houthis"), Expected(source: "Houthis", kind: .attack, target: "Israel")]),
        ("leader in a compound", "Bloc\n\nArmenia froze its role in the Russian-led CSTO.",
         [Expected(source: "Russia", kind: .memberOf, target: "Collective Security Treaty Organization")]),
        ("representatives as subjects", "Deal\n\nThe leaders of Armenia and Azerbaijan initialled a peace agreement on Friday.",
         [Expected(source: "Armenia", kind: .ally, target: "Azerbaijan")]),
        ("membership as a predicate", "Bloc\n\nThe Arakan Army is a member of the Three Brotherhood Alliance.",
         [Expected(source: "Arakan Army", kind: .memberOf, target: "Three Brotherhood Alliance")]),
        ("led by a titled person", "Rebels\n\nThe Arakan Army is led by commander-in-chief Twan Mrat Naing.",
         [Expected(source: "Twan Mrat Naing", kind: .leaderOf, target: "Arakan Army")]),
        ("what is captured belongs to its owner", "Rakhine\n\nThe Arakan Army captured the headquarters of the Myanmar military in Ann.",
         [Expected(source: "Arakan Army", kind: .occupy, target: "Myanmar")]),
        ("a title names the office the lexicon knows", "Kosovo\n\nPrime Minister Albin Kurti blamed Belgrade for the attack.",
         [Expected(source: "Albin Kurti", kind: .leaderOf, target: "Kosovo"), Expected(source: "Albin Kurti", kind: .accuse, target: "Serbia")]),
        ("calling on someone is an appeal", "Border\n\nThe White House called on Belgrade to withdraw its forces.",
         [Expected(source: "United States", kind: .appeal, target: "Serbia")]),
        ("pressing someone is a demand", "Border\n\nThe White House pressed Belgrade to withdraw its forces.",
         [Expected(source: "United States", kind: .demand, target: "Serbia")]),
        ("reliance reverses the direction", "UN\n\nSerbia relies on Moscow to block the vote.",
         [Expected(source: "Russia", kind: .support, target: "Serbia")]),
        ("coordinated verbs share a subject", "Raid\n\nThe Houthis attacked a tanker and warned Britain on Sunday.",
         [Expected(source: "Houthis", kind: .warn, target: "United Kingdom")]),
    ]

    @Test("pattern", arguments: cases.indices)
    func pattern(_ index: Int) {
        let (name, text, expected) = Self.cases[index]
        let extraction = extract(text)
        for relation in expected {
            #expect(contains(extraction, relation), "\(name): expected \(relation) in \(summary(extraction))")
        }
    }
}
