import EntenteGraph

/// Reactions to events: "condemned the attack" relates the reactor to the attack's perpetrator,
/// named in the phrase or met earlier in the paragraph.
extension ClauseAnalyzer {
    struct ReactionResult {
        var claims: [Claim]
        var subjects: [Int]
        /// The last word of the event noun.
        var objectEnd: Int
    }

    /// "Germany condemned the attack": a reaction verb whose object is a definite event noun.
    /// The relation goes from the reacting actor to whoever carried the event out: the
    /// demonym or "by" agent in the phrase ("the Russian strike", "the raid by Israel"), else
    /// the perpetrator of the one recent event that fits (`events`: this sentence's so far and
    /// the paragraph's previous ones). Nil when no event phrase follows, so the verb is read
    /// as usual; no claims when the event is not clear-cut, since the event's target ("the
    /// attack on Ukraine") is not the one reacted against.
    func reactionClaims(
        at i: Int, _ sentence: Sentence, events: [ConflictEvent], targetsSoFar: Set<Int>, lastSubjects: [Int], inSeries: Bool
    ) -> ReactionResult? {
        let tokens = sentence.tokens
        guard let reactions = patterns.reactions(for: tokens[i]) else { return nil }
        // "the protest", "the strongly worded rebuke": after a determiner the word is a noun.
        if i > 0 && tokens[i - 1].classes.contains(.determiner) { return nil }
        if isPassive(at: i, tokens) || isAsked(infinitiveAt: i, sentence) { return nil }
        for (words, kind) in reactions {
            // Particles follow at once: "warned over the strikes", "retaliate for the raid".
            guard words.indices.dropFirst().allSatisfy({ tokens[safe: i + $0]?.lower == words[$0] }),
                let object = eventObject(after: i + words.count - 1, sentence)
            else { continue }
            var subjects = inSeries && !lastSubjects.isEmpty
                ? lastSubjects : subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: lastSubjects)
            if Certainty.speechActs.contains(kind), let speaker = coordinatedSpeaker(before: i, sentence) {
                subjects = [speaker]
            }
            let reactors = subjects.map { sentence.mentions[$0].actor }
            guard !reactors.isEmpty,
                let perpetrator = object.agent ?? (object.definite ? soleEvent(object, events)?.perpetrator : nil),
                !reactors.contains(perpetrator)
            else {
                return ReactionResult(claims: [], subjects: subjects, objectEnd: object.end)
            }
            let certainty = Certainty.of(trigger: i, kind: kind, subject: subjects.first, sentence, cues: cues)
            let claims = reactors.map {
                Claim(
                    source: $0, target: perpetrator, kind: kind, certainty: certainty.0,
                    speaker: certainty.1.map { sentence.mentions[$0].actor })
            }
            return ReactionResult(claims: claims, subjects: subjects, objectEnd: object.end)
        }
        return nil
    }

    struct EventObject {
        /// The event noun's kind.
        var kind: RelationKind
        /// Who carried it out, when the phrase says so.
        var agent: String?
        /// Whom it struck, when the phrase says so: "the attack on Ukraine".
        var target: String?
        /// The last word of the event noun.
        var end: Int
        /// "the attack" may mean an event met earlier; "an attack" is only the phrase's own.
        var definite = true
    }

    static let eventDeterminers: WordSet = ["the", "this", "that", "these", "those"]

    static let eventTargetPreps: WordSet = ["on", "against", "in", "into", "of", "at"]

    /// "the attack", "the deadly Russian strikes on Ukraine", "the raid by Israel": a definite
    /// event noun right after `end`, with at most two modifiers before it.
    func eventObject(after end: Int, _ sentence: Sentence) -> EventObject? {
        let tokens = sentence.tokens
        guard let first = tokens[safe: end + 1] else { return nil }
        // "the attack" means one event met earlier; "an attack by Israeli soldiers", "attacks by
        // the RSF" only count when the phrase names who carried them out.
        let definite = Self.eventDeterminers.contains(first.lower)
        // "Jordan Condemns Israeli Strikes": a headline drops the article before "Israeli strikes".
        let bareDemonym = sentence.mentionAt[end + 1].map { sentence.mentions[$0].form == .demonym } == true
            && eventNoun(at: sentence.mentions[sentence.mentionAt[end + 1]!].last + 1, tokens) != nil
        guard definite || ["a", "an"].contains(first.lower) || eventNoun(at: end + 1, tokens) != nil || bareDemonym else { return nil }
        var position = definite || ["a", "an"].contains(first.lower) ? end + 2 : end + 1
        var agent: String?
        var modifiers = 0
        while position < tokens.count && modifiers <= 2 {
            if let m = sentence.mentionAt[position] {
                // "the Russian strike": a demonym names who struck.
                let mention = sentence.mentions[m]
                guard mention.form == .demonym, agent == nil else { return nil }
                agent = mention.actor
                position = mention.last + 1
                modifiers += 1
                continue
            }
            if let (words, kind) = eventNoun(at: position, tokens) {
                let after = position + words.count
                var object = EventObject(kind: kind, agent: agent, end: after - 1, definite: definite)
                if let prep = tokens[safe: after]?.lower, prep == "by" || Self.eventTargetPreps.contains(prep) {
                    let named = mentionAfter(after, sentence)
                    if prep == "by" {
                        guard let named, agent == nil || agent == named else { return nil }
                        object.agent = named
                    } else {
                        object.target = named
                    }
                }
                return object
            }
            let token = tokens[position]
            guard token.isWord, !token.isCapitalized, token.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak])
            else { return nil }
            modifiers += 1
            position += 1
        }
        return nil
    }

    func eventNoun(at position: Int, _ tokens: [Token]) -> (words: [String], kind: RelationKind)? {
        patterns.eventNouns(for: tokens[position])?.first { entry in
            entry.words.indices.allSatisfy { tokens[safe: position + $0]?.lower == entry.words[$0] }
        }
    }

    /// The actor named right after a preposition ("on the Ukrainian capital" names none).
    func mentionAfter(_ prep: Int, _ sentence: Sentence) -> String? {
        var position = prep + 1
        while let token = sentence.tokens[safe: position], ["the", "a", "an"].contains(token.lower) { position += 1 }
        guard let m = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[m].isArgument else { return nil }
        return sentence.mentions[m].actor
    }

    /// The one event that `object` can mean: all fitting events must share their perpetrator,
    /// and when the phrase names a target, the event must have struck it.
    func soleEvent(_ object: EventObject, _ events: [ConflictEvent]) -> ConflictEvent? {
        var found: ConflictEvent?
        for event in events where event.fits(object.kind) {
            if let target = object.target, event.target != target { continue }
            if let found, found.perpetrator != event.perpetrator { return nil }
            found = found ?? event
        }
        return found
    }
}
