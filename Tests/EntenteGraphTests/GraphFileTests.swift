import EntenteGraph
import Foundation
import Testing

/// The mapped graph file: it round-trips, answers exactly as the in-memory graph does, and
/// refuses or survives damaged bytes without reading outside the file.
@Suite struct GraphFileTests {
    /// A graph with every column in use, parallel relations, a loop, a negated claim, dated and
    /// undated evidence, aliases shared by two actors.
    func sample(seed: UInt64 = 7, actors: Int = 40, relations: Int = 160) throws -> KnowledgeGraph {
        var random = PropertyTests.Random(state: seed)
        var graph = KnowledgeGraph()
        graph.register(DocumentInfo(id: "d0", title: "Title", date: "2024-01-02", url: "https://example.org/0"))
        graph.register(DocumentInfo(id: "d1"))
        let kinds: [ActorKind] = [.state, .person, .armedGroup, .igo]
        for a in 0..<actors {
            graph.add(Actor(
                id: "A\(a)", name: "Actor Ñ\(a)", kind: kinds[a % kinds.count],
                aliases: a % 3 == 0 ? ["Alias \(a)", "Shared"] : [], affiliation: a % 5 == 1 ? "A0" : nil,
                code: a % 2 == 0 ? "C\(a)" : nil))
        }
        let relationKinds: [RelationKind] = [.meet, .ally, .attack, .threaten, .memberOf, .praise, .sanction]
        let certainties: [Certainty] = [.asserted, .reported, .hypothetical, .negated]
        for r in 0..<relations {
            let s = random.below(random.below(actors) + 1), t = random.below(actors)
            try graph.add(Relation(
                source: "A\(s)", target: "A\(t)", kind: relationKinds[random.below(relationKinds.count)],
                code: r % 4 == 0 ? "0311" : nil, certainty: certainties[random.below(certainties.count)],
                speaker: r % 6 == 0 ? "A\(t)" : nil,
                evidence: Evidence(
                    document: "d\(r % 2)", sentence: r / 3, start: r, end: r + 10, text: r % 5 == 0 ? "" : "Sentence «\(r / 3)».",
                    date: r % 2 == 0 ? "2024-0\(1 + r % 9)-1\(r % 10)" : nil, url: r % 2 == 0 ? "https://example.org/0" : nil)))
        }
        return graph
    }

    func expectSameRecords(_ a: KnowledgeGraph, _ b: KnowledgeGraph) {
        #expect(a.actors == b.actors)
        #expect(a.relations == b.relations)
        #expect(a.documents == b.documents)
        #expect(a.sources == b.sources)
        #expect(a.targets == b.targets)
    }

    @Test func roundTripsThroughMemoryAndDisk() throws {
        let graph = try sample()
        let data = GraphFile.encode(graph)
        #expect(GraphFile.isGraphFile(data))
        #expect(GraphFile.encode(graph) == data, "the same graph gives the same bytes")
        let decoded = try GraphFile.decode(data)
        #expect(decoded.isMapped)
        expectSameRecords(graph, decoded)
        expectSameRecords(graph, try Snapshot.decode(data))

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entente-graphfile-\(UUID()).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try GraphFile.save(graph, to: url, stamp: GraphFile.Stamp(identity: 9, generation: 4))
        #expect(GraphFile.stamp(atPath: url.path) == GraphFile.Stamp(identity: 9, generation: 4))
        let loaded = try Snapshot.load(from: url)
        #expect(loaded.isMapped && loaded.fileStamp == GraphFile.Stamp(identity: 9, generation: 4))
        expectSameRecords(graph, loaded)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(loaded.actors) == encoder.encode(Array(graph.actors)), "a list encodes as its array")
        #expect(try encoder.encode(loaded.relations) == encoder.encode(Array(graph.relations)))

