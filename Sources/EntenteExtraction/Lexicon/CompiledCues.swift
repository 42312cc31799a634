import EntenteGraph

/// Cue phrases split into words once, for matching against tokens.
///
/// A class: the clause rules take a verb pattern's object set for every reading they try, and a
/// copy of a struct of these tables retained each one.
final class PhraseSet: Sendable {
    /// First word → phrases starting with it, longest first.
    private let byFirst: [String: [[String]]]
    /// The same phrases as word ids, grouped by first word, the groups sorted by its id: what
    /// tokens are matched with. A binary search, not a table as long as the lexicon: there is
    /// one set per verb pattern.
    private let firstWordIDs: [Int32]
    private let phrasesByFirst: [[[WordID]]]
    /// Tokens without this class cannot start a phrase of the set; empty means unknown.
    private let requiredClass: WordClass
    /// One bit for each first word, by the low bits of its id: most tokens are ruled out
    /// without the binary search (the clause rules try a verb's object set at every word after it).
    private let firstWordBits: [UInt64]

    var firstWords: Dictionary<String, [[String]]>.Keys { byFirst.keys }

    init(_ phrases: [String], requiredClass: WordClass = [], words: inout WordTable) {
        self.requiredClass = requiredClass
        var byFirst: [String: [[String]]] = [:]
        for phrase in phrases {
            let phraseWords = Gazetteer.words(of: phrase)
            guard let first = phraseWords.first else { continue }
            byFirst[first, default: []].append(phraseWords)
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
        let grouped = byFirst.map { (first: words.id($0.key).index, phrases: $0.value.map { words.ids($0) }) }
            .sorted { $0.first < $1.first }
        self.byFirst = byFirst
        firstWordIDs = grouped.map(\.first)
        phrasesByFirst = grouped.map(\.phrases)
        var bits = [UInt64](repeating: 0, count: Self.bitWords)
        for id in firstWordIDs { bits[Self.bitWord(id)] |= Self.bit(id) }
        firstWordBits = bits
    }

    private static let bitWords = 4
    @inline(__always) private static func bitWord(_ id: Int32) -> Int { Int(id >> 6) & (bitWords - 1) }
    @inline(__always) private static func bit(_ id: Int32) -> UInt64 { 1 << UInt64(id & 63) }

    /// Length in tokens of the longest phrase matching at `position`, or nil.
    func match(_ tokens: [Token], at position: Int) -> Int? {
        guard position < tokens.count, tokens[position].classes.isSuperset(of: requiredClass) else { return nil }
        let word = tokens[position].word
        // A word outside the lexicon (id -1) starts no phrase.
        guard word.index >= 0, firstWordBits[Self.bitWord(word.index)] & Self.bit(word.index) != 0,
            let group = group(startingWith: word)
        else { return nil }
        for words in phrasesByFirst[group] where position + words.count <= tokens.count {
            var matches = true
            var offset = 1
            while offset < words.count {
                if tokens[position + offset].word != words[offset] {
                    matches = false
                    break
                }
                offset += 1
            }
            if matches { return words.count }
        }
        return nil
    }

    func contains(_ word: String) -> Bool { byFirst[word]?.contains { $0.count == 1 } ?? false }

    private func group(startingWith word: WordID) -> Int? {
        var low = 0, high = firstWordIDs.count
        while low < high {
            let middle = (low + high) / 2
            if firstWordIDs[middle] < word.index { low = middle + 1 } else { high = middle }
        }
        return low < firstWordIDs.count && firstWordIDs[low] == word.index ? low : nil
    }
}

/// The lexicon's cues in the form extraction uses them. A class: every rule holds these
/// tables, and a copy of a struct of them retained each one.
final class CompiledCues: Sendable {
    let leaderTitles: PhraseSet
    let memberTitles: PhraseSet
    /// "the foreign ministers of A, X, and B, Y": titles in the plural.
    let pluralLeaderTitles: PhraseSet
    let pluralMemberTitles: PhraseSet
    let organs: PhraseSet
    let groupNouns: PhraseSet
    let negation: PhraseSet
    let modality: PhraseSet
    let reporting: PhraseSet
    let clauseBreaks: WordSet
    let prepositions: WordSet
    /// Every inflected form of the light verbs: "approved an arms sale to X".
    let lightVerbs: WordSet
    let allyNouns: WordSet
    /// By the list's position among `CueList.allCases`: looked up on every token, so no hashing.
    private let lists: [WordSet]
    /// The lists each word is in, one bit per list's position (there are fewer than 64 lists):
    /// what tokens are tested with.
    private let listsByWord: WordMap<UInt64>
    let allianceIDs: Set<String>
    let blocIDs: Set<String>
    let islandIDs: Set<String>
    /// Predicate noun → the kind it relates joined subjects by.
    let predicateNouns: [String: RelationKind]

