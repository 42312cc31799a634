/// Turns untrusted text (actor names, evidence sentences, titles) into values Graphviz will
/// show literally.
///
/// Graphviz interprets plain labels: `\N`, `\G`, `\n`, `\l` are escapes, `{ } | < >` are
/// structure in record shapes, and `&name;` is read as an entity (and passed through to SVG
/// unescaped when it looks like one, which would make the XML ill-formed for unknown names).
/// cgraph quotes DOT itself, so quotes need no help here.
///
/// Tooltips are worse: Graphviz 2.43 decodes entities, turns `\\` into `\` and then expands
/// `\N`, `\G`, `\E`, `\T`, `\H` and `\L` in them, so no escaping keeps a backslash there;
/// `tooltip(_:)` draws it as the look-alike ⧵ (U+29F5) instead.
enum LabelText {
    /// Stands in for a backslash where Graphviz would read one as an escape.
    static let backslashLookAlike = "\u{29F5}"

    static let maximumNameLength = 80
    static let maximumTooltipLength = 1000

    /// Removes what must never reach output: C0/C1 controls (XML forbids most of them) and
    /// the bidirectional overrides and isolates that can make a label read backwards.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Cuts at `limit` characters, ending with an ellipsis when something was cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        return String(text.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
    }

    /// A plain (non-HTML) Graphviz label or tooltip line showing `text` as written.
    static func plain(_ text: String, limit: Int = maximumNameLength) -> String {
        var out = ""
        for character in truncate(clean(text), to: limit) {
            switch character {
            case "\\": out += "\\\\"
            case "{", "}", "|", "<", ">": out += "\\\(character)"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A tooltip line showing `text` as written, a backslash drawn as its look-alike.
    static func tooltip(_ text: String, limit: Int = maximumTooltipLength) -> String {
        escapeTooltip(truncate(clean(text), to: limit))
    }

    /// The escaping of `tooltip(_:)` for text already cleaned and cut.
    static func escapeTooltip(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\\", with: backslashLookAlike)
    }

    /// Text for the inside of an HTML-like label.
    static func html(_ text: String, limit: Int = maximumNameLength) -> String {
        escapeMarkup(truncate(clean(text), to: limit))
    }

    /// `& < > " '` as character references: safe in XML text, attributes and Graphviz's
    /// HTML-like labels alike.
    static func escapeMarkup(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// An SVG id or class fragment: letters, digits, `-`, `_` and `.` only, so ids are valid
    /// XML names and CSS selectors whatever the actor ids hold.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": out.unicodeScalars.append(scalar)
            default: out += "_"
            }
        }
        return out.isEmpty ? "_" : String(out.prefix(120))
    }

    /// Whether a URL may be shown: only web links, never `javascript:` or `data:`.
    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://"))
            && !url.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
