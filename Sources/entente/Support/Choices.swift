import ArgumentParser
import EntenteGraph
import EntenteRendering

/// The closed sets of words the options take, for checking, "did you mean" and shell completion.
enum Choices {
    static let polarities = Polarity.allCases.map(\.rawValue)
    static let kinds = RelationKind.allCases.map(\.rawValue)
    static let certainties = Certainty.allCases.filter { $0 != .negated }.map(\.rawValue)
    static let layers = ["alliances", "threats"]
    static let people = PeopleMode.allCases.map(\.rawValue)
    static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"]
    static let diagramFormats = ["svg", "png", "pdf", "dot"]

    /// The style names `entente styles` lists, completed at the shell's request.
    static let styleCompletion = CompletionKind.custom { _, _, _ in StyleSheet.availableStyles().map(\.name) }

    /// The closest known word, when it is close enough to be a slip of the keyboard.
    static func suggestion(for word: String, among known: [String]) -> String? {
        let lower = word.lowercased()
        let scored = known.map { (word: $0, distance: EditDistance.between(lower, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= max(1, min(3, lower.count / 3)) ? best.word : nil
    }

    /// `entente pth`: unknown command 'pth'; did you mean path?
    static func unknownCommand(_ word: String, known: [String]) -> ValidationError {
        let hint = suggestion(for: word, among: known).map { "did you mean \($0)? " } ?? ""
        return ValidationError("unknown command '\(word)'; \(hint)run 'entente --help' for the list")
    }

    /// The error for a word outside `known`: `unknown relation kind 'attak' in --kinds; did you mean attack? use one of: …`
    static func unknown(_ word: String, what: String, option: String, known: [String]) -> ValidationError {
        let hint = suggestion(for: word, among: known).map { "did you mean \($0)? " } ?? ""
        return ValidationError("unknown \(what) '\(word)' in \(option); \(hint)use one of: \(known.joined(separator: ", "))")
    }
}
