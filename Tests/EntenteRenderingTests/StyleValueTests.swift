import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Style sheets are untrusted: only listed attributes, only values in range, no file reads,
/// no links but web links, and whatever passes renders to inert, well-formed SVG.
@Suite struct StyleValueTests {
    func parse(_ section: String, _ name: String, _ value: String) throws(StyleError) -> StyleSheet {
        let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return try StyleSheet.parse("\(section):\n  \(name): \"\(quoted)\"\n", source: "v.yaml")
    }

    @Test(arguments: [
        ("node", "width", "0.01", "20", "1e10"), ("node", "height", "0.01", "20", "-1"),
        ("node", "fontsize", "1", "144", "1e300"), ("node", "sides", "3", "64", "100000000"),
        ("node", "penwidth", "0", "20", "21"), ("edge", "arrowsize", "0", "10", "nan"),
        ("graph", "ranksep", "0.02", "20", "inf"), ("graph", "pad", "0", "10", "0.1,0.1,0.1"),
        ("node", "peripheries", "0", "8", "2.5"), ("edge", "weight", "0", "1000", "1e9"),
    ])
    func numbersHaveRanges(section: String, name: String, low: String, high: String, bad: String) throws {
        _ = try parse(section, name, low)
        _ = try parse(section, name, high)
        let error = try #require(throws: StyleError.self) { try parse(section, name, bad) }
        #expect(error.description.hasPrefix("v.yaml:2:"))
        #expect(error.description.contains("from \(low) to \(high)"), "\(error)")
    }

    /// Graphviz 2.43 crashes in findStopColor on a malformed gradient (found by the style-svg
    /// fuzzer): a colour list is checked part by part.
    @Test func colourListsAreCheckedPartByPart() throws {
        for good in ["red", "#f4f4f4", "#56B4E933", "red:blue", "red;0.3:blue", "/blues9/3", "0.6 0.3 0.9"] {
            _ = try parse("node", "fillcolor", good)
        }
        for bad in ["#f4f;f4", "red;2:blue", "red::blue", ":", "#12345", "red;0.5;0.2", "9red"] {
            #expect(throws: StyleError.self, "\(bad)") { try parse("node", "fillcolor", bad) }
        }
    }

    @Test(arguments: ["image", "shapefile", "imagepath", "stylesheet", "fontpath", "comment", "target", "class", "id"])
    func attributesThatReadFilesOrAddMarkupAreRefused(name: String) {
        #expect(throws: StyleError.self) { try parse("node", name, "/etc/passwd") }
        #expect(throws: StyleError.self) { try parse("graph", name, "x") }
    }

    @Test(arguments: ["edgeURL", "edgehref", "headURL", "tailURL", "labelURL", "labelhref", "headhref", "tailhref"])
    func linksAreWebLinksOnly(name: String) throws {
        for bad in ["javascript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "https://x\" onload=\"y", " https://x"] {
            #expect(throws: StyleError.self) { try parse("edge", name, bad) }
        }
        _ = try parse("edge", name, "https://example.org/a?b=c")
    }

    @Test(arguments: [("fontname", "a\" onload=\"alert(1)"), ("fontname", "<script>"), ("color", "red\"/><script>"),
        ("shape", "box\" x=\"1"), ("style", "filled,evil"), ("arrowhead", "normal\""), ("fixedsize", "maybe")])
    func markupCannotEscapeThroughValues(name: String, value: String) {
        #expect(throws: StyleError.self) { try parse("node", name, value) }
    }

    @Test func arrowsFollowTheGrammar() {
        for good in ["normal", "onormal", "lvee", "teetee", "odiamond", "empty", "invempty", "olboxrdot"] {
            #expect(StyleValueRules.isArrow(good), "\(good)")
        }
        for bad in ["", "normalx", "oo", "normalnormalnormalnormalnormal"] { #expect(!StyleValueRules.isArrow(bad), "\(bad)") }
    }

    /// Boundary values of every numeric attribute, drawn: the SVG parses and holds nothing active.
    @Test func extremesRenderToInertSVG() throws {
        let yaml = """
            graph: {pad: 10, ranksep: 20, nodesep: 0.02, bgcolor: "#ffffff"}
            node: {width: 20, height: 0.01, fixedsize: "true", sides: 64, shape: polygon, peripheries: 8, fontsize: 144, penwidth: 20, fontname: "DejaVu Sans"}
            edge: {arrowsize: 10, penwidth: 0, edgeURL: "https://example.org/?a=1&b=2", labelURL: "http://example.org/x"}
            """
        let style = try StyleSheet.parse(yaml, source: "extremes.yaml")
        let view = try DiagramView(graph: try HostileFixtures.graph(), options: DiagramOptions(legend: false))
        let svg = try ParsedSVG(DiagramRenderer.render(view, style: style, format: .svg))
        #expect(svg.activeContent.isEmpty, "\(svg.activeContent)")
    }
}
