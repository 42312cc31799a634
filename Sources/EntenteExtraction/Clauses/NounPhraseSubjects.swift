import EntenteGraph

/// Clauses whose subject is a thing, not an actor: "commodity shipments financing the Quds
/// Force", "networks that fund the Houthis". The actor further left did not do it; an actor
/// qualifying the thing ("Iranian networks that fund…") stands for it.
extension ClauseAnalyzer {
    /// The subject of the verb at `i` when a common noun phrase right before it is that
    /// subject: `.some(nil)` when the phrase names no actor, `nil` when the rule does not apply.
    func nounPhraseSubject(of i: Int, _ sentence: Sentence) -> Int?? {
        let tokens = sentence.tokens
        // "insurgents seeking to oust the president": the infinitive's subject is the participle's.
        if i >= 3, tokens[i - 1].lower == "to", tokens[i - 2].isWord, tokens[i - 2].lower.hasSuffix("ing"), sentence.mentionAt[i - 2] == nil {
            return nounPhraseSubject(of: i - 2, sentence)
        }
        let head: Int
        if i >= 2, ["that", "which"].contains(tokens[i - 1].lower) {
            head = i - 2
        } else if i >= 2, tokens[i].lower.hasSuffix("ing"), isPluralNoun(tokens[i - 1]),
            // "Iran keeps arming…": after a subject the word is a verb.
            sentence.mentionAt[i - 2] == nil, !tokens[i - 2].classes.contains(.pronoun)
        {
            head = i - 1
        } else {
            return nil
        }
        guard isThingNoun(at: head, sentence) else { return nil }
        return .some(qualifier(ofNounEndingAt: head, sentence))
    }

    /// A people-adjective or possessor inside the noun phrase that ends at `head`.
    private func qualifier(ofNounEndingAt head: Int, _ sentence: Sentence) -> Int? {
        var position = head - 1
        while position >= 0, head - position <= 4 {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                return mention.form == .demonym || mention.possessive ? m : nil
            }
            let token = sentence.tokens[position]
            guard token.isWord, !token.classes.contains(.verb), !token.classes.contains(.preposition),
                !token.classes.contains(.determiner), !token.classes.contains(.clauseBreak)
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// A lower-case noun that is neither an event nor a body that acts for a state: what the
    /// clause after it is said of is a thing.
    private func isThingNoun(at position: Int, _ sentence: Sentence) -> Bool {
        let token = sentence.tokens[position]
        guard token.isWord, !token.isCapitalized, sentence.mentionAt[position] == nil else { return false }
        let excluded: WordClass = [.verb, .nominal, .title, .reporting, .pronoun, .determiner,
            .preposition, .clauseBreak, .relativePronoun, .negation, .modality, .allyNoun]
        guard token.classes.isDisjoint(with: excluded) else { return false }
        let word = token.lower
        // Unnamed people ("insurgents seeking to…", "rebels who…") are things here: no actor.
        return !(eventNoun(at: position, sentence.tokens) != nil || cues.contains(.weaponNouns, token)
            || cues.contains(.actNouns, token) || cues.lightVerbs.contains(word) || Self.auxiliaries.contains(word)
            || Self.passiveAuxiliaries.contains(word) || Self.isAdverb(word)
            || cues.contains(.factiveInfinitives, token) || cues.contains(.occurrenceVerbs, token)
            || cues.contains(.negativeInfinitives, token))
    }

    private func isPluralNoun(_ token: Token) -> Bool {
        let word = token.lower
        return token.isWord && word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is")
    }

    /// "sanctions targeting four Houthi officials", "hit Iran with new tariffs": a vague verb of
    /// force carries out the measure it is said of, and takes that measure's kind and code.
    func governedMeasure(verb i: Int, end: Int, _ sentence: Sentence) -> (kind: RelationKind, code: String?)? {
        let tokens = sentence.tokens
        // After the object: "with" and the measure.
        var position = end + 1
        while position < min(tokens.count, end + 10), !tokens[position].classes.contains(.clauseBreak), tokens[position].text != "," {
            if tokens[position].lower == "with" {
                for next in position + 1..<min(tokens.count, position + 4) {
                    if let found = measure(at: next, sentence) { return found.isForce ? nil : (found.kind, found.code) }
                }
                break
            }
            position += 1
        }
        // Before the verb: the nearest hostile measure in the verb's own clause ("sanctions
        // that target…", "the penalties, which hit…"); not one another verb took as object
        // ("violated the ceasefire and targeted…").
        position = i - 1
        while position >= max(0, i - 12), tokens[position].text != ";" {
            if let found = measure(at: position, sentence) {
                return found.isForce || found.kind.polarity != .conflict ? nil : (found.kind, found.code)
            }
            let word = tokens[position].lower
            if word == "and" || word == "but" || (tokens[position].classes.contains(.verb) && sentence.mentionAt[position] == nil)
                || (word == "," && !Words.relativePronouns.contains(tokens[safe: position + 1]?.lower ?? ""))
            {
                return nil
            }
            position -= 1
        }
        return nil
    }

    private func measure(at position: Int, _ sentence: Sentence) -> (kind: RelationKind, code: String?, isForce: Bool)? {
        guard sentence.mentionAt[position] == nil, let pattern = nominal(at: position, sentence.tokens) else { return nil }
        return (pattern.kind, pattern.code, pattern.kind.usesForce)
    }
}
