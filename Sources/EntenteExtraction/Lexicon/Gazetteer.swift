/// How a mention names its actor; decides what the mention can do in a clause.
enum MentionForm: Sendable {
    case name
    /// "Russian" in "Russian news agencies": a modifier, not an argument of its own.
    case demonym
    /// Capital or institution: "Moscow", "Kremlin".
    case metonym
    /// "Russian forces", "Belarus's army": the state acting through an organ.
    case organ
    case pronoun
}

/// Token-sequence dictionary over every name of every lexicon actor; longest match wins.
struct Gazetteer: Sendable {
    /// A class: a match hands its entry to each rule that asks, and a copy of a struct of
    /// arrays and strings retained every one of them.
    final class Entry: Sendable {
        let words: [String]
        let actor: Int
        let form: MentionForm
        /// Written in capitals in the lexicon ("UN", "IS"): must be in capitals in the text too,
        /// so "Kim Jong Un" holds no United Nations.
        let acronym: Bool
        /// The first word as the lexicon writes it.
        let spelling: Substring
        /// `words` as lexicon word ids, compared with the tokens' own.
        let wordIDs: [WordID]
        /// The lexicon writes the name in lower case ("al-Shabab").
        let lowerCaseSpelling: Bool
        /// The Arabic article the name begins with, if any.
        let article: Substring?

        init(
            words: [String], actor: Int, form: MentionForm, acronym: Bool, spelling: Substring, wordIDs: [WordID],
            lowerCaseSpelling: Bool, article: Substring?
        ) {
            self.words = words
            self.actor = actor
            self.form = form
            self.acronym = acronym
            self.spelling = spelling
            self.wordIDs = wordIDs
            self.lowerCaseSpelling = lowerCaseSpelling
            self.article = article
        }
    }

    /// First word → entries starting with it, longest first.
    private var entries: [String: [Entry]] = [:]
    /// The same entries in one array, those of each first word together (longest first), and
    /// where each first word's run is by its id: tokens look up a range, with no copying.
    private var allEntries: [Entry] = []
    /// Of those, the entries the lexicon writes in lower case follow each run, in the same
    /// order: all a word in lower case without an Arabic article can start ("the", "new",
    /// "north" begin many names). Both runs and whether the word begins with an Arabic article
    /// are in one record, read with one memory access for each token asked about.
    private var startsByWord = WordMap<Starts>(absent: Starts())

    private struct Starts {
        var first: Int32 = 0
        var count: Int32 = 0
        var lowerCaseCount: Int32 = 0
        var hasArticle = false

        var all: Range<Int> { Int(first)..<Int(first + count) }
        var lowerCase: Range<Int> { Int(first + count)..<Int(first + count + lowerCaseCount) }
    }
    /// What a match tests of each entry of `allEntries`, packed, with the words in one pool:
    /// most candidates are rejected without touching the entry itself.
    private var probes: [Probe] = []
    private var wordPool: [WordID] = []

    private struct Probe {
        var length: Int32
        var firstWord: Int32
        var lowerCaseSpelling: Bool
        var acronym: Bool
    }
    /// For each first word: the Arabic article it starts with, and whether it holds a hyphen.
    private var firstWordArticle = WordMap<Substring?>(absent: nil)
    private var firstWordHyphen = WordMap<Bool>(absent: false)
    /// Each word of a known person's names of two or more words → (actor, the name's words).
    private var personWords: [String: [(actor: Int, words: [String])]] = [:]

    init(_ lexicon: Lexicon, words table: inout WordTable) {
        for (position, entry) in lexicon.actors.enumerated() {
            var names = [entry.actor.name] + entry.actor.aliases
            // "The West" and "the Houthis" are listed with their article; match without it.
            names += names.compactMap { $0.lowercased().hasPrefix("the ") ? String($0.dropFirst(4)) : nil }
            for name in names { add(name, actor: position, form: .name, &table) }
            for name in entry.demonyms { add(name, actor: position, form: .demonym, &table) }
            for name in entry.capitals + entry.metonyms + (lexicon.places[entry.actor.id] ?? []) {
                add(name, actor: position, form: .metonym, &table)
            }
            if entry.actor.kind == .person {
                for name in [entry.actor.name] + entry.actor.aliases {
                    let words = Self.words(of: name)
                    guard words.count >= 2 else { continue }
                    for word in Set(words) where word.count >= 3 { personWords[word, default: []].append((position, words)) }
                }
            }
        }
        for key in entries.keys { entries[key]?.sort { $0.words.count > $1.words.count } }
        for (first, list) in entries {
            let id = table.id(first)
            firstWordArticle[id] = Self.arabicArticle(first)
            firstWordHyphen[id] = first.contains("-")
            let lowerCase = list.filter(\.lowerCaseSpelling)
            startsByWord[id] = Starts(
                first: Int32(allEntries.count), count: Int32(list.count), lowerCaseCount: Int32(lowerCase.count),
                hasArticle: Self.arabicArticle(first) != nil)
            allEntries += list
            allEntries += lowerCase
        }
        for entry in allEntries {
            probes.append(Probe(
                length: Int32(entry.wordIDs.count), firstWord: Int32(wordPool.count), lowerCaseSpelling: entry.lowerCaseSpelling,
                acronym: entry.acronym))
            wordPool += entry.wordIDs
        }
    }

