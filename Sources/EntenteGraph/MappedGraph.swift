import Foundation

/// A graph file opened in place: the checks that make every later read safe, and decoding of
/// one actor, relation or document at a time. See `GraphFile` for the layout.
///
/// At open: the header, the section table (every section inside the file, aligned, of the
/// length its counts imply), the vocabularies, and the endpoint and code columns (copied out,
/// since the graph keeps them as arrays). The neighbour and directed indices are checked in
/// full the first time a query asks for them; a damaged one is rebuilt from the endpoints.
/// Strings, aliases and evidence texts are checked as they are read: a damaged offset or index
/// reads as empty.
final class MappedGraph: @unchecked Sendable {
    let region: MappedRegion
    let path: String
    let actorCount: Int
    let relationCount: Int
    let documentCount: Int
    let stamp: GraphFile.Stamp
    /// Endpoints and codes, translated to this build's codes; validated.
    let sources: [ActorIndex]
    let targets: [ActorIndex]
    let kindCodes: [UInt8]
    let certaintyCodes: [UInt8]

    private let sections: [(offset: Int, length: Int)]
    private let stringCount: Int
    private let actorKinds: [ActorKind]
    private let relationKinds: [RelationKind]
    private let certainties: [Certainty]
    private let lock = NSLock()
    private var decodedDocuments: [DocumentInfo]?
    private var documentIDSet: Set<String>?

