/// Who did what an event noun names, when no one owns the noun before it: the agent after
/// "by" ("sanctions imposed by the US on Cuba", "the expulsion of diplomats by Poland",
/// "Sanctions against X have been imposed by A, B and C"), or the subject of a verb the noun
/// answers with ("Beijing retaliated with sanctions on US firms").
extension ClauseAnalyzer {
    /// "sanctions by Britain on Iran", "sanctions imposed by the US on Cuba": the agents right
    /// after the noun, and the position after them where the target may follow.
    func agentsAfterNoun(_ end: Int, _ sentence: Sentence) -> (agents: [Int], next: Int)? {
        let by = doingParticipleEnd(from: end + 1, sentence) + 1
        guard sentence.tokens[safe: by]?.lower == "by" else { return nil }
        let agents = agentGroup(after: by, sentence)
        guard let last = agents.last else { return nil }
        return (agents, sentence.mentions[last].last + 1)
    }

    /// "the expulsion of Russian diplomats by Poland", "Sanctions against X have been imposed by
    /// A, B and C": after the target, "by" names the agents, at once or after a passive verb of
    /// doing whose subject is the event phrase.
    func agentsAfterTarget(_ target: Mention, _ sentence: Sentence) -> [Int] {
        var position = target.last + 1
        if sentence.tokens[safe: position]?.lower != "by" {
            // "have already been imposed by": auxiliaries and adverbs, then the participle.
            position = pastAuxiliaries(position, limit: 4, sentence.tokens)
            let participleEnd = doingParticipleEnd(from: position, sentence)
            guard participleEnd >= position else { return [] }
            position = participleEnd + 1
        }
        guard sentence.tokens[safe: position]?.lower == "by" else { return [] }
        return agentGroup(after: position, sentence)
    }

    /// "Beijing retaliated with sanctions on US firms": a verb of response owns the noun its
    /// "with" introduces; its subjects are the noun's agents.
    func respondingSubjects(before i: Int, _ sentence: Sentence) -> [Int] {
        var position = i - 1
        while position > 0, i - position <= 3, sentence.mentionAt[position] == nil, sentence.tokens[position].isWord,
            sentence.tokens[position].lower != "with"
        {
            position -= 1
        }
        guard position > 1, sentence.tokens[position].lower == "with" else { return [] }
        var verb = position - 1
        // "hit back with", "struck back swiftly with": any verb before "back" answers.
        while verb > 0, position - verb <= 2, !cues.contains(.responseVerbs, sentence.tokens[verb]), sentence.tokens[verb].lower != "back" {
            verb -= 1
        }
        if sentence.tokens[verb].lower == "back" { verb -= 1 }
        guard verb > 0, sentence.mentionAt[verb] == nil,
            cues.contains(.responseVerbs, sentence.tokens[verb]) || sentence.tokens[verb + 1].lower == "back"
        else { return [] }
        return subjectsBefore(verb, sentence, targetsSoFar: [], lastSubjects: [])
    }

    /// The last position of a participle of doing ("imposed", "carried out") at `start`, or
    /// `start - 1` when there is none.
    private func doingParticipleEnd(from start: Int, _ sentence: Sentence) -> Int {
        guard let token = sentence.tokens[safe: start], sentence.mentionAt[start] == nil,
            cues.lightVerbs.contains(token.lower), !Self.haveForms.contains(token.lower),
            token.lower.hasSuffix("ed") || token.lower.hasSuffix("en") || patterns.irregularParticiples.contains(token.lower)
        else { return start - 1 }
        // "carried out by", "handed down by": one particle.
        if let next = sentence.tokens[safe: start + 1], ["out", "down", "up"].contains(next.lower) { return start + 1 }
        return start
    }

    /// The actors named after "by", with those joined to the first by "and" or commas.
    private func agentGroup(after by: Int, _ sentence: Sentence) -> [Int] {
        for next in by + 1..<min(sentence.tokens.count, by + 4) {
            if let m = sentence.mentionAt[next] {
                let mention = sentence.mentions[m]
                guard mention.isArgument || mention.form == .demonym, mention.form != .pronoun || mention.possessive == false else { return [] }
                return mention.form == .demonym ? [m] : group(from: m, sentence)
            }
            let token = sentence.tokens[next]
            if !token.isWord || token.classes.contains(.verb) || token.classes.contains(.preposition) { return [] }
        }
        return []
    }
}
