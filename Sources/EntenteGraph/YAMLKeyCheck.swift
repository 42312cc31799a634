/// Finds mapping keys that are not plain text in a YAML document before it is composed.
///
/// A YAML parser checks a mapping for duplicate keys by hashing and comparing them; a key that
/// is an alias of a deeply nested anchor (an "alias bomb") is expanded by that check into an
/// exponential tree, so the check hangs. Entente's lexicons and style sheets only ever key
/// mappings with names, so aliases, lists, mappings and explicit `?` keys are refused up front
/// by this line scanner, which never expands anything.
public enum YAMLKeyCheck {
    public struct Problem: Sendable, Equatable {
        /// Line and column, counting from 1.
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The first key that is not plain text, or nil.
    /// - Complexity: O(n) in the length of the text.
    public static func firstComplexKey(in yaml: String) -> Problem? {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if let (column, message) = scan(Array(line.unicodeScalars)) {
                return Problem(line: lineNumber, column: column, message: message)
            }
        }
        return nil
    }

    private static let flowBreaks: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]

    private static func scan(_ s: [Unicode.Scalar]) -> (Int, String)? {
        var i = 0
        while i < s.count, s[i] == " " || s[i] == "-" || s[i] == "\t" { i += 1 }
        if i < s.count, s[i] == "?", i + 1 == s.count || s[i + 1] == " " || s[i + 1] == "\t" {
            return (i + 1, "explicit '?' keys are not supported; keys must be plain names")
        }
        i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "'", "\"":
                // Quoted text: skip to the closing quote ('' and \" escape a quote).
                i += 1
                while i < s.count {
                    if c == "\"" && s[i] == "\\" { i += 2; continue }
                    if s[i] == c {
                        if c == "'" && i + 1 < s.count && s[i + 1] == "'" { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
            case "#" where i == 0 || s[i - 1] == " " || s[i - 1] == "\t":
                return nil
            case "*" where i == 0 || " \t[{,:?-".unicodeScalars.contains(s[i - 1]):
                let start = i
                i += 1
                // libyaml's anchor names: letters, digits, '-' and '_'.
                while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == "_" {
                    i += 1
                }
                if followedByColon(s, from: i) {
                    return (start + 1, "an alias (\(String(String.UnicodeScalarView(s[start..<i])))) cannot be a mapping key; keys must be plain names")
                }
            case "]", "}":
                i += 1
                if followedByColon(s, from: i) {
                    return (i, "a list or mapping cannot be a mapping key; keys must be plain names")
                }
            default:
                i += 1
            }
        }
        return nil
    }

    /// Whether `s[from...]` is optional spaces then a `:` that ends a key.
    private static func followedByColon(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var j = start
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        guard j < s.count, s[j] == ":" else { return false }
        return j + 1 == s.count || s[j + 1] == " " || s[j + 1] == "\t" || flowBreaks.contains(s[j + 1])
    }
}
