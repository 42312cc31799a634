import EntenteExtraction
import EntenteGraph
import Testing

/// Office holders as an article names them, written for these tests.
@Suite("Office holders named by the article")
struct DocumentLeaderTests {
    @Test("a leader the article named is who 'the X president' means later, not today's holder")
    func articleLeaderFirst() {
        let text = """
            Mahinda Rajapaksa, President of Sri Lanka, flew to Islamabad on Monday.

            The Sri Lankan President praised Pakistan for its help.
            """
        let found = relationsInBody(text)
        #expect(found.contains("Mahinda Rajapaksa praise Pakistan (asserted)"), "\(found)")
    }

    @Test("with no leader named, the lexicon's holder of the office is meant")
    func lexiconHolderOtherwise() {
        let found = relationsInBody("The Russian president praised China.")
        #expect(found.contains("Vladimir Putin praise China (asserted)"), "\(found)")
    }
}
