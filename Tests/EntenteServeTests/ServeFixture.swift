import EntenteServe
import Foundation
import Testing

@testable import entente

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One server for the whole suite: the sample articles plus hostile ones, ingested by the built
/// `entente` into a snapshot, loaded as `entente serve` loads it, and served on a free port.
final class ServeFixture: Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let snapshot: String
    let port: Int
    let server: MapServer

    static let shared = Task { try await ServeFixture() }

    init() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("entente-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let hostile = try Hostile.inputs(in: dir)
        snapshot = dir.appendingPathComponent("graph.json").path
        let ingest = try Self.runCLI([
            "ingest", "-q", Self.packageRoot.appendingPathComponent("seeds").path, hostile.articles,
            "--lexicon", hostile.lexicon, "--graph", snapshot,
        ])
        guard ingest.status == 0 else { throw APIError(status: 500, "ingest failed: \(ingest.stderr)") }
        server = try MapServer(service: try ServeQueries(graph: try GraphSource.load(snapshot)))
        let ports = AsyncStream<Int>.makeStream()
        let server = self.server
        Task { try await server.run(host: "127.0.0.1", port: 0) { ports.continuation.yield($0) } }
        var bound = 0
        for await port in ports.stream {
            bound = port
            break
        }
        port = bound
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
        func json() throws -> Any { try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
    }

    /// GETs `path` (with its query string already encoded).
    func get(_ path: String) async throws -> Reply {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        // The suite lays out hundreds of graphs on two cores beside these requests: a render
        // queued behind them may take longer than URLSession's default minute.
        var request = URLRequest(url: url)
        request.timeoutInterval = 600
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers["\(key)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: headers, body: data)
    }

    /// GETs an endpoint with parameters, percent-encoded as the page encodes them.
    func get(_ path: String, _ parameters: [(String, String)]) async throws -> Reply {
        var components = URLComponents()
        components.path = path
        components.queryItems = parameters.map { URLQueryItem(name: $0.0, value: $0.1) }
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return try await get(path + (encoded.isEmpty ? "" : "?" + encoded))
    }

    // MARK: - The built CLI

    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("entente")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/entente")
    }()

    static func runCLI(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }
}

/// Articles written to attack the page: markup and script in names and sentences, handler
/// attributes, `javascript:` and `data:` links, quotes and DOT escapes. Written for these
/// tests; no text from real articles.
enum Hostile {
    static let actors: [(id: String, name: String, alias: String)] = [
        ("SCRIPTLAND", #"<script>alert(1)</script> \N \G {x} -> y; "q" \"#, "Scriptland"),
        ("JSLAND", "javascript:alert(1)", "Jsland"),
        ("IMGLAND", #"<img src=x onerror=alert(1)> "onmouseover="alert(2)"#, "Imgland"),
        ("QUOTELAND", #"Quote"Land' ]]> --> <!-- \"#, "Quoteland"),
    ]

    static func inputs(in dir: URL) throws -> (lexicon: String, articles: String) {
        let lexicon: [String: Any] = [
            "actors": actors.map { ["id": $0.id, "name": $0.name, "kind": "state", "aliases": [$0.alias]] }
        ]
        let lexiconURL = dir.appendingPathComponent("hostile.yaml")
        try JSONSerialization.data(withJSONObject: lexicon).write(to: lexiconURL)
        let text = """
            Scriptland attacked Jsland on Monday, saying "<script>alert('x')</script> {a} -> b \\N". \
            Imgland condemned Quoteland <a href="javascript:alert(1)" onclick="x()">here</a>. \
            Jsland and Imgland signed a defence pact. Quoteland threatened Scriptland over <img src=x onerror=alert(1)>.
            """
        let records: [[String: Any]] = [
            [
                "id": #"h1"<x>\"#, "title": #"Hostile <b>title</b> \N"#, "text": text, "date": "2025-03-01",
                "url": "javascript:alert(document.cookie)",
            ],
            [
                "id": "h2", "text": "Jsland warned Quoteland.", "date": "2025-03-02",
                "url": "data:text/html,<script>alert(1)</script>",
            ],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let articlesURL = dir.appendingPathComponent("hostile.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: articlesURL)
        return (lexiconURL.path, articlesURL.path)
    }
}
