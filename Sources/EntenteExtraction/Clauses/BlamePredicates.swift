import EntenteGraph

/// Blame stated as a predicate inside someone's words: "Kyiv said Moscow was behind the
/// strike", "officials said the militia bore responsibility for the massacre", "Ottawa cited
/// evidence of Indian involvement". Whoever says
/// so accuses the one the predicate names; the narrator saying it accuses no one.
extension ClauseAnalyzer {

    static let copulas: WordSet = ["is", "was", "were", "are", "be", "been", "being", "'s"]
    static let bearForms: WordSet = ["bear", "bears", "bore", "borne", "bearing"]

    func blamePredicates(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices where cues.contains(.blameWords, tokens[position]) {
            // "evidence of Indian involvement in the killing": the owner of the blame noun.
            let owner = owningMention(before: position, sentence)
            guard let subject = owner ?? blameVerb(before: position, tokens).flatMap({ predicateSubject(before: $0, sentence) }) else {
                continue
            }
            let frame = Certainty.reportingFrame(around: position, clauseStart: sentence.mentions[subject].first, sentence, cues: cues)
            guard let speaker = frame?.1, sentence.mentions[speaker].actor != sentence.mentions[subject].actor else { continue }
            // "were to blame": the infinitive marker is part of the predicate, not a plan.
            let trigger = tokens[position].lower == "blame" ? position - 1 : position
            let (certainty, _) = Certainty.of(trigger: trigger, kind: .accuse, subject: subject, sentence, cues: cues)
            // The speech act is what the narrator states; a denial or a hedge inside it stays.
            claims.append(claim(speaker, subject, .accuse, (certainty == .reported ? .asserted : certainty, nil), sentence))
        }
        return claims
    }

    /// "Russian involvement", "Iran's complicity": a people-adjective or possessive right before
    /// a blame noun (not a predicate word) owns it.
    private func owningMention(before position: Int, _ sentence: Sentence) -> Int? {
        guard cues.contains(.blameNouns, sentence.tokens[position]) else { return nil }
        var before = position - 1
        if before >= 0, sentence.tokens[before].isPossessive { before -= 1 }
        guard before >= 0, let m = sentence.mentionAt[before] else { return nil }
        let mention = sentence.mentions[m]
        // A pronoun's owner is too often misread to lay blame on ("their involvement").
        return mention.form == .demonym || (mention.possessive && mention.form != .pronoun) ? m : nil
    }

    /// The verb that makes the blame word a predicate: "was behind", "were to blame", "is
    /// directly responsible", "bore responsibility". Adverbs and negation may stand between.
    private func blameVerb(before position: Int, _ tokens: [Token]) -> Int? {
        var previous = position - 1
        if tokens[position].lower == "blame" {
            guard previous >= 0, tokens[previous].lower == "to" else { return nil }
            previous -= 1
        }
        let wantsBear = tokens[position].lower == "responsibility"
        while previous >= 0, Self.isAdverb(tokens[previous].lower) || ["not", "n't", "full", "the", "no"].contains(tokens[previous].lower) {
            previous -= 1
        }
        guard previous >= 0 else { return nil }
        let word = tokens[previous].lower
        return (wantsBear ? Self.bearForms.contains(word) : Self.copulas.contains(word)) ? previous : nil
    }

    /// The actor named just before the predicate's verb at `verb`, past auxiliaries, modals,
    /// adverbs and a comma closing an apposition ("Iran may have been", "X, …, is now").
    func predicateSubject(before verb: Int, _ sentence: Sentence) -> Int? {
        var position = verb - 1
        while position >= 0, sentence.mentionAt[position] == nil {
            let word = sentence.tokens[position].lower
            guard Self.auxiliaries.contains(word) || Self.passiveAuxiliaries.contains(word) || Self.copulas.contains(word)
                || Self.isAdverb(word) || ["may", "might", "must", "have", "likely", ","].contains(word)
            else { break }
            position -= 1
        }
        guard position >= 0, let m = sentence.mentionAt[position] else { return nil }
        let mention = sentence.mentions[m]
        guard mention.last == position, !mention.possessive, mention.isArgument || mention.form == .pronoun else { return nil }
        return m
    }
}
