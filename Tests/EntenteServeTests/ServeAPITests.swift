import Foundation
import Testing

/// The API against its OpenAPI document and against the CLI's own `--format json`.
@Suite("Serve API")
struct ServeAPITests {
    /// Requests that exercise every documented endpoint (and its render variants).
    static let requests: [(path: String, parameters: [(String, String)])] = [
        ("/api/meta", []),
        ("/api/actors", []),
        ("/api/relations", [("actor", "Russia")]),
        ("/api/relations", [("actor", "Russia"), ("other", "Belarus")]),
        ("/api/relations", [("actor", "Scriptland")]),
        ("/api/ties", [("actor", "Russia")]),
        ("/api/ties", [("actor", "Israel"), ("list", "rivals")]),
        ("/api/path", [("source", "Wagner"), ("target", "Poland")]),
        ("/api/path", [("source", "Iran"), ("target", "Israel"), ("k", "3"), ("max-hops", "4")]),
        (
            "/api/path",
            [
                ("source", "Iran"), ("target", "Israel"), ("all", "true"), ("max-hops", "3"),
                ("polarity", "conflict,cooperation"),
            ]
        ),
        ("/api/neighbors", [("actor", "Belarus"), ("depth", "2")]),
        ("/api/blocs", []),
        ("/api/timeline", [("actor", "Russia"), ("by", "week")]),
        ("/api/render", [("format", "json"), ("focus", "Belarus"), ("depth", "1")]),
        ("/api/render", [("format", "json"), ("layers", "threats"), ("style", "dark")]),
    ]

    @Test("every documented endpoint answers with the documented shape")
    func responsesMatchTheDocument() async throws {
        let server = try await ServeFixture.shared.value
        let schema = try OpenAPISchema()
        #expect(
            Set(schema.paths.keys) == Set(Self.requests.map(\.path)),
            "every documented path is requested here, and only those")
        for request in Self.requests {
            let reply = try await server.get(request.path, request.parameters)
            #expect(reply.status == 200, "\(request.path) \(request.parameters): \(reply.text.prefix(300))")
            let documented = try #require(
                schema.responseSchema(request.path), "\(request.path) documents a JSON response")
            let problems = schema.problems(try JSONValue.parse(reply.body), documented)
            #expect(problems.isEmpty, "\(request.path) \(request.parameters): \(problems.prefix(5))")
            let operation = try #require(schema.operation(request.path))
            let names = Set((operation["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
            #expect(
                Set(request.parameters.map(\.0)).isSubset(of: names),
                "\(request.path): parameters used here are documented")
        }
    }

    @Test("documented error responses are JSON with an error message")
    func errorsMatchTheDocument() async throws {
        let server = try await ServeFixture.shared.value
        let schema = try OpenAPISchema()
        for (path, parameters, status) in [
            ("/api/path", [("source", "Wagner"), ("target", "Belaruss")], "404"),
            ("/api/neighbors", [("actor", "Belarus"), ("depth", "0")], "400"),
        ] {
            let reply = try await server.get(path, parameters)
            #expect(String(reply.status) == status, "\(path): \(reply.text)")
            let documented = try #require(schema.responseSchema(path, status: status))
            #expect(schema.problems(try JSONValue.parse(reply.body), documented).isEmpty)
        }
    }

    @Test("the SVG of /api/render is the CLI's render, and every listed node is in it")
    func renderNodesAreInTheSVG() async throws {
        let server = try await ServeFixture.shared.value
        let reply = try await server.get("/api/render", [("format", "json")])
        let answer = try JSONValue.parse(reply.body)
        let svg = try #require(answer["svg"]?.string)
        let nodes = answer["nodes"]?.array ?? []
        #expect(nodes.count > 20)
        for node in nodes {
            let name = try #require(node["node"]?.string)
            #expect(
                svg.contains("<title>\(name.replacingOccurrences(of: "-", with: "&#45;"))</title>"),
                "node \(name) is in the SVG")
        }
        let plain = try await server.get("/api/render")
        #expect(plain.header("Content-Type")?.hasPrefix("image/svg+xml") == true)
        #expect(plain.text.contains("<svg"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "entente-serve-render-\(UUID().uuidString).svg")
        // The browser shows one zoomable picture, never print pages: the CLI's single picture.
        let cli = try ServeFixture.runCLI(["render", "-q", "--no-pages", "--graph", server.snapshot, "-o", dir.path])
        #expect(cli.status == 0, "\(cli.stderr)")
        #expect(try Data(contentsOf: dir) == plain.body, "the served SVG is the one 'entente render' writes")
    }

    @Test(
        "JSON answers are the JSON the CLI prints with --format json",
        arguments: [
            (["actors"], "/api/actors", [(String, String)]()),
            (["relations", "--actor", "Belarus"], "/api/relations", [("actor", "Belarus")]),
            (["allies", "Russia"], "/api/ties", [("actor", "Russia")]),
            (
                ["rivals", "Israel", "--limit", "3"], "/api/ties",
                [("actor", "Israel"), ("list", "rivals"), ("limit", "3")]
            ),
            (
                ["path", "Wagner", "Poland", "--k", "2"], "/api/path",
                [("source", "Wagner"), ("target", "Poland"), ("k", "2")]
            ),
            (
                ["path", "Iran", "Israel", "--all", "--max-hops", "3"], "/api/path",
                [("source", "Iran"), ("target", "Israel"), ("all", "1"), ("max-hops", "3")]
            ),
            (
                ["neighbors", "Belarus", "--depth", "2", "--polarity", "conflict"], "/api/neighbors",
                [("actor", "Belarus"), ("depth", "2"), ("polarity", "conflict")]
            ),
            (["blocs", "--limit", "4"], "/api/blocs", [("limit", "4")]),
            (["timeline", "Russia", "--by", "week"], "/api/timeline", [("actor", "Russia"), ("by", "week")]),
            (
                ["relations", "--from", "2025-01-01", "--certainty", "asserted"], "/api/relations",
                [("from", "2025-01-01"), ("certainty", "asserted")]
            ),
        ])
    func sameBytesAsTheCLI(cli: [String], path: String, parameters: [(String, String)]) async throws {
        let server = try await ServeFixture.shared.value
        let reply = try await server.get(path, parameters)
        #expect(reply.status == 200, "\(reply.text.prefix(300))")
        let printed = try ServeFixture.runCLI(cli + ["--graph", server.snapshot, "-q", "--format", "json"])
        #expect(printed.status == 0, "\(printed.stderr)")
        // The same value; the API writes '<', '>' and '&' as \u escapes (see InertJSON).
        #expect(
            try JSONValue.parse(reply.body) == JSONValue.parse(printed.stdout),
            "\(path) \(parameters) differs from 'entente \(cli.joined(separator: " "))'")
        #expect(
            String(decoding: printed.stdout, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
                .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
                == reply.text)
    }
}
