public import Foundation

/// A binary, columnar snapshot beside the JSON one: at a million actors and ten million
/// relations, JSON takes minutes to write and read; this takes seconds.
///
/// Layout, version 2 (version 1, without the event-code column, is still read). All integers
/// little-endian; every section starts at a multiple of 8.
///
/// ```
/// header (64 bytes)
///   0  magic          8 bytes  "ENTGRAPH"
///   8  version        u32      2
///  12  reserved       u32      0
///  16  actors         u64      A
///  24  relations      u64      R
///  32  documents      u64      D
///  40  strings        u64      S
///  48  body length    u64      bytes after the header
///  56  checksum       u64      of the body (see below)
/// body: a sequence of columns, each padded with zeros to 8 bytes
///   string offsets    u64 × (S + 1)   string i is bytes[offset[i] ..< offset[i+1]]
///   string bytes      UTF-8
///   vocabulary sizes  i32 × 3: actor kinds, relation kinds, certainties
///   vocabularies      i32 string indices of their names, in that order, so that the codes
///                     below survive reordered enums
///   actor id, name    i32 × A each (string index)
///   actor kind        u8 × A (index into the actor-kind vocabulary)
///   affiliation, code i32 × A each (string index, -1 for none)
///   alias start       u32 × (A + 1);  alias  i32 × alias start[A] (string index)
///   source, target    i32 × R each (actor index)
///   kind, certainty   u8 × R each (vocabulary index)
///   speaker           i32 × R (string index, -1 for none)
///   document          i32 × R (string index)
///   sentence, start, end  i64 × R each
///   text start        u64 × (R + 1);  text bytes (UTF-8, one run per relation)
///   date, url         i32 × R each (string index, -1 for none)
///   event code        i32 × R (string index, -1 for none; version 2 on)
///   doc id, title, date, url  i32 × D each (string index, -1 for none)
/// ```
///
/// The checksum reads the body as little-endian 64-bit words (the last one zero-padded) in
/// four interleaved lanes, each `lane = (lane ^ word) &* 0x100000001b3` from the FNV-1a
/// offset basis, then folds the lanes and the body length the same way.
/// Writes go through `AtomicFile`, so a crash leaves the old file or the new one.
///
/// The checksum guards against damage, not against a crafted file: the reader checks every
/// count, offset and length against the file's size before it allocates or slices anything.
public enum BinarySnapshot {
    public static let magic: [UInt8] = Array("ENTGRAPH".utf8)
    public static let currentVersion: UInt32 = 2
    static let headerSize = 64

    /// Whether `data` starts like a binary snapshot.
    public static func isBinary(_ data: Data) -> Bool { data.count >= 8 && Array(data.prefix(8)) == magic }

    /// - Complexity: O(size of the graph).
    public static func encode(_ graph: KnowledgeGraph) -> Data {
        var writer = ColumnWriter()
        // The header is written last, into room kept here, so the body is never copied.
        writer.data.append(contentsOf: [UInt8](repeating: 0, count: headerSize))
        var strings = StringTable()
        let actors = graph.actors, relations = graph.relations, documents = graph.documents

        let actorKinds = ActorKind.allCases, relationKinds = RelationKind.allCases, certainties = Certainty.allCases
        let vocabularySizes: [Int32] = [Int32(actorKinds.count), Int32(relationKinds.count), Int32(certainties.count)]
        var vocabulary = actorKinds.map { strings.index(of: $0.rawValue) }
        vocabulary += relationKinds.map { strings.index(of: $0.rawValue) }
        vocabulary += certainties.map { strings.index(of: $0.rawValue) }

        let actorID = actors.map { strings.index(of: $0.id) }
        let actorName = actors.map { strings.index(of: $0.name) }
        let actorKind = actors.map { $0.kind.code }
        let affiliation = actors.map { strings.optionalIndex(of: $0.affiliation) }
        let code = actors.map { strings.optionalIndex(of: $0.code) }
        var aliasStart: [UInt32] = [0]
        aliasStart.reserveCapacity(actors.count + 1)
        var alias: [Int32] = []
        for actor in actors {
            alias += actor.aliases.map { strings.index(of: $0) }
            aliasStart.append(UInt32(alias.count))
        }

        let count = relations.count
        var speaker = [Int32](repeating: -1, count: count)
        var document = [Int32](repeating: 0, count: count)
        var sentence = [Int64](repeating: 0, count: count)
        var start = [Int64](repeating: 0, count: count)
        var end = [Int64](repeating: 0, count: count)
        var date = [Int32](repeating: -1, count: count)
        var url = [Int32](repeating: -1, count: count)
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
        let documentColumns = [
            documents.map { strings.index(of: $0.id) }, documents.map { strings.optionalIndex(of: $0.title) },
            documents.map { strings.optionalIndex(of: $0.date) }, documents.map { strings.optionalIndex(of: $0.url) },
        ]

        writer.append(strings.offsets)
        writer.append(strings.bytes)
        writer.append(vocabularySizes)
        writer.append(vocabulary)
        writer.append(actorID)
        writer.append(actorName)
        writer.append(actorKind)
        writer.append(affiliation)
        writer.append(code)
        writer.append(aliasStart)
        writer.append(alias)
        writer.append(graph.sources)
        writer.append(graph.targets)
        writer.append(graph.kindCodes)
        writer.append(graph.certaintyCodes)
        writer.append(speaker)
        writer.append(document)
        writer.append(sentence)
        writer.append(start)
        writer.append(end)
        writer.append(textStart)
        writer.append(text)
        writer.append(date)
        writer.append(url)
        writer.append(eventCode)
        for column in documentColumns { writer.append(column) }

        let bodyLength = writer.data.count - headerSize
        let bodyChecksum = writer.data.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        var header = ColumnWriter()
        header.append(magic)
        header.append([currentVersion, 0])
        header.append([
            UInt64(actors.count), UInt64(count), UInt64(documents.count), UInt64(strings.offsets.count - 1),
            UInt64(bodyLength), bodyChecksum,
        ])
        writer.data.replaceSubrange(0..<headerSize, with: header.data)
        return writer.data
    }

