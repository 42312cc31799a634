import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG bytes and answers the questions the rendering tests ask of them.
struct ParsedSVG {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    var elements: [XMLElement] {
        var found: [XMLElement] = []
        var stack: [XMLNode] = document.rootElement().map { [$0] } ?? []
        while let node = stack.popLast() {
            if let element = node as? XMLElement { found.append(element) }
            stack.append(contentsOf: node.children ?? [])
        }
        return found
    }

    func element(id: String) -> XMLElement? {
        elements.first { attribute("id", of: $0) == id }
    }

    /// By scanning, because `attribute(forName:)` misses attributes in the default SVG
    /// namespace on Linux.
    func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    /// Every text drawn, in document order.
    var texts: [String] {
        elements.filter { $0.localName == "text" || $0.name == "text" }.compactMap(\.stringValue)
    }

    /// Attribute values anywhere in the document, by attribute name.
    func attributeValues(named name: String) -> [String] {
        elements.flatMap { $0.attributes ?? [] }.filter { $0.name == name || $0.localName == name }.compactMap(\.stringValue)
    }

    /// What would make the SVG active if a browser opened it.
    var activeContent: [String] {
        var found: [String] = []
        for element in elements {
            let name = (element.localName ?? element.name ?? "").lowercased()
            if ["script", "foreignobject", "iframe", "embed", "object"].contains(name) { found.append("<\(name)>") }
            for attribute in element.attributes ?? [] {
                let attributeName = (attribute.localName ?? attribute.name ?? "").lowercased()
                let value = (attribute.stringValue ?? "").lowercased().trimmingCharacters(in: .whitespaces)
                if attributeName.hasPrefix("on") { found.append("\(attributeName)=") }
                if attributeName == "href" && !value.hasPrefix("http://") && !value.hasPrefix("https://") && !value.hasPrefix("#") {
                    found.append("href=\(value)")
                }
            }
        }
        return found
    }
}
