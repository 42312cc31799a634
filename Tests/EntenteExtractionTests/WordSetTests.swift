import Testing

@testable import EntenteExtraction

/// `WordSet` must answer exactly as the `Set<String>` it replaced: its filter may only skip
/// hashing, never change an answer.
struct WordSetTests {
    private let members = ["attack", "attacks", "in", "al-", "'s", ",", "café", "k", "in retaliation for", "in support of"]

    @Test func agreesWithSetOnMembersAndNearMisses() {
        let words = WordSet(members)
        let set = Set(members)
        let probes = members + [
            "attacked", "attac", "Attack", "ATTACK", "", "i", "ins", "al", "'", ";", "cafe", "K", "kk",
            "in retaliation", "in retaliation for a", "on support of", "zzzzzz", "é",
        ]
        for probe in probes { #expect(words.contains(probe) == set.contains(probe), "\(probe)") }
    }

    /// Swift compares strings by canonical equivalence: a decomposed "é", or the Kelvin sign
    /// (whose normal form is "K"), is the same string as its composed or plain twin.
    @Test func canonicallyEquivalentSpellingsAreMembers() {
        let words = WordSet(["café", "k", "K"])
        #expect(words.contains("cafe\u{301}"))
        #expect(words.contains("caf\u{E9}"))
        #expect(words.contains("\u{212A}"))
        let kelvin = WordSet(["\u{212A}"])
        #expect(kelvin.contains("K"))
        #expect(!kelvin.contains("k"))
    }

    @Test func threeWordPhrasesMatchAsTheirJoinedString() {
        let words = WordSet(members)
        #expect(words.contains("in", "retaliation", "for"))
        #expect(words.contains("in", "support", "of"))
        #expect(!words.contains("in", "support", "for"))
        #expect(!words.contains("on", "retaliation", "for"))
        #expect(WordSet(["a b "]).contains("a", "b", ""))
        #expect(WordSet(["caf\u{E9} b c"]).contains("cafe\u{301}", "b", "c"))
    }

    /// A set of plain ASCII words decides by its bits without reading a word's bytes; words with
    /// other bytes still get the set's answer, and a member with one of the three ASCII
    /// characters a non-ASCII one is canonically equal to ("K", ";", "`") keeps the careful path.
    @Test func plainASCIISetsAgreeWithSetOnOtherSpellings() {
        let plain = ["attack", "in", "the", "ok", "in support of"]
        let words = WordSet(plain)
        let set = Set(plain)
        let probes = plain + ["att\u{E4}ck", "the\u{301}", "\u{212A}", ";", "o\u{212A}", "\u{ED}n", "in support of\u{301}", "", "th"]
        for probe in probes { #expect(words.contains(probe) == set.contains(probe), "\(probe)") }
        #expect(words.contains("in", "support", "of"))
        #expect(!words.contains("in", "support", "o\u{301}f"))
        #expect(!words.contains("\u{ED}n", "support", "of"))
        #expect(WordSet([";"]).contains("\u{37E}"))
        #expect(WordSet(["`"]).contains("\u{1FEF}"))
        #expect(WordSet(["oK"]).contains("o\u{212A}"))
        #expect(WordSet(["a ; b"]).contains("a", "\u{37E}", "b"))
    }
}