    /// - Throws: `SnapshotError` for a file cut short, damaged, or from a newer version.
    /// - Complexity: O(size of the file).
    public static func decode(_ data: Data, path: String = "snapshot") throws(SnapshotError) -> KnowledgeGraph {
        if data.isEmpty { throw .empty(path: path) }
        guard isBinary(data) else { throw .corrupt(path: path, reason: "it is not a binary Entente snapshot") }
        guard data.count >= headerSize else { throw .corrupt(path: path, reason: "it is cut short inside the header") }
        var failure: SnapshotError?
        var graph = KnowledgeGraph()
        data.withUnsafeBytes { bytes in
            do throws(SnapshotError) {
                graph = try read(bytes, path: path)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return graph
    }

    public static func load(from url: URL) throws(SnapshotError) -> KnowledgeGraph {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try decode(data, path: url.path)
    }

    /// Writes atomically (temporary file, fsync, rename).
    public static func save(_ graph: KnowledgeGraph, to url: URL) throws {
        try AtomicFile.write(encode(graph), to: url)
    }

    private static func read(_ bytes: UnsafeRawBufferPointer, path: String) throws(SnapshotError) -> KnowledgeGraph {
        var header = ColumnReader(bytes: bytes, path: path)
        header.offset = 8
        let version = try header.scalar(UInt32.self)
        if version > currentVersion {
            throw .newerVersion(path: path, found: Int(version), supported: Int(currentVersion))
        }
        _ = try header.scalar(UInt32.self)
        let actorCount = try header.count(), relationCount = try header.count()
        let documentCount = try header.count(), stringCount = try header.count()
        let bodyLength = try header.count()
        let expected = try header.scalar(UInt64.self)
        guard bytes.count - headerSize == bodyLength else {
            throw .corrupt(path: path, reason: "it holds \(bytes.count - headerSize) body bytes where the header promises \(bodyLength) (cut short?)")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
        guard checksum(body) == expected else { throw .corrupt(path: path, reason: "its checksum does not match its content") }
        // Fixed-width columns alone need this much; a count that cannot fit is refused before
        // anything is reserved for it. Counts are below 2^37, so the sum cannot overflow.
        let actorBytes = 4 * 4 + 1, relationBytes = 4 * 2 + 2 + 4 * 2 + 8 * 3 + 4 * 2 + (version >= 2 ? 4 : 0)
        let fixed = 8 * (stringCount + 1) + 4 * 3 + actorCount * actorBytes + 4 * (actorCount + 1)
            + relationCount * relationBytes + 8 * (relationCount + 1) + documentCount * 16
        guard fixed <= bodyLength else {
            throw .corrupt(path: path, reason: "its counts (\(actorCount) actors, \(relationCount) relations, \(documentCount) documents, \(stringCount) strings) need more than its \(bodyLength) bytes")
        }

        var reader = ColumnReader(bytes: body, path: path)
        let offsets = try reader.column(UInt64.self, count: stringCount + 1)
        guard offsets.first == 0, let last = offsets.last, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw .corrupt(path: path, reason: "its string table is out of order")
        }
        let stringBytes = try reader.slice(count: try reader.length(last, of: "its string table"))
        let strings = (0..<stringCount).map { i in
            String(decoding: UnsafeRawBufferPointer(rebasing: stringBytes[Int(offsets[i])..<Int(offsets[i + 1])]), as: UTF8.self)
        }
        func string(_ index: Int32) throws(SnapshotError) -> String {
            guard index >= 0, Int(index) < strings.count else {
                throw .corrupt(path: path, reason: "a string index (\(index)) is out of range")
            }
            return strings[Int(index)]
        }
        func optional(_ index: Int32) throws(SnapshotError) -> String? { index < 0 ? nil : try string(index) }

        let sizes = try reader.column(Int32.self, count: 3)
        guard sizes.allSatisfy({ $0 >= 0 && $0 < 256 }) else { throw .corrupt(path: path, reason: "its vocabularies are damaged") }
        let vocabulary = try reader.column(Int32.self, count: Int(sizes[0] + sizes[1] + sizes[2]))
        var actorKinds: [ActorKind] = [], relationKinds: [RelationKind] = [], certainties: [Certainty] = []
        for (i, index) in vocabulary.enumerated() {
            let name = try string(index)
            if i < Int(sizes[0]) {
                guard let kind = ActorKind(rawValue: name) else { throw .corrupt(path: path, reason: "unknown actor kind '\(name)'") }
                actorKinds.append(kind)
            } else if i < Int(sizes[0] + sizes[1]) {
                guard let kind = RelationKind(rawValue: name) else { throw .corrupt(path: path, reason: "unknown relation kind '\(name)'") }
                relationKinds.append(kind)
            } else {
                guard let certainty = Certainty(rawValue: name) else { throw .corrupt(path: path, reason: "unknown certainty '\(name)'") }
                certainties.append(certainty)
            }
        }

        let actorID = try reader.column(Int32.self, count: actorCount)
        let actorName = try reader.column(Int32.self, count: actorCount)
        let actorKind = try reader.column(UInt8.self, count: actorCount)
        let affiliation = try reader.column(Int32.self, count: actorCount)
        let code = try reader.column(Int32.self, count: actorCount)
        let aliasStart = try reader.column(UInt32.self, count: actorCount + 1)
        guard aliasStart.first == 0, let aliasCount = aliasStart.last,
            zip(aliasStart, aliasStart.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw .corrupt(path: path, reason: "its alias lists are out of order") }
        let alias = try reader.column(Int32.self, count: Int(aliasCount))

        var graph = KnowledgeGraph()
        graph.reserveCapacity(actors: actorCount, relations: relationCount)
        for a in 0..<actorCount {
            guard Int(actorKind[a]) < actorKinds.count else { throw .corrupt(path: path, reason: "an actor kind code is out of range") }
            var aliases: [String] = []
            for i in Int(aliasStart[a])..<Int(aliasStart[a + 1]) { aliases.append(try string(alias[i])) }
            let actor = Actor(
                id: try string(actorID[a]), name: try string(actorName[a]), kind: actorKinds[Int(actorKind[a])],
                aliases: aliases, affiliation: try optional(affiliation[a]), code: try optional(code[a]))
            guard graph.add(actor) == ActorIndex(a) else {
                throw .corrupt(path: path, reason: "actor id '\(actor.id)' appears twice")
            }
        }

        let sources = try reader.column(Int32.self, count: relationCount)
        let targets = try reader.column(Int32.self, count: relationCount)
        let kinds = try reader.column(UInt8.self, count: relationCount)
        let certaintyCodes = try reader.column(UInt8.self, count: relationCount)
        let speaker = try reader.column(Int32.self, count: relationCount)
        let document = try reader.column(Int32.self, count: relationCount)
        let sentence = try reader.column(Int64.self, count: relationCount)
        let start = try reader.column(Int64.self, count: relationCount)
        let end = try reader.column(Int64.self, count: relationCount)
        let textStart = try reader.column(UInt64.self, count: relationCount + 1)
        guard textStart.first == 0, let textLength = textStart.last,
            zip(textStart, textStart.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw .corrupt(path: path, reason: "its evidence texts are out of order") }
        let text = try reader.slice(count: try reader.length(textLength, of: "its evidence texts"))
        let date = try reader.column(Int32.self, count: relationCount)
        let url = try reader.column(Int32.self, count: relationCount)
        var eventCode: [Int32]?
        if version >= 2 { eventCode = try reader.column(Int32.self, count: relationCount) }
        // Codes in the file index its own vocabularies; translate them to this build's codes.
        let kindCode = relationKinds.map(\.code), certaintyCode = certainties.map(\.code)
        var relations: [Relation] = []
        relations.reserveCapacity(relationCount)
        var kindColumn = [UInt8](repeating: 0, count: relationCount)
        var certaintyColumn = [UInt8](repeating: 0, count: relationCount)
        for r in 0..<relationCount {
            let s = sources[r], t = targets[r]
            guard s >= 0, Int(s) < actorCount, t >= 0, Int(t) < actorCount else {
                throw .corrupt(path: path, reason: "relation \(r) names an actor index out of range")
            }
            guard Int(kinds[r]) < relationKinds.count, Int(certaintyCodes[r]) < certainties.count else {
                throw .corrupt(path: path, reason: "relation \(r) has a kind or certainty code out of range")
            }
            guard sentence[r] >= 0, start[r] >= 0, start[r] <= end[r] else {
                throw .corrupt(path: path, reason: "relation \(r) has evidence offsets out of order")
            }
            kindColumn[r] = kindCode[Int(kinds[r])]
            certaintyColumn[r] = certaintyCode[Int(certaintyCodes[r])]
            let sentenceText = textStart[r] == textStart[r + 1]
                ? ""
                : String(decoding: UnsafeRawBufferPointer(rebasing: text[Int(textStart[r])..<Int(textStart[r + 1])]), as: UTF8.self)
            let evidence = Evidence(
                document: try string(document[r]), sentence: Int(sentence[r]), start: Int(start[r]), end: Int(end[r]),
                text: sentenceText, date: try optional(date[r]), url: try optional(url[r]))
            relations.append(Relation(
                source: graph.actors[Int(s)].id, target: graph.actors[Int(t)].id, kind: relationKinds[Int(kinds[r])],
                code: try optional(eventCode?[r] ?? -1),
                certainty: certainties[Int(certaintyCodes[r])], speaker: try optional(speaker[r]), evidence: evidence))
        }
        graph.appendColumns(
            relations: relations, sources: sources, targets: targets, kindCodes: kindColumn,
            certaintyCodes: certaintyColumn)
        let documentColumns = try (0..<4).map { (_: Int) throws(SnapshotError) in try reader.column(Int32.self, count: documentCount) }
        for d in 0..<documentCount {
            graph.register(DocumentInfo(
                id: try string(documentColumns[0][d]), title: try optional(documentColumns[1][d]),
                date: try optional(documentColumns[2][d]), url: try optional(documentColumns[3][d])))
        }
        return graph
    }

    /// `data` with the header's body length and checksum recomputed: for tools that patch a
    /// snapshot in place, and for crafting hostile files in tests and fuzzing.
    public static func resealed(_ data: Data) -> Data {
        guard data.count >= headerSize else { return data }
        var sealed = data
        let body = sealed.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        var header = ColumnWriter()
        header.append([UInt64(data.count - headerSize), body])
        sealed.replaceSubrange((sealed.startIndex + 48)..<(sealed.startIndex + headerSize), with: header.data)
        return sealed
    }

    static func checksum(_ data: Data) -> UInt64 { data.withUnsafeBytes { checksum($0) } }

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325)
        let words = bytes.count / 8
        var i = 0
        while i + 4 <= words {
            lanes.0 = (lanes.0 ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* prime
            lanes.1 = (lanes.1 ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self))) &* prime
            lanes.2 = (lanes.2 ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8 + 16, as: UInt64.self))) &* prime
            lanes.3 = (lanes.3 ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8 + 24, as: UInt64.self))) &* prime
            i += 4
        }
        var tail: [UInt64] = []
        while i < words {
            tail.append(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)))
            i += 1
        }
        var last: UInt64 = 0
        for (shift, b) in bytes[(words * 8)...].enumerated() { last |= UInt64(b) << (8 * UInt64(shift)) }
        tail.append(last)
        for (k, word) in tail.enumerated() {
            switch k % 4 {
            case 0: lanes.0 = (lanes.0 ^ word) &* prime
            case 1: lanes.1 = (lanes.1 ^ word) &* prime
            case 2: lanes.2 = (lanes.2 ^ word) &* prime
            default: lanes.3 = (lanes.3 ^ word) &* prime
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in [lanes.0, lanes.1, lanes.2, lanes.3, UInt64(bytes.count)] { hash = (hash ^ value) &* prime }
        return hash
    }
}
