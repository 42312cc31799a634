import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Bad requests get a 4xx and a JSON sentence; untrusted text never becomes markup or script;
/// concurrent renders stay serialised.
@Suite("Serve safety")
struct ServeSafetyTests {
    @Test(
        "bad requests are 4xx JSON errors that say what to do",
        arguments: [
            ("/api/path", [("source", "Wagner")], 400, "needs 'target'"),
            ("/api/path", [("source", "Wagner"), ("target", "Belaruss")], 404, "did you mean"),
            ("/api/path", [("source", "Wagner"), ("target", "Wagner")], 400, "same actor"),
            ("/api/path", [("source", "Wagner"), ("target", "Poland"), ("k", "0")], 400, "at least 1"),
            ("/api/path", [("source", "Wagner"), ("target", "Poland"), ("k", "many")], 400, "k"),
            ("/api/path", [("source", "-x"), ("target", "--help")], 404, "no actor"),
            ("/api/path", [("source", "Wagner"), ("target", "Poland"), ("all", "maybe")], 400, "true or false"),
            (
                "/api/path", [("source", "Wagner"), ("target", "Poland"), ("colour", "red")], 400,
                "unknown parameter 'colour'"
            ),
            ("/api/relations", [("from", "2025-13-45")], 400, "not a date"),
            ("/api/relations", [("certainty", "negated")], 400, "never traversed"),
            ("/api/relations", [("polarity", "friendship")], 400, "friendship"),
            ("/api/relations", [("other", "Russia")], 400, "needs 'actor'"),
            ("/api/neighbors", [("actor", "Belarus"), ("depth", "0")], 400, "at least 1"),
            ("/api/ties", [("actor", "Russia"), ("list", "friends")], 400, "allies or rivals"),
            ("/api/ties", [("actor", "Russia"), ("polarity", "conflict")], 400, "leaves out cooperation"),
            ("/api/blocs", [("polarity", "conflict")], 400, "cooperation"),
            ("/api/timeline", [("actor", "Russia"), ("by", "year")], 400, "week or month"),
            ("/api/render", [("style", "/etc/passwd")], 400, "no style"),
            ("/api/render", [("style", "../Styles/dark.yaml")], 400, "no style"),
            ("/api/render", [("format", "png")], 400, "svg or json"),
            ("/api/render", [("layers", "rumours")], 400, "rumours"),
            ("/api/render", [("layout", "evil")], 400, "layout"),
            ("/api/render", [("max-nodes", "2")], 400, "2"),
            ("/api/render", [("focus", "Nowhere Land")], 404, "no actor"),
            ("/api/actors", [("x", "1")], 400, "no parameters"),
            ("/api/nothing", [], 404, "no such page"),
            ("/../../etc/passwd", [], 404, "no such page"),
        ] as [(String, [(String, String)], Int, String)])
    func badRequests(path: String, parameters: [(String, String)], status: Int, words: String) async throws {
        let server = try await ServeFixture.shared.value
        let reply = try await server.get(path, parameters)
        #expect(reply.status == status, "\(path) \(parameters): \(reply.text)")
        #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true)
        let message = try #require(try JSONValue.parse(reply.body)["error"]?.string, "\(reply.text)")
        #expect(message.contains(words), "\(path) \(parameters): '\(message)' should say \(words)")
    }

    @Test("a repeated parameter and a malformed query are refused, not guessed at")
    func repeatedAndMalformed() async throws {
        let server = try await ServeFixture.shared.value
        let twice = try await server.get("/api/neighbors?actor=Belarus&actor=Russia")
        #expect(twice.status == 400)
        #expect(twice.text.contains("twice"))
        let broken = try await server.get("/api/neighbors?actor=%ZZ%&depth=%")
        #expect((400...404).contains(broken.status), "\(broken.text)")
        let long = try await server.get("/api/neighbors", [("actor", String(repeating: "A", count: 5000))])
        #expect(long.status == 400)
        #expect(long.text.contains("longer than"))
    }

    /// Every response the page and API can give, hostile actors included.
    static let pages: [(String, [(String, String)])] = [
        ("/", []), ("/app.js", []), ("/app.css", []), ("/api/openapi.json", []), ("/api/actors", []),
        ("/api/relations", [("actor", "Scriptland")]), ("/api/render", []), ("/api/render", [("format", "json")]),
        ("/api/render", [("focus", "Jsland"), ("depth", "2")]),
        ("/api/render", [("focus", "Imgland"), ("style", "print")]),
        ("/api/path", [("source", "Scriptland"), ("target", "Imgland")]), ("/api/nothing", []),
        ("/api/path", [("source", "<script>alert(1)</script>"), ("target", "x")]),
    ]