    init(region: MappedRegion, path: String) throws(SnapshotError) {
        guard 1.littleEndian == 1 else {
            throw .unreadable(path: path, reason: "graph files are read on little-endian machines only")
        }
        self.region = region
        self.path = path
        let bytes = region.bytes
        guard GraphFile.isGraphFile(Data(bytes.prefix(8))) else {
            throw .corrupt(path: path, reason: "it is not an Entente graph file")
        }
        guard bytes.count >= GraphFile.headerSize else { throw .corrupt(path: path, reason: "it is cut short inside the header") }
        func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        let version = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        if version > GraphFile.currentVersion {
            throw .newerVersion(path: path, found: Int(version), supported: Int(GraphFile.currentVersion))
        }
        let sectionCount = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
        guard version == GraphFile.currentVersion, sectionCount == GraphFile.Section.allCases.count else {
            throw .corrupt(path: path, reason: "its header names format \(version) with \(sectionCount) sections")
        }
        // Counts above 2^31 cannot index Int32 columns; refusing them also keeps every size
        // computed below far from overflow.
        let counts = [word(16), word(24), word(32), word(40)]
        guard counts.allSatisfy({ $0 < UInt64(Int32.max) }) else {
            throw .corrupt(path: path, reason: "a count in its header (\(counts.max() ?? 0)) is implausible")
        }
        (actorCount, relationCount, documentCount, stringCount) = (Int(counts[0]), Int(counts[1]), Int(counts[2]), Int(counts[3]))
        stamp = GraphFile.Stamp(identity: word(48), generation: word(56))
        let directoryEnd = GraphFile.headerSize + 16 * sectionCount
        guard bytes.count >= directoryEnd else { throw .corrupt(path: path, reason: "it is cut short inside its section table") }
        var sections: [(offset: Int, length: Int)] = []
        for s in 0..<sectionCount {
            let offset = word(GraphFile.headerSize + 16 * s), length = word(GraphFile.headerSize + 16 * s + 8)
            guard offset % 8 == 0, offset >= UInt64(directoryEnd), offset <= UInt64(bytes.count),
                length <= UInt64(bytes.count) - offset
            else {
                throw .corrupt(path: path, reason: "section \(s) lies outside its \(bytes.count) bytes (cut short?)")
            }
            sections.append((Int(offset), Int(length)))
        }
        self.sections = sections
        let (a, r, d) = (actorCount, relationCount, documentCount)
        let expected: [GraphFile.Section: Int] = [
            .stringOffsets: 8 * (stringCount + 1),
            .actorID: 4 * a, .actorName: 4 * a, .actorKind: a, .affiliation: 4 * a, .actorCode: 4 * a, .aliasStart: 4 * (a + 1),
            .source: 4 * r, .target: 4 * r, .kind: r, .certainty: r, .speaker: 4 * r, .document: 4 * r,
            .sentence: 8 * r, .start: 8 * r, .end: 8 * r, .textStart: 8 * (r + 1), .date: 4 * r, .url: 4 * r, .eventCode: 4 * r,
            .documentID: 4 * d, .documentTitle: 4 * d, .documentDate: 4 * d, .documentURL: 4 * d,
            .neighbourStart: 4 * (a + 1), .outStart: 4 * (a + 1), .inStart: 4 * (a + 1), .outRelation: 4 * r, .inRelation: 4 * r,
        ]
        for (section, length) in expected where sections[section.rawValue].length != length {
            throw .corrupt(path: path, reason: "its \(section) column holds \(sections[section.rawValue].length) bytes where its counts need \(length)")
        }
        let fourByte: [GraphFile.Section] = [.vocabulary, .alias, .neighbour, .entryStart, .entryRelation, .idSlots, .nameSlots, .nameActorStart, .nameActors]
        for section in fourByte where sections[section.rawValue].length % 4 != 0 {
            throw .corrupt(path: path, reason: "its \(section) column is not whole 32-bit values")
        }
        guard sections[GraphFile.Section.nameKeyOffsets.rawValue].length % 8 == 0 else {
            throw .corrupt(path: path, reason: "its name keys are not whole 64-bit offsets")
        }

        // Vocabularies: the codes in the file index them, so reordered enums still read right.
        let vocabulary = Int32Column(region: region, offset: sections[GraphFile.Section.vocabulary.rawValue].offset,
                                     count: sections[GraphFile.Section.vocabulary.rawValue].length / 4)
        guard vocabulary.count >= 3, vocabulary[0...2].allSatisfy({ $0 >= 0 && $0 < 256 }),
            vocabulary.count == 3 + Int(vocabulary[0]) + Int(vocabulary[1]) + Int(vocabulary[2])
        else { throw .corrupt(path: path, reason: "its vocabularies are damaged") }
        var actorKinds: [ActorKind] = [], relationKinds: [RelationKind] = [], certainties: [Certainty] = []
        let stringOffsets = sections[GraphFile.Section.stringOffsets.rawValue].offset, strings = Int(counts[3])
        let stringBytes = sections[GraphFile.Section.stringBytes.rawValue]
        func vocabularyWord(_ index: Int32) throws(SnapshotError) -> String {
            guard let word = Self.string(index, in: bytes, count: strings, offsets: stringOffsets, bytes: stringBytes) else {
                throw .corrupt(path: path, reason: "a vocabulary entry (\(index)) is out of range")
            }
            return word
        }
        for i in 3..<vocabulary.count {
            let name = try vocabularyWord(vocabulary[i])
            if i < 3 + Int(vocabulary[0]) {
                guard let kind = ActorKind(rawValue: name) else { throw .corrupt(path: path, reason: "unknown actor kind '\(name)'") }
                actorKinds.append(kind)
            } else if i < 3 + Int(vocabulary[0]) + Int(vocabulary[1]) {
                guard let kind = RelationKind(rawValue: name) else {
                    throw .corrupt(path: path, reason: "unknown relation kind '\(name)'; it was written by a newer Entente, upgrade to read it")
                }
                relationKinds.append(kind)
            } else {
                guard let certainty = Certainty(rawValue: name) else { throw .corrupt(path: path, reason: "unknown certainty '\(name)'") }
                certainties.append(certainty)
            }
        }
        (self.actorKinds, self.relationKinds, self.certainties) = (actorKinds, relationKinds, certainties)

        // Endpoints and codes: every traversal indexes with them, so all are checked now.
        let sourceColumn = Self.column(region, sections, .source, count: r)
        let targetColumn = Self.column(region, sections, .target, count: r)
        // Copied first, then checked with a vectorised maximum: one fast pass over each.
        guard Self.allBelow(sourceColumn, a), Self.allBelow(targetColumn, a) else {
            throw .corrupt(path: path, reason: "a relation names an actor index out of range")
        }
        sources = Array(sourceColumn.buffer)
        targets = Array(targetColumn.buffer)
        let kindTable = relationKinds.map(\.code), certaintyTable = certainties.map(\.code)
        let rawKinds = UnsafeRawBufferPointer(rebasing: bytes[sections[GraphFile.Section.kind.rawValue].offset...].prefix(r))
        let rawCertainties = UnsafeRawBufferPointer(rebasing: bytes[sections[GraphFile.Section.certainty.rawValue].offset...].prefix(r))
        guard Int(Self.largest(rawKinds)) < kindTable.count || r == 0, Int(Self.largest(rawCertainties)) < certaintyTable.count || r == 0 else {
            throw .corrupt(path: path, reason: "a relation has a kind or certainty code out of range")
        }
        kindCodes = Self.translated(rawKinds, kindTable)
        certaintyCodes = Self.translated(rawCertainties, certaintyTable)
    }

