import Yams

/// Reads typed fields from a YAML mapping, turning every mismatch into a `LexiconError`
/// that carries the file, line and column of the offending node.
struct YAMLFields {
    let node: Node
    let mapping: Node.Mapping
    let source: String

    init(_ node: Node, source: String, what: String) throws(LexiconError) {
        guard let mapping = node.mapping else {
            throw LexiconError.at(node, source: source, "expected \(what) as a mapping of key: value")
        }
        self.node = node
        self.mapping = mapping
        self.source = source
    }

    var keys: [(String, Node)] { mapping.compactMap { pair in pair.key.string.map { ($0, pair.key) } } }

    func check(allowed: Set<String>) throws(LexiconError) {
        for (key, keyNode) in keys where !allowed.contains(key) {
            throw LexiconError.at(
                keyNode, source: source,
                "unknown key '\(key)'; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func string(_ key: String) throws(LexiconError) -> String? {
        guard let value = mapping[key] else { return nil }
        guard case .scalar(let scalar) = value else {
            throw LexiconError.at(value, source: source, "'\(key)' must be a single text value")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    func requiredString(_ key: String) throws(LexiconError) -> String {
        guard let text = try string(key) else {
            throw LexiconError.at(node, source: source, "missing '\(key)'")
        }
        return text
    }

    func strings(_ key: String) throws(LexiconError) -> [String] {
        guard let value = mapping[key] else { return [] }
        if case .scalar(let scalar) = value { return [scalar.string] }
        guard let sequence = value.sequence else {
            throw LexiconError.at(value, source: source, "'\(key)' must be a list of text values")
        }
        var out: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else {
                throw LexiconError.at(item, source: source, "each entry of '\(key)' must be text")
            }
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { out.append(text) }
        }
        return out
    }

    func bool(_ key: String) throws(LexiconError) -> Bool {
        guard let value = mapping[key] else { return false }
        guard let bool = value.bool else {
            throw LexiconError.at(value, source: source, "'\(key)' must be true or false")
        }
        return bool
    }
}

extension Node {
    var bool: Bool? {
        guard case .scalar(let scalar) = self else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }
}
