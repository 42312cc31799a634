import EntenteExtraction
import EntenteGraph
import Testing

@Suite("Certainty, negation and speakers")
struct CertaintyTests {
    /// A denied relation may be dropped or marked negated, but never asserted.
    @Test("negation never yields an asserted relation", arguments: [
        ("Belarus has not sent its army to fight Ukraine, officials said.", "Belarus", "Ukraine"),
        ("The UAE denied arming the Rapid Support Forces.", "United Arab Emirates", "Rapid Support Forces"),
        ("There is no indication that China supplied Russia with weapons.", "China", "Russia"),
        ("Saudi Arabia did not join the strikes on the Houthis.", "Saudi Arabia", "Houthis"),
        ("Turkey never threatened Greece, its foreign minister insisted.", "Turkey", "Greece"),
    ])
    func negation(_ text: String, _ source: String, _ target: String) {
        let extraction = extract("Headline\n\n" + text)
        let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let asserted = extraction.relations.filter {
            names[$0.source] == source && names[$0.target] == target && $0.certainty != .negated
        }
        #expect(asserted.isEmpty, "\(summary(extraction))")
    }

    @Test("modality marks a relation hypothetical", arguments: [
        "China could attack Taiwan within years, analysts warned.",
        "North Korea plans to send more troops to Russia.",
        "Poland is ready to defend Lithuania.",
    ])
    func hypothetical(_ text: String) {
        let extraction = extract("Headline\n\n" + text)
        let conflictOrAid = extraction.relations.filter { $0.kind != .leaderOf && $0.kind != .memberOf }
        #expect(!conflictOrAid.isEmpty, "no relation in \(text)")
        #expect(conflictOrAid.allSatisfy { $0.certainty == .hypothetical }, "\(summary(extraction))")
    }

    @Test func reportedSpeechCarriesItsSpeaker() throws {
        let extraction = extract("Strikes\n\nZelenskyy said Russia attacked Ukraine's power grid overnight.")
        let relation = try #require(extraction.relations.first { $0.kind == .attack })
        #expect(relation.certainty == .reported)
        let speaker = try #require(relation.speaker)
        #expect(extraction.actors.first { $0.id == speaker }?.name.contains("Zelensky") == true)
    }

    @Test func quotedAsSayingNamesTheSpeaker() throws {
        let extraction = extract("Border\n\nState media quoted Kim Jong Un as saying that South Korea had attacked North Korea.")
        let relation = try #require(extraction.relations.first { $0.kind == .attack })
        #expect(relation.certainty == .reported)
        #expect(relation.speaker.flatMap { id in extraction.actors.first { $0.id == id } }?.name == "Kim Jong Un")
    }

    @Test func aNounAfterADemonymIsNotAVerb() {
        let extraction = extract("Strike\n\nBiden said he would oppose an Israeli strike on Iranian nuclear sites.")
        #expect(!summary(extraction).contains { $0.hasPrefix("Joe Biden attack") }, "\(summary(extraction))")
    }

    @Test func modalityInOneVerbPhraseDoesNotSpillIntoTheNext() {
        let extraction = extract("Talks\n\nHamas said it was ready to accept a deal, and accused Netanyahu of obstructing it.")
        #expect(summary(extraction).contains("Hamas accuse Benjamin Netanyahu (asserted)"), "\(summary(extraction))")
    }

    @Test func aThreatIsARealThreat() throws {
        let extraction = extract("Warning\n\nIran threatened Israel with a crushing response on Sunday.")
        let relation = try #require(extraction.relations.first { $0.kind == .threaten })
        #expect(relation.certainty == .asserted)
    }

    @Test func speechActBySpeakerIsAsserted() throws {
        let extraction = extract("Warning\n\nPutin warned Poland on Friday that aggression would not be tolerated, he said.")
        let relation = try #require(extraction.relations.first { $0.kind == .warn })
        #expect(relation.certainty == .asserted)
    }
}
