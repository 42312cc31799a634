/// Turns an HTML page into article text: drops scripts, styles and other non-content
/// elements, turns block elements into paragraph breaks, decodes entities.
/// Tolerant of malformed markup: an unclosed tag ends at the end of input.
enum HTMLText {
    private static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form", "iframe"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
        "blockquote", "figcaption", "header", "ul", "ol", "table", "hr", "title",
    ]

    static func extract(_ html: String) -> (title: String?, text: String) {
        var out = ""
        var title: String?
        var skipUntil: String?
        var inTitle = false
        var titleText = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                if html[index...].hasPrefix("<!--") {
                    index = html[index...].range(of: "-->")?.upperBound ?? html.endIndex
                    continue
                }
                let close = html[index...].firstIndex(of: ">") ?? html.endIndex
                let tag = html[html.index(after: index)..<close]
                let (name, isClosing) = tagName(tag)
                index = close < html.endIndex ? html.index(after: close) : close
                if let waiting = skipUntil {
                    if isClosing && name == waiting { skipUntil = nil }
                    continue
                }
                if !isClosing && dropped.contains(name) && !tag.hasSuffix("/") {
                    if name == "head" { continue }  // the title lives in head; keep reading it
                    skipUntil = name
                    continue
                }
                if name == "title" {
                    inTitle = !isClosing
                    if isClosing && title == nil { title = decodeEntities(titleText).trimmingCharacters(in: .whitespaces) }
                    continue
                }
                if blocks.contains(name) { out += "\n\n" }
                continue
            }
            if skipUntil == nil {
                if inTitle { titleText.append(character) } else { out.append(character) }
            }
            index = html.index(after: index)
        }
        return (title, normalizeWhitespace(decodeEntities(out)))
    }

    private static func tagName(_ tag: Substring) -> (String, Bool) {
        var body = tag.drop { $0 == " " }
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        return (name.lowercased(), closing)
    }

    private static func normalizeWhitespace(_ text: String) -> String {
        var paragraphs: [String] = []
        for block in text.components(separatedBy: "\n\n") {
            let words = block.split(whereSeparator: { $0.isWhitespace })
            if !words.isEmpty { paragraphs.append(words.joined(separator: " ")) }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’",
        "lsquo": "‘", "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let entity = text[text.index(after: index)..<semicolon]
                if let replacement = decode(entity) {
                    out += replacement
                    index = text.index(after: semicolon)
                    continue
                }
            }
            out.append(text[index])
            index = text.index(after: index)
        }
        return out
    }

    private static func decode(_ entity: Substring) -> String? {
        if entity.hasPrefix("#") {
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(entity)]
    }
}
