import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

/// Actor names and evidence come from untrusted articles: whatever they hold, DOT must parse
/// back to the same graph and SVG must be inert, well-formed XML.
@Suite struct EscapingTests {
    static let hostileNames: [String] = [
        "Say \"hello\"",
        "back\\slash",
        "trailing backslash\\",
        "\\N and \\G and \\n and \\l",
        "{braces} | <ports> [x]",
        "A -> B; C -- D",
        "<script>alert(1)</script>",
        "javascript:alert(document.cookie)",
        "\u{202E}gnimrA\u{202C} \u{200F}مرحبا\u{200E}",
        "AT&T &amp; &bogus; &#x41; &#0;",
        "line\nbreak\ttab\u{0}nul\u{7}bell\u{1B}[31m",
        "<b onmouseover=\"alert(1)\">bold</b>",
        "]]> <!-- --> <![CDATA[x]]>",
        String(repeating: "W", count: 20_000),
        "",
    ]

    static func hostileGraph() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "HUB", name: "Hub \"state\"", kind: .state))
        for (i, name) in hostileNames.enumerated() {
            let kind = ActorKind.allCases[i % ActorKind.allCases.count]
            graph.add(Actor(id: "X\(i)\"; <b>", name: name, kind: kind, affiliation: kind == .person ? "HUB" : nil))
            try graph.add(Relation(
                source: "HUB", target: "X\(i)\"; <b>", kind: i % 2 == 0 ? .attack : .aid,
                certainty: i % 3 == 0 ? .reported : .asserted,
                evidence: Fixtures.evidence(
                    "Evidence for \(name) said \"<script>alert('x')</script>\" & more\\", sentence: i,
                    url: i % 2 == 0 ? "javascript:alert(1)" : "https://example.org/\(i)?a=1&b=<2>")))
        }
        return graph
    }

    @Test func labelsEscapeWhatGraphvizInterprets() {
        #expect(LabelText.plain("a\\N") == "a\\\\N")
        #expect(LabelText.plain("x\\") == "x\\\\")
        #expect(LabelText.plain("{a|b}") == "\\{a\\|b\\}")
        #expect(LabelText.plain("AT&T") == "AT&amp;T")
        #expect(LabelText.html("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        #expect(LabelText.plain("tab\there\u{0}") == "tab here")
        #expect(LabelText.plain("\u{202E}evil") == "evil")
        let long = LabelText.plain(String(repeating: "z", count: 20_000))
        #expect(long.count == LabelText.maximumNameLength)
        #expect(long.hasSuffix("…"))
        #expect(LabelText.identifier("RUS \"<x>\"") == "RUS___x__")
        #expect(!LabelText.isWebURL("javascript:alert(1)"))
        #expect(!LabelText.isWebURL("https://ok.example/\"onload=\"x"))
        #expect(LabelText.isWebURL("HTTPS://example.org/a?b=c"))
    }

    @Test func dotOutputParsesBackToTheSameGraph() throws {
        let graph = try Self.hostileGraph()
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "\\G \"title\" <i>", legend: false))
        let style = try StyleSheet.resolve("default")
        let dot = try DiagramRenderer.render(view, style: style, format: .dot)
        let text = try #require(String(data: dot, encoding: .utf8))
        let parsed = try GraphvizBridge.parse(dot: text)
        #expect(parsed.nodes == view.actors.count)
        #expect(parsed.edges == view.ties.count)
        #expect(parsed.nodes == Self.hostileNames.count + 1)
        // Reading and writing again changes nothing: the quoting is what cgraph itself writes.
        #expect(parsed.text == dot)
    }

    @Test(arguments: ["dot", "neato"])
    func svgIsWellFormedAndInert(engine: String) throws {
        let graph = try Self.hostileGraph()
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "<script>alert(1)</script> & \\N", layout: engine))
        let style = try StyleSheet.resolve("default")
        let data = try DiagramRenderer.render(view, style: style, format: .svg)
        let svg = try ParsedSVG(data)
        #expect(svg.activeContent.isEmpty, "\(svg.activeContent)")
        let raw = try #require(String(data: data, encoding: .utf8))
        #expect(!raw.contains("<script"))
        #expect(!raw.lowercased().contains("javascript:alert(1)\""))

        let texts = svg.texts
        // Names are drawn as written, not interpreted.
        #expect(texts.contains("Say \"hello\""))
        #expect(texts.contains("back\\slash"))
        #expect(texts.contains("trailing backslash\\"))
        #expect(texts.contains("\\N and \\G and \\n and \\l"))
        #expect(texts.contains("{braces} | <ports> [x]"))
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(texts.contains("AT&T &amp; &bogus; &#x41; &#0;"))
        #expect(texts.contains(String(repeating: "W", count: LabelText.maximumNameLength - 1) + "…"))
        #expect(texts.contains("<script>alert(1)</script> & \\N"))
        #expect(!texts.contains { $0.contains("\u{202E}") })
        let tooltips = svg.attributeValues(named: "title")
        #expect(!tooltips.contains { $0.lowercased().contains("javascript:") && $0.contains("(2023") && !$0.contains("Evidence") })
        #expect(tooltips.allSatisfy { $0.count <= LabelText.maximumTooltipLength + 10 })
    }

    @Test func pngAndPdfSurviveHostileNames() throws {
        let view = try DiagramView(graph: try Self.hostileGraph())
        let style = try StyleSheet.resolve("print")
        #expect(try DiagramRenderer.render(view, style: style, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try DiagramRenderer.render(view, style: style, format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test func jsonExportKeepsNamesExactly() throws {
        let view = try DiagramView(graph: try Self.hostileGraph())
        let object = try #require(try JSONSerialization.jsonObject(with: GraphExport.json(view)) as? [String: Any])
        let names = Set((object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        #expect(names.contains("<script>alert(1)</script>"))
        #expect(names.contains("trailing backslash\\"))
    }

    /// Graphviz 2.43 expands `\N`, `\G`, `\E`, `\T`, `\H` and `\L` in tooltips whatever the
    /// escaping; a name holding them must still read as written: in labels with its
    /// backslashes, in tooltips with their look-alike, never as the graph's or a node's name.
    @Test func backslashEscapesInNamesStayLiteral() throws {
        let hostile = #"Evil \N \G \E \T \H \L \\ "q" <script>"#
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "EVIL", name: hostile, kind: .state))
        graph.add(Actor(id: "GOOD", name: "Plain", kind: .state))
        try graph.add(Relation(source: "EVIL", target: "GOOD", kind: .attack, evidence: Fixtures.evidence(#"Evil \N said \G."#)))
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: #"\G title"#, layout: "dot"))
        let style = try StyleSheet.resolve("default")
        let svg = String(decoding: try DiagramRenderer.render(view, style: style, format: .svg), as: UTF8.self)
        let lookAlike = LabelText.backslashLookAlike
        let tooltipName = hostile.replacingOccurrences(of: "\\", with: lookAlike)
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(svg.contains("xlink:title=\"\(tooltipName) (state)"), "actor tooltip")
        #expect(svg.contains("xlink:title=\"\(tooltipName) – Plain: conflict"), "tie tooltip")
        #expect(svg.contains("Evil \(lookAlike)N said \(lookAlike)G."), "evidence in the tooltip")
        // The label keeps real backslashes; nothing was replaced by a name.
        #expect(svg.contains(#">Evil \N \G \E \T \H \L \\ &quot;q&quot; &lt;script&gt;</text>"#))
        #expect(svg.contains(#">\G title</text>"#))
        #expect(!svg.contains("actor&#45;EVIL (state)") && !svg.contains("Evil entente"))
        #expect(!svg.contains("<script>"))
        // The DOT file says the same to whoever lays it out.
        let dot = String(decoding: try DiagramRenderer.render(view, style: style, format: .dot), as: UTF8.self)
        #expect(dot.contains("Evil \(lookAlike)N \(lookAlike)G"))
        #expect(dot.contains(#"label="Evil \\N \\G"#))
    }
}
