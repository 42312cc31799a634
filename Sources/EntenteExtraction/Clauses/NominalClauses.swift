import EntenteGraph

/// Noun triggers: "Russia's invasion of Ukraine", "talks between A and B", nouns after light
/// verbs and frames, and the certainty their own verbs give them.
extension ClauseAnalyzer {
    func nominalClaims(at i: Int, _ sentence: Sentence) -> [Claim]? {
        let tokens = sentence.tokens
        guard tokens[i].classes.contains(.nominal), let candidates = patterns.nominals(for: tokens[i]) else { return nil }
        // "called on Rwanda to seek a deal with …": what one is asked to do is the asker's
        // appeal, not an event; what one is asked to stop ("to end its support for the M23")
        // is what the one asked is doing.
        let askedPhrase = i > 0 && tokens[i - 1].lower != "to" ? askedInfinitive(at: i, sentence) : nil
        if let askedPhrase, !askedPhrase.ending { return [] }
        var opponentFallback: [Claim]?
        for (pattern, words) in candidates {
            guard i + words.count <= tokens.count,
                words.indices.allSatisfy({ tokens[i + $0].lower == words[$0] })
            else { continue }
            let end = i + words.count - 1
            var position = end + 1
            // "with backing from Russia": the helpers follow, and `helpFrom` reads the phrase.
            if pattern.kind.polarity == .cooperation, !pattern.preps.contains("from"), tokens[safe: end + 1]?.lower == "from",
                i > 0, ["with", "the"].contains(tokens[i - 1].lower) || tokens[safe: i - 2]?.lower == "with"
            {
                continue
            }
            // "fighting between the army and the RSF", "a deal was reached between Armenia and
            // Azerbaijan": the two sides relate to each other.
            if let between = betweenAfter(end, sentence), pattern.kind.isSymmetric || pattern.kind == .fight || pattern.reciprocal {
                if let first = (between + 1..<min(tokens.count, between + 4)).first(where: { sentence.mentionAt[$0] != nil }) {
                    let sides = betweenSides(from: sentence.mentionAt[first]!, sentence)
                    if sides.count >= 2 {
                        var certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: nil, sentence, cues: cues)
                        // "Talks between Serbia and Kosovo will not resume": the phrase is the
                        // subject, and its verb's negation or modal follows it.
                        if certainty.0 != .negated, let after = certaintyAfter(sentence.mentions[sides[1]], sentence) {
                            certainty = (after, nil)
                        }
                        // "Officials said talks between … had resumed": the phrase has no subject
                        // before it, so the reporting verb before it frames it.
                        if certainty.0 == .asserted,
                            let frame = Certainty.reportingFrame(around: i, clauseStart: i, sentence, cues: cues)
                        {
                            certainty = (.reported, frame.1)
                        }
                        let found = mutualClaims(sides[0], sides[1], pattern, certainty, sentence)
                        if !found.isEmpty { return found.map { $0.coded(pattern.code, under: pattern.kind) } }
                    }
                }
            }
            // "the Ethiopia-Somaliland deal", "the Russia-Ukraine war": the pair named before the
            // noun are its two sides.
            if let owner = (max(0, i - 3)..<i).reversed().lazy.compactMap({ sentence.mentionAt[$0] }).first,
                (sentence.mentions[owner].last + 1..<i).allSatisfy({ sentence.tokens[$0].isWord && !sentence.tokens[$0].isCapitalized }),
                sentence.mentions[owner].pair == .second,
                owner > 0, sentence.mentions[owner - 1].pair == .first, sentence.mentions[owner - 1].first == sentence.mentions[owner].first,
                !sentence.mentions[owner].isArgument
            {
                var certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: nil, sentence, cues: cues)
                if certainty.0 != .negated, let after = certaintyAfter(sentence.mentions[owner], sentence) { certainty = (after, nil) }
                let found = mutualClaims(owner - 1, owner, pattern, certainty, sentence)
                if !found.isEmpty { return found.map { $0.coded(pattern.code, under: pattern.kind) } }
            }
            var agents: [Int] = []
            // "Kabore's detention by the junta": the possessor suffered the deed.
            var sufferer: Int?
            if let asked = askedPhrase?.asked {
                agents = [asked]
            } else if let owner = nominalAgent(before: i, sentence), sentence.mentions[owner].possessive,
                ownsDeedDoneToIt(sentence.mentions[owner], sentence)
            {
                sufferer = owner
                agents = lightVerbSubjects(before: i, sentence)
            } else if let owner = nominalAgent(before: i, sentence) {
                // "A and B welcomed their resumption of ties": "their" is all the subjects; "X is
                // drawn in by its resumption of ties": "its" is the clause's subject.
                var subjects: [Int] = []
                if sentence.mentions[owner].form == .pronoun {
                    subjects = lightVerbSubjects(before: i, sentence)
                    if subjects.isEmpty {
                        subjects = subjectsBefore(sentence.mentions[owner].first, sentence, targetsSoFar: [], lastSubjects: [])
                            .filter { sentence.mentions[$0].kind == sentence.mentions[owner].kind || sentence.mentions[owner].kind == .other }
                    }
                }
                agents = subjects.isEmpty ? [owner] : subjects
            } else {
                agents = lightVerbSubjects(before: i, sentence)
            }
            // "attacks by the RSF on army positions": the doer follows the noun.
            if agents.isEmpty, pattern.kind.polarity == .conflict, tokens[safe: end + 1]?.lower == "by",
                let doer = doer(ofAttackNoun: end, sentence)
            {
                agents = [doer]
                position = sentence.mentions[doer].last + 1
                // "an attack by Osgiliath soldiers in Ithilen": after the doer, "in" gives a place.
                if ["in", "inside"].contains(tokens[safe: position]?.lower ?? "") { position = tokens.count }
            }
            if agents.isEmpty, let after = agentsAfterNoun(end, sentence) {
                agents = after.agents
                position = after.next
                if ["in", "inside"].contains(tokens[safe: position]?.lower ?? "") { position = tokens.count }
            }
            if agents.isEmpty, let other = frameSubject(before: i, sentence) ?? circumstanceSubject(before: i, sentence) {
                agents = [other]
            }
            if agents.isEmpty { agents = respondingSubjects(before: i, sentence) }
            // Without an agent yet, the target is still read: "the expulsion of diplomats by
            // Poland" names the agent after it.
            let agentAfterTarget = agents.isEmpty
            var target: Int?
            // "the sale of helicopters to Pakistan": what is sold comes before the target.
            if tokens[safe: position]?.lower == "of", !pattern.preps.contains("of"),
                let next = (position + 1..<min(tokens.count, position + 5)).first(where: { pattern.preps.contains(tokens[$0].lower) }),
                (position + 1..<next).allSatisfy({ tokens[$0].isWord && sentence.mentionAt[$0] == nil && !tokens[$0].classes.contains(.verb) })
            {
                position = next
            }
            if position < tokens.count, pattern.preps.contains(tokens[position].lower) {
                let phraseEnd = max(end + 5, position + 4)
                position += 1
                while position < min(tokens.count, phraseEnd) {
                    if let m = sentence.mentionAt[position] {
                        // "strikes on the Lebanese side of the border": a people-adjective names a
                        // target only on what is struck ("strikes on Iranian positions").
                        let mention = sentence.mentions[m]
                        if !mention.isArgument, !(mention.form == .demonym && modifiesSite(mention, sentence)) {
                            position = mention.last + 1
                            continue
                        }
                        // "a strike in Yemen against the Houthis": the one struck outranks the place.
                        let place = ["in", "inside"].contains(tokens[position - 1].lower)
                        target = place ? opposedAfter(sentence.mentions[m], sentence) ?? m : m
                        if place, target == m, aimsAtArmedMen(after: sentence.mentions[m], sentence) { target = nil }
                        break
                    }
                    // "a news conference with Mohamud in Cairo": a second preposition is a place.
                    if tokens[position].classes.contains(.preposition) || tokens[position].classes.contains(.clauseBreak) { break }
                    position += 1
                }
            }
            if target == nil, let sufferer { target = sufferer }
            if agentAfterTarget, let target { agents = agentsAfterTarget(sentence.mentions[target], sentence) }
            guard let agent = agents.first else { continue }
            // "Under Qatari mediation, Rwanda and Congo signed a deal": the mediator stands
            // between the parties of the clause the phrase opens.
            if target == nil, pattern.kind == .mediate, let parties = partiesAfterOpening(noun: i, end: end, sentence) {
                let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: agent, sentence, cues: cues)
                let found = parties.map { self.claim(agent, $0, pattern.kind, certainty, sentence).coded(pattern.code, under: pattern.kind) }
                    .filter { $0.source != $0.target }
                if !found.isEmpty { return found }
            }
            if target == nil, pattern.kind == .mediate {
                // "under the guidance of Fidan", "under EU mediation": between the pair just related.
                return agents.map {
                    towardParties($0, .mediate, Certainty.of(trigger: i, kind: pattern.kind, subject: $0, sentence, cues: cues), sentence)
                }
            }
            guard let target else {
                // "Israel's offensive has killed thousands": force on no one named is on the doer's
                // latest opponent, unless another reading of the noun names a target.
                if opponentFallback == nil, Claim.opponentKinds.contains(pattern.kind), !pattern.reciprocal, betweenAfter(end, sentence) == nil {
                    opponentFallback = agents.map {
                        let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: $0, sentence, cues: cues)
                        return Claim(
                            source: sentence.mentions[$0].actor, target: Claim.opponentToFind, kind: pattern.kind,
                            certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor })
                            .coded(pattern.code, under: pattern.kind)
                    }
                }
                continue
            }
            var found: [Claim] = []
            for source in agents {
                let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: source, sentence, cues: cues)
                if pattern.reciprocal {
                    found += mutualClaims(source, target, pattern, certainty, sentence)
                } else {
                    let claim = claim(source, target, pattern.kind, certainty, sentence)
                    if claim.source != claim.target { found.append(claim) }
                }
            }
            if found.isEmpty { continue }
            return found.map { $0.coded(pattern.code, under: pattern.kind) }
        }
        return opponentFallback
    }

    /// "talks held in Ankara under the auspices of Turkey", "under the guidance of Fidan": the one
    /// named after "of" mediates between the parties the sentence or paragraph relates.
    func auspicesMediations(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        for position in tokens.indices where tokens[position].lower == "under" {
            var next = position + 1
            if tokens[safe: next]?.lower == "the" { next += 1 }
            guard let noun = tokens[safe: next], cues.contains(.auspicesNouns, noun.lower), tokens[safe: next + 1]?.lower == "of" else {
                continue
            }
            var start = next + 2
            if tokens[safe: start]?.lower == "the" { start += 1 }
            guard let m = sentence.mentionAt[safe: start] ?? nil, sentence.mentions[m].isArgument else { continue }
            claims.append(towardParties(m, .mediate, Certainty.of(trigger: position, kind: .mediate, subject: m, sentence, cues: cues), sentence))
        }
        // "met in Moscow with Russia's mediation", "through Qatari mediation": the owner mediates.
        for position in tokens.indices where ["with", "through", "via"].contains(tokens[position].lower) {
            guard let m = sentence.mentionAt[safe: position + 1] ?? nil, sentence.mentions[m].first == position + 1,
                sentence.mentions[m].possessive || sentence.mentions[m].form == .demonym
            else { continue }
            let after = sentence.mentions[m].last + 1 + (tokens[safe: sentence.mentions[m].last + 1]?.isPossessive == true ? 1 : 0)
            guard let noun = tokens[safe: after], cues.contains(.auspicesNouns, noun.lower) else { continue }
            claims.append(towardParties(m, .mediate, Certainty.of(trigger: after, kind: .mediate, subject: m, sentence, cues: cues), sentence))
        }
        return claims
    }


    /// The "between" that follows an event noun at once, or after the passive verb the noun is
    /// the subject of ("a truce was brokered between …", "talks have been held between …").
    func betweenAfter(_ end: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        if tokens[safe: end + 1]?.lower == "between" { return end + 1 }
        // "clashes broke out between …", "fighting raged on between …": the noun's own verb of
        // happening stands between it and its parties.
        guard let first = tokens[safe: end + 1], Self.auxiliaries.contains(first.lower) || Self.passiveAuxiliaries.contains(first.lower)
            || cues.contains(.occurrenceVerbs, first)
        else { return nil }
        for position in end + 2..<min(tokens.count, end + 6) {
            let token = tokens[position]
            if token.lower == "between" { return position }
            guard token.isWord, !token.isCapitalized, sentence.mentionAt[position] == nil else { return nil }
        }
        return nil
    }

    /// "between Serbia and Kosovo": the list after "between". Its last name may be followed by
    /// the sentence's own verb ("… and Kosovo have resumed"), which does not end the pair.
    func betweenSides(from m: Int, _ sentence: Sentence) -> [Int] {
        let sides = group(from: m, sentence)
        guard sides.count == 1 else { return sides }
        var position = sentence.mentions[m].last + 1
        // "between the army, led by Gen. Burhan, who heads the council, and the RSF": a
        // description set off after the first side ends at ", and".
        if sentence.tokens[safe: position]?.text == ",",
            let and = (position + 1..<min(sentence.tokens.count, position + 25)).first(where: {
                sentence.tokens[$0].lower == "and" && sentence.tokens[$0 - 1].text == ","
            }),
            // "the Houthis, known as Ansarullah, and …": "as" names the side again.
            !(position + 1..<and).contains(where: {
                sentence.tokens[$0].classes.contains(.clauseBreak) && !["who", "as"].contains(sentence.tokens[$0].lower)
            })
        {
            position = and
        }
        guard sentence.tokens[safe: position]?.lower == "and" else { return sides }
        position += 1
        if sentence.tokens[safe: position]?.lower == "the" { position += 1 }
        // "between Shoigu and his Pakistani counterpart Khawaja Asif": the name ends the phrase.
        let limit = min(sentence.tokens.count, position + 5)
        while position < limit {
            if let n = sentence.mentionAt[position] {
                let mention = sentence.mentions[n]
                if mention.isArgument && mention.first == position && !mention.possessive { return [m, n] }
                if mention.form != .pronoun && mention.form != .demonym { return sides }
                position = mention.last + 1
                continue
            }
            let token = sentence.tokens[position]
            guard token.isWord, !token.isCapitalized, token.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak]) else { return sides }
            position += 1
        }
        return sides
    }

    /// Both sides of a mutual relation: one claim for a symmetric kind, one each way otherwise
    /// ("a dispute between Egypt and Ethiopia" is each one's quarrel with the other).
    func mutualClaims(
        _ a: Int, _ b: Int, _ pattern: NominalPattern, _ certainty: (Certainty, Int?), _ sentence: Sentence
    ) -> [Claim] {
        let both = bothWays(a, b, pattern.kind, certainty, sentence)
        guard both[0].source != both[0].target else { return [] }
        return pattern.reciprocal ? both : [both[0]]
    }

    /// Negation or a modal in the few words after a noun phrase that is its clause's subject:
    /// "… will not resume", "… could collapse", "… never took place". They speak of the event
    /// only before a verb of occurrence: in "the war between A and B could draw in C" the modal
    /// is about drawing in C, and the war is stated as fact.
    func certaintyAfter(_ last: Mention, _ sentence: Sentence) -> Certainty? {
        let tokens = sentence.tokens
        var position = last.last + 1
        let limit = min(tokens.count, position + 4)
        var found: Certainty?
        while position < limit {
            let token = tokens[position]
            if token.classes.contains(.clauseBreak) || token.text == "," || sentence.mentionAt[position] != nil { break }
            // Denial wins over a modal: "… will not resume".
            if cues.negation.match(tokens, at: position) != nil {
                found = .negated
            } else if cues.modality.match(tokens, at: position) != nil {
                if found == nil { found = .hypothetical }
            } else if !Self.auxiliaries.contains(token.lower) && !Self.passiveAuxiliaries.contains(token.lower)
                && !Self.isAdverb(token.lower)
            {
                // The first other word is the verb: "talks … resumed, not in Geneva but…".
                return cues.contains(.occurrenceVerbs, token) ? found : nil
            }
            position += 1
        }
        return found
    }

    /// "Egypt is at odds with Ethiopia", "Kyiv remains in talks with Washington": a noun after
    /// "at" or "in" that follows a form of "be" or "remain" describes the clause's subject.
    func frameSubject(before i: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var position = i - 1
        // "in open conflict", "at a standoff": up to two words before the noun.
        while position >= 0 && i - position <= 3 && sentence.mentionAt[position] == nil && tokens[position].isWord
            && !Self.frameMarkers.contains(tokens[position].lower)
        {
            position -= 1
        }
        guard position > 0, sentence.mentionAt[position] == nil, Self.frameMarkers.contains(tokens[position].lower) else { return nil }
        if Self.frameVerbs.contains(tokens[position - 1].lower) {
            return subjectsBefore(position - 1, sentence, targetsSoFar: [], lastSubjects: []).first
        }
        // "Moscow is open to cooperation with Tokyo", "Kyiv is ready for talks with Moscow".
        guard position > 1, cues.contains(.readinessAdjectives, tokens[position - 1].lower),
            Self.frameVerbs.contains(tokens[position - 2].lower)
        else { return nil }
        return subjectsBefore(position - 2, sentence, targetsSoFar: [], lastSubjects: []).first
    }

    static let frameMarkers: WordSet = ["at", "in", "to", "for"]


    static let frameVerbs: WordSet = Words.beForms.union(["remain", "remains", "remained", "remaining"])

    /// "Washington approved an arms sale to Taipei": the noun is the object of a light verb,
    /// so the verb's subjects own the action ("Chad, Niger and Nigeria launched their offensive").
    func lightVerbSubjects(before i: Int, _ sentence: Sentence) -> [Int] {
        for position in stride(from: i - 1, through: max(0, i - 6), by: -1) {
            // "launched their offensive": the owning pronoun is the subject again.
            if let m = sentence.mentionAt[position], !(sentence.mentions[m].form == .pronoun && sentence.mentions[m].possessive) {
                return []
            }
            if cues.lightVerbs.contains(sentence.tokens[position].lower) {
                if isAsked(infinitiveAt: position, sentence) { return [] }
                // "has to react to any hostility", "has condemned the strikes": "have" is a light
                // verb only when the noun is its own object.
                if Self.haveForms.contains(sentence.tokens[position].lower),
                    (position + 1..<i).contains(where: { sentence.tokens[$0].lower == "to" || sentence.tokens[$0].classes.contains(.verb) })
                {
                    return []
                }
                return subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: [])
            }
        }
        return []
    }

    static let haveForms: WordSet = ["have", "has", "had", "having", "enjoy", "enjoys", "enjoyed", "enjoying"]

    /// "Sisi spoke in a news conference with Mohamud", "lost soldiers in clashes with the M23":
    /// an event noun in the clause's circumstances is its subject's.
    func circumstanceSubject(before i: Int, _ sentence: Sentence) -> Int? {
        var position = i - 1
        while position >= 0 && i - position <= 3 && sentence.mentionAt[position] == nil
            && !["in", "at"].contains(sentence.tokens[position].lower)
        {
            guard sentence.tokens[position].isWord, !sentence.tokens[position].isCapitalized else { return nil }
            position -= 1
        }
        // Only taking part: "during talks with" or "after clashes with" only date the clause.
        guard position > 0, ["in", "at"].contains(sentence.tokens[position].lower) else { return nil }
        return subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: []).first
    }

    /// "Russia's invasion", "Israeli strikes", "its offensive": the mention just before the
    /// noun (one adjective may intervene) owns the action.
    func nominalAgent(before i: Int, _ sentence: Sentence) -> Int? {
        var position = i - 1
        var skipped = 0
        while position >= 0 && skipped <= 2 {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                if mention.possessive || mention.form == .demonym || mention.form == .name && mention.last == i - 1
                    || mention.form == .pronoun
                {
                    return m
                }
                return nil
            }
            let word = sentence.tokens[position].lower
            // "the EU's latest package of sanctions": the owner of the package owns its events.
            if word == "of", position > 0, cues.contains(.measureNouns, sentence.tokens[position - 1]) {
                position -= 2
                continue
            }
            if !sentence.tokens[position].isWord || Words.determiners.contains(word) && word != "'s" { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }
}