        let empty = try GraphFile.decode(GraphFile.encode(KnowledgeGraph()))
        #expect(empty.actorCount == 0 && empty.relationCount == 0 && empty.actors(named: "x").isEmpty)
        #expect(empty.neighbourList(of: 0, depth: 1).isEmpty)
    }

    @Test func answersAsTheInMemoryGraphDoes() throws {
        let graph = try sample()
        let mapped = try GraphFile.decode(GraphFile.encode(graph))
        let filters = [
            RelationFilter.all, RelationFilter(polarities: [.conflict]), RelationFilter(minimumEvidence: 2),
            RelationFilter(from: "2024-03-01"), RelationFilter(actorKinds: [.state, .person]),
        ]
        for name in ["A3", "a3", "Actor Ñ3", "actor n3", "Alias 3", "shared", "nobody"] {
            #expect(graph.actors(named: name) == mapped.actors(named: name), "\(name)")
        }
        #expect(mapped.index(ofID: "A17") == 17 && mapped.index(ofID: "A") == nil)
        #expect(mapped.actor(id: "A4") == graph.actor(id: "A4"))
        #expect(throws: GraphError.self) { try mapped.resolve("Actr Ñ3") }
        for a in 0..<ActorIndex(graph.actorCount) {
            #expect(graph.outgoingRelations(of: a) == mapped.outgoingRelations(of: a))
            #expect(graph.incomingRelations(of: a) == mapped.incomingRelations(of: a))
            for filter in filters {
                #expect(graph.neighbourList(of: a, depth: 2, filter: filter).map(\.actor)
                    == mapped.neighbourList(of: a, depth: 2, filter: filter).map(\.actor))
                #expect(graph.allies(of: a, filter: filter) == mapped.allies(of: a, filter: filter))
                #expect(graph.rivals(of: a, filter: filter) == mapped.rivals(of: a, filter: filter))
            }
            for b in stride(from: ActorIndex(0), to: ActorIndex(graph.actorCount), by: 7) where a != b {
                for filter in filters.prefix(3) {
                    #expect(graph.shortestPath(from: a, to: b, filter: filter) == mapped.shortestPath(from: a, to: b, filter: filter))
                }
                #expect(graph.simplePathSearch(from: a, to: b, maxHops: 3).paths == mapped.simplePathSearch(from: a, to: b, maxHops: 3).paths)
                if let path = graph.shortestPath(from: a, to: b) {
                    #expect(graph.evidence(for: path) == mapped.evidence(for: path))
                }
            }
        }
        #expect(graph.ties() == mapped.ties())
    }

    /// The narrowed-filter rows `allies` reads from the unfiltered index are what a narrowed
    /// index would hold: checked against the index built for the narrowed filter itself.
    @Test func tiesMatchTheNarrowedIndex() throws {
        let graph = try sample(seed: 11)
        for filter in [RelationFilter.all, RelationFilter(minimumEvidence: 2), RelationFilter(through: "2024-05")] {
            let narrowed = filter.restricted(to: [.cooperation])
            let index = graph.adjacency(for: narrowed)
            for a in 0..<ActorIndex(graph.actorCount) {
                let expected = index.neighbours(of: a).map { b in index.relations(between: a, and: b) }
                #expect(Set(graph.allies(of: a, filter: filter).map(\.relations)) == Set(expected), "actor \(a)")
            }
        }
    }

    @Test func aMappedGraphCopiesItselfOnChange() throws {
        let graph = try sample()
        var mapped = try GraphFile.decode(GraphFile.encode(graph))
        let copy = mapped
        mapped.add(Actor(id: "NEW", name: "Newcomer", kind: .state))
        try mapped.add(Relation(source: "NEW", target: "A1", kind: .ally, evidence: Evidence(document: "d9", sentence: 0, start: 0, end: 1, text: "x")))
        #expect(!mapped.isMapped && copy.isMapped)
        #expect(mapped.actorCount == graph.actorCount + 1 && copy.actorCount == graph.actorCount)
        #expect(mapped.actors(named: "shared") == graph.actors(named: "shared"))
        #expect(mapped.shortestPath(from: mapped.at("NEW"), to: mapped.at("A1"))?.length == 1)
        expectSameRecords(graph, copy.inMemory())
    }

    @Test func aCutFileIsRefusedWithAClearError() throws {
        let data = GraphFile.encode(try sample(actors: 8, relations: 20))
        for cut in stride(from: 0, to: data.count - 8, by: 13) {
            #expect(throws: SnapshotError.self, "cut at \(cut)") { _ = try GraphFile.decode(data.prefix(cut)) }
        }
        do {
            _ = try GraphFile.decode(data.prefix(data.count / 2), path: "g.bin")
            Issue.record("a file cut in half opened")
        } catch {
            #expect("\(error)".contains("g.bin is damaged"), "\(error)")
            #expect("\(error)".contains("cut short"), "\(error)")
        }
    }

    @Test func damagedHeadersAndIndicesAreRefusedOrRebuilt() throws {
        let graph = try sample(actors: 12, relations: 40)
        let data = GraphFile.encode(graph)
        func patched(_ offset: Int, _ value: UInt64, width: Int = 8) -> Data {
            var copy = data
            withUnsafeBytes(of: value.littleEndian) { copy.replaceSubrange(offset..<(offset + width), with: $0.prefix(width)) }
            return copy
        }
        func section(_ n: Int) -> (offset: Int, length: Int) {
            data.withUnsafeBytes {
                (Int($0.loadUnaligned(fromByteOffset: 64 + 16 * n, as: UInt64.self)),
                 Int($0.loadUnaligned(fromByteOffset: 72 + 16 * n, as: UInt64.self)))
            }
        }
        // Header counts and section places.
        for (offset, value) in [(8, UInt64(99)), (16, 1 << 40), (24, 5), (40, .max), (64, 3), (72, 1 << 50), (64 + 16 * 10, UInt64(data.count))] {
            #expect(throws: SnapshotError.self, "offset \(offset)") { _ = try GraphFile.decode(patched(offset, value)) }
        }
        do {
            _ = try GraphFile.decode(patched(8, 2, width: 4))
            Issue.record("a file from a newer version opened")
        } catch {
            guard case .newerVersion = error else { Issue.record("a newer version is reported as such: \(error)"); return }
        }
        // An endpoint out of range (source column is section 10).
        #expect(throws: SnapshotError.self) { _ = try GraphFile.decode(patched(section(10).offset, 0xFFFF, width: 4)) }
        // A neighbour index out of range, or start offsets out of order (sections 29, 28): the
        // prebuilt index is not used; the answers come from one built afresh.
        for damaged in [patched(section(29).offset, 0x7FFF_FFFF, width: 4), patched(section(28).offset + 8, 0xFFFF_FFF0, width: 4)] {
            let mapped = try GraphFile.decode(damaged)
            for a in 0..<ActorIndex(graph.actorCount) {
                #expect(graph.neighbourList(of: a, depth: 3).map(\.actor) == mapped.neighbourList(of: a, depth: 3).map(\.actor))
            }
        }
        // Damaged string offsets and name tables read as empty or not found, never out of bounds.
        var strings = data
        let offsets = section(0)
        // Past the vocabularies, which are checked at open and refused when damaged.
        for k in stride(from: 8 * (RelationKind.allCases.count + 16), to: offsets.length, by: 24) {
            withUnsafeBytes(of: UInt64(1 << 40).littleEndian) { strings.replaceSubrange((offsets.offset + k)..<(offsets.offset + k + 8), with: $0) }
        }
        let scrambled = try GraphFile.decode(strings)
        _ = scrambled.actors.map(\.name)
        _ = scrambled.relations.map(\.evidence.text)
        _ = scrambled.actors(named: "Actor Ñ3")
        var slots = data
        let table = section(37)
        for k in stride(from: 0, to: table.length, by: 4) {
            slots.replaceSubrange((table.offset + k)..<(table.offset + k + 4), with: [0, 0, 0, 0])
        }
        #expect(try GraphFile.decode(slots).actors(named: "nobody at all").isEmpty, "a table with no empty slot ends its probe")
    }

    /// Every byte of a small file flipped in turn: each either is refused at open or opens
    /// and answers queries without trapping.
    @Test func flippedBytesNeverCrash() throws {
        let data = GraphFile.encode(try sample(actors: 6, relations: 12))
        for position in stride(from: 0, to: data.count, by: 3) {
            var damaged = data
            damaged[position] ^= 0xA5
            guard let graph = try? GraphFile.decode(damaged) else { continue }
            for a in 0..<ActorIndex(graph.actorCount) {
                _ = graph.neighbourList(of: a, depth: 2)
                _ = graph.allies(of: a)
                _ = graph.outgoingRelations(of: a).map { graph.relations[Int($0)] }
                _ = graph.shortestPath(from: a, to: 0).map(graph.evidence(for:))
            }
            _ = graph.actors(named: "Actor Ñ1")
            _ = graph.inMemory()
        }
    }
}
