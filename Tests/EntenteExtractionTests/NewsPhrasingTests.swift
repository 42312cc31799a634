import EntenteExtraction
import EntenteGraph
import Testing

/// Everyday wire phrasings, one short article each, written for these tests.
@Suite("News phrasings")
struct NewsPhrasingTests {
    static let cases: [(String, Expected)] = [
        ("Ukraine's military said Russia launched 50 drones overnight at Kyiv.",
         Expected(source: "Russia", kind: .attack, target: "Ukraine", certainty: .reported)),
        ("The EU imposed new sanctions on Russia.", Expected(source: "European Union", kind: .sanction, target: "Russia")),
        ("Russian missiles hit Kyiv, killing three people.", Expected(source: "Russia", kind: .attack, target: "Ukraine")),
        ("Hamas and Israel agreed to a ceasefire brokered by Qatar.", Expected(source: "Qatar", kind: .mediate, target: "Israel")),
        ("Kagame denied that Rwanda supports M23.", Expected(source: "Rwanda", kind: .support, target: "March 23 Movement", certainty: .negated)),
        ("Chinese and Russian warships held joint drills in the Sea of Japan.", Expected(source: "China", kind: .train, target: "Russia")),
        ("Azerbaijan and Armenia signed a peace deal in Washington.", Expected(source: "Azerbaijan", kind: .ally, target: "Armenia")),
        ("Washington pledged $2 billion in military aid to Ukraine.", Expected(source: "United States", kind: .pledge, target: "Ukraine")),
        ("Poland summoned Russia's ambassador on Monday.", Expected(source: "Poland", kind: .criticize, target: "Russia")),
        ("The Houthis claimed responsibility for an attack on a US warship.", Expected(source: "Houthis", kind: .assault, target: "United States")),
        ("Rwandan President Paul Kagame met Congolese President Felix Tshisekedi in Doha.",
         Expected(source: "Paul Kagame", kind: .meet, target: "Félix Tshisekedi")),
        ("Turkish jets struck PKK targets in northern Iraq, the defence ministry said.",
         Expected(source: "Turkey", kind: .attack, target: "Kurdistan Workers' Party", certainty: .reported)),
        ("Kagame accused Congo of sheltering the FDLR.",
         Expected(source: "Democratic Republic of the Congo", kind: .host, target: "FDLR", certainty: .reported)),
        ("Congolese troops fight alongside the FDLR, Kigali says.",
         Expected(source: "Democratic Republic of the Congo", kind: .support, target: "FDLR", certainty: .reported)),
        ("Zelensky urged the United States to supply more air defence systems.",
         Expected(source: "Volodymyr Zelenskyy", kind: .appeal, target: "United States")),
        ("Britain urged Russia to withdraw its troops.", Expected(source: "United Kingdom", kind: .appeal, target: "Russia")),
        ("Estonia, Latvia and Lithuania attribute the sabotage to Russian state actors.",
         Expected(source: "Latvia", kind: .accuse, target: "Russia")),
        ("Germany has begun stationing a permanent brigade in Lithuania.",
         Expected(source: "Lithuania", kind: .hostTroops, target: "Germany")),
        ("Russia accuses the Baltic states of discriminating against Russian speakers.",
         Expected(source: "Russia", kind: .accuse, target: "the Baltic states")),
        ("Russia, a close ally of Mr Maduro's government, has called for calm.",
         Expected(source: "Russia", kind: .ally, target: "Venezuela")),
        ("The PKK, which has waged an insurgency against the Turkish state since 1984, is designated a terrorist group by the European Union.",
         Expected(source: "European Union", kind: .sanction, target: "Kurdistan Workers' Party")),
        ("The PKK has waged an insurgency against the Turkish state since 1984.",
         Expected(source: "Kurdistan Workers' Party", kind: .rebel, target: "Turkey")),
        ("Baghdad and Ankara agreed last year to work together.", Expected(source: "Iraq", kind: .support, target: "Turkey")),
        ("The Kurdistan Regional Government maintains close ties with Turkey.",
         Expected(source: "Kurdistan Regional Government", kind: .support, target: "Turkey")),
        ("Starmer said the UK stood \"shoulder to shoulder\" with Ukraine.",
         Expected(source: "United Kingdom", kind: .support, target: "Ukraine", certainty: .reported)),
        ("The Dominican Republic shares an island with Haiti. Its President Luis Abinader spoke on Monday.",
         Expected(source: "Luis Abinader", kind: .leaderOf, target: "Dominican Republic")),
        ("Ukraine's foreign minister, Andrii Sybiha, said Kyiv was ready for talks.",
         Expected(source: "Andrii Sybiha", kind: .memberOf, target: "Ukraine")),
        ("Hungary's Viktor Orbán said his government would block the funding.",
         Expected(source: "Viktor Orbán", kind: .leaderOf, target: "Hungary")),
        ("Zelensky said the strikes showed Moscow had \"no intention of ending this war\" and urged the United States to supply more air defences.",
         Expected(source: "Volodymyr Zelenskyy", kind: .appeal, target: "United States")),
        ("The Arakan Army broke a ceasefire with Myanmar's junta weeks later.",
         Expected(source: "Arakan Army", kind: .fight, target: "Myanmar")),
        ("Bangladesh has held informal contacts with the Arakan Army.",
         Expected(source: "Bangladesh", kind: .meet, target: "Arakan Army")),
        ("Junta leader Min Aung Hlaing visited China in November.",
         Expected(source: "Min Aung Hlaing", kind: .leaderOf, target: "Myanmar")),
    ]

    /// A list that is really two clauses must not merge their actors.
    @Test func aClauseAfterAndIsNotAListItem() {
        let extraction = extract("""
            H

            Iraq has banned the PKK, and the Kurdistan Regional Government, which maintains close ties with Turkey, has called on the PKK to leave.
            """)
        let lines = summary(extraction)
        #expect(!lines.contains("Iraq sanction Kurdistan Regional Government (asserted)"), "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("Kurdistan Workers' Party support") }, "\(lines)")
        #expect(lines.contains("Kurdistan Regional Government support Turkey (asserted)"), "\(lines)")
    }

    @Test("phrasing", arguments: cases.indices)
    func phrasing(_ index: Int) {
        let (sentence, expected) = Self.cases[index]
        let extraction = extract("Headline\n\n" + sentence)
        #expect(contains(extraction, expected), "\(sentence) → \(summary(extraction))")
    }
}
