import EntenteExtraction
import EntenteGraph
import Testing

/// Coups and the reactions to them, written for these tests.
@Suite("Coup reporting")
struct CoupReportingTests {
    @Test("ousting a leader is a rising against them; the participle before a title is no act")
    func ousting() {
        expectFound("Niger's presidential guard overthrew President Mohamed Bazoum in July.", [
            Expected(source: "Niger", kind: .rebel, target: "Mohamed Bazoum"),
        ])
        let adjective = relationsInBody("The AU demanded the release of the ousted president.")
        #expect(!adjective.contains { $0.contains(" rebel ") }, "\(adjective)")
    }

    @Test("'the coup' paragraphs later still means the coup the article reported")
    func reactionsFarAway() {
        let text = """
            Niger's presidential guard overthrew President Mohamed Bazoum on Wednesday.

            The capital was calm on Thursday.

            Shops reopened and traffic returned.

            Benin, Togo as well as the African Union condemned the coup.
            """
        let found = relationsInBody(text)
        for reactor in ["Benin", "Togo", "African Union"] {
            #expect(found.contains("\(reactor) condemn Niger (asserted)"), "\(found)")
        }
    }

    @Test("a gerund opening the sentence has the main clause's subject")
    func openingGerund() {
        let text = "Niger's presidential guard overthrew President Mohamed Bazoum.\n\nWhile condemning the coup, ECOWAS threatened to use force."
        let found = relationsInBody(text)
        #expect(found.contains("Economic Community of West African States condemn Niger (asserted)"), "\(found)")
    }

    @Test("a deed done to its possessor does not make them its doer or the one blamed")
    func deedsDoneToThePossessor() {
        let found = relationsInBody("Nigeria condemned Bazoum's ouster and demanded Bazoum's release.")
        #expect(!found.contains("Nigeria condemn Mohamed Bazoum (asserted)"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("Mohamed Bazoum ") && !$0.contains("leader_of") }, "\(found)")
        expectFound("Russia's expulsion of Estonian diplomats angered Tallinn.", [
            Expected(source: "Russia", kind: .expel, target: "Estonia"),
        ])
    }
}
