/// What a word can start, looked up once per token so the hot loops test bits instead of
/// hashing the same string against a dozen word lists.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let verb = WordClass(rawValue: 1 << 0)
    static let nominal = WordClass(rawValue: 1 << 1)
    static let title = WordClass(rawValue: 1 << 2)
    static let organ = WordClass(rawValue: 1 << 3)
    static let groupNoun = WordClass(rawValue: 1 << 4)
    static let negation = WordClass(rawValue: 1 << 5)
    static let modality = WordClass(rawValue: 1 << 6)
    static let reporting = WordClass(rawValue: 1 << 7)
    static let clauseBreak = WordClass(rawValue: 1 << 8)
    static let preposition = WordClass(rawValue: 1 << 9)
    static let pronoun = WordClass(rawValue: 1 << 10)
    static let anaphor = WordClass(rawValue: 1 << 11)
    /// Nouns that state an alliance ("ally", "partner").
    static let allyNoun = WordClass(rawValue: 1 << 12)
    /// Plural nouns that relate joined subjects ("foes", "partners").
    static let predicateNoun = WordClass(rawValue: 1 << 13)
    static let relativePronoun = WordClass(rawValue: 1 << 14)
    static let determiner = WordClass(rawValue: 1 << 15)
    /// Capitalised words that are never names (`Words.notNames`).
    static let notName = WordClass(rawValue: 1 << 16)
}

/// Every cue and pattern word, with the classes it belongs to, and the automaton that reads
/// each token's lexicon word off its bytes.
struct Vocabulary: Sendable {
    private let automaton: WordAutomaton
    private let classes: WordMap<WordClass>

    /// - Parameter words: the words the other tables interned; the automaton covers them all.
    init(cues: CompiledCues, triggers: TriggerIndex, words: WordTable) {
        var words = words
        var classes = WordMap<WordClass>(absent: [])
        func add(_ list: some Sequence<String>, _ wordClass: WordClass) {
            for word in list { classes[words.id(word)].insert(wordClass) }
        }
        add(triggers.verbForms, .verb)
        add(triggers.nominalHeads, .nominal)
        add(cues.leaderTitles.firstWords, .title)
        add(cues.memberTitles.firstWords, .title)
        add(cues.organs.firstWords, .organ)
        add(cues.groupNouns.firstWords, .groupNoun)
        add(cues.negation.firstWords, .negation)
        add(cues.modality.firstWords, .modality)
        add(cues.reporting.firstWords, .reporting)
        add(cues.clauseBreaks, .clauseBreak)
        add(cues.prepositions, .preposition)
        add(Words.personPronouns.union(Words.groupPronouns), .pronoun)
        add(cues.words(.groupAnaphors).union(cues.words(.describedHeads)).union(Words.stateAnaphors).union(Words.descriptionNouns), .anaphor)
        add(cues.allyNouns, .allyNoun)
        add(cues.predicateNouns.keys, .predicateNoun)
        add(Words.relativePronouns, .relativePronoun)
        add(Words.determiners, .determiner)
        add(Words.notNames, .notName)
        self.classes = classes
        automaton = words.compiled()
    }

    /// Gives each token its lexicon word and that word's classes: one walk of the automaton
    /// per token, over the document's own bytes (`bytes`, which the tokens' offsets index),
    /// folding ASCII capitals on the way as `Token.lower` does.
    func classify(_ tokens: inout [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        tokens.withUnsafeMutableBufferPointer { tokens in
            for i in tokens.indices {
                let word = automaton.word(foldingASCII: UnsafeBufferPointer(rebasing: bytes[tokens[i].start..<tokens[i].end]))
                    ?? automaton.word(tokens[i].lower)
                tokens[i].word = word
                tokens[i].classes = classes[word]
            }
        }
    }
}
