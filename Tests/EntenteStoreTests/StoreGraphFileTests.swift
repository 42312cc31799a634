import EntenteGraph
import Foundation
import Testing

@testable import EntenteStore

/// The graph file kept beside a store: built on the first query, used while the store is
/// unchanged, rebuilt after an ingest, and never trusted when it came from another store.
@Suite struct StoreGraphFileTests {
    @Test func graphFileFollowsTheStore() throws {
        let path = try EventStoreTests.temporaryStore()
        let sidecar = EventStore.graphFilePath(forStore: path)
        let store = try EventStore(path: path)
        _ = try store.ingest([EventStoreTests.article("a", text: "one", kind: .attack)])

        let first = try store.openGraph()
        #expect(!first.isMapped, "no graph file yet: loaded from the tables")
        #expect(GraphFile.stamp(atPath: sidecar) == (try store.stamp()))
        let second = try EventStore(path: path, create: false).openGraph()
        #expect(second.isMapped, "an unchanged store is read through its graph file")
        #expect(Array(second.relations) == Array(first.relations) && Array(second.actors) == Array(first.actors))

        let before = try store.stamp()
        _ = try store.ingest([EventStoreTests.article("b", text: "two", kind: .praise)])
        #expect(try store.stamp().generation == before.generation + 1 && (try store.stamp()).identity == before.identity)
        let afterIngest = try store.openGraph()
        #expect(!afterIngest.isMapped, "a stale graph file is not used")
        #expect(afterIngest.relationCount == 2)
        let rebuilt = try store.openGraph()
        #expect(rebuilt.isMapped && rebuilt.relationCount == 2)
    }

    @Test func aGraphFileFromAnotherStoreIsIgnored() throws {
        let path = try EventStoreTests.temporaryStore(), other = try EventStoreTests.temporaryStore()
        let store = try EventStore(path: path), stranger = try EventStore(path: other)
        _ = try store.ingest([EventStoreTests.article("a", text: "one")])
        _ = try stranger.ingest([EventStoreTests.article("z", text: "else", kind: .praise)])
        #expect(try store.stamp().identity != (try stranger.stamp()).identity)
        _ = try stranger.openGraph()
        try FileManager.default.copyItem(atPath: EventStore.graphFilePath(forStore: other), toPath: EventStore.graphFilePath(forStore: path))
        let graph = try store.openGraph()
        #expect(!graph.isMapped)
        #expect(graph.relations.first?.kind == .attack)
    }
}
