import EntenteExtraction
import EntenteGraph
import Testing

/// One extractor for all tests: loading the lexicon is the slow part.
let sharedExtractor: Extractor = {
    do { return Extractor(lexicon: try Lexicon.builtIn()) } catch { preconditionFailure("built-in lexicon: \(error)") }
}()

/// A relation as tests state it: names, not ids.
struct Expected: CustomStringConvertible, Sendable {
    var source: String
    var kind: RelationKind
    var target: String
    var certainty: Certainty = .asserted

    var description: String { "\(source) \(kind.rawValue) \(target) (\(certainty.rawValue))" }
}

func extract(_ text: String, id: String = "test.txt", date: String? = nil) -> DocumentExtraction {
    sharedExtractor.extract(DocumentReader.plainDocument(id: id, text: text, date: date))
}

/// "Source kind Target (certainty)" lines for readable failure messages.
func summary(_ extraction: DocumentExtraction) -> [String] {
    let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return extraction.relations.map {
        "\(names[$0.source] ?? $0.source) \($0.kind.rawValue) \(names[$0.target] ?? $0.target) (\($0.certainty.rawValue))"
    }
}

func contains(_ extraction: DocumentExtraction, _ expected: Expected) -> Bool {
    summary(extraction).contains(expected.description)
}

/// The relations found in `text` placed under a headline, as `summary` lines.
func relationsInBody(_ text: String) -> [String] { summary(extract("Headline\n\n" + text)) }

/// Every expected relation is among those found in `text` (under a headline).
func expectFound(_ text: String, _ expected: [Expected], sourceLocation: SourceLocation = #_sourceLocation) {
    let found = relationsInBody(text)
    for relation in expected {
        #expect(found.contains(relation.description), "\(relation) missing from \(found) in: \(text)", sourceLocation: sourceLocation)
    }
}

/// No relation of `kind` at all in `text` (under a headline): a reference must not have resolved.
func expectNoKind(_ text: String, _ kind: RelationKind, sourceLocation: SourceLocation = #_sourceLocation) {
    let extraction = extract("Headline\n\n" + text)
    #expect(!extraction.relations.contains { $0.kind == kind }, "unexpected \(summary(extraction)) in: \(text)",
            sourceLocation: sourceLocation)
}

/// "Source kind Target code" lines for the relations of `certainty` found in `text` under a headline.
func codedRelations(_ text: String, certainty: Certainty = .asserted) -> [String] {
    let extraction = extract("Headline\n\n" + text)
    let names = Dictionary(extraction.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return extraction.relations.filter { $0.certainty == certainty }.map {
        "\(names[$0.source] ?? $0.source) \($0.kind.rawValue) \(names[$0.target] ?? $0.target) \($0.eventCode)"
    }
}
