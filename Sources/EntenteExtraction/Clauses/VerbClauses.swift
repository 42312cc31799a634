import EntenteGraph

/// Verb triggers: the pattern that matches, voice (active, passive, reduced and fronted
/// participles), and the readings that change a claim (borders, relatives, requests).
extension ClauseAnalyzer {
    struct VerbResult {
        var claims: [Claim]
        var subjects: [Int]
        var targets: Set<Int>
        /// The last token of the verb's own object phrase ("lifted sanctions"), which is not
        /// read again as a noun of its own.
        var phraseEnd: Int
    }

    static let seriesGlue: WordSet = [",", "and", "or", "also", "then"]

    func verbClaims(
        at i: Int, _ sentence: Sentence, targetsSoFar: Set<Int>, lastSubjects: [Int], inSeries: Bool,
        untargeted: inout [ConflictEvent]
    ) -> VerbResult? {
        let tokens = sentence.tokens
        guard tokens[i].classes.contains(.verb), let candidates = patterns.verbs(for: tokens[i]) else { return nil }
        // After a determiner, a possessive or a demonym the word is a noun ("the attack",
        // "Russia's attack", "an Israeli strike", "a US strike").
        // "that attack" is a noun, but "that attacked" a verb in a relative clause.
        let relativeVerb = i > 0 && tokens[i - 1].lower == "that"
            && (tokens[i].lower.hasSuffix("ed") || patterns.irregularParticiples.contains(tokens[i].lower))
        if i > 0 && tokens[i - 1].classes.contains(.determiner) && !relativeVerb { return nil }
        // "new sanctions", "fresh strikes", "retaliatory attacks": after such an adjective the
        // word is a noun.
        if i > 0 && cues.contains(.nounAdjectives, tokens[i - 1].lower) { return nil }
        // "continued its attacks on Ukraine": after a possessive pronoun the word is a noun.
        if i > 0 && Self.possessivePronouns.contains(tokens[i - 1].lower) { return nil }
        if i > 0, let m = sentence.mentionAt[i - 1], sentence.mentions[m].form == .demonym { return nil }
        if i > 1 && ["a", "an"].contains(tokens[i - 2].lower) && sentence.mentionAt[i - 1] != nil { return nil }
        // "four men accused of fraud", "officials charged with spying": a participle right after
        // a common noun describes it.
        if i > 0, tokens[i].lower.hasSuffix("ed"), ["of", "with"].contains(tokens[safe: i + 1]?.lower ?? ""),
            sentence.mentionAt[i - 1] == nil, tokens[i - 1].isWord, !tokens[i - 1].isCapitalized,
            !Self.auxiliaries.contains(tokens[i - 1].lower), !Self.passiveAuxiliaries.contains(tokens[i - 1].lower),
            !Self.isAdverb(tokens[i - 1].lower), !Words.determiners.contains(tokens[i - 1].lower),
            !["and", "or", "but", "who", "that", "which", "not", "then"].contains(tokens[i - 1].lower)
        {
            return nil
        }
        // "drone strikes", "with mortar bombs": a plural right after a weapon noun, or after
        // "with" and one common word, heads a noun phrase.
        if i > 0, tokens[i].lower.hasSuffix("s"), sentence.mentionAt[i - 1] == nil, !tokens[i - 1].isCapitalized,
            cues.contains(.weaponNouns, tokens[i - 1]) || (i > 1 && tokens[i - 2].lower == "with" && tokens[i - 1].isWord)
        {
            return nil
        }
        // "during talks with Turkey", "after strikes on Kyiv": right after a preposition only a
        // gerund is a verb.
        if i > 0, tokens[i - 1].classes.contains(.preposition), tokens[i - 1].lower != "to", !tokens[i].lower.hasSuffix("ing") {
            return nil
        }
        // "with backing from Russia", "with the help of": after "with" a gerund before "from" is a noun.
        if i > 0, tokens[i - 1].lower == "with", ["from", "of"].contains(tokens[safe: i + 1]?.lower ?? "") { return nil }
        // "the ousted president", "release deposed leader X": before a title the participle
        // is an adjective.
        if cues.contains(.pastOffice, tokens[i]), cues.title(tokens, at: i + 1) != nil { return nil }
        // "armed group", "armed forces": here the participle is an adjective.
        if tokens[i].lower == "armed", let next = tokens[safe: i + 1],
            !next.classes.isDisjoint(with: [.organ, .groupNoun]) || cues.contains(.armedNouns, next.lower)
        {
            return nil
        }
        // "called on the AU to condemn Ethiopia", "wants Baku to strike": what one actor asks of
        // another is the asker's appeal, never an event between the one asked and a third.
        let askedPhrase = askedInfinitive(at: i, sentence)
        // "called on Rwanda to stop supporting the M23": the one asked to stop is doing it.
        let presupposed = askedPhrase?.asked
        let asked = askedPhrase != nil && presupposed == nil
        var opponentFallback: VerbResult?
        var consumedObject: VerbResult?
        for pattern in candidates {
            guard var end = particlesEnd(pattern.words, after: i, tokens) else { continue }
            // "pushed back Russian troops": the particle is not read again as a verb of its own.
            let particleEnd = end
            if !pattern.objects.isEmpty {
                let objects = patterns.objectSets[pattern.index]
                if let objectEnd = objectEnd(objects, after: end, tokens) {
                    // "opposes the G7's interference in …": an object that ends in a preposition
                    // is about whoever follows, and someone owning it is its doer, not that one.
                    if tokens[objectEnd].classes.contains(.preposition),
                        (end + 1..<objectEnd).contains(where: {
                            sentence.mentionAt[$0].map { sentence.mentions[$0].possessive && sentence.mentions[$0].form != .pronoun } ?? false
                        })
                    {
                        continue
                    }
                    end = objectEnd
                    // "violated the ceasefire and shelled …": an object event of the other polarity is
                    // the verb's even when the verb relates no one, and is not read again as an
                    // event noun ("announced sanctions targeting …" still is).
                    if consumedObject == nil, (particleEnd + 1...end).contains(where: {
                        nominal(at: $0, tokens).map { $0.kind.polarity != pattern.kind.polarity } ?? false
                    }) {
                        consumedObject = VerbResult(claims: [], subjects: [], targets: [], phraseEnd: end)
                    }
                    // "strengthen ties between Moscow and Islamabad": the object's own parties.
                    if !pattern.preps.contains("between"), tokens[safe: end + 1]?.lower == "between",
                        let first = sentence.mentionAt[safe: end + 2] ?? nil
                    {
                        let sides = betweenSides(from: first, sentence)
                        if sides.count >= 2, !asked {
                            let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: nil, sentence, cues: cues)
                            var claims = bothWays(sides[0], sides[1], pattern.kind, certainty, sentence).filter { $0.source != $0.target }
                            if let code = pattern.code { claims = claims.map { $0.coded(code, under: pattern.kind) } }
                            if !claims.isEmpty { return VerbResult(claims: claims, subjects: [], targets: [], phraseEnd: end) }
                        }
                    }
                } else if !hasRelativeObject(objects, before: i, tokens) {
                    continue
                }
            }
            // Its object phrase ("impose sanctions") is not read again as an event of its own.
            if asked { return VerbResult(claims: [], subjects: [], targets: [], phraseEnd: pattern.objects.isEmpty ? i : end) }
            let passive = isPassive(at: i, tokens)
            // "Hamas, funded by Qatar, …": a participle set off after a name describes it.
            let setOff = isSetOffParticiple(at: i, end: end, tokens)
            let described = setOff ? appositiveParticipleHead(at: i, sentence) : nil
            var subjects: [Int]
            var targets: [Int]
            // Targets read off a following "if"/"after" clause are that clause's subjects too.
            var conditionTargets = false
            // "a truce, mediated by Russia, was agreed": a mediator set off after the deal.
            if passive || described != nil || isReducedPassive(at: i, kind: pattern.kind, sentence) || setOff && pattern.kind == .mediate,
                let agent = agentAfterBy(from: end + 1, kind: pattern.kind, sentence)
                    ?? (pattern.kind.polarity == .conflict && passive ? attackDoer(after: end + 1, sentence) : nil)
            {
                subjects = group(from: agent, sentence)
                targets = described.map { group(ending: $0, sentence) }
                    ?? subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: [], allowModifiers: true)
                // "troops backed by Eritrea": without an auxiliary the participle describes the
                // noun phrase right before it, not a name further back ("pitting Tigrayan forces
                // against federal troops backed by…").
                // A described event noun ("a ceasefire brokered by Qatar") is the parties' own.
                if !passive && described == nil && !describesDeed(before: i, sentence) {
                    targets = targets.filter { withinNounPhrase(sentence.mentions[$0].last, before: i, sentence) }
                }
                // "Serbia closed the crossing, a move criticised by the EU": a deed set off after
                // a comma is the sentence subject's.
                if targets.isEmpty, !passive, described == nil, let deedSubject = setOffDeedSubject(before: i, sentence) {
                    targets = [deedSubject]
                }
            } else if passive, !setOff, let custodian = custodian(after: end, kind: pattern.kind, sentence) {
                // "The reporter was arrested in Iran", "was expelled from Turkey": the state where
                // it happened did it.
                subjects = [custodian]
                targets = subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: [])
            } else if passive && !pattern.reciprocal || setOff {
                // "Two of his aides were also blacklisted": a measure's doer left unsaid is the
                // one the article has just seen take it.
                if passive, !setOff, Claim.doerKinds.contains(pattern.kind) {
                    let done = subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: [])
                    let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: done.first, sentence, cues: cues)
                    let claims = done.map {
                        Claim(
                            source: Claim.doerToFind, target: sentence.mentions[$0].actor, kind: pattern.kind,
                            certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor }
                        ).coded(pattern.code, under: pattern.kind)
                    }
                    if !claims.isEmpty { return VerbResult(claims: claims, subjects: [], targets: Set(done), phraseEnd: end) }
                }
                continue
            } else {
                subjects = inSeries && !lastSubjects.isEmpty
                    ? lastSubjects : subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: lastSubjects)
                // "Russian shelling killed four civilians": an attack as subject stands for its doer.
                if !inSeries, pattern.kind.polarity == .conflict, let doer = attackDoer(subjectOf: i, sentence) {
                    subjects = [doer]
                }
                // "shipments financing the Quds Force": the thing before the participle does it.
                if !inSeries, let thing = nounPhraseSubject(of: i, sentence) { subjects = thing.map { [$0] } ?? [] }
                // "Hezbollah confirmed the death, launching rockets at Israel": a participle after
                // a comma has the main clause's subject.
                if !inSeries, tokens[i].lower.hasSuffix("ing"), i >= 2, tokens[i - 1].text == ",",
                    let main = mainClauseSubject(before: i - 1, sentence)
                {
                    subjects = main
                }
                // "sanctioned Iran for supporting Hezbollah": the reason's doer is the object
                // punished, and without one named there is none.
                if !inSeries, tokens[i].lower.hasSuffix("ing"), i >= 2, tokens[i - 1].lower == "for" {
                    subjects = reasonDoer(before: i - 1, sentence).map { [$0] } ?? []
                }
                if Certainty.speechActs.contains(pattern.kind), let speaker = coordinatedSpeaker(before: i, sentence) {
                    subjects = [speaker]
                }
                if !inSeries, let joined = joinedPartners(before: i, sentence) { subjects = joined }
                targets = passive ? [] : targetsAfter(end, preps: pattern.preps, kind: pattern.kind, sentence)
                // "Kagame, whom Kinshasa accuses of backing M23": the object slot is empty, so the
                // relative clause's antecedent fills it, not a name further on.
                if !passive, pattern.preps.isEmpty, let subject = subjects.first, let antecedent = relativeAntecedent(of: subject, sentence),
                    let next = tokens[safe: end + 1], next.classes.contains(.preposition)
                {
                    targets = [antecedent]
                }
                // "demanded that Uganda withdraw": the one the demand is made of follows "that".
                if targets.isEmpty, Self.demandKinds.contains(pattern.kind), tokens[safe: end + 1]?.lower == "that",
                    let m = (end + 2..<min(tokens.count, end + 4)).lazy.compactMap({ sentence.mentionAt[$0] }).first,
                    sentence.mentions[m].isArgument
                {
                    targets = group(from: m, sentence)
                }
                // "warned of a harsh response if Israel and Greece hold the drills": the threat is
                // to whoever the condition names.
                if targets.isEmpty, Self.threatKinds.contains(pattern.kind), let conditional = conditionSubjects(after: end, sentence) {
                    targets = conditional
                    conditionTargets = true
                }
                // "warned Israel and Greece, accusing them of provocations": after a comma, the
                // participle's object pronoun is the main verb's object.
                if !inSeries, tokens[i].lower.hasSuffix("ing"), i > 0, tokens[i - 1].text == ",", !targetsSoFar.isEmpty,
                    targets.count >= 1, targets.allSatisfy({
                        sentence.mentions[$0].form == .pronoun && !sentence.mentions[$0].possessive
                            && ["it", "them", "him", "her"].contains(tokens[sentence.mentions[$0].first].lower)
                    })
                {
                    targets = targetsSoFar.filter { sentence.mentions[$0].last < i }.sorted()
                }
                // "control a sixth of its territory": the owner of the object is the target.
                // "flexed its muscles", "massed their troops": short of force, a pronoun owning the
                // object is the subject's own.
                if targets.isEmpty && !pattern.objects.isEmpty, let owner = objectOwner(before: end, after: i, sentence),
                    !(sentence.mentions[owner].form == .pronoun && !pattern.kind.usesForce)
                {
                    targets = [owner]
                }
            }
            // "the ADF, which Kampala blames for the massacre": the verb's object is the name the
            // relative clause describes.
            if targets.isEmpty, !passive, let subject = subjects.first, let antecedent = relativeAntecedent(of: subject, sentence) {
                targets = [antecedent]
            }
            // "Backed by Turkish drones, Azerbaijani units attacked…": a participle opening the
            // sentence describes the main clause's subject.
            var opening = false
            if targets.isEmpty, !passive, described == nil, i <= 1, let main = subjectAfterOpeningPhrase(from: end, sentence) {
                targets = [main]
                opening = true
            }
            if let presupposed { subjects = [presupposed] }
            if !pattern.subjectKinds.isEmpty {
                subjects = subjects.filter { pattern.subjectKinds.contains(sentence.mentions[$0].kind) }
            }
            if subjects.isEmpty { continue }
            // "supplied Chad with grain" is not "supplied Chad with rockets": the words after
            // the target decide between readings of the same verb.
            if !pattern.complements.isEmpty {
                guard let complement = complementEnd(patterns.complementSets[pattern.index], after: targets, verbEnd: end, sentence)
                else { continue }
                end = complement
            }
            if pattern.reverse {
                if targets.isEmpty { continue }
                swap(&subjects, &targets)
            }
            if targets.isEmpty, !passive, pattern.kind.polarity == .conflict, !pattern.reverse, let holder = holderAfter(end, sentence) {
                targets = [holder]
            }
            // "Russian and Syrian warplanes struck Aleppo", "the army and the RSF fought in
            // Khartoum": a place of one of those who use force together is not their target.
            if pattern.kind.polarity == .conflict, !pattern.reverse {
                let sides = Set(subjects.map { sentence.mentions[$0].actor })
                if sides.count > 1 { targets = targets.filter { !sides.contains(sentence.mentions[$0].actor) } }
            }
            var claims: [Claim] = []
            var certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: subjects.first, sentence, cues: cues)
            if presupposed != nil, certainty.0 != .negated { certainty = (.reported, nil) }
            if targets.isEmpty, pattern.kind != .mediate, !pattern.reciprocal, pattern.kind.polarity != .affiliation,
                passive ? accordReference(before: i, sentence) : accordReference(after: end, sentence)
            {
                // "Somalia opposed the agreement", "the memorandum was condemned by Al-Shabaab": a
                // stance on an accord is a stance towards its parties.
                claims = subjects.map { towardParties($0, pattern.kind, certainty, sentence) }
            } else if targets.isEmpty, pattern.kind == .mediate {
                // "Libya had brokered that deal", "a truce, mediated by Russia,": the parties are
                // the pair the text has just related.
                claims = subjects.map { towardParties($0, .mediate, certainty, sentence) }
            } else if targets.isEmpty {
                // "Russia struck Kharkiv overnight": no target actor, but an event a later
                // "the attack" may mean.
                if !pattern.reciprocal, described == nil, ConflictEvent.kinds.contains(pattern.kind),
                    certainty.0 == .asserted || certainty.0 == .reported
                {
                    for s in subjects {
                        let event = ConflictEvent(perpetrator: sentence.mentions[s].actor, target: nil, kind: pattern.kind)
                        if !untargeted.contains(event) { untargeted.append(event) }
                    }
                }
                // "the junta launched airstrikes in the area": force on no one named is force on
                // whoever the doer has just been fighting.
                // Only a reading whose preposition is there: "sent troops to Libya" is no "sent
                // troops into" with its target left out.
                let prepositionThere = pattern.preps.isEmpty
                    || (end + 1..<min(tokens.count, end + 3)).contains { pattern.preps.contains(tokens[$0].lower) }
                if !pattern.reciprocal, described == nil, Claim.opponentKinds.contains(pattern.kind), !passive, prepositionThere,
                    !eachOther(after: end, preps: pattern.preps, sentence)
                {
                    claims = subjects.map {
                        Claim(
                            source: sentence.mentions[$0].actor, target: Claim.opponentToFind, kind: pattern.kind,
                            certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor })
                    }
                } else {
                // "Islamabad and Kabul accuse each other": any act done to each other is mutual.
                guard pattern.reciprocal || eachOther(after: end, preps: pattern.preps, sentence), subjects.count >= 2 else { continue }
                // "Niger and Mali fight insurgencies linked to al-Qaeda": a participle right after
                // a common noun describes that noun; the subjects do nothing together.
                if let before = tokens[safe: i - 1], i > 0, sentence.mentionAt[i - 1] == nil, before.isWord, !before.isCapitalized,
                    tokens[i].lower.hasSuffix("ed"), !Self.auxiliaries.contains(before.lower), !Self.passiveAuxiliaries.contains(before.lower),
                    !Self.isAdverb(before.lower), !Words.determiners.contains(before.lower), before.lower != "and",
                    // "Both countries' navies exchanged fire": the noun owned by the subjects is their own.
                    i < 2 || sentence.mentionAt[i - 2] == nil, cues.organs.match(tokens, at: i - 1) == nil
                {
                    continue
                }
                // "Peru and Chile agree": a reciprocal act with a one-way kind runs both ways.
                for (a, b) in pairs(subjects) { claims += bothWays(a, b, pattern.kind, certainty, sentence) }
                }
            } else {
                for s in subjects {
                    for t in targets { claims.append(claim(s, t, pattern.kind, certainty, sentence)) }
                }
            }
            // "Armenia accused Azerbaijan… the two countries … Armenia": a pair description
            // cannot also stand on the other side of its own relation.
            let paired = (subjects + targets).contains { sentence.mentions[$0].pair != .none }
            if paired, !Set(subjects.map { sentence.mentions[$0].actor })
                .isDisjoint(with: targets.map { sentence.mentions[$0].actor })
            {
                continue
            }
            claims = claims.filter { $0.source != $0.target && admissible($0, sentence) }
            if cues.contains(.measureVerbs, tokens[i]), let measure = governedMeasure(verb: i, end: end, sentence) {
                claims = claims.filter { !$0.awaitsOpponent }.map {
                    var claim = $0
                    claim.kind = measure.kind
                    claim.code = measure.code
                    return claim
                }
            }
            // "sent more troops to the border with Kosovo": whatever moves to a border faces the
            // state beyond it.
            if pattern.kind.polarity == .cooperation, targets.contains(where: { reachedThroughBorder(sentence.mentions[$0], sentence) }) {
                claims = claims.map { var c = $0; c.kind = .mobilize; return c }
            }
            // "lodged a complaint with the UN Security Council": a complaint put to an
            // international body is an appeal to it; whom it is about is another relation.
            if pattern.code?.hasPrefix("114") == true {
                claims = claims.map { claim in
                    guard let t = targets.first(where: { sentence.mentions[$0].actor == claim.target }),
                        sentence.mentions[t].kind == .igo,
                        ["with", "to", "before"].contains(wordBefore(sentence.mentions[t], tokens).map { tokens[$0].lower } ?? "")
                    else { return claim }
                    var appeal = claim
                    appeal.kind = .appeal
                    return appeal
                }
            }
            // "urged Washington to supply more air defences": asking for help is an appeal (CAMEO
            // 02), not a hostile demand.
            if pattern.kind == .demand, requestsCooperation(after: end, sentence) {
                claims = claims.map { var c = $0; c.kind = .appeal; c.code = nil; return c }
            }
            if claims.isEmpty { continue }
            if let code = pattern.code { claims = claims.map { $0.coded(code, under: pattern.kind) } }
            if pattern.kind.polarity == .conflict, certainty.0 == .hypothetical, !Certainty.speechActs.contains(pattern.kind) {
                claims += threatsOfForce(trigger: i, claims, sentence)
            }
            // A described name goes on to be the subject of the main verb: "The Houthis, backed
            // by Iran, fired missiles" — neither side of the description carries over.
            let phraseEnd = pattern.objects.isEmpty && pattern.complements.isEmpty ? particleEnd : end
            if described != nil || opening { return VerbResult(claims: claims, subjects: [], targets: [], phraseEnd: phraseEnd) }
            let result = VerbResult(claims: claims, subjects: subjects, targets: conditionTargets ? [] : Set(targets), phraseEnd: phraseEnd)
            // Force on an opponent to be found waits for the verb's other readings: "retook the
            // village from Russia" names whom it was taken from.
            if claims.allSatisfy(\.awaitsOpponent) {
                if opponentFallback == nil { opponentFallback = result }
                continue
            }
            return result
        }
        return opponentFallback ?? consumedObject
    }

    /// Where a complement phrase ends in the few words after the targets (or after the verb,
    /// when the target stands before it: "the PKK, which Ankara labels a terrorist group").
    func complementEnd(_ set: PhraseSet, after targets: [Int], verbEnd: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        guard !targets.isEmpty else { return nil }
        let start = targets.map { sentence.mentions[$0] }.filter { $0.first > verbEnd }.map { $0.last + 1 }.max() ?? verbEnd + 1
        for position in start..<min(tokens.count, start + 8) {
            if let length = set.match(tokens, at: position) { return position + length - 1 }
            let token = tokens[position]
            // "50,000 tonnes": a comma inside a number.
            if token.text == ",", tokens[safe: position - 1]?.text.first?.isNumber == true,
                tokens[safe: position + 1]?.text.first?.isNumber == true
            {
                continue
            }
            // 'called China's actions "unacceptable"': a quotation mark opens the complement.
            if token.isQuotationMark { continue }
            if token.classes.contains(.clauseBreak) || token.text == "," || token.lower == "that" { return nil }
            if token.classes.contains(.verb) && position > start && sentence.mentionAt[position] == nil { return nil }
        }
        return nil
    }

    /// "each other" or "one another" as the verb's object, right after it or its preposition:
    /// "blamed each other", "fired at one another".
    func eachOther(after end: Int, preps: [String], _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        var position = end + 1
        if let token = tokens[safe: position], preps.contains(token.lower) || Self.isAdverb(token.lower) { position += 1 }
        guard let first = tokens[safe: position]?.lower, let second = tokens[safe: position + 1]?.lower else { return false }
        return first == "each" && second == "other" || first == "one" && second == "another"
    }

    /// "the agreement", "this deal", "the memorandum" right after the verb (a modifier may stand
    /// between): an accord met earlier.
    func accordReference(after end: Int, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard let first = tokens[safe: end + 1], Self.accordDeterminers.contains(first.lower) else { return false }
        for position in end + 2..<min(tokens.count, end + 5) {
            if sentence.mentionAt[position] != nil { return false }
            if cues.contains(.accordNouns, tokens[position].lower) {
                // "the deal with Turkey", "the accord between …": the phrase names its own parties.
                return !["with", "between", "by", "of"].contains(tokens[safe: position + 1]?.lower ?? "")
            }
            guard tokens[position].isWord, !tokens[position].isCapitalized else { return false }
        }
        return false
    }

    /// "The agreement has been opposed by Somalia": the accord is the passive's subject.
    func accordReference(before i: Int, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        var position = i - 1
        while position >= 0, Self.auxiliaries.contains(tokens[position].lower) || Self.passiveAuxiliaries.contains(tokens[position].lower)
            || Self.isAdverb(tokens[position].lower)
        {
            position -= 1
        }
        guard position >= 1, cues.contains(.accordNouns, tokens[position].lower) else { return false }
        return Self.accordDeterminers.contains(tokens[position - 1].lower)
    }

    static let accordDeterminers: WordSet = ["the", "this", "that"]


    /// Particle words of a multi-word verb must follow within a few tokens, in order.
    func particlesEnd(_ words: [String], after i: Int, _ tokens: [Token]) -> Int? {
        var position = i
        for word in words.dropFirst() {
            guard let found = (position + 1..<min(tokens.count, position + 4)).first(where: { tokens[$0].lower == word }) else {
                return nil
            }
            position = found
        }
        return position
    }

    func objectEnd(_ set: PhraseSet, after i: Int, _ tokens: [Token]) -> Int? {
        for position in i + 1..<min(tokens.count, i + 8) {
            if let length = set.match(tokens, at: position) {
                // "expressed "deep concern" about": the closing mark belongs to the object.
                let last = position + length - 1
                return tokens[safe: last + 1].map { $0.isQuotationMark || $0.text == "'" } == true ? last + 1 : last
            }
            if tokens[position].isQuotationMark || tokens[position].text == "'" { continue }
            // "restore complete, full ties": a comma between two adjectives stays inside the object.
            if tokens[position].text == ",", position > i + 1, isModifierWord(tokens[position - 1]),
                let next = tokens[safe: position + 1], isModifierWord(next)
            {
                continue
            }
            if tokens[position].classes.contains(.clauseBreak) || tokens[position].text == "," { return nil }
            // "hosted the summit and invited French troops": another verb has its own object.
            if tokens[position].classes.contains(.verb) && position > i + 1 { return nil }
            // "launched the drone in retaliation for Israeli strikes": a purpose or a cause ends
            // the object, so a noun inside it is not the verb's object.
            if position > i + 1, position + 2 < tokens.count,
                Self.purposePhrases.contains(tokens[position].lower, tokens[position + 1].lower, tokens[position + 2].lower)
            {
                return nil
            }
        }
        return nil
    }

    /// The subject the sentence opens with, before `end`: its first name that is not inside a
    /// prepositional phrase and is followed by a verb before `end`.
    func mainClauseSubject(before end: Int, _ sentence: Sentence) -> [Int]? {
        let tokens = sentence.tokens
        var position = 0
        while position < end {
            guard let m = sentence.mentionAt[position] else {
                // An opening phrase up to its comma is skipped; a verb first means no subject.
                if tokens[position].classes.contains(.verb) || tokens[position].classes.contains(.reporting) { return nil }
                position += 1
                continue
            }
            let mention = sentence.mentions[m]
            position = mention.last + 1
            guard mention.isArgument, !isPrepositionObject(mention, sentence),
                !(mention.possessive && followedByMention(mention, sentence))
            else { continue }
            let verbFollows = (position..<end).contains { tokens[$0].classes.contains(.verb) || tokens[$0].classes.contains(.reporting)
                || Self.auxiliaries.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("ed") }
            return verbFollows ? group(from: m, sentence) : nil
        }
        return nil
    }

    /// A lower-case word that can stand in a list of adjectives before a noun.
    func isModifierWord(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && token.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak, .reporting])
            && !token.classes.contains(.determiner) && token.lower != "and" && token.lower != "or"
    }

    /// Whether "to" plus a cooperative verb follows soon after a demand verb.
    func requestsCooperation(after end: Int, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        for position in end + 1..<min(tokens.count, end + 10) where tokens[position].lower == "to" {
            guard let next = tokens[safe: position + 1], next.classes.contains(.verb),
                let candidates = patterns.verbs[next.lower]
            else { continue }
            // "called on Putin to agree to a ceasefire", "urged Kyiv to negotiate": pressing for
            // a settlement is still a demand; asking for help is not.
            return candidates.contains { $0.kind.polarity == .cooperation && $0.kind != .negotiate && $0.kind != .meet }
        }
        return false
    }

    /// "weapons which Putin has placed in Belarus": the object stands before the verb, joined
    /// to it by a relative pronoun.
    func hasRelativeObject(_ set: PhraseSet, before i: Int, _ tokens: [Token]) -> Bool {
        // "a defence pact signed by Cairo": the object right before a participle.
        if i > 0 && set.match(tokens, at: i - 1) != nil { return true }
        var sawRelative = false
        var position = i - 1
        while position >= 0 && i - position <= 6 {
            if tokens[position].classes.contains(.relativePronoun) {
                sawRelative = true
            } else if sawRelative && set.match(tokens, at: position) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    func isPassive(at i: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[i].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") || patterns.irregularParticiples.contains(word) else { return false }
        for back in 1...3 where i - back >= 0 {
            let previous = tokens[i - back].lower
            if Words.beForms.contains(previous) || previous == "got" { return true }
            if !(previous.hasSuffix("ly") || previous == "also" || previous == "not" || previous == "reportedly") { break }
        }
        return false
    }

    /// "a move condemned by the West": a past participle right after a noun, with its agent.
    func isReducedPassive(at i: Int, kind: RelationKind, _ sentence: Sentence) -> Bool {
        let word = sentence.tokens[i].lower
        let next = sentence.tokens[safe: i + 1]?.lower
        // "Backed by Turkish drones, …": a participle may open the sentence.
        if i == 0 { return next == "by" && (word.hasSuffix("ed") || patterns.irregularParticiples.contains(word)) }
        guard word.hasSuffix("ed") || patterns.irregularParticiples.contains(word), sentence.tokens[i - 1].isWord
        else { return false }
        // "the army backed by Egypt": a participle with its "by" agent is passive whatever
        // precedes it; "is seen in Kyiv as…" only after a plain noun.
        return next == "by" || (next == "in" && sentence.mentionAt[i - 1] == nil && Self.opinionKinds.contains(kind))
    }

    /// "The M23, supported by Rwanda, …", "Hamas, funded largely by Qatar, …": a past participle
    /// right after a name and a comma, with "by" after it, is a passive describing that name.
    /// Returns the described mention.
    func appositiveParticipleHead(at i: Int, _ sentence: Sentence) -> Int? {
        guard let comma = comma(before: i, sentence.tokens) else { return nil }
        // "The M23 militia, funded by Rwanda,": the name's own head noun may stand before the comma.
        var end = comma - 1
        while end > 0, end >= comma - 2, sentence.mentionAt[end] == nil, sentence.tokens[end].isWord, !sentence.tokens[end].isCapitalized,
            cues.groupNouns.match(sentence.tokens, at: end) != nil || cues.contains(.collectiveNouns, sentence.tokens[end])
                || cues.organs.match(sentence.tokens, at: end) != nil
        {
            end -= 1
        }
        guard let m = sentence.mentionAt[end] else { return nil }
        let mention = sentence.mentions[m]
        guard mention.isArgument, !mention.possessive, mention.last == end, !isPrepositionObject(mention, sentence)
        else { return nil }
        return m
    }

    /// ", backed by …": a past participle after a comma (one adverb may stand on either side)
    /// with "by" after it is never an active verb with an object of its own.
    func isSetOffParticiple(at i: Int, end: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[i].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") || patterns.irregularParticiples.contains(word) else { return false }
        var by = end + 1
        if tokens[safe: by]?.lower.hasSuffix("ly") == true { by += 1 }
        // "funded and directed by Rwanda": participles joined by "and" share the "by".
        if tokens[safe: by]?.lower == "and", tokens[safe: by + 1]?.lower.hasSuffix("ed") == true { by += 2 }
        guard tokens[safe: by]?.lower == "by" else { return false }
        return comma(before: i, tokens) != nil
    }

    /// The comma before a set-off participle, past one adverb or "not": ", not backed by".
    func comma(before i: Int, _ tokens: [Token]) -> Int? {
        var comma = i - 1
        if comma > 0 && (tokens[comma].lower.hasSuffix("ly") || Self.verbModifiers.contains(tokens[comma].lower)) { comma -= 1 }
        return comma > 0 && tokens[comma].text == "," ? comma : nil
    }

    static let verbModifiers: WordSet = ["not", "never", "also", "did", "does", "do", "has", "had", "have", "then", "n't"]

    /// Kinds for which "condemned in the West" names who condemns.
    static let opinionKinds: Set<RelationKind> = [.condemn, .criticize, .praise, .support, .reject]

    func objectOwner(before end: Int, after trigger: Int, _ sentence: Sentence) -> Int? {
        // "summoned Russia's diplomats": the object is itself an organ of the owner.
        if let m = sentence.mentionAt[end], sentence.mentions[m].form == .organ { return m }
        var position = end - 1
        while position > trigger && end - position <= 3 {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                // "summoned a senior Afghan diplomat", "expelled two Russian diplomats": a
                // people-adjective right on the object owns it.
                let adjective = mention.form == .demonym && !isPrepositionObject(mention, sentence)
                // "overran UN troops", "shelled M23 positions": a name right on the object.
                // (A titled person spans the object: "summoned the Chinese ambassador Zhou X".)
                let modifier = mention.isArgument && !isPrepositionObject(mention, sentence) && mention.last < end
                    && (mention.last + 1...end).allSatisfy {
                        sentence.tokens[$0].isWord && !sentence.tokens[$0].isCapitalized
                            && sentence.tokens[$0].classes.isDisjoint(with: [.preposition, .verb, .clauseBreak])
                    }
                return mention.possessive || adjective || modifier ? m : nil
            }
            position -= 1
        }
        return nil
    }

    func agentAfterBy(from start: Int, kind: RelationKind, _ sentence: Sentence) -> Int? {
        let markers: Set<String> = Self.opinionKinds.contains(kind) ? ["by", "in"] : ["by"]
        for position in start..<min(sentence.tokens.count, start + 4) where markers.contains(sentence.tokens[position].lower) {
            for next in position + 1..<min(sentence.tokens.count, position + 5) {
                if let m = sentence.mentionAt[next], sentence.mentions[m].isArgument || sentence.mentions[m].form == .demonym {
                    return m
                }
                // "bound by law to provide Taiwan…": the agent stands in the phrase after "by".
                let token = sentence.tokens[next]
                // "attacked by troops from the Shan State Army", "by fighters of Hamas".
                if ["from", "of"].contains(token.lower), next > position + 1,
                    cues.organs.match(sentence.tokens, at: next - 1) != nil || cues.contains(.collectiveNouns, sentence.tokens[next - 1])
                        || ["members", "units"].contains(sentence.tokens[next - 1].lower)
                {
                    continue
                }
                if !token.isWord || token.classes.contains(.verb) || token.classes.contains(.preposition) || token.lower == "to" {
                    break
                }
            }
        }
        return nil
    }


    /// "a ceasefire brokered by Qatar", "a move broadly condemned in the West": the participle
    /// describes an event noun or a deed, so its other side is the event's own parties.
    func describesDeed(before i: Int, _ sentence: Sentence) -> Bool {
        guard i > 0 else { return false }
        var position = i - 1
        while position > 0 && sentence.tokens[position].lower.hasSuffix("ly") { position -= 1 }
        let word = sentence.tokens[position].lower
        return patterns.nominals[word] != nil || cues.contains(.actNouns, word)
    }

    func setOffDeedSubject(before i: Int, _ sentence: Sentence) -> Int? {
        guard i > 0 else { return nil }
        var position = i - 1
        while position > 0 && sentence.tokens[position].lower.hasSuffix("ly") { position -= 1 }
        guard cues.contains(.actNouns, sentence.tokens[position]), position >= 2,
            ["a", "an"].contains(sentence.tokens[position - 1].lower), sentence.tokens[position - 2].text == ","
        else { return nil }
        guard let first = sentence.mentions.firstIndex(where: { $0.isArgument }), sentence.mentions[first].first <= 2 else { return nil }
        return first
    }

    /// "the border with Kosovo", "Kosovo's border", "the Lebanese frontier".
    func reachedThroughBorder(_ mention: Mention, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        let borderWords: Set<String> = ["border", "borders", "frontier", "frontiers", "boundary"]
        if mention.first >= 2, tokens[mention.first - 1].lower == "with", borderWords.contains(tokens[mention.first - 2].lower) {
            return true
        }
        var after = mention.last + 1
        if tokens[safe: after]?.isPossessive == true { after += 1 }
        return tokens[safe: after].map { borderWords.contains($0.lower) } ?? false
    }

    /// Only modifier words stand between the end of a mention and `position`.
    func withinNounPhrase(_ last: Int, before position: Int, _ sentence: Sentence) -> Bool {
        let between = sentence.tokens[(last + 1)..<position].filter { !$0.isPossessive }
        return between.count <= 3 && between.allSatisfy {
            $0.isWord && $0.classes.isDisjoint(with: [.preposition, .verb, .clauseBreak]) && !Words.relativePronouns.contains($0.lower)
        }
    }

    /// "X, which Kampala blames", "X that Ankara calls…": the name an object relative clause
    /// describes, when `subject` is that clause's subject.
    func relativeAntecedent(of subject: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var first = sentence.mentions[subject].first
        if first >= 3, tokens[first - 1].lower == "the" { first -= 1 }
        guard first >= 2, ["which", "whom", "that", "who"].contains(tokens[first - 1].lower) else { return nil }
        var position = first - 2
        if tokens[position].text == "," { position -= 1 }
        guard position >= 0, let antecedent = sentence.mentionAt[position], antecedent != subject,
            sentence.mentions[antecedent].isArgument
        else { return nil }
        return antecedent
    }

    /// The subject of the main clause after an opening participle phrase ending in a comma.
    func subjectAfterOpeningPhrase(from end: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        guard let comma = (end + 1..<min(tokens.count, end + 12)).first(where: { tokens[$0].text == "," }) else { return nil }
        var position = comma + 1
        while position < tokens.count, ["the", "a", "an"].contains(tokens[position].lower) { position += 1 }
        guard let m = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[m].isArgument else { return nil }
        return m
    }

    /// Whether the verb at `i` is a "to" infinitive asked of another actor: verbs, reactions and
    /// light verbs alike then state nothing between the one asked and a third.
    /// The one punished for a reason: the nearest actor, or people-adjective, between the
    /// main verb and the "for" at `forAt` ("sanctioned Russian governors for supporting …").
    func reasonDoer(before forAt: Int, _ sentence: Sentence) -> Int? {
        var position = forAt - 1
        while position >= max(0, forAt - 7) {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                return mention.isArgument || mention.form == .demonym ? m : nil
            }
            if sentence.tokens[position].classes.contains(.verb) || !sentence.tokens[position].isWord { return nil }
            position -= 1
        }
        return nil
    }

    func isAsked(infinitiveAt i: Int, _ sentence: Sentence) -> Bool { askedInfinitive(at: i, sentence) != nil }

    /// The infinitive phrase asked of someone that `i` stands in: "urged Sweden to expel …",
    /// "called on Kigali to stop supporting the M23", "urged Rwanda to cease all its support
    /// for …". A verb of ending, a determiner or an owner may stand after "to". `ending` when
    /// the one asked is asked to stop doing it, which says they are doing it; `asked` is then
    /// the mention asked.
    func askedInfinitive(at i: Int, _ sentence: Sentence) -> (asked: Int?, ending: Bool)? {
        var to = i - 1
        var ending = false
        while to > 0, i - to <= 4, sentence.tokens[to].lower != "to" {
            let token = sentence.tokens[to]
            let owner = sentence.mentionAt[to].map { sentence.mentions[$0].form == .pronoun && sentence.mentions[$0].possessive } ?? true
            guard token.isWord, !token.isCapitalized, owner,
                cues.contains(.occurrenceVerbs, token) || Words.determiners.contains(token.lower) || Self.isAdverb(token.lower)
                    || Self.possessivePronouns.contains(token.lower)
            else { return nil }
            if cues.contains(.endingVerbs, token) { ending = true }
            to -= 1
        }
        guard to >= 1, sentence.tokens[to].lower == "to", asksAnother(before: to, sentence) else { return nil }
        let asked = (max(0, to - 3)..<to).reversed().lazy.compactMap { sentence.mentionAt[$0] }.first
        return (ending ? asked : nil, ending)
    }

    /// Whether the "to" at `to` follows the object of an asking verb: "wants Baku to", "called on
    /// bodies such as the AU, the Arab League and others to". A place gone to is nobody asked.
    func asksAnother(before to: Int, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        var position = to - 1
        var asked: Mention?
        while position >= 0 && to - position <= 16 {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                if asked == nil {
                    guard mention.isArgument, !isDestination(mention, sentence) else { return false }
                    // The name right before "to" is asked whatever governs it; otherwise only the
                    // tail of a list may stand between ("… the Arab League, and others to").
                    let between = tokens[(mention.last + 1)..<to]
                    if !between.allSatisfy({ !$0.isWord || $0.isPossessive || Self.listTails.contains($0.lower) }) { return false }
                    // "overran UN peacekeepers to seize Goma" is a purpose: only a verb of asking or
                    // causing ("urged", "helped", "allowed") hands its object the infinitive.
                    if mention.last >= to - 1 - (mention.possessive ? 1 : 0) { return governingVerbAsks(before: mention.first, sentence) ?? true }
                }
                asked = asked ?? mention
                position = mention.first - 1
                continue
            }
            let token = tokens[position]
            if token.classes.contains(.verb) || token.classes.contains(.reporting) { return asked != nil }
            if token.classes.contains(.clauseBreak) && token.lower != "as" && token.lower != "and" { return false }
            guard !token.isWord || !token.isCapitalized || position == 0 else { return false }
            position -= 1
        }
        return false
    }

    /// Whether the verb whose object starts at `first` asks or causes its object to act; nil when
    /// no verb stands right before the object.
    func governingVerbAsks(before first: Int, _ sentence: Sentence) -> Bool? {
        governingVerb(before: first, sentence)?.asks
    }

    /// The verb right before an object starting at `first`, and whether it asks or causes.
    func governingVerb(before first: Int, _ sentence: Sentence) -> (position: Int, asks: Bool)? {
        let tokens = sentence.tokens
        var position = first - 1
        while position >= 0 && first - position <= 5 {
            let token = tokens[position]
            if ["on", "upon"].contains(token.lower), position > 0, Self.objectControlForms.contains(tokens[position - 1].lower) {
                return (position - 1, true)
            }
            if token.classes.contains(.verb) || token.classes.contains(.reporting) {
                return (position, Self.objectControlForms.contains(token.lower))
            }
            // "attacked AU peacekeepers": a name modifying the object is part of it.
            if let m = sentence.mentionAt[position], position == first - 1, !sentence.mentions[m].possessive {
                position = sentence.mentions[m].first - 1
                continue
            }
            if sentence.mentionAt[position] != nil || token.classes.contains(.clauseBreak) || token.text == "," { return nil }
            position -= 1
        }
        return nil
    }

    static let possessivePronouns: WordSet = ["its", "their", "his", "her", "our", "my", "your"]


    /// Verbs whose object is the subject of the infinitive after it ("pressed Rome to act").
    static let objectControlForms: Set<String> = {
        let lemmas = ["urge", "ask", "call", "press", "push", "want", "wish", "expect", "encourage", "allow", "permit",
                      "enable", "help", "force", "compel", "invite", "persuade", "convince", "tell", "order", "instruct",
                      "require", "authorize", "authorise", "lead", "cause", "get", "beg", "warn", "advise", "pressure",
                      "pressurise", "pressurize", "exhort", "implore", "request", "prompt", "oblige", "mandate", "appeal",
                      "challenge", "dare", "direct", "entreat", "goad", "incite", "induce", "inspire", "motivate", "spur",
                      "train", "equip", "arm", "fund", "pay", "recruit", "deploy", "send", "need", "like", "prefer"]
        return lemmas.reduce(into: Set<String>()) { $0.formUnion(Inflection.verbForms($1)) }.union(["told", "led", "got", "sent", "paid"])
    }()

    static let listTails: WordSet = [
        "and", "or", "others", "other", "partners", "allies", "members", "countries", "states", "nations", "bodies",
        "organisations", "organizations", "governments", "powers", "neighbours", "neighbors",
    ]

    /// "sent troops to Syria to fight": a place gone to, not someone asked.
    func isDestination(_ mention: Mention, _ sentence: Sentence) -> Bool {
        var position = mention.first - 1
        while position >= 0 && ["the", "a", "an"].contains(sentence.tokens[position].lower) { position -= 1 }
        guard position >= 0 else { return false }
        return ["to", "in", "into", "at", "from", "toward", "towards", "across", "through"].contains(sentence.tokens[position].lower)
    }

    /// "Japan joined the United States in sanctioning North Korea": the one joined acts too.
    func joinedPartners(before i: Int, _ sentence: Sentence) -> [Int]? {
        let tokens = sentence.tokens
        guard i >= 3, tokens[i].lower.hasSuffix("ing"), tokens[i - 1].lower == "in", let last = sentence.mentionAt[i - 2] else { return nil }
        let joined = group(ending: last, sentence)
        var verb = sentence.mentions[joined[0]].first - 1
        if verb > 0, Words.determiners.contains(tokens[verb].lower) { verb -= 1 }
        guard verb > 0, cues.contains(.joiningVerbs, tokens[verb]) else { return nil }
        let joiners = subjectsBefore(verb, sentence, targetsSoFar: [], lastSubjects: [])
        return joiners.isEmpty ? nil : joiners + joined
    }

    /// "was arrested in Iran", "was expelled from Turkey", "was summoned to the Turkish foreign
    /// ministry": with no "by", the state named right after a passive act of custody did it.
    func custodian(after end: Int, kind: RelationKind, _ sentence: Sentence) -> Int? {
        guard Self.custodyKinds.contains(kind) else { return nil }
        let tokens = sentence.tokens
        var position = end + 1
        while position < min(tokens.count, end + 6) {
            let word = tokens[position].lower
            if ["in", "from", "to", "by"].contains(word) {
                let next = pastDeterminers(position + 1, tokens)
                guard let m = sentence.mentionAt[safe: next] ?? nil, sentence.mentions[m].kind == .state else { return nil }
                return m
            }
            if tokens[position].classes.contains(.clauseBreak) || !tokens[position].isWord || sentence.mentionAt[position] != nil { return nil }
            position += 1
        }
        return nil
    }

    static let custodyKinds: Set<RelationKind> = [.arrest, .sanction, .expel, .coerce]

    static let demandKinds: Set<RelationKind> = [.demand, .appeal]
    static let threatKinds: Set<RelationKind> = [.threaten, .warn]

    /// The subjects of an "if", "unless" or "after" clause within the few words after `end`.
    func conditionSubjects(after end: Int, _ sentence: Sentence) -> [Int]? {
        let tokens = sentence.tokens
        for position in end + 1..<min(tokens.count, end + 10) {
            let word = tokens[position].lower
            // "promised a tough response after Moldova expelled…": the response is to its doer.
            if word == "if" || word == "unless" || word == "after" {
                let next = pastDeterminers(position + 1, tokens)
                guard let m = sentence.mentionAt[safe: next] ?? nil, sentence.mentions[m].isArgument else { return nil }
                return group(from: m, sentence)
            }
            if tokens[position].text == "." || tokens[position].text == ";" || sentence.mentionAt[position] != nil { return nil }
        }
        return nil
    }
}
