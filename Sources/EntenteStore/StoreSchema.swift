/// The store's tables and how each older layout is brought up to the current one.
/// `PRAGMA user_version` holds the layout's number; a file with a larger number is refused.
enum StoreSchema {
    /// `migrations[n]` takes a store from version n to n + 1.
    static let migrations: [String] = [
        """
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT,
            date TEXT,
            content_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE INDEX documents_date ON documents(date);
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            affiliation TEXT,
            code TEXT
        );
        CREATE TABLE aliases (
            actor TEXT NOT NULL REFERENCES actors(id),
            position INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (actor, position)
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document TEXT NOT NULL REFERENCES documents(id),
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            kind TEXT NOT NULL,
            code TEXT,
            event_code TEXT NOT NULL,
            root TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            certainty TEXT NOT NULL,
            speaker TEXT,
            sentence INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            evidence TEXT NOT NULL
        );
        CREATE INDEX events_document ON events(document);
        CREATE INDEX events_pair ON events(source, target);
        """,
        // The store's identity and a generation that every ingest raises: the graph file kept
        // beside the store (`GraphFile`) records both and is rebuilt when they differ.
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO meta VALUES ('identity', random()), ('generation', 0);
        """,
    ]

    static var currentVersion: Int { migrations.count }

    static func prepare(_ connection: SQLiteConnection) throws(StoreError) {
        do {
            try connection.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON")
        } catch {
            throw .corrupt(path: connection.path, reason: "it is not an SQLite database (\(error.reason))")
        }
        var version = 0
        do {
            try connection.prepare("PRAGMA user_version").forEachRow { version = $0.int(0) }
        } catch { throw .corrupt(path: connection.path, reason: "\(error)") }
        if version > currentVersion {
            throw .newerVersion(path: connection.path, found: version, supported: currentVersion)
        }
        guard version < currentVersion else { return }
        do {
            try connection.transaction {
                for step in version..<currentVersion {
                    try connection.execute(migrations[step])
                }
                try connection.execute("PRAGMA user_version = \(currentVersion)")
            }
        } catch let error as StoreError { throw error } catch {
            throw .failed(path: connection.path, reason: "\(error)")
        }
    }
}
