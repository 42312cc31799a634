import EntenteExtraction
import EntenteGraph
import Testing

@Suite("Lexicon")
struct LexiconTests {
    @Test func builtInCoversTheWorld() throws {
        let lexicon = try Lexicon.builtIn()
        let states = lexicon.actors.filter { $0.actor.kind == .state }
        #expect(states.count >= 195)
        for id in ["NATO", "EU", "UN", "CSTO", "ECOWAS", "ASEAN", "WAGNER", "HAMAS", "HEZBOLLAH", "HOUTHIS", "PUTIN"] {
            #expect(lexicon.entry(id: id) != nil, "missing \(id)")
        }
        #expect(lexicon.entry(id: "RUS")?.metonyms.contains("Kremlin") == true)
    }

    @Test func userLexiconAddsActorsAndVerbs() throws {
        var lexicon = try Lexicon.builtIn()
        try lexicon.merge(yaml: """
            actors:
              - {id: FRD, name: Freedonia, kind: state, demonyms: [Freedonian], capitals: [Fredville]}
            verbs:
              - {verb: bamboozle, kind: attack}
            """, source: "extra.yaml")
        let extractor = Extractor(lexicon: lexicon)
        let extraction = extractor.extract(DocumentReader.plainDocument(id: "x", text: "H\n\nFredville bamboozled Sylvania's ally Russia."))
        #expect(extraction.relations.contains { $0.source == "FRD" && $0.kind == .attack && $0.target == "RUS" })
    }

    @Test func badLexiconReportsLineAndColumn() {
        var lexicon = Lexicon()
        do {
            try lexicon.merge(yaml: "actors:\n  - id: X\n    name: Y\n    kind: planet\n", source: "bad.yaml")
            Issue.record("accepted a bad kind")
        } catch {
            #expect(error.description.hasPrefix("bad.yaml:4:"), "\(error)")
            #expect(error.description.contains("planet"))
        }
    }

    @Test func yamlSyntaxErrorIsReported() {
        var lexicon = Lexicon()
        #expect(throws: LexiconError.self) { try lexicon.merge(yaml: "actors: [ {id: X", source: "broken.yaml") }
    }

    @Test func duplicateIDsAndAffiliationLoopsAreRejected() throws {
        var lexicon = Lexicon()
        #expect(throws: LexiconError.self) {
            try lexicon.merge(yaml: "actors:\n  - {id: A, name: A}\n  - {id: A, name: B}\n", source: "dup.yaml")
        }
        var looping = Lexicon()
        try looping.merge(yaml: "actors:\n  - {id: A, name: A, affiliation: B}\n  - {id: B, name: B, affiliation: A}\n", source: "loop.yaml")
        #expect(throws: LexiconError.self) { try looping.validate() }
    }
}
