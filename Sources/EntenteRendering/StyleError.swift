/// Why a style sheet could not be used. Cases carry where the problem is (file, line,
/// column) and the offending text; `description` says what to change.
public enum StyleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A place in a style file; line and column count from 1 (0 when unknown).
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        public var description: String { line > 0 ? "\(file):\(line):\(column)" : file }
    }

    /// The file is not valid YAML.
    case syntax(Location, problem: String, text: String)
    /// A key that is not part of the schema (a misspelt section, actor kind, polarity...).
    case unknownKey(Location, key: String, section: String, expected: [String])
    /// A Graphviz attribute name Graphviz does not know.
    case unknownAttribute(Location, name: String, section: String, suggestion: String?)
    /// A Graphviz attribute that does not apply where it is set (`shape` on an edge).
    case misplacedAttribute(Location, name: String, section: String, appliesTo: String)
    /// An attribute the renderer sets itself (labels, ids, tooltips, direction, the engine).
    case reservedAttribute(Location, name: String, section: String)
    /// A value of the wrong shape: a list where a string belongs, an empty value...
    case invalidValue(Location, key: String, text: String, reason: String)
    /// No style of that name in any style directory.
    case notFound(name: String, searched: [String])
    /// The file exists but cannot be read.
    case unreadable(Location, reason: String)

    public var location: Location? {
        switch self {
        case .syntax(let l, _, _), .unknownKey(let l, _, _, _), .unknownAttribute(let l, _, _, _),
            .misplacedAttribute(let l, _, _, _), .reservedAttribute(let l, _, _),
            .invalidValue(let l, _, _, _), .unreadable(let l, _):
            return l
        case .notFound:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .syntax(let location, let problem, let text):
            let shown = text.isEmpty ? "" : " near '\(text)'"
            return "\(location): error: \(problem)\(shown); fix the YAML syntax (indentation, a missing ':' or quote)"
        case .unknownKey(let location, let key, let section, let expected):
            return "\(location): error: unknown key '\(key)' in \(section); expected one of: \(expected.joined(separator: ", "))"
        case .unknownAttribute(let location, let name, let section, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "\(location): error: '\(name)' in \(section) is not a Graphviz attribute; \(hint)see https://graphviz.org/doc/info/attrs.html"
        case .misplacedAttribute(let location, let name, let section, let appliesTo):
            return "\(location): error: Graphviz attribute '\(name)' applies to \(appliesTo), so it has no effect in \(section); move it to a section for \(appliesTo)"
        case .reservedAttribute(let location, let name, let section):
            let why = name == "layout" ? "the engine is chosen with --layout" : "Entente sets it from the graph"
            return "\(location): error: '\(name)' in \(section) cannot be styled (\(why)); remove it from the style"
        case .invalidValue(let location, let key, let text, let reason):
            return "\(location): error: value '\(text)' of '\(key)' \(reason)"
        case .notFound(let name, let searched):
            let places = searched.isEmpty ? "no style directory was found" : "looked in \(searched.joined(separator: ", "))"
            return "no style named '\(name)' (\(places)); pass a path to a .yaml file, set ENTENTE_STYLES to a directory of styles, or run 'entente styles' to list them"
        case .unreadable(let location, let reason):
            return "\(location): error: cannot read style file: \(reason); check the path and its permissions"
        }
    }
}
