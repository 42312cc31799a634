import EntenteGraph
import Foundation
import Testing

@testable import EntenteExtraction

/// The automaton that reads each token's lexicon word, and the gazetteer matching built on it.
struct WordAutomatonTests {
    private func automaton(_ words: [String]) -> (WordTable, WordAutomaton) {
        var table = WordTable()
        for word in words { _ = table.id(word) }
        return (table, table.compiled())
    }

    @Test func everyWordGetsItsOwnIDAndNothingElseIsAWord() {
        let (table, automaton) = automaton(["the", "then", "they", "th", "al-shabab", "d'ivoire", "u.s.", "1990s"])
        for word in table.words { #expect(automaton.word(word) == table.existing(word), "\(word)") }
        #expect(Set(table.words.map { automaton.word($0) }).count == table.count)
        // Prefixes, extensions and near misses of words are not words.
        for other in ["t", "thé", "theme", "al", "al-shababs", "d", "u.s", "1990", "", "The"] {
            #expect(automaton.word(other) == .unknown, "\(other)")
        }
    }

    @Test func canonicallyEquivalentSpellingsAreOneWord() {
        let precomposed = "c\u{F4}te"  // ô as one scalar
        let decomposed = "co\u{302}te"  // o + combining circumflex
        let (table, automaton) = automaton([precomposed, "zürich"])
        #expect(precomposed == decomposed)
        #expect(automaton.word(decomposed) == table.existing(precomposed))
        #expect(automaton.word(precomposed) == table.existing(precomposed))
        #expect(automaton.word("zu\u{308}rich") == table.existing("zürich"))
        #expect(automaton.word("zurich") == .unknown)
    }

    @Test func thousandsOfWordsCostOneStepPerByte() {
        // Words sharing long prefixes and scattered first bytes, as a large lexicon has.
        let words = (0..<5000).map { "w\($0 % 37)-\(String($0, radix: 7))x" } + (0..<2000).map { "\(Character(UnicodeScalar(UInt8(33 + $0 % 90))))\($0)" }
        let (table, automaton) = automaton(words)
        for word in table.words { #expect(automaton.word(word) == table.existing(word)) }
        #expect(automaton.word("w1-0") == .unknown)
        // Packed, not one table row per state: a few times the bytes of the words at most.
        #expect(automaton.stateCount < 4 * words.reduce(0) { $0 + $1.utf8.count })
    }

    @Test func tokensCarryTheirWordAndClasses() throws {
        var lexicon = Lexicon()
        try lexicon.merge(yaml: "cues:\n  reporting: [said]\n  negation: [not]\n", source: "cues.yaml")
        var words = WordTable()
        let cues = CompiledCues(lexicon.cues, words: &words)
        let triggers = TriggerIndex(lexicon, words: &words)
        let vocabulary = Vocabulary(cues: cues, triggers: triggers, words: words)
        var bytes = Array("He SAID it was not so, Zürich.".utf8)
        let classified = bytes.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            var tokens = Tokenizer.tokens(in: bytes, from: 0, to: bytes.count)
            vocabulary.classify(&tokens, in: bytes)
            return tokens
        }
        let said = try #require(classified.first { $0.text == "SAID" })
        #expect(said.classes.contains(.reporting))
        #expect(said.word != .unknown)
        #expect(classified.first { $0.text == "not" }?.classes.contains(.negation) == true)
        #expect(classified.first { $0.text == "so" }?.word == .unknown)
        #expect(classified.first { $0.text == "Zürich" }?.word == .unknown)
    }
}

/// Names matched through the automaton's word ids: longest match, case, non-ASCII, apostrophes
/// and hyphens, and names added by a lexicon extension.
struct GazetteerMatchTests {
    private static let yaml = """
        actors:
          - {id: GON, name: Gondor, kind: state, demonyms: [Gondorian]}
          - {id: GFA, name: Gondor Free Army, kind: armed_group}
          - {id: ROH, name: Rohan, kind: state}
          - {id: CIV, name: Côte d'Ivoire, kind: state}
          - {id: SHB, name: al-Shirab, kind: armed_group}
          - {id: UNX, name: UNX, kind: organization}
        """

    private func actors(in text: String, extra: String? = nil) throws -> [String] {
        var lexicon = try Lexicon.builtIn()
        try lexicon.merge(yaml: Self.yaml, source: "test.yaml")
        if let extra { try lexicon.merge(yaml: extra, source: "extra.yaml") }
        let extraction = Extractor(lexicon: lexicon).extract(DocumentReader.plainDocument(id: "t", text: "Headline\n\n" + text, date: nil))
        return extraction.actors.map(\.id)
    }

    @Test func theLongestNameWins() throws {
        let found = try actors(in: "The Gondor Free Army attacked Rohan.")
        #expect(found.contains("GFA"))
        #expect(!found.contains("GON"))
        #expect(found.contains("ROH"))
    }

    @Test func capitalsFoldButLowerCaseNamesDoNot() throws {
        // (A paragraph opening in capitals would be a wire caption, so the capitals come later.)
        #expect(try actors(in: "The GONDOR FREE ARMY attacked Rohan.").contains("GFA"))
        // A name in lower case is a word, not the name.
        #expect(try !actors(in: "rohan attacked gondor.").contains("ROH"))
    }

    @Test func nonASCIIAndApostrophesMatchEitherWay() throws {
        #expect(try actors(in: "Côte d'Ivoire condemned Rohan.").contains("CIV"))
        #expect(try actors(in: "Côte d’Ivoire condemned Rohan.").contains("CIV"))
        #expect(try actors(in: "Co\u{302}te d'Ivoire condemned Rohan.").contains("CIV"))
    }

    @Test func hyphenatedArabicArticleNamesMatchInBothHouseStyles() throws {
        #expect(try actors(in: "Rohan attacked al-Shirab.").contains("SHB"))
        #expect(try actors(in: "Rohan attacked Al-Shirab.").contains("SHB"))
    }

    @Test func acronymsKeepTheirCapitals() throws {
        #expect(try actors(in: "The UNX condemned Rohan.").contains("UNX"))
        #expect(try !actors(in: "The unx condemned Rohan.").contains("UNX"))
    }

    @Test func anExtensionAddsAPhraseAndItsWords() throws {
        let extra = "actors:\n  - {id: HLX, name: Harad Lancer Legion Xyzzy, kind: armed_group}\n"
        #expect(try !actors(in: "The Harad Lancer Legion Xyzzy attacked Rohan.").contains("HLX"))
        #expect(try actors(in: "The Harad Lancer Legion Xyzzy attacked Rohan.", extra: extra).contains("HLX"))
        // The whole phrase, not its first words.
        #expect(try !actors(in: "The Harad Lancer Legion attacked Rohan.", extra: extra).contains("HLX"))
    }
}

/// The automaton compiled from the whole shipped lexicon reads every one of its words back.
struct BuiltInWordAutomatonTests {
    @Test func everyLexiconWordReadsBackAsItself() throws {
        let lexicon = try Lexicon.builtIn()
        var words = WordTable()
        _ = Gazetteer(lexicon, words: &words)
        _ = CompiledCues(lexicon.cues, words: &words)
        _ = TriggerIndex(lexicon, words: &words)
        let automaton = words.compiled()
        let misread = words.words.filter { automaton.word($0) != words.existing($0) }
        #expect(misread.isEmpty, "\(misread.prefix(20))")
        // Names, cue lists and every inflected trigger form: thousands of words, read alike.
        #expect(words.count > 5000)
    }
}
