import Yams

/// A lexicon file that cannot be used, with where and why.
public enum LexiconError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(source: String, line: Int, column: Int, problem: String)
    case invalid(source: String, line: Int, column: Int, problem: String)
    case missingResources

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read lexicon (\(reason))"
        case .syntax(let source, let line, let column, let problem):
            return "\(source):\(line):\(column): YAML syntax error: \(problem); fix the file and run again"
        case .invalid(let source, let line, let column, let problem):
            return "\(source):\(line):\(column): \(problem)"
        case .missingResources:
            return "the built-in lexicon is missing from this installation; reinstall Entente"
        }
    }

    static func at(_ node: Node, source: String, _ problem: String) -> LexiconError {
        let mark = node.mark
        return .invalid(source: source, line: mark?.line ?? 0, column: mark?.column ?? 0, problem: problem)
    }

    static func from(_ error: any Error, source: String) -> LexiconError {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                return .syntax(source: source, line: mark.line, column: mark.column, problem: problem)
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                return .syntax(source: source, line: context.mark.line, column: context.mark.column,
                    problem: "duplicate key \(keys) in one mapping")
            case .reader(let problem, _, _, _):
                return .syntax(source: source, line: 0, column: 0, problem: problem)
            default:
                return .syntax(source: source, line: 0, column: 0, problem: "\(yaml)")
            }
        }
        return .syntax(source: source, line: 0, column: 0, problem: "\(error)")
    }
}