    private static func largest(_ bytes: UnsafeRawBufferPointer) -> UInt8 {
        var largest: UInt8 = 0
        for byte in bytes { largest = Swift.max(largest, byte) }
        return largest
    }

    /// Codes in the file index its own vocabulary; this build's codes are usually the same, and
    /// then the column is copied as it is.
    private static func translated(_ bytes: UnsafeRawBufferPointer, _ table: [UInt8]) -> [UInt8] {
        if table.enumerated().allSatisfy({ Int($0.element) == $0.offset }) { return Array(bytes) }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            for i in 0..<bytes.count { buffer[i] = table[Int(bytes[i])] }
            initialized = bytes.count
        }
    }

    static func column(_ region: MappedRegion, _ sections: [(offset: Int, length: Int)], _ section: GraphFile.Section, count: Int? = nil) -> Int32Column {
        let place = sections[section.rawValue]
        return Int32Column(region: region, offset: place.offset, count: count ?? place.length / 4)
    }

    private func column(_ section: GraphFile.Section) -> Int32Column { Self.column(region, sections, section) }

    // MARK: Scalars read in place

    private func int32(_ section: GraphFile.Section, _ i: Int) -> Int32 {
        let place = sections[section.rawValue]
        guard i >= 0, 4 * i + 4 <= place.length else { return -1 }
        return Int32(littleEndian: region.bytes.loadUnaligned(fromByteOffset: place.offset + 4 * i, as: Int32.self))
    }

    private func word(_ section: GraphFile.Section, _ i: Int) -> UInt64? {
        let place = sections[section.rawValue]
        guard i >= 0, 8 * i + 8 <= place.length else { return nil }
        return UInt64(littleEndian: region.bytes.loadUnaligned(fromByteOffset: place.offset + 8 * i, as: UInt64.self))
    }

    private func byte(_ section: GraphFile.Section, _ i: Int) -> UInt8 {
        let place = sections[section.rawValue]
        guard i >= 0, i < place.length else { return 0 }
        return region.bytes[place.offset + i]
    }

    /// Bytes `start ..< end` of a section, nil when they do not lie inside it.
    private func bytes(_ section: GraphFile.Section, from start: UInt64?, to end: UInt64?) -> UnsafeRawBufferPointer? {
        let place = sections[section.rawValue]
        guard let start, let end, start <= end, end <= UInt64(place.length) else { return nil }
        return UnsafeRawBufferPointer(rebasing: region.bytes[(place.offset + Int(start))..<(place.offset + Int(end))])
    }

    private static func string(
        _ index: Int32, in bytes: UnsafeRawBufferPointer, count: Int, offsets: Int, bytes place: (offset: Int, length: Int)
    ) -> String? {
        guard index >= 0, Int(index) < count else { return nil }
        let low = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + 8 * Int(index), as: UInt64.self))
        let high = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + 8 * Int(index) + 8, as: UInt64.self))
        guard low <= high, high <= UInt64(place.length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(place.offset + Int(low))..<(place.offset + Int(high))]), as: UTF8.self)
    }

    /// String `index`, nil for -1; a damaged index or offset reads as "".
    private func string(_ index: Int32) -> String? {
        if index < 0 { return nil }
        return Self.string(
            index, in: region.bytes, count: stringCount, offsets: sections[GraphFile.Section.stringOffsets.rawValue].offset,
            bytes: sections[GraphFile.Section.stringBytes.rawValue]) ?? ""
    }

    // MARK: Records

    /// - Complexity: O(its names' length).
    func actor(_ a: Int) -> Actor {
        let kindCode = Int(byte(.actorKind, a))
        var aliases: [String] = []
        let low = Int(int32(.aliasStart, a)), high = Int(int32(.aliasStart, a + 1))
        if low >= 0, low <= high, high <= sections[GraphFile.Section.alias.rawValue].length / 4 {
            aliases = (low..<high).map { string(int32(.alias, $0)) ?? "" }
        }
        return Actor(
            id: string(int32(.actorID, a)) ?? "", name: string(int32(.actorName, a)) ?? "",
            kind: kindCode < actorKinds.count ? actorKinds[kindCode] : .other, aliases: aliases,
            affiliation: string(int32(.affiliation, a)), code: string(int32(.actorCode, a)))
    }

    func actorID(_ a: Int) -> String { string(int32(.actorID, a)) ?? "" }

    /// - Complexity: O(its strings' length).
    func relation(_ r: Int) -> Relation {
        let textBytes = bytes(.text, from: word(.textStart, r), to: word(.textStart, r + 1))
        let evidence = Evidence(
            document: string(int32(.document, r)) ?? "",
            sentence: Int(truncatingIfNeeded: Int64(bitPattern: word(.sentence, r) ?? 0)),
            start: Int(truncatingIfNeeded: Int64(bitPattern: word(.start, r) ?? 0)),
            end: Int(truncatingIfNeeded: Int64(bitPattern: word(.end, r) ?? 0)),
            text: textBytes.map { String(decoding: $0, as: UTF8.self) } ?? "",
            date: string(int32(.date, r)), url: string(int32(.url, r)))
        return Relation(
            source: actorID(Int(sources[r])), target: actorID(Int(targets[r])), kind: RelationKind.byCode[Int(kindCodes[r])],
            code: string(int32(.eventCode, r)), certainty: Certainty.byCode[Int(certaintyCodes[r])],
            speaker: string(int32(.speaker, r)), evidence: evidence)
    }

    /// A relation's date alone, for date filters.
    func date(_ r: Int) -> String? { string(int32(.date, r)) }

    var documents: [DocumentInfo] {
        lock.lock()
        defer { lock.unlock() }
        if let decodedDocuments { return decodedDocuments }
        let decoded = (0..<documentCount).map { d in
            DocumentInfo(
                id: string(int32(.documentID, d)) ?? "", title: string(int32(.documentTitle, d)),
                date: string(int32(.documentDate, d)), url: string(int32(.documentURL, d)))
        }
        decodedDocuments = decoded
        return decoded
    }

    func contains(document id: String) -> Bool {
        let documents = self.documents
        lock.lock()
        defer { lock.unlock() }
        if documentIDSet == nil { documentIDSet = Set(documents.map(\.id)) }
        return documentIDSet?.contains(id) ?? false
    }

    // MARK: Lookup by name

    /// Probes a hash table whose slots hold key numbers; `matches` compares a key. At most one
    /// pass over the table, so a table with no empty slot cannot loop.
    private func probe(_ slots: GraphFile.Section, for key: String, matches: (Int) -> Bool) -> Int? {
        let table = column(slots)
        guard table.count > 0, table.count & (table.count - 1) == 0 else { return nil }
        let hash = Array(key.utf8).withUnsafeBytes { ActorIDTable.hash($0) }
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        for _ in 0..<table.count {
            let entry = Int(table[slot])
            if entry < 0 { return nil }
            if matches(entry) { return entry }
            slot = (slot + 1) & (table.count - 1)
        }
        return nil
    }

    /// - Complexity: O(length of `id`) on average.
    func index(ofID id: String) -> ActorIndex? {
        guard let found = probe(.idSlots, for: id, matches: { $0 < actorCount && actorID($0) == id }) else { return nil }
        return ActorIndex(found)
    }

    /// Actors answering to a folded name key.
    func actors(withKey key: String) -> [ActorIndex] {
        let keyCount = sections[GraphFile.Section.nameKeyOffsets.rawValue].length / 8 - 1
        let found = probe(.nameSlots, for: key) { k in
            guard k < keyCount, let stored = bytes(.nameKeyBytes, from: word(.nameKeyOffsets, k), to: word(.nameKeyOffsets, k + 1)) else {
                return false
            }
            return stored.elementsEqual(key.utf8)
        }
        guard let found else { return [] }
        let low = Int(int32(.nameActorStart, found)), high = Int(int32(.nameActorStart, found + 1))
        guard low >= 0, low <= high, high <= sections[GraphFile.Section.nameActors.rawValue].length / 4 else { return [] }
        return (low..<high).map { int32(.nameActors, $0) }.filter { $0 >= 0 && Int($0) < actorCount }
    }

    // MARK: Indices

    /// The prebuilt index for `RelationFilter.all`, or nil when it is damaged.
    /// - Complexity: O(A + E) to check it, once per process.
    func adjacency() -> AdjacencyIndex? {
        let start = column(.neighbourStart), neighbour = column(.neighbour)
        let entryStart = column(.entryStart), relation = column(.entryRelation)
        guard Self.isOffsetColumn(start, total: neighbour.count), Self.isOffsetColumn(entryStart, total: relation.count),
            entryStart.count == neighbour.count + 1,
            Self.allBelow(neighbour, actorCount), Self.allBelow(relation, relationCount)
        else { return nil }
        return AdjacencyIndex(
            filter: .all, actorCount: actorCount, neighbourStart: start, neighbour: neighbour,
            relationStart: entryStart, relation: relation)
    }

    /// The prebuilt relations by source and target, or nil when damaged.
    func directedIndex() -> DirectedIndex? {
        let outStart = column(.outStart), outRelation = column(.outRelation)
        let inStart = column(.inStart), inRelation = column(.inRelation)
        guard Self.isOffsetColumn(outStart, total: outRelation.count), Self.isOffsetColumn(inStart, total: inRelation.count),
            Self.allBelow(outRelation, relationCount), Self.allBelow(inRelation, relationCount)
        else { return nil }
        return DirectedIndex(outStart: outStart, outRelation: outRelation, inStart: inStart, inRelation: inRelation)
    }

    /// Starts at 0, never decreases, ends at `total`.
    private static func isOffsetColumn(_ column: Int32Column, total: Int) -> Bool {
        column.withUnsafeBufferPointer { values in
            guard let first = values.first, first == 0, let last = values.last, Int(last) == total else { return false }
            // Counted without an early exit, so the loop vectorises.
            var drops = 0
            for i in 1..<values.count { drops &+= values[i] < values[i - 1] ? 1 : 0 }
            return drops == 0
        }
    }

    private static func allBelow(_ column: Int32Column, _ limit: Int) -> Bool {
        column.withUnsafeBufferPointer { values in
            // Compared unsigned, so negatives count as too large.
            var largest: UInt32 = 0
            for value in values { largest = max(largest, UInt32(bitPattern: value)) }
            return values.isEmpty || Int(largest) < limit
        }
    }
}
