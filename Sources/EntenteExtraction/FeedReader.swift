import EntenteGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 2.0 and Atom feeds: each item or entry is an article (title, text, date, link).
/// The text is the item's `content:encoded`, `content`, `description` or `summary`, with any
/// HTML in it stripped; items without text are passed over.
enum FeedReader {
    static func documents(_ data: Data, path: String, fileID: String) throws(ReaderError) -> [SourceDocument] {
        let delegate = FeedParser()
        let parser = XMLParser(data: data)
        // No external entities or DTDs: a feed is untrusted input.
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil else {
            let line = parser.lineNumber
            throw .unreadable(path: path, reason: "not a well-formed RSS or Atom feed (XML error near line \(line))")
        }
        return delegate.items.enumerated().compactMap { index, item in
            let raw = item["content:encoded"] ?? item["content"] ?? item["description"] ?? item["summary"] ?? ""
            let body = HTMLText.extract(raw).text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !body.isEmpty else { return nil }
            let title = item["title"].map { HTMLText.extract($0).text.trimmingCharacters(in: .whitespacesAndNewlines) }
            let link = item["link"]?.trimmingCharacters(in: .whitespacesAndNewlines)
            let id = item["guid"] ?? item["id"] ?? link ?? "\(fileID)#\(index + 1)"
            let written = item["pubDate"] ?? item["published"] ?? item["updated"] ?? item["dc:date"]
            var text = body
            if let title, !title.isEmpty, !body.hasPrefix(title) { text = title + "\n\n" + body }
            return SourceDocument(
                info: DocumentInfo(
                    id: id.trimmingCharacters(in: .whitespacesAndNewlines), title: title,
                    date: written.flatMap { CalendarDate.normalize($0) }, url: link),
                text: text)
        }
    }
}

/// Collects the direct text fields of each `<item>` (RSS) or `<entry>` (Atom).
private final class FeedParser: NSObject, XMLParserDelegate {
    var items: [[String: String]] = []
    private var current: [String: String]?
    private var field: String?
    private var buffer = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "item" || name == "entry" {
            current = [:]
            return
        }
        guard current != nil else { return }
        // Atom links carry the address in href; the alternate (or only) one is the article.
        if name == "link", let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate" {
            if current?["link"] == nil { current?["link"] = href }
            return
        }
        if field == nil {
            field = name
            buffer = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if field != nil { buffer += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if field != nil { buffer += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "item" || name == "entry", let item = current {
            items.append(item)
            current = nil
            field = nil
            return
        }
        if name == field {
            if current?[name] == nil, !buffer.isEmpty { current?[name] = buffer }
            field = nil
        }
    }
}
