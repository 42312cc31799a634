import EntenteGraph

/// A deed done "at Bangui's request", "at the behest of Tehran": the one who asked appealed to
/// the doer, whether the doer is the clause's subject or its "by" agent.
extension ClauseAnalyzer {

    func atRequest(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices.dropLast(2) where tokens[position].lower == "at" {
            guard let (asker, nounAt) = requester(after: position, sentence) else { continue }
            // The doer: a "by" agent just before ("retaken by the Chadian army, at …"), else the
            // clause's subject.
            var doers: [Int] = []
            if let by = (max(0, position - 6)..<position).last(where: { tokens[$0].lower == "by" }),
                let agent = (by + 1..<position).compactMap({ sentence.mentionAt[$0] }).first,
                sentence.mentions[agent].isArgument || sentence.mentions[agent].form == .demonym
            {
                doers = [agent]
            } else {
                // The subject of the clause's verb, not its object ("entered Armenia at …").
                let verb = (0..<position).last {
                    sentence.mentionAt[$0] == nil && !tokens[$0].isCapitalized
                        && (tokens[$0].classes.contains(.verb) || tokens[$0].lower.hasSuffix("ed"))
                }
                doers = subjectsBefore(verb ?? position, sentence, targetsSoFar: [asker], lastSubjects: [])
            }
            let certainty = Certainty.of(trigger: nounAt, kind: .appeal, subject: asker, sentence, cues: cues)
            for d in doers where sentence.mentions[d].actor != sentence.mentions[asker].actor {
                claims.append(claim(asker, d, .appeal, certainty, sentence))
            }
        }
        return claims
    }

    /// "at Bangui's request" or "at the request of Bangui": the one who asked, and the noun.
    private func requester(after at: Int, _ sentence: Sentence) -> (Int, Int)? {
        let tokens = sentence.tokens
        let start = pastDeterminers(at + 1, tokens)
        if let m = sentence.mentionAt[safe: start] ?? nil, sentence.mentions[m].possessive || sentence.mentions[m].form == .demonym {
            let noun = sentence.mentions[m].last + 1 + (tokens[safe: sentence.mentions[m].last + 1]?.isPossessive == true ? 1 : 0)
            guard let token = tokens[safe: noun], cues.contains(.requestNouns, token) else { return nil }
            return (m, noun)
        }
        guard let token = tokens[safe: start], cues.contains(.requestNouns, token), tokens[safe: start + 1]?.lower == "of",
            let m = sentence.mentionAt[safe: pastDeterminers(start + 2, tokens)] ?? nil, sentence.mentions[m].isArgument
        else { return nil }
        return (m, start)
    }
}
