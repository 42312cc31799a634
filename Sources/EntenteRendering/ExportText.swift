import EntenteGraph

/// Escaping for the export formats. Names, ids and dates come from articles, so every value
/// first goes through `LabelText.clean` (controls and bidi overrides dropped, line breaks
/// made spaces), then through the quoting rules of its format.
enum ExportText {
    /// XML 1.0 text or attribute value. `clean` has already removed every character XML
    /// forbids (C0 controls other than tab/newline, U+FFFE, U+FFFF); quotes are escaped too
    /// so the same function serves attributes.
    static func xml(_ text: String) -> String { LabelText.escapeMarkup(LabelText.clean(text)) }

    /// One RFC 4180 field holding text. A spreadsheet would run a cell starting with
    /// `=`, `+`, `-` or `@` as a formula, so such text gets a leading `'` (OWASP's advice).
    static func csvText(_ text: String) -> String {
        var value = LabelText.clean(text)
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        return csvQuoted(value)
    }

    /// A number is written as is: `-7.2` is not a formula, and a quote would spoil it.
    static func csvNumber(_ text: String) -> String { text }

    private static func csvQuoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A single-quoted Cypher string literal.
    static func cypher(_ text: String) -> String {
        var out = "'"
        for scalar in LabelText.clean(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                // Unreachable after `clean`, kept so the literal is safe on its own.
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// The date when it is a whole ISO date (`2024-03-01`, or the date part of a timestamp),
    /// the only form date columns and Cypher's `date()` take; nil for partial or odd dates.
    static func isoDate(_ text: String?) -> String? {
        guard let text, text.count >= 10 else { return nil }
        let day = String(text.prefix(10))
        let digits = day.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        guard digits, text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " else { return nil }
        return day
    }

    /// A Goldstein sum as the JSON export writes it: two decimals, never `-0.0`.
    static func weight(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded == 0 ? 0 : rounded)"
    }
}

/// The ids actors carry in GraphML, CSV and Cypher: the actor id cleaned like any other text,
/// and made unique again if cleaning made two ids equal, so no export merges two actors.
struct ExportIdentifiers {
    private var ids: [ActorIndex: String] = [:]

    init(_ view: DiagramView) {
        // Ids that cleaning leaves alone are claimed first, so an actor whose id was already
        // fine keeps it and the one whose id held a control character gets the suffix.
        let clean = view.actors.filter { LabelText.clean(view.actor($0).id) == view.actor($0).id }
        let cleaned = view.actors.filter { LabelText.clean(view.actor($0).id) != view.actor($0).id }
        var used = UniqueNames(separator: "~")
        for index in clean + cleaned {
            let base = LabelText.clean(view.actor(index).id)
            ids[index] = used.claim(base.isEmpty ? "_" : base)
        }
    }

    subscript(index: ActorIndex) -> String { ids[index] ?? "#\(index)" }
}

extension DiagramTie {
    /// The kinds as one field, most frequent first: `ally;meet`.
    var kindList: String { kinds.map(\.rawValue).joined(separator: ";") }
}

extension ActorKind {
    /// A Neo4j label for the kind, beside the `Actor` label every node has.
    var label: String {
        switch self {
        case .state: return "State"
        case .person: return "Person"
        case .organization: return "Organization"
        case .armedGroup: return "ArmedGroup"
        case .igo: return "IGO"
        case .other: return "Other"
        }
    }
}
