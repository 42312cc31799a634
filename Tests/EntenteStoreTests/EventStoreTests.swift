import EntenteGraph
import Foundation
import Testing

@testable import EntenteStore

@Suite struct EventStoreTests {
    static func temporaryStore() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("events.sqlite").path
    }

    static func article(_ id: String, text: String, kind: RelationKind = .attack, url: String? = nil, date: String? = nil) -> StoredArticle {
        let evidence = Evidence(document: id, sentence: 0, start: 0, end: text.count, text: text, date: date, url: url)
        let extraction = DocumentExtraction(
            document: DocumentInfo(id: id, title: "T", date: date, url: url),
            actors: [Actor(id: "RUS", name: "Russia", kind: .state), Actor(id: "UKR", name: "Ukraine", kind: .state)],
            relations: [Relation(source: "RUS", target: "UKR", kind: kind, code: "190", evidence: evidence)])
        return StoredArticle(extraction: extraction, contentHash: EventStore.contentHash(text))
    }

    @Test func sameArticleTwiceIsStoredOnce() throws {
        let path = try Self.temporaryStore()
        let store = try EventStore(path: path)
        let first = try store.ingest([Self.article("a.txt", text: "one")])
        #expect(first.added == 1 && first.events == 1)
        let again = try store.ingest([Self.article("a.txt", text: "one"), Self.article("copy.txt", text: "one")])
        #expect(again.unchanged == 1)
        #expect(again.sameTextAs == [["copy.txt", "a.txt"]])
        #expect(store.documentCount == 1 && store.eventCount == 1)
    }

    @Test func editedArticleReplacesItsEvents() throws {
        let store = try EventStore(path: Self.temporaryStore())
        _ = try store.ingest([Self.article("a", text: "first", kind: .attack, url: "https://x/1")])
        // Same URL under another id with new text: the stored document is replaced.
        let report = try store.ingest([Self.article("b", text: "edited", kind: .praise, url: "https://x/1")])
        #expect(report.replaced == 1)
        let graph = try store.loadGraph()
        #expect(graph.relations.map(\.kind) == [.praise])
        #expect(graph.documents.map(\.id) == ["b"])
    }

    @Test func duplicateIDsInABatchAreReported() throws {
        let store = try EventStore(path: Self.temporaryStore())
        let report = try store.ingest([Self.article("a", text: "x"), Self.article("a", text: "y")])
        #expect(report.duplicateIDs == ["a"])
        #expect(store.documentCount == 1)
    }

    @Test func graphRoundTripsThroughTheStore() throws {
        let path = try Self.temporaryStore()
        _ = try EventStore(path: path).ingest([Self.article("a", text: "x", url: "https://u", date: "2024-06-12")])
        let graph = try EventStore(path: path, create: false).loadGraph()
        let relation = try #require(graph.relations.first)
        #expect(relation.code == "190" && relation.evidence.date == "2024-06-12" && relation.evidence.url == "https://u")
        #expect(graph.actorCount == 2)
    }

    @Test func failedBatchLeavesTheStoreAsItWas() throws {
        let store = try EventStore(path: Self.temporaryStore())
        var bad = Self.article("b", text: "bad")
        bad.extraction.relations[0].target = "NOBODY"
        #expect(throws: (any Error).self) { try store.ingest([Self.article("a", text: "good"), bad]) }
        #expect(store.documentCount == 0 && store.eventCount == 0)
    }

    @Test func newerStoreIsRefused() throws {
        let path = try Self.temporaryStore()
        let store = try EventStore(path: path)
        try store.connection.execute("PRAGMA user_version = 99")
        #expect {
            _ = try EventStore(path: path)
        } throws: { error in
            "\(error)".contains("newer Entente")
        }
    }

    @Test func aFileThatIsNotAStoreIsRefusedClearly() throws {
        let path = try Self.temporaryStore()
        try Data("not a database at all, just some text that is long enough".utf8).write(to: URL(fileURLWithPath: path))
        #expect { _ = try EventStore(path: path) } throws: { "\($0)".contains("not an") }
    }
}
