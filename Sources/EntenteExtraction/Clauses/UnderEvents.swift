import EntenteGraph

/// A subject that is "under" someone's deed suffers it: "Dodik has been under US sanctions
/// since 2017", "the port remained under Russian blockade", "towns that came under Israeli
/// attack", "was put on the US sanctions list". The owner of the event noun is the doer, the
/// clause's subject the one done to.
extension ClauseAnalyzer {

    func underEvents(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices.dropFirst() where ["under", "on", "to"].contains(tokens[position].lower) {
            let onList = tokens[position].lower != "under"
            // Only as a predicate ("has been under", "came under", "remains under"): "the city
            // under Russian control" is a place described, handled where places are.
            let before = tokens[position - 1]
            // "are now subject to travel bans": "subject to" is "under".
            let subjectTo = tokens[position].lower == "to" && before.lower == "subject"
            guard before.isWord, !before.isCapitalized, sentence.mentionAt[position - 1] == nil,
                Self.copulas.contains(before.lower) || cues.contains(.occurrenceVerbs, before) || cues.contains(.sufferingVerbs, before)
                    || subjectTo
            else { continue }
            let ownerAt = pastDeterminers(position + 1, tokens)
            guard let o = sentence.mentionAt[safe: ownerAt] ?? nil, sentence.mentions[o].first == ownerAt else {
                if !onList || subjectTo { claims += ownerlessMeasure(at: position, after: ownerAt, sentence) }
                continue
            }
            let owner = sentence.mentions[o]
            guard owner.form == .demonym || owner.possessive || owner.isArgument else { continue }
            var nounAt = owner.last + 1 + (tokens[safe: owner.last + 1]?.isPossessive == true ? 1 : 0)
            // "under fresh US sanctions", "under heavy Russian fire": one adjective may follow.
            if !onList, sentence.mentionAt[safe: nounAt] ?? nil == nil, let token = tokens[safe: nounAt], token.isWord,
                nominal(at: nounAt, tokens) == nil, eventNoun(at: nounAt, tokens) == nil
            {
                nounAt += 1
            }
            let kind: RelationKind
            if onList {
                // "was put on the US sanctions list", "added to Britain's blacklist".
                guard let listAt = (nounAt..<min(tokens.count, nounAt + 2)).first(where: { cues.contains(.listNouns, tokens[$0]) }),
                    (nounAt..<listAt).allSatisfy({ nominal(at: $0, tokens)?.kind == .sanction }),
                    listAt > nounAt || tokens[listAt].lower.hasPrefix("black")
                else { continue }
                kind = .sanction
            } else {
                guard nounAt < tokens.count, sentence.mentionAt[nounAt] == nil,
                    let found = nominal(at: nounAt, tokens)?.kind ?? eventNoun(at: nounAt, tokens)?.kind, found.polarity == .conflict
                else { continue }
                kind = found
            }
            let subjects = subjectsBefore(position, sentence, targetsSoFar: [o], lastSubjects: [])
            let certainty = Certainty.of(trigger: position, kind: kind, subject: subjects.first, sentence, cues: cues)
            for s in subjects where sentence.mentions[s].actor != owner.actor {
                claims.append(claim(o, s, kind, certainty, sentence))
            }
        }
        return claims
    }

    /// "Ruiz is now subject to travel bans, according to the Foreign Office", "he remains under
    /// house arrest": a measure without its owner is the speaker's, or else the one the article
    /// has just seen take it (`Claim.doerToFind`).
    private func ownerlessMeasure(at position: Int, after start: Int, _ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        guard let nounAt = (start..<min(tokens.count, start + 3)).first(where: { nominal(at: $0, tokens) != nil || eventNoun(at: $0, tokens) != nil }),
            (start..<nounAt).allSatisfy({ tokens[$0].isWord && sentence.mentionAt[$0] == nil }),
            let kind = nominal(at: nounAt, tokens)?.kind ?? eventNoun(at: nounAt, tokens)?.kind, kind.polarity == .conflict
        else { return [] }
        // "came under sustained attack from pro-government crowds": the doer follows.
        let from = (nounAt + 1..<min(tokens.count, nounAt + 3)).first { ["from", "by"].contains(tokens[$0].lower) }
        let doer = from.flatMap { at in sentence.mentionAt[safe: pastDeterminers(at + 1, tokens)] ?? nil }
            .flatMap { sentence.mentions[$0].isArgument || sentence.mentions[$0].form == .demonym ? $0 : nil }
        guard doer != nil || Claim.doerKinds.contains(kind) else { return [] }
        // The names right before the verb ("X and Y are now subject to …"), not a name further
        // back inside a description ("the premier of the so-called republic, X, …").
        guard let last = predicateSubject(before: position - 1, sentence) else { return [] }
        // Names joined by "and" only: a comma before may close a description ("the premier of
        // the so-called republic, X, …").
        var subjects = [last]
        while let head = subjects.first, sentence.mentions[head].first >= 2, sentence.tokens[sentence.mentions[head].first - 1].lower == "and",
            let before = sentence.mentionAt[sentence.mentions[head].first - 2], sentence.mentions[before].isArgument
        {
            subjects.insert(before, at: 0)
        }
        guard let first = subjects.first else { return [] }
        let certainty = Certainty.of(trigger: position, kind: kind, subject: first, sentence, cues: cues)
        let speaker = Certainty.reportingFrame(around: position, clauseStart: sentence.mentions[first].first, sentence, cues: cues)?.1
        return subjects.compactMap { s in
            let source = doer.map { sentence.mentions[$0].actor } ?? speaker.map { sentence.mentions[$0].actor } ?? Claim.doerToFind
            guard source != sentence.mentions[s].actor else { return nil }
            return Claim(source: source, target: sentence.mentions[s].actor, kind: kind, certainty: certainty.0 == .reported ? .asserted : certainty.0)
        }
    }
}
