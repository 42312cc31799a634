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

    init(_ lexicon: Lexicon) {
        for (position, entry) in lexicon.actors.enumerated() {
            var names = [entry.actor.name] + entry.actor.aliases
            // "The West" and "the Houthis" are listed with their article; match without it.
            names += names.compactMap { $0.lowercased().hasPrefix("the ") ? String($0.dropFirst(4)) : nil }
            for name in names { add(name, actor: position, form: .name) }
            for name in entry.demonyms { add(name, actor: position, form: .demonym) }
            for name in entry.capitals + entry.metonyms { add(name, actor: position, form: .metonym) }
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
        let acronym = firstWord.dropFirst().contains(where: \.isUppercase)
        entries[first, default: []].append(Entry(words: words, actor: actor, form: form, acronym: acronym, spelling: firstWord))
    }

    /// "Nato", "Kfor", "Ecowas": British house style writes an acronym of four or more capitals
    /// in title case. Shorter ones ("Un", "Is") stay exact: they are ordinary words.
    static func isTitleCase(_ text: String, of acronym: Substring) -> Bool {
        acronym.count >= 4 && acronym.allSatisfy { $0.isUppercase } && text.count == acronym.count
            && text.first?.isUppercase == true && text.dropFirst().allSatisfy { $0.isLowercase }
            && text.lowercased() == acronym.lowercased()
    }

    static func words(of name: String) -> [String] {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokens(in: UnsafeBufferPointer(buffer), from: 0, to: buffer.count).map(\.lower)
        }
    }

    /// The actor a single written word names ("Iran", "Russian", "UN"), for compounds such as
    /// "Iran-backed".
    func actor(named word: String) -> Int? {
        guard let first = Self.words(of: word).first, let candidates = entries[first] else { return nil }
        return candidates.first { $0.words.count == 1 && (!$0.acronym || $0.spelling == word || Self.isTitleCase(word, of: $0.spelling)) }?.actor
    }

    /// The longest entry matching at `position`; names must start with a capital in the text.
    func match(_ tokens: ArraySlice<Token>, at position: Int) -> Entry? {
        let first = tokens[position]
        guard let candidates = entries[first.lower] else { return nil }
        for entry in candidates where position + entry.words.count <= tokens.endIndex {
            // Names are capitalised in text, except those the lexicon itself writes in lower
            // case ("al-Shabab").
            if !first.isCapitalized && entry.spelling.first?.isLowercase != true { continue }
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
