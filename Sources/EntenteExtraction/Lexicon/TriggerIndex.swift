import EntenteGraph

/// Verb forms and noun heads mapped to the patterns they may start, for O(1) lookup per token.
///
/// A class: the clause analyser holds it and reads its tables on every verb it tries, and a
/// struct of them was retained table by table wherever the analyser was copied.
final class TriggerIndex: Sendable {
    let verbs: [String: [VerbPattern]]
    let nominals: [String: [(NominalPattern, [String])]]
    /// Listed forms that end in neither "-ing" nor "-s": the participles no suffix shows.
    let irregularParticiples: WordSet
    /// Each verb pattern's object words, compiled once (keyed by the pattern's position).
    let objectSets: [PhraseSet]
    /// Each verb pattern's complement words (what follows its target), compiled once.
    let complementSets: [PhraseSet]
    /// Reaction verbs that may take an event as object ("condemned the attack"), by form:
    /// the lemma's words and the kind of relation, longest first.
    let reactions: [String: [(words: [String], kind: RelationKind)]]
    /// Event nouns ("the strike", "the missile launch") by first word, longest first.
    let eventNouns: [String: [(words: [String], kind: RelationKind)]]
    /// The same tables by word id, for tokens: an array index instead of a string hash.
    private let verbsByWord: WordMap<[VerbPattern]?>
    private let nominalsByWord: WordMap<[(NominalPattern, [String])]?>
    private let reactionsByWord: WordMap<[(words: [String], kind: RelationKind)]?>
    private let eventNounsByWord: WordMap<[(words: [String], kind: RelationKind)]?>

    var verbForms: Dictionary<String, [VerbPattern]>.Keys { verbs.keys }
    var nominalHeads: Dictionary<String, [(NominalPattern, [String])]>.Keys { nominals.keys }

    /// The verb patterns the token's form may start, most specific first.
    func verbs(for token: Token) -> [VerbPattern]? { verbsByWord[token.word] }
    /// The noun patterns whose first word the token is, longest first.
    func nominals(for token: Token) -> [(NominalPattern, [String])]? { nominalsByWord[token.word] }
    /// The reactions the token's verb form may state, longest first.
    func reactions(for token: Token) -> [(words: [String], kind: RelationKind)]? { reactionsByWord[token.word] }
    /// The event nouns the token may begin, longest first.
    func eventNouns(for token: Token) -> [(words: [String], kind: RelationKind)]? { eventNounsByWord[token.word] }

    init(_ lexicon: Lexicon, words: inout WordTable) {
        var verbs: [String: [VerbPattern]] = [:]
        var nominals: [String: [(NominalPattern, [String])]] = [:]
        var irregularParticiples: Set<String> = []
        var objectSets: [PhraseSet] = []
        var complementSets: [PhraseSet] = []
        var reactions: [String: [(words: [String], kind: RelationKind)]] = [:]
        var eventNouns: [String: [(words: [String], kind: RelationKind)]] = [:]
        var verbsByWord = WordMap<[VerbPattern]?>(absent: nil)
        var nominalsByWord = WordMap<[(NominalPattern, [String])]?>(absent: nil)
        var reactionsByWord = WordMap<[(words: [String], kind: RelationKind)]?>(absent: nil)
        var eventNounsByWord = WordMap<[(words: [String], kind: RelationKind)]?>(absent: nil)
        for (position, var pattern) in lexicon.verbs.enumerated() {
            pattern.index = position
            objectSets.append(PhraseSet(pattern.objects, words: &words))
            complementSets.append(PhraseSet(pattern.complements, words: &words))
            for form in pattern.forms { verbs[form, default: []].append(pattern) }
            for form in pattern.forms where !form.hasSuffix("ing") && !form.hasSuffix("s") {
                irregularParticiples.insert(form)
            }
        }
        // The most specific reading of a form is tried first, whatever file it came from:
        // "hold talks" before "hold", "send troops" before "send"; ties keep lexicon order.
        for key in verbs.keys {
            verbs[key]?.sort { l, r in
                if l.words.count != r.words.count { return l.words.count > r.words.count }
                if l.complements.isEmpty != r.complements.isEmpty { return !l.complements.isEmpty }
                if l.objects.isEmpty != r.objects.isEmpty { return !l.objects.isEmpty }
                if l.subjectKinds.isEmpty != r.subjectKinds.isEmpty { return !l.subjectKinds.isEmpty }
                return l.index < r.index
            }
        }
        for pattern in lexicon.nominals {
            for words in pattern.nouns {
                guard let first = words.first else { continue }
                nominals[first, default: []].append((pattern, words))
            }
        }
        for key in nominals.keys { nominals[key]?.sort { $0.1.count > $1.1.count } }
        for (kind, phrases) in lexicon.cues.eventReactions {
            for phrase in phrases {
                let words = Gazetteer.words(of: phrase)
                guard let head = words.first else { continue }
                // Irregular forms come from the verb patterns of the same lemma ("slammed").
                var forms = Inflection.verbForms(head)
                for pattern in lexicon.verbs where pattern.words.first == head { forms.formUnion(pattern.forms) }
                for form in forms { reactions[form, default: []].append((words, kind)) }
            }
        }
        for key in reactions.keys { reactions[key]?.sort { $0.words.count > $1.words.count } }
        for (kind, phrases) in lexicon.cues.eventNouns {
            for phrase in phrases {
                let words = Gazetteer.words(of: phrase)
                guard let head = words.first else { continue }
                eventNouns[head, default: []].append((words, kind))
            }
        }
        for key in eventNouns.keys { eventNouns[key]?.sort { $0.words.count > $1.words.count } }
        for (form, list) in verbs { verbsByWord[words.id(form)] = list }
        for (head, list) in nominals { nominalsByWord[words.id(head)] = list }
        for (form, list) in reactions { reactionsByWord[words.id(form)] = list }
        for (head, list) in eventNouns { eventNounsByWord[words.id(head)] = list }
        self.verbs = verbs
        self.nominals = nominals
        self.irregularParticiples = WordSet(irregularParticiples)
        self.objectSets = objectSets
        self.complementSets = complementSets
        self.reactions = reactions
        self.eventNouns = eventNouns
        self.verbsByWord = verbsByWord
        self.nominalsByWord = nominalsByWord
        self.reactionsByWord = reactionsByWord
        self.eventNounsByWord = eventNounsByWord
    }
}
