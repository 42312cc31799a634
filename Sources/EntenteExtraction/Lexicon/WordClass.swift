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
}

/// Every cue and pattern word, with the classes it belongs to.
struct Vocabulary: Sendable {
    private var classes: [String: WordClass] = [:]

    init(cues: CompiledCues, triggers: TriggerIndex) {
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        add(triggers.verbs.keys, .verb)
        add(triggers.nominals.keys, .nominal)
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
    }

    func classify(_ tokens: inout [Token]) {
        for i in tokens.indices { tokens[i].classes = classes[tokens[i].lower] ?? [] }
    }
}
