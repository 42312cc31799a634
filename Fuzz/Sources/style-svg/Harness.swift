import EntenteGraph
import EntenteRendering
import Foundation
import FuzzSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small graph with hostile names, drawn once per accepted style.
nonisolated(unsafe) let view: DiagramView? = {
    var graph = KnowledgeGraph()
    graph.add(Actor(id: "A", name: "A <script>alert(1)</script>", kind: .state))
    graph.add(Actor(id: "B", name: "B\" onload=\"x()", kind: .armedGroup))
    graph.add(Actor(id: "C", name: "javascript:alert(1)", kind: .person, affiliation: "A"))
    let evidence = Evidence(document: "d", sentence: 1, start: 0, end: 0, text: "s", date: "2024-01-01")
    try? graph.add(Relation(source: "A", target: "B", kind: .attack, certainty: .asserted, evidence: evidence))
    try? graph.add(Relation(source: "B", target: "C", kind: .ally, certainty: .reported, evidence: evidence))
    return try? DiagramView(graph: graph, options: DiagramOptions(legend: false))
}()

/// Bytes as a style sheet YAML; a sheet that parses is drawn to SVG, which must be well-formed
/// XML with no script element, no on* handler and no link that is not http(s).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let style = try? StyleSheet.parse(FuzzInput.text(bytes, count), source: "fuzz.yaml"), let view else { return 0 }
    guard let data = try? DiagramRenderer.render(view, style: style, format: .svg) else { return 0 }
    guard let document = try? XMLDocument(data: data, options: []) else {
        fatalError("style produced SVG that is not XML:\n\(String(decoding: data, as: UTF8.self))")
    }
    var stack: [XMLNode] = document.rootElement().map { [$0] } ?? []
    while let node = stack.popLast() {
        stack.append(contentsOf: node.children ?? [])
        guard let element = node as? XMLElement else { continue }
        let name = (element.localName ?? element.name ?? "").lowercased()
        if ["script", "foreignobject", "iframe", "embed", "object"].contains(name) { fatalError("active element <\(name)>") }
        for attribute in element.attributes ?? [] {
            let key = (attribute.localName ?? attribute.name ?? "").lowercased()
            let value = (attribute.stringValue ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if key.hasPrefix("on") { fatalError("handler \(key)=") }
            if key == "href" && !(value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("#")) {
                fatalError("non-web link \(value)")
            }
        }
    }
    return 0
}

/// The program's entry point (SwiftPM links `main` to `fuzz_style_svg_main`): hands over to libFuzzer.
@_cdecl("fuzz_style_svg_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzInput.run(argc, argv) { fuzz($0, $1) }
}
