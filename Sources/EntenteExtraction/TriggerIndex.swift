/// Verb forms and noun heads mapped to the patterns they may start, for O(1) lookup per token.
struct TriggerIndex: Sendable {
    var verbs: [String: [VerbPattern]] = [:]
    var nominals: [String: [(NominalPattern, [String])]] = [:]
    var irregularParticiples: Set<String> = []
    /// Each verb pattern's object words, compiled once (keyed by the pattern's position).
    var objectSets: [PhraseSet] = []

    init(_ lexicon: Lexicon) {
        for (position, var pattern) in lexicon.verbs.enumerated() {
            pattern.index = position
            objectSets.append(PhraseSet(pattern.objects))
            for form in pattern.forms { verbs[form, default: []].append(pattern) }
            for form in pattern.forms where !form.hasSuffix("ing") && !form.hasSuffix("s") {
                irregularParticiples.insert(form)
            }
        }
        for pattern in lexicon.nominals {
            for words in pattern.nouns {
                guard let first = words.first else { continue }
                nominals[first, default: []].append((pattern, words))
            }
        }
        for key in nominals.keys { nominals[key]?.sort { $0.1.count > $1.1.count } }
    }
}