    @Test("every response carries a policy that forbids inline script, and no handler attribute")
    func headersAndNoHandlers() async throws {
        let server = try await ServeFixture.shared.value
        for (path, parameters) in Self.pages {
            let reply = try await server.get(path, parameters)
            let policy = try #require(reply.header("Content-Security-Policy"), "\(path)")
            #expect(
                policy.contains("script-src 'self'") && !policy.contains("unsafe-inline")
                    && !policy.contains("unsafe-eval"))
            #expect(policy.contains("default-src 'none'"))
            #expect(reply.header("X-Content-Type-Options") == "nosniff")
            let type = reply.header("Content-Type") ?? ""
            if type.hasPrefix("application/json") {
                #expect(
                    !reply.text.contains("<") && !reply.text.contains(">"),
                    "\(path) \(parameters): JSON holds no markup characters")
                if let svg = try JSONValue.parse(reply.body)["svg"]?.string {
                    try Self.expectInertSVG(svg, "\(path) json")
                }
            } else if type.hasPrefix("image/svg+xml") {
                try Self.expectInertSVG(reply.text, "\(path) \(parameters)")
            } else if type.hasPrefix("text/html") {
                #expect(
                    reply.text.firstMatch(of: try Regex(#"(?i)<[^>]*\son[a-z]+\s*="#)) == nil,
                    "the page has no handler attribute")
                #expect(
                    reply.text.matches(of: try Regex(#"(?i)<script"#)).count == 1, "one script element: the page's file"
                )
            }
        }
        let page = try await server.get("/")
        #expect(page.text.contains(#"<script src="/app.js" defer></script>"#))
    }

    /// Parses the SVG as XML: no element may be a script or foreign HTML, no attribute a handler,
    /// no link other than http(s).
    static func expectInertSVG(_ svg: String, _ label: String) throws {
        let check = SVGAttributes()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = check
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse(), "\(label): the SVG parses as XML")
        #expect(
            check.elements.isDisjoint(with: ["script", "foreignObject", "iframe", "img"]), "\(label): \(check.elements)"
        )
        #expect(check.handlers.isEmpty, "\(label): handler attributes \(check.handlers)")
        #expect(check.badLinks.isEmpty, "\(label): links \(check.badLinks)")
    }

    @Test("hostile names and sentences come back as data: escaped in SVG, plain strings in JSON")
    func hostileTextStaysInert() async throws {
        let server = try await ServeFixture.shared.value
        let relations = try JSONValue.parse(try await server.get("/api/relations", [("actor", "Scriptland")]).body)
        #expect(
            relations.array.contains {
                $0["source"]?.string?.contains("<script>") == true || $0["target"]?.string?.contains("<script>") == true
            },
            "the name is served as it was written, for the page to show as text")
        let svg = try await server.get("/api/render", [("focus", "Scriptland"), ("depth", "2")])
        #expect(svg.status == 200)
        #expect(svg.text.contains("&lt;script&gt;"), "the name is in the SVG, escaped")
        #expect(!svg.text.contains("<img"))
        for url in ["javascript:alert(document.cookie)", "data:text/html"] { #expect(!svg.text.contains(url)) }
    }

    @Test("fifty concurrent renders of different views all answer: Graphviz stays serialised")
    func concurrentRenders() async throws {
        let server = try await ServeFixture.shared.value
        let actors = try JSONValue.parse(try await server.get("/api/actors").body).array.compactMap { $0["id"]?.string }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for (n, actor) in actors.prefix(50).enumerated() {
                group.addTask {
                    let style = ["default", "dark", "print", "colorblind"][n % 4]
                    return try await server.get(
                        "/api/render", [("focus", actor), ("depth", String(1 + n % 2)), ("style", style)]
                    ).status
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == min(50, actors.count))
        #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses)")
    }
}

/// Element names, handler attributes and non-web links found while parsing an SVG.
final class SVGAttributes: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var handlers: [String] = []
    var badLinks: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.insert(elementName)
        for (name, value) in attributes {
            if name.lowercased().hasPrefix("on") { handlers.append(name) }
            if name.lowercased().hasSuffix("href"), !(value.hasPrefix("http://") || value.hasPrefix("https://")) {
                badLinks.append(value)
            }
        }
    }
}
