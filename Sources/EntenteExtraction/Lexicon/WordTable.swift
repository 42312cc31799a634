import Foundation

/// A word of the lexicon, by its position in the `WordTable` that interned it: extraction
/// compares and indexes these instead of hashing strings on every token.
struct WordID: Hashable, Sendable {
    let index: Int32

    /// A token whose lower-case form no lexicon table mentions.
    static let unknown = WordID(index: -1)
}

/// Gives every distinct lower-case word the lexicon's tables use a small integer, while those
/// tables are built; `compiled()` then turns the words into the automaton tokens are read with.
struct WordTable {
    private(set) var words: [String] = []
    private var ids: [String: WordID] = [:]

    /// The word's id, interning it if new. Canonically equivalent spellings share one id, as
    /// they are equal strings in Swift.
    mutating func id(_ word: String) -> WordID {
        if let id = ids[word] { return id }
        let id = WordID(index: Int32(words.count))
        ids[word] = id
        words.append(word)
        return id
    }

    mutating func ids(_ words: [String]) -> [WordID] { words.map { id($0) } }

    /// The id of a word already interned, without adding it.
    func existing(_ word: String) -> WordID { ids[word] ?? .unknown }

    var count: Int { words.count }

    func compiled() -> WordAutomaton { WordAutomaton(words) }
}

/// A value for each word id, with a default for the words it has none for: an array lookup
/// where a dictionary keyed by strings used to hash.
struct WordMap<Value: Sendable>: Sendable {
    private var values: [Value] = []
    private let absent: Value

    init(absent: Value) { self.absent = absent }

    subscript(word: WordID) -> Value {
        get {
            let index = Int(word.index)
            return index >= 0 && index < values.count ? values[index] : absent
        }
        set {
            let index = Int(word.index)
            guard index >= 0 else { return }
            if index >= values.count { values += repeatElement(absent, count: index + 1 - values.count) }
            values[index] = newValue
        }
    }
}
