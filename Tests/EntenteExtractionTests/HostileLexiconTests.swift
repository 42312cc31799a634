import EntenteExtraction
import EntenteGraph
import Foundation
import Testing

/// Crafted lexicons are refused quickly and with a line number; invisible characters in
/// articles cannot change who a sentence names.
@Suite struct HostileLexiconTests {
    /// Nine levels of anchors, each a list of three aliases of the one before: 3^9 leaves.
    static let bombAnchors: String = {
        var text = "a0: &a0 [x, x, x]\n"
        for level in 1..<10 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1), *a\(level - 1)]\n" }
        return text
    }()

    @Test func anAliasBombAsAKeyIsRefusedAtOnce() throws {
        var lexicon = Lexicon()
        let start = Date()
        let error = try #require(throws: LexiconError.self) {
            try lexicon.merge(yaml: Self.bombAnchors + "cues:\n  *a9 : [x]\n", source: "bomb.yaml")
        }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(error.description.contains("bomb.yaml:12:3"))
        #expect(error.description.contains("cannot be a mapping key"))
    }

    @Test(arguments: [
        ("key: *a\n", nil), ("'*a': 1\n", nil), ("k: \"*a: b\"\n", nil), ("k: [a, b]\n", nil), ("# *a: x\n", nil),
        ("*a : 1\n", 1), ("{*a: 1}\n", 2), ("[a, b]: 1\n", 6), ("? x\n: y\n", 1), ("- *x: 1\n", 3),
    ] as [(String, Int?)])
    func complexKeysAreFound(yaml: String, column: Int?) {
        #expect(YAMLKeyCheck.firstComplexKey(in: yaml)?.column == column)
    }

    @Test func aLongAffiliationChainValidatesInLinearTime() throws {
        var yaml = "actors:\n"
        for i in 0..<5_000 {
            yaml += "  - {id: A\(i), name: Actor \(i), kind: organization\(i > 0 ? ", affiliation: A\(i - 1)" : "")}\n"
        }
        var lexicon = Lexicon()
        try lexicon.merge(yaml: yaml, source: "chain.yaml")
        let start = Date()
        try lexicon.validate()
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func loopsAndDuplicateKeysNameTheirLine() throws {
        var lexicon = Lexicon()
        try lexicon.merge(yaml: """
            actors:
              - {id: A, name: A, kind: organization, affiliation: B}
              - {id: B, name: B, kind: organization, affiliation: A}
              - {id: C, name: C, kind: organization, affiliation: C}
            """, source: "loop.yaml")
        let loop = try #require(throws: LexiconError.self) { try lexicon.validate() }
        #expect(loop.description.hasPrefix("loop.yaml:2:"))
        #expect(loop.description.contains("A → B → A"))
        var other = Lexicon()
        let duplicate = try #require(throws: LexiconError.self) {
            try other.merge(yaml: "actors:\n  - id: A\n    name: A\n    id: B\n", source: "dup.yaml")
        }
        #expect(!duplicate.description.hasPrefix("dup.yaml:0:0"))
        #expect(duplicate.description.contains("duplicate key 'id'"))
    }

    @Test(arguments: ["\u{FEFF}", "\u{200B}", "\u{2060}"])
    func anInvisibleCharacterCannotMergeSentences(invisible: String) {
        let extraction = extract("Headline\nRussia threatened Ukraine.\n\(invisible)Iran threatened Israel.\n")
        let lines = summary(extraction)
        #expect(lines.contains("Iran threaten Israel (asserted)"), "\(lines)")
        #expect(!lines.contains("Russia threaten Israel (asserted)"), "\(lines)")
    }

    @Test func aJSONLinesLinkToADeviceIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let link = dir.appendingPathComponent("zero.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        let error = try #require(throws: ReaderError.self) { try DocumentReader().forEachDocument(in: link) { _ in } }
        #expect(error.description.contains("is a device, not a regular file"))
    }
}
