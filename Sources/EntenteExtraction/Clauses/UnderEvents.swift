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
            guard before.isWord, !before.isCapitalized, sentence.mentionAt[position - 1] == nil,
                Self.copulas.contains(before.lower) || cues.contains(.occurrenceVerbs, before) || cues.contains(.sufferingVerbs, before)
            else { continue }
            let ownerAt = pastDeterminers(position + 1, tokens)
            guard let o = sentence.mentionAt[safe: ownerAt] ?? nil, sentence.mentions[o].first == ownerAt else { continue }
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
}
