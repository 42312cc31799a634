import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Hostile text from articles and user lexicons stays inert in every output, and snapshots
/// survive damage, concurrency and crashes.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    // MARK: - Fixtures

    static let longName = "L" + String(repeating: "o", count: 19_998) + "ng"

    /// Actor names a hostile lexicon can give; articles name them by their plain aliases.
    static let hostileActors: [(id: String, name: String, alias: String)] = [
        ("EVILCORP", #"Evil"Corp\"#, "Evilcorp"),
        ("SCRIPTLAND", #"<script>alert(1)</script> \N \G \E {x} -> y; "q" \"#, "Scriptland"),
        ("CTRLISTAN", "Ctrl\u{07}\u{01}\u{1B}[31m\u{202E}evil\u{200F} \u{2067}rtl", "Ctrlistan"),
        ("LONGLAND", longName, "Longland"),
        ("JSLAND", "javascript:alert(1)", "Jsland"),
        ("AMPLAND", "A&B <b>bold</b> &amp; &lt;i&gt; ' \"\" \\\\ }{ |x| <f0>", "Ampland"),
    ]

    /// A user lexicon (JSON is YAML) and a JSON Lines article using its actors.
    static func hostileInputs(in dir: URL) throws -> (lexicon: String, articles: String) {
        let lexicon: [String: Any] = [
            "actors": hostileActors.map { ["id": $0.id, "name": $0.name, "kind": "state", "aliases": [$0.alias]] }
        ]
        let lexiconURL = dir.appendingPathComponent("hostile.yaml")
        try JSONSerialization.data(withJSONObject: lexicon).write(to: lexiconURL)
        let text = """
            Evilcorp attacked Scriptland on Monday, saying "<script>alert('x')</script> {a} -> b \\N \\" done\\". \
            Jsland condemned Ctrlistan \u{202E}evil\u{200F} \u{07} <a href="javascript:alert(1)" onclick="x()">here</a>. \
            Longland threatened Evilcorp. Scriptland and Jsland signed a defence pact. \
            Ampland criticised Longland over <img src=x onerror=alert(1)> and ]]> and --> comments. \
            Evilcorp met Ampland in a \\ backslash city \\
            """
        let records: [[String: Any]] = [
            ["id": #"h1"<x>\"#, "title": #"Hostile <b>title</b> \N"#, "text": text, "date": "2025-03-01",
             "url": "javascript:alert(document.cookie)"],
            ["id": "h2", "text": "Jsland warned Ctrlistan.", "date": "2025-03-02", "url": "data:text/html,<script>alert(1)</script>"],
            ["id": "h3", "text": "Ampland attacked Jsland.", "date": "2025-03-03", "url": "https://example.org/a?b=1&c=\"2\""],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let articlesURL = dir.appendingPathComponent("hostile.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: articlesURL)
        return (lexiconURL.path, articlesURL.path)
    }

    /// Node and edge counts of the JSON export.
    static func jsonCounts(_ data: Data) throws -> (nodes: Int, edges: Int) {
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [Any])
        let links = try #require(json["links"] as? [Any])
        return (nodes.count, links.count)
    }

    /// Re-reads DOT with the `dot` program: it must parse, and hold the expected counts.
    static func dotCounts(_ path: String) throws -> (nodes: Int, edges: Int)? {
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile)
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tcanon", path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let canon = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot rejects \(path): \(errors)")
        #expect(!errors.contains("syntax error"), "\(errors)")
        // -Tcanon prints one statement per node and per edge; nodes and edges of the legend
        // cluster are named legend-*.
        let text = String(decoding: canon, as: UTF8.self)
        var nodes = 0, edges = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\"actor-") else { continue }
            if trimmed.contains(" -> ") { edges += 1 } else { nodes += 1 }
        }
        return (nodes, edges)
    }

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr.prefix(800))")
        return result
    }

    // MARK: - DOT

    @Test func dotOutputsStillParseWithTheSameCounts() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let (lexicon, articles) = try Self.hostileInputs(in: dir)
        let json = try Self.run(["export", articles, "--lexicon", lexicon, "--format", "json"])
        let expected = try Self.jsonCounts(json.stdoutData)
        #expect(expected.nodes == Self.hostileActors.count, "every hostile actor is in the graph")
        #expect(expected.edges >= 5)

        let exported = dir.appendingPathComponent("export.dot")
        _ = try Self.run(["export", articles, "--lexicon", lexicon, "--format", "dot", "-o", exported.path])
        let rendered = dir.appendingPathComponent("render.dot")
        _ = try Self.run(["render", articles, "--lexicon", lexicon, "-o", rendered.path, "--quiet"])
        let stdoutDot = try Self.run(["export", articles, "--lexicon", lexicon, "--format", "dot"])
        let piped = dir.appendingPathComponent("stdout.dot")
        try stdoutDot.stdoutData.write(to: piped)

        for file in [exported, rendered, piped] {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "control characters reach \(file.lastPathComponent)")
            guard let counts = try Self.dotCounts(file.path) else { continue }
            #expect(counts.nodes == expected.nodes, "\(file.lastPathComponent): \(counts) vs JSON \(expected)")
            #expect(counts.edges == expected.edges, "\(file.lastPathComponent): \(counts) vs JSON \(expected)")
        }
    }

    // MARK: - SVG

    @Test func svgIsWellFormedAndInert() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let (lexicon, articles) = try Self.hostileInputs(in: dir)
        let svg = dir.appendingPathComponent("hostile.svg")
        _ = try Self.run(["render", articles, "--lexicon", lexicon, "-o", svg.path, "--quiet"])
        let exported = dir.appendingPathComponent("exported.svg")
        _ = try Self.run(["render", articles, "--lexicon", lexicon, "-o", exported.path, "--format", "svg", "--layout", "neato", "--quiet"])
        let focused = dir.appendingPathComponent("focused.svg")
        _ = try Self.run(["render", articles, "--lexicon", lexicon, "-o", focused.path, "--focus", "Evilcorp", "--depth", "1", "--quiet"])

        for file in [svg, exported, focused] {
            let document = try XMLDocument(data: Data(contentsOf: file), options: [])
            var texts: [String] = []
            var stack: [XMLNode] = document.rootElement().map { [$0] } ?? []
            while let node = stack.popLast() {
                stack.append(contentsOf: node.children ?? [])
                guard let element = node as? XMLElement else { continue }
                let name = (element.localName ?? element.name ?? "").lowercased()
                #expect(!["script", "foreignobject", "iframe", "embed", "object"].contains(name), "<\(name)> in \(file.lastPathComponent)")
                if name == "text", let value = element.stringValue { texts.append(value) }
                for attribute in element.attributes ?? [] {
                    let attributeName = (attribute.localName ?? attribute.name ?? "").lowercased()
                    let value = (attribute.stringValue ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                    #expect(!attributeName.hasPrefix("on"), "event handler \(attributeName) in \(file.lastPathComponent)")
                    if attributeName == "href" || attributeName.hasSuffix(":href") {
                        #expect(value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("#"), "link \(value)")
                    }
                }
            }
            // Labels show the names as written (control and bidi characters dropped, long ones cut).
            let shown = texts.joined(separator: "\n")
            #expect(shown.contains(#"Evil"Corp\"#), "\(file.lastPathComponent): \(texts)")
            if file != focused {
                #expect(shown.contains(#"<script>alert(1)</script> \N \G \E {x} -> y; "q" \"#), "\(file.lastPathComponent): \(texts)")
                #expect(shown.contains("javascript:alert(1)"))
                #expect(shown.contains("A&B <b>bold</b> &amp; &lt;i&gt;"), "\(texts)")
                #expect(texts.contains { $0.hasPrefix("Looooo") && $0.count < 200 }, "long names are cut")
                #expect(shown.contains("Ctrl") && !shown.contains("\u{1B}") && !shown.contains("\u{202E}"))
            }
        }
    }

    // MARK: - Terminal

    @Test func terminalOutputHasNoControlCharacters() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let (lexicon, articles) = try Self.hostileInputs(in: dir)
        for command in [["extract", articles], ["actors", articles], ["relations", articles], ["neighbors", "Evilcorp", articles], ["path", "Longland", "Jsland", articles], ["explain", "Evilcorp", "Scriptland", articles]] {
            let result = try Self.run(command + ["--lexicon", lexicon])
            let bad = result.stdout.unicodeScalars.filter {
                ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.generalCategory == .format
            }
            #expect(bad.isEmpty, "\(command[0]) prints \(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test
    func noRelationMessagesAreCleaned() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let (lexicon, articles) = try Self.hostileInputs(in: dir)
        let result = try Self.run(["explain", "Ctrlistan", "Longland", articles, "--lexicon", lexicon])
        #expect(!result.stdout.contains("\u{1B}"))
    }

    // MARK: - Snapshots

    static func ingestSeeds(into graph: URL) throws {
        let result = try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func damagedSnapshotsAreRefusedAndKept() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json")
        try Self.ingestSeeds(into: graph)
        let whole = try Data(contentsOf: graph)
        let article = dir.appendingPathComponent("new.txt")
        try Data("Border news\n\nPoland warned Belarus on Friday.\n".utf8).write(to: article)

        var flipped = whole
        let middle = flipped.count / 2
        flipped[middle] = flipped[middle] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        var cases: [(String, Data, String)] = [
            ("truncated", whole.prefix(whole.count * 2 / 3), "damaged"),
            ("one byte flipped", flipped, "damaged"),
            ("cut to its first byte", whole.prefix(1), "damaged"),
            ("empty", Data(), "is empty"),
            ("newer version", Data(#"{"format":"entente-snapshot","version":2,"checksum":"fnv1a64:0","graph":{}}"#.utf8), "newer Entente"),
            ("not a snapshot", Data(#"{"hello":"world"}"#.utf8), "not an Entente snapshot"),
            ("binary garbage", Data([0x00, 0x01, 0xFF, 0xFE, 0x7F]), "damaged"),
        ]
        if let checksum = whole.range(of: Data("fnv1a64:".utf8)) {
            var forged = whole
            forged[checksum.upperBound] = forged[checksum.upperBound] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            cases.append(("wrong checksum", forged, "checksum"))
        }
        for (label, bytes, phrase) in cases {
            try bytes.write(to: graph)
            for command in [["actors", "--graph", graph.path], ["ingest", article.path, "--graph", graph.path],
                            ["render", "--graph", graph.path, "-o", dir.appendingPathComponent("x.svg").path]] {
                let result = try CLIRunner.run(command)
                #expect(result.status != 0, "\(label): \(command[0]) accepted it")
                #expect(result.stderr.contains(graph.path) && result.stderr.contains(phrase), "\(label): \(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"), "\(label): \(result.stderr)")
                #expect(try Data(contentsOf: graph) == bytes, "\(label): \(command[0]) touched the snapshot")
            }
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.svg").path))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func sixConcurrentIngestsLoseNothing() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json").path
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(seeds.count >= 6)
        // Each process also carries 20 small articles of its own, to widen the window.
        var processes: [Process] = []
        for (n, name) in seeds.prefix(6).enumerated() {
            let own = dir.appendingPathComponent("p\(n)")
            try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
            for i in 0..<20 {
                try Data("Item \(n)-\(i)\n\nPoland warned Belarus about drills \(n)-\(i).\n".utf8)
                    .write(to: own.appendingPathComponent("p\(n)-\(i).txt"))
            }
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["ingest", "\(CLIRunner.seeds)/\(name)", own.path, "--graph", graph, "--quiet"]
            try process.run()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let snapshot = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any])
        let documents = try #require((snapshot["graph"] as? [String: Any])?["documents"] as? [[String: Any]])
        #expect(documents.count == 6 * 21, "\(documents.count) documents")
        #expect(Set(documents.compactMap { $0["id"] as? String }).count == 6 * 21)
        #expect(try CLIRunner.run(["actors", "--graph", graph]).status == 0)
    }

    // MARK: - Graphviz

    @Test func hugeFocuslessGraphIsRefusedWithAdviceBeforeLayout() throws {
        let dir = try CLIRunner.temporaryDirectory()
        // 700 made-up actors, pairwise in conflict along a ring: above the default 500.
        var lexicon = "actors:\n"
        var lines: [String] = []
        func name(_ i: Int) -> String {
            let letters = Array("bcdfghjklmnprstvz")
            var n = i, word = ""
            repeat { word.append(letters[n % letters.count]); n /= letters.count } while n > 0
            return "Q" + word + "aria"
        }
        for i in 0..<700 {
            lexicon += "  - {id: \"Q\(i)\", name: \"\(name(i))\", kind: state}\n"
            lines.append(#"{"id":"d\#(i)","text":"\#(name(i)) attacked \#(name((i + 1) % 700))."}"#)
        }
        let lexiconURL = dir.appendingPathComponent("many.yaml")
        try Data(lexicon.utf8).write(to: lexiconURL)
        let articles = dir.appendingPathComponent("many.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: articles)
        let graph = dir.appendingPathComponent("g.json")
        let ingest = try CLIRunner.run(["ingest", articles.path, "--lexicon", lexiconURL.path, "--graph", graph.path, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let count = try CLIRunner.run(["actors", "--graph", graph.path, "--format", "json"])
        let actors = try #require(try JSONSerialization.jsonObject(with: count.stdoutData) as? [Any])
        try #require(actors.count > 500, "the graph holds \(actors.count) actors")

        let out = dir.appendingPathComponent("huge.svg")
        let start = Date()
        let result = try CLIRunner.run(["render", "--graph", graph.path, "-o", out.path])
        BadInputTests.expectRefusal(result, ["(limit 500)", "--focus ACTOR", "--depth N", "--max-nodes"])
        #expect(Date().timeIntervalSince(start) < 10, "refused before any layout")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // The advice works: a focus draws it.
        let focused = try CLIRunner.run(["render", "--graph", graph.path, "-o", out.path, "--focus", name(0), "--depth", "2"])
        #expect(focused.status == 0, "\(focused.stderr)")
    }

    @Test func graphvizMessagesNeverReachTheTerminalRaw() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let style = dir.appendingPathComponent("odd.yaml")
        // Values Graphviz warns about: an unknown shape and an unknown colour.
        try Data("node:\n  shape: hexagrammm\n  color: notacolour\nedge:\n  arrowhead: wobbly\n".utf8).write(to: style)
        let out = dir.appendingPathComponent("odd.svg")
        let result = try CLIRunner.run(["render", CLIRunner.seeds, "-o", out.path, "--style", style.path])
        #expect(!result.stderr.contains("Warning:") && !result.stderr.contains("Error:  "), "raw Graphviz output: \(result.stderr)")
        if result.status == 0 {
            #expect(try XMLDocument(data: Data(contentsOf: out), options: []).rootElement() != nil)
        } else {
            #expect(result.stderr.contains("Graphviz") || result.stderr.contains(style.path), "\(result.stderr)")
        }
    }
}