    init(_ cues: Cues, words: inout WordTable) {
        leaderTitles = PhraseSet(cues.leaderTitles, requiredClass: .title, words: &words)
        memberTitles = PhraseSet(cues.memberTitles, requiredClass: .title, words: &words)
        pluralLeaderTitles = PhraseSet(cues.leaderTitles.map { $0 + "s" }, words: &words)
        pluralMemberTitles = PhraseSet(cues.memberTitles.map { $0 + "s" }, words: &words)
        organs = PhraseSet(cues.organs, requiredClass: .organ, words: &words)
        groupNouns = PhraseSet(cues.groupNouns, requiredClass: .groupNoun, words: &words)
        negation = PhraseSet(cues.negation, requiredClass: .negation, words: &words)
        modality = PhraseSet(cues.modality, requiredClass: .modality, words: &words)
        reporting = PhraseSet(cues.reporting, requiredClass: .reporting, words: &words)
        clauseBreaks = WordSet(cues.clauseBreaks)
        prepositions = WordSet(cues.prepositions)
        lightVerbs = WordSet(Self.inflected(cues.lightVerbs))
        allyNouns = WordSet(cues.allyNouns)
        lists = CueList.allCases.map { list in
            let words = cues.lists[list] ?? []
            return WordSet(list.inflects ? Self.inflected(words) : Set(words))
        }
        var listsByWord = WordMap<UInt64>(absent: 0)
        for (ordinal, list) in lists.enumerated() {
            for word in list { listsByWord[words.id(word)] |= 1 << UInt64(ordinal) }
        }
        self.listsByWord = listsByWord
        allianceIDs = Set(cues.allianceIDs)
        blocIDs = Set(cues.blocIDs)
        islandIDs = Set(cues.islandIDs)
        predicateNouns = cues.predicateNouns.reduce(into: [:]) { table, entry in
            for word in entry.value { table[word] = entry.key }
        }
    }

    /// Regular forms plus any irregular ones the list writes out ("went" beside "go").
    private static func inflected(_ words: [String]) -> Set<String> {
        words.reduce(into: []) { $0.formUnion(Inflection.verbForms($1)) }
    }

    /// One of the plain word lists.
    func words(_ list: CueList) -> Set<String> { lists[list.ordinal].members }

    /// Whether `word` is in a plain word list, without copying the list.
    func contains(_ list: CueList, _ word: String) -> Bool { lists[list.ordinal].contains(word) }

    /// Whether the token's word is in a plain word list: one bit test.
    func contains(_ list: CueList, _ token: Token) -> Bool { listsByWord[token.word] & (1 << UInt64(list.ordinal)) != 0 }

    /// A title at `position`: its length and whether it marks a leader.
    func title(_ tokens: [Token], at position: Int) -> (length: Int, isLeader: Bool)? {
        Self.longer(leaderTitles.match(tokens, at: position), memberTitles.match(tokens, at: position))
    }

    /// A title in the plural at `position`: "the presidents", "the defence ministers".
    func pluralTitle(_ tokens: [Token], at position: Int) -> (length: Int, isLeader: Bool)? {
        Self.longer(pluralLeaderTitles.match(tokens, at: position), pluralMemberTitles.match(tokens, at: position))
    }

    private static func longer(_ leader: Int?, _ member: Int?) -> (length: Int, isLeader: Bool)? {
        switch (leader, member) {
        case (let l?, let m?): return l >= m ? (l, true) : (m, false)
        case (let l?, nil): return (l, true)
        case (nil, let m?): return (m, false)
        default: return nil
        }
    }
}

enum Words {
    static let determiners: WordSet = ["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our", "my", "your", "'s", "'"]
    // Reflexives are left out: "defend itself" names the subject, and a relation to oneself is
    // no relation.
    static let personPronouns: WordSet = ["he", "him", "his", "she", "her", "hers"]
    static let groupPronouns: WordSet = ["it", "its", "they", "them", "their"]
    /// "the army", "the government": the state the article is about at that point.
    static let stateAnaphors: WordSet = ["country", "army", "military", "government", "forces", "junta", "regime", "authorities", "police"]
    /// "the two countries", "both sides": a pair named just before. Countries are states;
    /// sides may be armed groups or blocs too.
    static let pairStateNouns: WordSet = ["countries", "nations", "neighbours", "neighbors"]
    static let pairPersonNouns: WordSet = ["leaders", "presidents", "ministers", "premiers", "envoys", "men", "women"]
    static let pairSideNouns: WordSet = ["sides", "rivals", "foes", "adversaries", "enemies", "parties", "belligerents", "allies"]
    /// Pair nouns that take "the" alone: "the rivals", "the Gulf rivals", "the belligerents".
    static let pairRivalNouns: WordSet = ["rivals", "foes", "adversaries", "enemies", "belligerents"]
    /// "the alliance", "the kingdom": the one recent actor of that description.
    static let kindAnaphors: WordSet = ["alliance", "bloc", "kingdom", "republic", "island", "organisation", "organization"]
    static var descriptionNouns: WordSet { pairStateNouns.union(pairSideNouns).union(pairPersonNouns).union(kindAnaphors) }
    /// "northern Syria", "south-eastern Ukraine": parts of a place, not of a name.
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
        "northeast", "northwest", "southeast", "southwest", "coastal", "border",
    ]
    static let relativePronouns: WordSet = ["who", "which", "that", "whom"]
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]
    static let nameParticles: WordSet = ["bin", "al", "al-", "de", "von", "van", "der", "la", "le", "el", "ibn", "abu", "da", "di", "du"]
    /// Capitalised words that start sentences or dates and are never names.
    static let notNames: WordSet = [
        "the", "a", "an", "on", "in", "at", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "but", "and", "he", "she", "it",
        "they", "we", "i", "this", "that", "there", "his", "her", "their", "its", "after", "before",
        "said", "says", "minister", "president", "general", "state", "forces", "army", "ministry",
        "major", "lieutenant", "colonel", "admiral", "brigadier", "captain", "sergeant", "commander",
        "chief", "spokesman", "spokeswoman", "secretary", "deputy", "vice", "former", "late",
    ]
}
