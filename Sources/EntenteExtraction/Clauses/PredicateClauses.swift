import EntenteGraph

/// Relations stated as predicates and descriptions: security guarantees, "X is Y's ally",
/// "A and B have been foes", memberships and appositive alliances.
extension ClauseAnalyzer {

    static let againstWords: WordSet = ["against", "on", "towards", "toward"]

    /// "any aggression against Belarus would be considered an attack on Russia": the
    /// language of security guarantees makes the second actor the first one's defender.
    func collectiveDefence(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard cues.contains(.aggressionNouns, tokens[i].lower), let protected = aggressionTarget(after: i, sentence) else {
                continue
            }
            let afterProtected = sentence.mentions[protected].last + 1
            var j = afterProtected
            while j < min(tokens.count, afterProtected + 10) {
                if cues.contains(.aggressionNouns, tokens[j].lower), ["an", "a", "as"].contains(tokens[j - 1].lower),
                    let defender = aggressionTarget(after: j, sentence),
                    sentence.mentions[defender].actor != sentence.mentions[protected].actor
                {
                    // The guarantee is a pledge about a hypothetical attack: the pledge itself
                    // is what is stated, so only denial or attribution changes its certainty.
                    var certainty = Certainty.of(trigger: i, kind: .defend, subject: nil, sentence, cues: cues)
                    if certainty.0 != .negated {
                        let frame = Certainty.reportingFrame(around: i, clauseStart: i, sentence, cues: cues)
                        certainty = frame.map { (.reported, $0.1) } ?? (.asserted, nil)
                    }
                    claims.append(Claim(
                        source: sentence.mentions[defender].actor, target: sentence.mentions[protected].actor,
                        kind: .defend, certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor }))
                    break
                }
                j += 1
            }
        }
        return claims
    }

    func aggressionTarget(after i: Int, _ sentence: Sentence) -> Int? {
        guard let prep = sentence.tokens[safe: i + 1], Self.againstWords.contains(prep.lower) else { return nil }
        for position in i + 2..<min(sentence.tokens.count, i + 5) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument ? m : nil }
        }
        return nil
    }

    /// "Egypt is regarded as Burhan's most important ally", "China, Pakistan's closest ally":
    /// an ally noun owned by one actor and said of another.
    func predicateAlliances(_ sentence: Sentence) -> [Claim] {
        var claims: [Claim] = []
        for (position, token) in sentence.tokens.enumerated() where token.classes.contains(.allyNoun) {
            var back = position - 1
            var owner: Int?
            while back >= 0 && position - back <= 5 {
                if let m = sentence.mentionAt[back] {
                    let mention = sentence.mentions[m]
                    // "a key U.S. ally", "a close Russian partner": a name or people-adjective
                    // modifying the noun owns it as much as a possessive does.
                    let modifier = !mention.possessive && mention.form != .pronoun && mention.isArgument
                        && isAdjectiveRun(from: mention.last + 1, to: position, sentence)
                        && opensNounPhrase(before: mention.first, sentence)
                            || mention.form == .demonym && isAdjectiveRun(from: mention.last + 1, to: position, sentence)
                    if mention.possessive && mention.form != .pronoun || modifier { owner = m }
                    break
                }
                if !sentence.tokens[back].isWord { break }
                back -= 1
            }
            // "Turkey is a key ally of Germany".
            if owner == nil, sentence.tokens[safe: position + 1]?.lower == "of",
                let m = sentence.mentionAt[safe: position + 2] ?? nil, sentence.mentions[m].isArgument
            {
                owner = m
            }
            guard let owner else { continue }
            let phraseStart = min(sentence.mentions[owner].first, position)
            guard let subject = subjectsBefore(phraseStart, sentence, targetsSoFar: [], lastSubjects: []).first,
                sentence.mentions[subject].actor != sentence.mentions[owner].actor
            else { continue }
            let kind: RelationKind = ["backer", "backers", "patron", "sponsor"].contains(token.lower) ? .support
                : ["protector", "guarantor"].contains(token.lower) ? .defend : .ally
            let certainty = Certainty.of(trigger: position, kind: kind, subject: subject, sentence, cues: cues)
            claims.append(claim(subject, owner, kind, certainty, sentence))
        }
        return claims
    }

    /// A determiner, perhaps followed by adjectives, right before `position`: "a key [U.S.]".
    func opensNounPhrase(before position: Int, _ sentence: Sentence) -> Bool {
        var back = position - 1
        while back >= 0 && position - back <= 4 {
            let token = sentence.tokens[back]
            if token.classes.contains(.determiner) { return true }
            guard token.isWord, !token.isCapitalized, sentence.mentionAt[back] == nil else { return false }
            back -= 1
        }
        return false
    }

    /// Only lower-case words between two positions: the adjectives of one noun phrase.
    func isAdjectiveRun(from start: Int, to end: Int, _ sentence: Sentence) -> Bool {
        guard start <= end else { return false }
        return (start..<end).allSatisfy {
            let token = sentence.tokens[$0]
            return token.isWord && !token.isCapitalized && sentence.mentionAt[$0] == nil
                && token.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak])
        }
    }

    /// "Kosovo and Serbia have been foes for decades", "Egypt and Sudan remain close partners":
    /// a plural noun after "be" or "remain" relates the joined subjects to each other.
    func predicateReciprocals(_ sentence: Sentence) -> [Claim] {
        var claims: [Claim] = []
        let tokens = sentence.tokens
        for (position, token) in tokens.enumerated() {
            guard token.classes.contains(.predicateNoun), let kind = cues.predicateNouns[token.lower] else { continue }
            // Back over adjectives and adverbs to the verb: "have long been bitter foes".
            var verb = position - 1
            while verb >= 0 && position - verb <= 4 && sentence.mentionAt[verb] == nil && tokens[verb].isWord
                && !Self.predicateVerbs.contains(tokens[verb].lower)
            {
                verb -= 1
            }
            guard verb >= 1, Self.predicateVerbs.contains(tokens[verb].lower) else { continue }
            var start = verb
            while start > 0 && verb - start < 3 && (Self.auxiliaries.contains(tokens[start - 1].lower) || tokens[start - 1].lower.hasSuffix("ly")
                || ["long", "also", "still", "now"].contains(tokens[start - 1].lower))
            {
                start -= 1
            }
            let subjects = subjectsBefore(start, sentence, targetsSoFar: [], lastSubjects: [])
            guard subjects.count >= 2 else { continue }
            let certainty = Certainty.of(trigger: position, kind: kind, subject: subjects.first, sentence, cues: cues)
            for (a, b) in pairs(subjects) {
                let found = claim(a, b, kind, certainty, sentence)
                if found.source != found.target { claims.append(found) }
                if !kind.isSymmetric, found.source != found.target { claims.append(claim(b, a, kind, certainty, sentence)) }
            }
        }
        return claims
    }

    static let predicateVerbs: WordSet = Words.beForms.union(["remain", "remains", "remained", "become", "became", "becoming"])

    /// "The group is a member of the Three Brotherhood Alliance": membership as a predicate.
    func predicateMemberships(_ sentence: Sentence) -> [Claim] {
        var claims: [Claim] = []
        let tokens = sentence.tokens
        for (position, token) in tokens.enumerated() where ["member", "members", "part"].contains(token.lower) {
            guard tokens[safe: position + 1]?.lower == "of",
                let groupPosition = (position + 2..<min(tokens.count, position + 5)).first(where: { sentence.mentionAt[$0] != nil }),
                let group = sentence.mentionAt[groupPosition],
                [.igo, .organization, .armedGroup, .other].contains(sentence.mentions[group].kind),
                let subject = subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: []).first,
                sentence.mentions[subject].actor != sentence.mentions[group].actor
            else { continue }
            let kind: RelationKind = token.lower == "part" ? .partOf : .memberOf
            let certainty = Certainty.of(trigger: position, kind: kind, subject: subject, sentence, cues: cues)
            claims.append(claim(subject, group, kind, certainty, sentence))
        }
        return claims
    }

    /// "X, his close ally," and "X, an ally of Y": alliance stated as an apposition.
    func appositiveAlliances(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for (index, mention) in sentence.mentions.enumerated() {
            var position = mention.last + 1
            guard tokens[safe: position]?.text == "," else { continue }
            position += 1
            // "Russia, a close ally of Mr Maduro's government,": the owner follows "of".
            if let ofPosition = (position..<min(tokens.count, position + 5)).first(where: { tokens[$0].lower == "of" }),
                (position..<ofPosition).contains(where: { cues.allyNouns.contains(tokens[$0].lower) }),
                let ownerPosition = (ofPosition + 1..<min(tokens.count, ofPosition + 4)).first(where: { sentence.mentionAt[$0] != nil }),
                let owner = sentence.mentionAt[ownerPosition], sentence.mentions[owner].actor != mention.actor
            {
                let certainty = Certainty.of(trigger: ofPosition, kind: .ally, subject: index, sentence, cues: cues)
                claims.append(claim(index, owner, .ally, certainty, sentence))
                continue
            }
            guard let ownerIndex = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[ownerIndex].form == .pronoun
                || sentence.mentions[ownerIndex].possessive
            else { continue }
            var look = sentence.mentions[ownerIndex].last + 1
            if sentence.mentions[ownerIndex].possessive { look += 1 }
            var found = false
            while look < min(tokens.count, position + 5) {
                if cues.allyNouns.contains(tokens[look].lower) || tokens[look].lower == "friend" {
                    found = true
                    break
                }
                look += 1
            }
            guard found else { continue }
            // The pronoun cannot point back at the apposition's head.
            let owner = sentence.mentions[ownerIndex].actor
            guard owner != mention.actor else { continue }
            let certainty = Certainty.of(trigger: look, kind: .ally, subject: index, sentence, cues: cues)
            claims.append(Claim(source: mention.actor, target: owner, kind: .ally, certainty: certainty.0,
                                speaker: certainty.1.map { sentence.mentions[$0].actor }))
        }
        return claims
    }

    /// "Hamas ally Hezbollah", "Russia's close ally Belarus", "Iranian ally Syria": a name put
    /// before an ally noun and another name describes the second as the first's ally.
    func prenominalAlliances(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        // "Mali and its allies Burkina Faso and Niger": an owning pronoun names the owner too.
        for (index, mention) in sentence.mentions.enumerated()
        where (mention.form != .pronoun || mention.possessive) && (mention.isArgument || mention.form == .demonym || mention.form == .pronoun) {
            var position = mention.last + 1 + (mention.possessive && tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
            if let word = tokens[safe: position]?.lower, cues.contains(.allyAdjectives, word) { position += 1 }
            guard let noun = tokens[safe: position], cues.allyNouns.contains(noun.lower),
                let other = sentence.mentionAt[safe: position + 1] ?? nil, sentence.mentions[other].first == position + 1,
                sentence.mentions[other].isArgument, sentence.mentions[other].form != .pronoun
            else { continue }
            let certainty = Certainty.of(trigger: position, kind: .ally, subject: other, sentence, cues: cues)
            for ally in group(from: other, sentence) where sentence.mentions[ally].actor != mention.actor {
                claims.append(claim(ally, index, .ally, certainty, sentence))
            }
        }
        return claims
    }


    /// "Assad's forces, with backing from Russia and Iran, retook…", "with the help of allies,
    /// including Russia": those named after "from" or "of" help the clause's subject.
    func helpFrom(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices where tokens[position].lower == "with" && sentence.mentionAt[position] == nil {
            var noun = position + 1
            if let word = tokens[safe: noun]?.lower, ["the", "military", "financial", "logistical", "air"].contains(word) { noun += 1 }
            guard let word = tokens[safe: noun]?.lower, cues.contains(.helpNouns, word),
                let marker = tokens[safe: noun + 1]?.lower, marker == "from" || marker == "of",
                let first = (noun + 2..<min(tokens.count, noun + 7)).first(where: { sentence.mentionAt[$0] != nil }),
                let m = sentence.mentionAt[first], sentence.mentions[m].isArgument
            else { continue }
            // Only the words of one phrase may stand between: "from allies, including Iran".
            guard (noun + 2..<first).allSatisfy({ tokens[$0].isWord || tokens[$0].text == "," }),
                !(noun + 2..<first).contains(where: { tokens[$0].classes.contains(.verb) && tokens[$0].lower != "including" })
            else { continue }
            // "Mozambique, with the help of Rwanda, retook…"; "With help from Rwanda, Mozambique…".
            var helped = subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: [])
            // "condemned the M23 offensives with the support of Rwanda", "attacks carried out with
            // the help of Iran": the help went to the doer of the deed just named, if it is named.
            if let deed = (max(0, position - 4)..<position).last(where: {
                sentence.mentionAt[$0] == nil && (nominal(at: $0, tokens) != nil || eventNoun(at: $0, tokens) != nil)
            }) {
                helped = (max(0, deed - 2)..<deed).compactMap { sentence.mentionAt[$0] }
                    .filter { sentence.mentions[$0].isArgument || sentence.mentions[$0].form == .demonym }
            }
            if helped.isEmpty, let main = subjectAfterOpeningPhrase(from: sentence.mentions[m].last, sentence) {
                helped = group(from: main, sentence)
            }
            let helpers = group(from: m, sentence).filter { !helped.contains($0) }
            for h in helpers {
                let certainty = Certainty.of(trigger: noun, kind: .support, subject: h, sentence, cues: cues)
                for t in helped {
                    let found = claim(h, t, .support, certainty, sentence)
                    if found.source != found.target && !claims.contains(found) { claims.append(found) }
                }
            }
        }
        return claims
    }


    /// "Relations between Rwanda and Burundi have deteriorated", "ties between A and B soured":
    /// the two quarrel; "relations between A and B are warm": they are friends.
    func souredRelations(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices.dropLast(2)
        where cues.contains(.relationNouns, tokens[position]) && tokens[position + 1].lower == "between" {
            guard let first = (position + 2..<min(tokens.count, position + 5)).first(where: { sentence.mentionAt[$0] != nil }),
                let m = sentence.mentionAt[first]
            else { continue }
            let sides = betweenSides(from: m, sentence)
            guard sides.count == 2, let last = sides.last else { continue }
            let verb = pastAuxiliaries(sentence.mentions[last].last + 1, limit: 4, tokens)
            // "…have always been warm": relations that are said to be good are friendly ones.
            let kind: RelationKind
            if verb < tokens.count, cues.contains(.souringVerbs, tokens[verb]) {
                kind = .criticize
            } else if verb < tokens.count, verb > sentence.mentions[last].last + 1, cues.contains(.warmWords, tokens[verb]) {
                kind = .support
            } else {
                continue
            }
            let certainty = Certainty.of(trigger: verb, kind: kind, subject: nil, sentence, cues: cues)
            claims += bothWays(sides[0], sides[1], kind, certainty, sentence).filter { $0.source != $0.target }
        }
        return claims
    }
}