    private mutating func add(_ name: String, actor: Int, form: MentionForm, _ table: inout WordTable) {
        let words = Self.words(of: name)
        guard let first = words.first else { return }
        // The first actor to claim a name keeps it; later files cannot shadow it silently.
        if entries[first]?.contains(where: { $0.words == words && $0.form == form }) == true { return }
        // Capitals after the first letter ("UN", "LeT", "ISIS") make the spelling significant.
        let firstWord = name.split(separator: " ").first ?? ""
        // The capital after an Arabic article ("al-Shabab") is the name's own, no acronym's.
        var stem = firstWord
        if Self.arabicArticle(firstWord.lowercased()) != nil, let dash = firstWord.firstIndex(of: "-") {
            stem = firstWord[firstWord.index(after: dash)...]
        }
        let acronym = stem.dropFirst().contains(where: \.isUppercase)
        entries[first, default: []].append(Entry(
            words: words, actor: actor, form: form, acronym: acronym, spelling: firstWord, wordIDs: table.ids(words),
            lowerCaseSpelling: firstWord.first?.isLowercase == true, article: Self.arabicArticle(firstWord.lowercased())))
    }

    /// "Nato", "Kfor", "Ecowas": British house style writes an acronym of four or more capitals
    /// in title case. Shorter ones ("Un", "Is") stay exact: they are ordinary words.
    static func isTitleCase(_ text: String, of acronym: Substring) -> Bool {
        acronym.count >= 4 && acronym.allSatisfy { $0.isUppercase } && text.count == acronym.count
            && text.first?.isUppercase == true && text.dropFirst().allSatisfy { $0.isLowercase }
            && text.lowercased() == acronym.lowercased()
    }

    /// The Arabic article a name begins with, as "al" in "al-Qaeda" or "al Shabaab".
    static func arabicArticle(_ lower: String) -> Substring? {
        let article = lower.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return arabicArticles.contains(String(article)) ? article : nil
    }

    /// The article and its forms assimilated to the next sound ("ad-Dawla", "ash-Sham").
    private static let arabicArticles: Set<String> = ["al", "el", "ad", "ar", "ash", "az", "ud", "ul"]

    static func words(of name: String) -> [String] {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokens(in: UnsafeBufferPointer(buffer), from: 0, to: buffer.count).map(\.lower)
        }
    }

    /// A known person whose name is a close spelling of `words`: the same number of words, one
    /// of them the same and each other within a small edit distance ("Hassan Nasrullah" for
    /// Hassan Nasrallah, "Volodymyr Zelenskiy" for Zelensky's full name). Only one candidate
    /// actor may fit, so two people with one shared first name never merge.
    func closePerson(_ words: [String]) -> Int? {
        guard words.count >= 2 else { return nil }
        var found: Int?
        for word in Set(words) where word.count >= 3 {
            for (actor, name) in personWords[word] ?? [] where name.count == words.count && name != words {
                let close = zip(name, words).allSatisfy { a, b in
                    a == b || (min(a.count, b.count) >= 4 && EditDistance.within(a, b, limit: max(1, min(a.count, b.count) / 4)))
                }
                guard close else { continue }
                if let found, found != actor { return nil }
                found = actor
            }
        }
        return found
    }

    /// The actor a single written word names ("Iran", "Russian", "UN"), for compounds such as
    /// "Iran-backed".
    func actor(named word: String) -> Int? {
        guard let first = Self.words(of: word).first, let candidates = entries[first] else { return nil }
        return candidates.first { $0.words.count == 1 && (!$0.acronym || $0.spelling == word || Self.isTitleCase(word, of: $0.spelling)) }?.actor
    }

    /// The longest entry matching at `position`; names must start with a capital in the text.
    /// Tokens are compared by word id: the work per call depends on the names starting with
    /// the token, not on the size of the lexicon.
    func match(_ tokens: ArraySlice<Token>, at position: Int) -> Entry? {
        guard position >= tokens.startIndex, position < tokens.endIndex else { return nil }
        let word = tokens[position].word
        // In lower case and without an Arabic article, only a name the lexicon writes in lower
        // case can match: the others are not even looked at.
        let starts = startsByWord[word]
        let candidates = tokens[position].isCapitalized || starts.hasArticle ? starts.all : starts.lowerCase
        guard let found = candidates.first(where: { matches($0, tokens, at: position) }) else { return nil }
        return allEntries[found]
    }

    private func matches(_ index: Int, _ tokens: ArraySlice<Token>, at position: Int) -> Bool {
        let probe = probes[index]
        guard position + Int(probe.length) <= tokens.endIndex else { return false }
        // Names are capitalised in text, except those the lexicon itself writes in lower
        // case ("al-Shabab").
        // "al-Qaeda" and "Al-Qaeda" are both house styles.
        // So are "el-", "ad-", "ash-" and "al Shabaab" apart: an Arabic article in lower case.
        // The token is read in place, not copied: this runs for every candidate name.
        if !tokens[position].isCapitalized && !probe.lowerCaseSpelling {
            let word = tokens[position].word
            guard let article = firstWordArticle[word], article == allEntries[index].article,
                firstWordHyphen[word] || (position + 1 < tokens.endIndex && tokens[position + 1].isCapitalized)
            else { return false }
        }
        if probe.acronym && tokens[position].text != allEntries[index].spelling
            && !Self.isTitleCase(tokens[position].text, of: allEntries[index].spelling)
        {
            return false
        }
        // "West Bank", "Georgia Tech": a name followed by a capitalised word it does not
        // include is part of a longer, unknown name.
        var offset = 1
        let words = Int(probe.firstWord)
        while offset < Int(probe.length) {
            if tokens[position + offset].word != wordPool[words + offset] { return false }
            offset += 1
        }
        return true
    }
}

/// Levenshtein distance with an early exit: whether two short words differ by at most `limit`
/// insertions, deletions or substitutions.
enum EditDistance {
    static func within(_ a: String, _ b: String, limit: Int) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return false }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            var rowBest = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return false }
            previous = current
        }
        return previous[y.count] <= limit
    }
}
