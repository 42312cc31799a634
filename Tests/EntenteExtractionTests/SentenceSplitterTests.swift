import EntenteExtraction
import EntenteGraph
import Testing

@Suite("Sentences")
struct SentenceSplitterTests {
    @Test func abbreviationsInitialsAndQuotesStayInOneSentence() {
        let extraction = extract("""
            Headline

            Gen. Ivan Petrov of Belarus met U.S. envoys in St. Petersburg. "Russia attacked Ukraine," he said.
            """)
        let sentences = Set(extraction.relations.map(\.evidence.text))
        #expect(sentences.contains("\"Russia attacked Ukraine,\" he said."), "\(sentences)")
    }

    @Test func runawaySentencesAreCutIntoBoundedPieces() {
        let words = (0..<5000).map { $0 % 7 == 0 ? "Russia attacked Ukraine" : "and" }.joined(separator: " ")
        let extraction = extract("Headline\n\n" + words)
        #expect(!extraction.relations.isEmpty)
        let longest = extraction.relations.map { $0.evidence.end - $0.evidence.start }.max() ?? 0
        #expect(longest < 2000, "a sentence of \(longest) bytes was analysed whole")
    }
}
