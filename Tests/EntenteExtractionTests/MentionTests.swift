import EntenteExtraction
import EntenteGraph
import Testing

@Suite("Actors and mentions")
struct MentionTests {
    @Test func unknownPersonWithTitleBecomesAnActorAndSurnameResolves() throws {
        let extraction = extract("""
            Talks

            Belarusian General Ivan Petrovsky said the drills would continue. Petrovsky warned Lithuania on Monday.
            """)
        let person = try #require(extraction.actors.first { $0.name == "Ivan Petrovsky" })
        #expect(person.kind == .person)
        #expect(person.affiliation == "BLR")
        #expect(summary(extraction).contains("Ivan Petrovsky member_of Belarus (asserted)"))
        #expect(summary(extraction).contains("Ivan Petrovsky warn Lithuania (asserted)"))
    }

    @Test func pronounsResolveToTheSalientPerson() {
        let extraction = extract("""
            Visit

            Putin hosted Lukashenko in Sochi. He praised Belarus for its loyalty.
            """)
        #expect(summary(extraction).contains("Vladimir Putin praise Belarus (asserted)"), "\(summary(extraction))")
    }

    @Test func titleAloneResolvesToTheOfficeHolder() {
        let extraction = extract("Summit\n\nThe Belarusian leader met Putin in Minsk.")
        #expect(summary(extraction).contains("Alexander Lukashenko meet Vladimir Putin (asserted)"), "\(summary(extraction))")
    }

    @Test func spellingVariantsAreOneActor() {
        let extraction = extract("Belarus\n\nLukashenka met Zelenskiy. Lukashenko later criticised Kiev.")
        let ids = Set(extraction.actors.map(\.id))
        #expect(ids.contains("LUKASHENKO"))
        #expect(extraction.actors.filter { $0.name.contains("Lukashenk") }.count == 1)
        #expect(summary(extraction).contains("Alexander Lukashenko criticize Ukraine (asserted)"), "\(summary(extraction))")
    }

    @Test func newArmedGroupFromRoleCue() throws {
        let extraction = extract("Ethiopia\n\nThe Kalto militia attacked Ethiopia's army near Gondar.")
        let group = try #require(extraction.actors.first { $0.name == "Kalto militia" })
        #expect(group.kind == .armedGroup)
        #expect(summary(extraction).contains("Kalto militia attack Ethiopia (asserted)"), "\(summary(extraction))")
    }

    @Test func acronymsMatchOnlyInCapitals() {
        let extraction = extract("Pyongyang\n\nKim Jong Un inspected a missile factory. Let's see, he said.")
        let names = extraction.actors.map(\.name)
        #expect(!names.contains("United Nations"), "\(names)")
        #expect(!names.contains("Lashkar-e-Taiba"), "\(names)")
    }

    @Test func aCompoundModifierNeedsItsHeadInTheSameNounPhrase() {
        let extraction = extract("H\n\nThe United States backs the Kenyan-led force but said it would not send troops.")
        #expect(!summary(extraction).contains { $0.hasPrefix("Kenya member_of") }, "\(summary(extraction))")
    }

    @Test func pageNoiseProducesNothing() {
        let extraction = extract("""
            Headline without relations

            (photo credit: Jane Doe/Reuters)

            RUSSIAN TROOPS fire on Ukraine near the front line.

            Stay updated with the latest news! Subscribe to The Daily Newsletter

            Reporting by John Smith; Editing by Russia Desk
            """)
        #expect(extraction.relations.isEmpty, "\(summary(extraction))")
    }

    @Test func evidenceLocatesTheSentence() throws {
        let text = "Headline\n\nNothing here. Russia attacked Ukraine on Monday."
        let extraction = extract(text, date: "2024-02-01")
        let relation = try #require(extraction.relations.first)
        let bytes = Array(text.utf8)
        let span = String(decoding: bytes[relation.evidence.start..<relation.evidence.end], as: UTF8.self)
        #expect(span == "Russia attacked Ukraine on Monday.")
        #expect(relation.evidence.text == span)
        #expect(relation.evidence.date == "2024-02-01")
    }
}
