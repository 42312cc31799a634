public import Foundation

extension GraphFile {
    /// - Complexity: O(size of the graph), plus O(K log K) to order the K name keys so that
    ///   the same graph always gives the same bytes.
    public static func encode(_ source: KnowledgeGraph, stamp: Stamp = .none) -> Data {
        let graph = source.inMemory()
        var strings = StringTable()
        var sections = [Data](repeating: Data(), count: Section.allCases.count)
        func put<T: FixedWidthInteger>(_ section: Section, _ column: [T]) {
            sections[section.rawValue] = column.withUnsafeBytes { Data($0) }
        }
        func put(_ section: Section, _ column: Int32Column) {
            sections[section.rawValue] = column.withUnsafeBufferPointer { Data(buffer: $0) }
        }

        let actors = graph.actors, relations = graph.relations, documents = graph.documents
        var vocabulary: [Int32] = [
            Int32(ActorKind.allCases.count), Int32(RelationKind.allCases.count), Int32(Certainty.allCases.count),
        ]
        vocabulary += ActorKind.allCases.map { strings.index(of: $0.rawValue) }
        vocabulary += RelationKind.allCases.map { strings.index(of: $0.rawValue) }
        vocabulary += Certainty.allCases.map { strings.index(of: $0.rawValue) }
        put(.vocabulary, vocabulary)

        put(.actorID, actors.map { strings.index(of: $0.id) })
        put(.actorName, actors.map { strings.index(of: $0.name) })
        put(.actorKind, actors.map { $0.kind.code })
        put(.affiliation, actors.map { strings.optionalIndex(of: $0.affiliation) })
        put(.actorCode, actors.map { strings.optionalIndex(of: $0.code) })
        var aliasStart: [Int32] = [0], alias: [Int32] = []
        aliasStart.reserveCapacity(actors.count + 1)
        for actor in actors {
            alias += actor.aliases.map { strings.index(of: $0) }
            aliasStart.append(Int32(alias.count))
        }
        put(.aliasStart, aliasStart)
        put(.alias, alias)

        let count = relations.count
        var speaker = [Int32](repeating: -1, count: count), document = [Int32](repeating: 0, count: count)
        var sentence = [Int64](repeating: 0, count: count), start = [Int64](repeating: 0, count: count)
        var end = [Int64](repeating: 0, count: count)
        var date = [Int32](repeating: -1, count: count), url = [Int32](repeating: -1, count: count)
        var eventCode = [Int32](repeating: -1, count: count)
        var textStart = [UInt64](repeating: 0, count: count + 1)
        var text: [UInt8] = []
        for (r, relation) in relations.enumerated() {
            speaker[r] = strings.optionalIndex(of: relation.speaker)
            let evidence = relation.evidence
            document[r] = strings.index(of: evidence.document)
            sentence[r] = Int64(evidence.sentence)
            start[r] = Int64(evidence.start)
            end[r] = Int64(evidence.end)
            date[r] = strings.optionalIndex(of: evidence.date)
            url[r] = strings.optionalIndex(of: evidence.url)
            eventCode[r] = strings.optionalIndex(of: relation.code)
            text.append(contentsOf: evidence.text.utf8)
            textStart[r + 1] = UInt64(text.count)
        }
        put(.source, graph.sources)
        put(.target, graph.targets)
        put(.kind, graph.kindCodes)
        put(.certainty, graph.certaintyCodes)
        put(.speaker, speaker)
        put(.document, document)
        put(.sentence, sentence)
        put(.start, start)
        put(.end, end)
        put(.textStart, textStart)
        put(.text, text)
        put(.date, date)
        put(.url, url)
        put(.eventCode, eventCode)
        put(.documentID, documents.map { strings.index(of: $0.id) })
        put(.documentTitle, documents.map { strings.optionalIndex(of: $0.title) })
        put(.documentDate, documents.map { strings.optionalIndex(of: $0.date) })
        put(.documentURL, documents.map { strings.optionalIndex(of: $0.url) })

        let adjacency = graph.adjacency(for: .all)
        put(.neighbourStart, adjacency.neighbourStart)
        put(.neighbour, adjacency.neighbour)
        put(.entryStart, adjacency.relationStart)
        put(.entryRelation, adjacency.relation)
        let directed = graph.directedIndex
        put(.outStart, directed.outStart)
        put(.outRelation, directed.outRelation)
        put(.inStart, directed.inStart)
        put(.inRelation, directed.inRelation)

        put(.idSlots, hashSlots(keys: actors.map { Array($0.id.utf8) }))
        let names = graph.nameIndex.sorted { $0.key < $1.key }
        var keyOffsets: [UInt64] = [0], keyBytes: [UInt8] = [], actorStart: [Int32] = [0], nameActors: [Int32] = []
        for (key, list) in names {
            keyBytes += key.utf8
            keyOffsets.append(UInt64(keyBytes.count))
            nameActors += list
            actorStart.append(Int32(nameActors.count))
        }
        put(.nameSlots, hashSlots(keys: names.map { Array($0.key.utf8) }))
        put(.nameKeyOffsets, keyOffsets)
        put(.nameKeyBytes, keyBytes)
        put(.nameActorStart, actorStart)
        put(.nameActors, nameActors)
        // The string table last: every section above may have added to it.
        put(.stringOffsets, strings.offsets)
        put(.stringBytes, strings.bytes)

        var header = ColumnWriter()
        header.append(magic)
        header.append([currentVersion, UInt32(sections.count)])
        header.append([
            UInt64(actors.count), UInt64(count), UInt64(documents.count), UInt64(strings.offsets.count - 1),
            stamp.identity, stamp.generation,
        ])
        var offset = headerSize + 16 * sections.count
        var directory: [UInt64] = []
        for section in sections {
            directory += [UInt64(offset), UInt64(section.count)]
            offset += section.count
            offset += (8 - offset % 8) % 8
        }
        header.append(directory)
        var file = header.data
        file.reserveCapacity(offset)
        for section in sections {
            file.append(section)
            file.append(contentsOf: [UInt8](repeating: 0, count: (8 - file.count % 8) % 8))
        }
        return file
    }

    /// An open-addressing table over `keys` (linear probing, at most half full): slot → key
    /// number, -1 for empty.
    static func hashSlots(keys: [[UInt8]]) -> [Int32] {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        for (k, key) in keys.enumerated() {
            var slot = key.withUnsafeBytes { Int(truncatingIfNeeded: ActorIDTable.hash($0)) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(k)
        }
        return slots
    }
}
