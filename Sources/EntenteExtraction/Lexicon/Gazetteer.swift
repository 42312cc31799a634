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
    struct Entry: Sendable {
        var words: [String]
        var actor: Int
        var form: MentionForm
        /// Written in capitals in the lexicon ("UN", "IS"): must be in capitals in the text too,
        /// so "Kim Jong Un" holds no United Nations.
        var acronym: Bool
        /// The first word as the lexicon writes it.
        var spelling: Substring
    }

    /// First word → entries starting with it, longest first.
    private var entries: [String: [Entry]] = [:]
    /// Each word of a known person's names of two or more words → (actor, the name's words).
    private var personWords: [String: [(actor: Int, words: [String])]] = [:]

    init(_ lexicon: Lexicon) {
        for (position, entry) in lexicon.actors.enumerated() {
            var names = [entry.actor.name] + entry.actor.aliases
            // "The West" and "the Houthis" are listed with their article; match without it.
            names += names.compactMap { $0.lowercased().hasPrefix("the ") ? String($0.dropFirst(4)) : nil }
            for name in names { add(name, actor: position, form: .name) }
            for name in entry.demonyms { add(name, actor: position, form: .demonym) }
            for name in entry.capitals + entry.metonyms + (lexicon.places[entry.actor.id] ?? []) {
                add(name, actor: position, form: .metonym)
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
    }

    private mutating func add(_ name: String, actor: Int, form: MentionForm) {
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
        entries[first, default: []].append(Entry(words: words, actor: actor, form: form, acronym: acronym, spelling: firstWord))
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
    func match(_ tokens: ArraySlice<Token>, at position: Int) -> Entry? {
        guard position >= tokens.startIndex, position < tokens.endIndex else { return nil }
        let first = tokens[position]
        guard let candidates = entries[first.lower] else { return nil }
        // Only a lower-case first word needs the article check, and it is worked out once.
        let article = first.isCapitalized ? nil : Self.arabicArticle(first.lower)
        for entry in candidates where position + entry.words.count <= tokens.endIndex {
            // Names are capitalised in text, except those the lexicon itself writes in lower
            // case ("al-Shabab").
            // "al-Qaeda" and "Al-Qaeda" are both house styles.
            // So are "el-", "ad-", "ash-" and "al Shabaab" apart: an Arabic article in lower case.
            if !first.isCapitalized && entry.spelling.first?.isLowercase != true {
                guard let article, article == Self.arabicArticle(entry.spelling.lowercased()),
                    first.lower.contains("-") || (position + 1 < tokens.endIndex && tokens[position + 1].isCapitalized)
                else { continue }
            }
            if entry.acronym && first.text != entry.spelling && !Self.isTitleCase(first.text, of: entry.spelling) { continue }
            // "West Bank", "Georgia Tech": a name followed by a capitalised word it does not
            // include is part of a longer, unknown name.
            var matches = true
            for (offset, word) in entry.words.enumerated().dropFirst() where tokens[position + offset].lower != word {
                matches = false
                break
            }
            if matches { return entry }
        }
        return nil
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
