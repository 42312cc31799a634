public import EntenteGraph
public import Foundation

/// One article ready to store: its extraction and the hash of the text it came from.
public struct StoredArticle: Sendable {
    public var extraction: DocumentExtraction
    public var contentHash: String

    public init(extraction: DocumentExtraction, contentHash: String) {
        self.extraction = extraction
        self.contentHash = contentHash
    }
}

/// What one ingest did, article by article.
public struct IngestReport: Sendable, Equatable {
    public var added = 0
    /// Articles whose id or URL was stored with other text: their old events were replaced.
    public var replaced = 0
    /// Articles stored before with the same text.
    public var unchanged = 0
    /// (new id, stored id) for articles whose text is already stored under another id.
    public var sameTextAs: [[String]] = []
    /// Ids given to more than one article of the batch; the later ones were not stored.
    public var duplicateIDs: [String] = []
    public var events = 0

    public init() {}
}

extension EventStore {
    /// Stores a batch in one transaction: a crash or an error leaves the store as it was.
    /// An article already stored with the same text is skipped; one whose id or URL is stored
    /// with other text replaces that document and its events.
    public func ingest(_ batch: [StoredArticle], now: Date = Date()) throws -> IngestReport {
        let stamp = ISO8601DateFormatter().string(from: now)
        return try connection.transaction {
            var writer = try BatchWriter(connection, actors: loadActors())
            var report = IngestReport()
            var seen: Set<String> = []
            for article in batch {
                let info = article.extraction.document
                guard seen.insert(info.id).inserted else {
                    report.duplicateIDs.append(info.id)
                    continue
                }
                if let stored = try writer.stored(id: info.id, url: info.url) {
                    if stored.hash == article.contentHash {
                        report.unchanged += 1
                        continue
                    }
                    try writer.remove(document: stored.id)
                    report.replaced += 1
                } else if let twin = try writer.document(withHash: article.contentHash) {
                    report.sameTextAs.append([info.id, twin])
                    continue
                } else {
                    report.added += 1
                }
                report.events += try writer.insert(article, ingestedAt: stamp)
            }
            try writer.saveActors()
            try connection.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
            return report
        }
    }
}

/// The statements of one ingest, prepared once, and the actors the batch is matched against.
struct BatchWriter {
    let connection: SQLiteConnection
    var graph: KnowledgeGraph
    let storedActors: [Actor]
    let byID: SQLiteStatement
    let byURL: SQLiteStatement
    let byHash: SQLiteStatement
    let deleteEvents: SQLiteStatement
    let deleteDocument: SQLiteStatement
    let insertDocument: SQLiteStatement
    let insertEvent: SQLiteStatement

    init(_ connection: SQLiteConnection, actors: KnowledgeGraph) throws {
        self.connection = connection
        graph = actors
        storedActors = Array(actors.actors)
        byID = try connection.prepare("SELECT id, content_hash FROM documents WHERE id = ?")
        byURL = try connection.prepare("SELECT id, content_hash FROM documents WHERE url = ? ORDER BY seq LIMIT 1")
        byHash = try connection.prepare("SELECT id FROM documents WHERE content_hash = ? LIMIT 1")
        deleteEvents = try connection.prepare("DELETE FROM events WHERE document = ?")
        deleteDocument = try connection.prepare("DELETE FROM documents WHERE id = ?")
        insertDocument = try connection.prepare(
            "INSERT INTO documents (id, url, title, date, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?)")
        insertEvent = try connection.prepare("""
            INSERT INTO events (document, source, target, kind, code, event_code, root, quad_class, goldstein,
                                certainty, speaker, sentence, start, end, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func stored(id: String, url: String?) throws -> (id: String, hash: String)? {
        var found: (String, String)?
        try byID.forEachRow([.text(id)]) { found = ($0.text(0) ?? "", $0.text(1) ?? "") }
        if found == nil, let url, !url.isEmpty {
            try byURL.forEachRow([.text(url)]) { found = ($0.text(0) ?? "", $0.text(1) ?? "") }
        }
        return found.map { (id: $0.0, hash: $0.1) }
    }

    func document(withHash hash: String) throws -> String? {
        var found: String?
        try byHash.forEachRow([.text(hash)]) { found = $0.text(0) }
        return found
    }

    func remove(document id: String) throws {
        try deleteEvents.run([.text(id)])
        try deleteDocument.run([.text(id)])
    }

    /// Stores the document and its events, with actors matched to those already known.
    mutating func insert(_ article: StoredArticle, ingestedAt stamp: String) throws -> Int {
        let info = article.extraction.document
        try insertDocument.run([
            .text(info.id), .optional(info.url), .optional(info.title), .optional(info.date),
            .text(article.contentHash), .text(stamp),
        ])
        let first = graph.relationCount
        // The graph holds no documents, so merge always takes the extraction; it renames
        // actors known under another id, which is what the stored events must name.
        try graph.merge(article.extraction)
        for relation in graph.relations[first...] {
            try insertEvent.run([
                .text(info.id), .text(relation.source), .text(relation.target), .text(relation.kind.rawValue),
                .optional(relation.code), .text(relation.eventCode), .text(relation.kind.root),
                .integer(relation.kind.quadClass), .real(relation.kind.weight), .text(relation.certainty.rawValue),
                .optional(relation.speaker), .integer(relation.evidence.sentence), .integer(relation.evidence.start),
                .integer(relation.evidence.end), .text(relation.evidence.text),
            ])
        }
        return graph.relationCount - first
    }

    /// Writes the actors this batch added or changed (new aliases, an affiliation learnt).
    func saveActors() throws {
        let upsert = try connection.prepare("""
            INSERT INTO actors (id, name, kind, affiliation, code) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                affiliation = excluded.affiliation, code = excluded.code
            """)
        let clearAliases = try connection.prepare("DELETE FROM aliases WHERE actor = ?")
        let insertAlias = try connection.prepare("INSERT INTO aliases (actor, position, alias) VALUES (?, ?, ?)")
        for (index, actor) in graph.actors.enumerated() where index >= storedActors.count || storedActors[index] != actor {
            try upsert.run([.text(actor.id), .text(actor.name), .text(actor.kind.rawValue), .optional(actor.affiliation), .optional(actor.code)])
            try clearAliases.run([.text(actor.id)])
            for (position, alias) in actor.aliases.enumerated() {
                try insertAlias.run([.text(actor.id), .integer(position), .text(alias)])
            }
        }
    }
}
