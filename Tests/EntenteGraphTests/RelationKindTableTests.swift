import EntenteGraph
import Foundation
import Testing

/// The kind table: CAMEO codes, QuadClass and Goldstein values that agree with each other and
/// with the documented table users read.
@Suite("Relation kind table")
struct RelationKindTableTests {
    @Test func everyEventKindHasACodeUnderItsRootAndAMatchingPolarity() {
        for kind in RelationKind.allCases where kind.polarity != .affiliation {
            let root = Int(kind.root) ?? 0
            #expect((1...20).contains(root), "\(kind) has root \(kind.root)")
            #expect(kind.cameoCode.hasPrefix(kind.root))
            #expect(kind.polarity == (root <= 8 ? .cooperation : .conflict), "\(kind)")
            #expect(kind.quadClass == QuadClass.of(root: kind.root))
            #expect((-10...10).contains(kind.weight))
            #expect((kind.weight >= 0) == (kind.polarity == .cooperation), "\(kind) weighs \(kind.weight)")
        }
    }

    @Test func allTwentyRootsAreCovered() {
        let roots = Set(RelationKind.allCases.map(\.root))
        for root in 1...20 { #expect(roots.contains(String(format: "%02d", root)), "no kind for root \(root)") }
    }

    @Test func aCodeFindsTheKindItFallsUnder() {
        #expect(RelationKind(cameoCode: "0871") == .ceasefire)
        #expect(RelationKind(cameoCode: "042") == .visit)
        #expect(RelationKind(cameoCode: "1832") == .assault)
        #expect(RelationKind(cameoCode: "195") == .attack)
        #expect(RelationKind(cameoCode: "99") == nil)
        #expect(RelationKind(cameoCode: "x") == nil)
    }

    /// docs/relation-kinds.md is the table users read; it must say what the code says.
    @Test func theDocumentedTableMatches() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/relation-kinds.md"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == RelationKind.allCases.count)
        for kind in RelationKind.allCases {
            let cells = rows.first { $0.hasPrefix("| `\(kind.rawValue)` |") }?.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let cells else {
                Issue.record("docs/relation-kinds.md has no row for \(kind.rawValue)")
                continue
            }
            #expect(cells[1] == kind.cameoCode, "\(kind)")
            #expect(cells[3] == String(kind.quadClass), "\(kind)")
            #expect(Double(cells[4]) == kind.weight, "\(kind)")
            #expect(cells[5] == kind.polarity.rawValue, "\(kind)")
        }
    }
}
