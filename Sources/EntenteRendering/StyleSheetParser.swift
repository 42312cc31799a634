import EntenteGraph
public import Foundation
import Yams

extension StyleSheet {
    /// Parses a style sheet from YAML text; `source` names it in error messages.
    public static func parse(_ yaml: String, source: String) throws(StyleError) -> StyleSheet {
        let root: Node?
        if let key = YAMLKeyCheck.firstComplexKey(in: yaml) {
            throw .syntax(.init(file: source, line: key.line, column: key.column), problem: key.message, text: "")
        }
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw StyleSheetParser.translate(error, source: source, yaml: yaml)
        } catch {
            throw .syntax(.init(file: source, line: 0, column: 0), problem: "\(error)", text: "")
        }
        var sheet = StyleSheet(name: StyleSheetParser.name(of: source), source: source)
        guard let root else { return sheet }
        try StyleSheetParser(source: source).fill(&sheet, from: root)
        return sheet
    }

    /// Reads and parses a style file.
    public static func load(contentsOf url: URL) throws(StyleError) -> StyleSheet {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(.init(file: url.path, line: 0, column: 0), reason: FileErrorText.reason(error, path: url.path))
        }
        return try parse(text, source: url.path)
    }
}

/// Walks the composed YAML tree so that every error can point at the node that caused it.
struct StyleSheetParser {
    let source: String

    static let sections = ["description", "graph", "node", "edge", "actorKinds", "polarities", "kinds", "certainties"]

    static func name(of source: String) -> String {
        let file = (source as NSString).lastPathComponent
        for suffix in [".yaml", ".yml"] where file.hasSuffix(suffix) {
            return String(file.dropLast(suffix.count))
        }
        return file.isEmpty ? "custom" : file
    }

    func fill(_ sheet: inout StyleSheet, from root: Node) throws(StyleError) {
        guard let top = root.mapping else {
            throw .invalidValue(location(of: root), key: "(top level)", text: excerpt(root), reason: "must be a mapping of sections (\(Self.sections.joined(separator: ", ")))")
        }
        for (keyNode, value) in top {
            let key = keyNode.string ?? excerpt(keyNode)
            switch key {
            case "description":
                guard case .scalar(let scalar) = value else {
                    throw .invalidValue(location(of: value), key: key, text: excerpt(value), reason: "must be a line of text")
                }
                sheet.description = scalar.string
            case "graph": sheet.graph = try attributes(value, section: "graph", target: .graph)
            case "node": sheet.node = try attributes(value, section: "node", target: .node)
            case "edge": sheet.edge = try attributes(value, section: "edge", target: .edge)
            case "actorKinds":
                sheet.actorKinds = try keyed(value, section: key, target: .node, allowed: ActorKind.allCases)
            case "polarities":
                sheet.polarities = try keyed(value, section: key, target: .edge, allowed: Polarity.allCases)
            case "kinds":
                sheet.kinds = try keyed(value, section: key, target: .edge, allowed: RelationKind.allCases)
            case "certainties":
                // Negated claims are never drawn, so a style for them could only mislead.
                let drawn = Certainty.allCases.filter { $0 != .negated }
                sheet.certainties = try keyed(value, section: key, target: .edge, allowed: drawn)
            default:
                throw .unknownKey(location(of: keyNode), key: key, section: "the top level", expected: Self.sections)
            }
        }
    }

    private func keyed<Key: RawRepresentable & Hashable>(
        _ node: Node, section: String, target: GraphvizAttributes.Target, allowed: [Key]
    ) throws(StyleError) -> [Key: [String: String]] where Key.RawValue == String {
        if isNull(node) { return [:] }
        guard let mapping = node.mapping else {
            throw .invalidValue(location(of: node), key: section, text: excerpt(node), reason: "must be a mapping from names to attribute mappings")
        }
        var result: [Key: [String: String]] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? excerpt(keyNode)
            guard let key = allowed.first(where: { $0.rawValue == name }) else {
                throw .unknownKey(location(of: keyNode), key: name, section: "'\(section)'", expected: allowed.map(\.rawValue))
            }
            result[key] = try attributes(value, section: "\(section).\(name)", target: target)
        }
        return result
    }

    private func attributes(_ node: Node, section: String, target: GraphvizAttributes.Target) throws(StyleError) -> [String: String] {
        if isNull(node) { return [:] }
        guard let mapping = node.mapping else {
            throw .invalidValue(location(of: node), key: section, text: excerpt(node), reason: "must be a mapping of Graphviz attributes (name: value)")
        }
        var result: [String: String] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? excerpt(keyNode)
            guard let applies = GraphvizAttributes.known[name] else {
                throw .unknownAttribute(location(of: keyNode), name: name, section: "'\(section)'", suggestion: GraphvizAttributes.suggestion(for: name))
            }
            guard !applies.isDisjoint(with: target) else {
                throw .misplacedAttribute(location(of: keyNode), name: name, section: "'\(section)'", appliesTo: applies.names)
            }
            let reserved = target == .graph ? GraphvizAttributes.reservedInGraph : GraphvizAttributes.reserved
            if reserved.contains(name) {
                throw .reservedAttribute(location(of: keyNode), name: name, section: "'\(section)'")
            }
            guard case .scalar(let scalar) = value else {
                throw .invalidValue(location(of: value), key: name, text: excerpt(value), reason: "must be a single value (a string or a number), not a list or mapping")
            }
            if isNull(value) || scalar.string.isEmpty {
                throw .invalidValue(location(of: value), key: name, text: scalar.string, reason: "is empty; give a value or remove the key")
            }
            if let problem = StyleValueRules.problem(name: name, value: scalar.string) {
                throw .invalidValue(location(of: value), key: name, text: String(scalar.string.prefix(60)), reason: problem)
            }
            result[name] = scalar.string
        }
        return result
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        if scalar.style != .plain { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func location(of node: Node) -> StyleError.Location {
        StyleError.Location(file: source, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    private func excerpt(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return String(scalar.string.prefix(60))
        case .mapping: return "(a mapping)"
        case .sequence: return "(a list)"
        case .alias: return "(an alias)"
        }
    }

    static func translate(_ error: YamlError, source: String, yaml: String) -> StyleError {
        func at(_ mark: Mark) -> StyleError.Location {
            StyleError.Location(file: source, line: mark.line, column: mark.column)
        }
        func lineText(_ line: Int) -> String {
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            guard line >= 1, line <= lines.count else { return "" }
            return String(lines[line - 1].trimmingCharacters(in: .whitespaces).prefix(80))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let full = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return .syntax(at(mark), problem: full, text: lineText(mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(at(context.mark), problem: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping", text: duplicates.joined(separator: ", "))
        case .reader(let problem, let offset, _, _):
            var line = 0, column = 0
            if let offset {
                let prefix = yaml.utf8.prefix(offset)
                line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
                column = prefix.count - (prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            }
            return .syntax(.init(file: source, line: line, column: column), problem: problem, text: lineText(line))
        default:
            return .syntax(.init(file: source, line: 0, column: 0), problem: error.description, text: "")
        }
    }
}
