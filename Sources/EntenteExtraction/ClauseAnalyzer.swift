import EntenteGraph

/// Reads relations off one sentence's clauses: verb triggers with their subject and object,
/// passives, noun triggers with possessive or demonym agents, and appositive alliances.
struct ClauseAnalyzer {
    let patterns: TriggerIndex
    let cues: CompiledCues

    /// Per-sentence view: tokens, mentions and which mention covers each token.
    struct Sentence {
        let tokens: [Token]
        let mentions: [Mention]
        let mentionAt: [Int?]

        init(tokens: [Token], mentions: [Mention]) {
            self.tokens = tokens
            self.mentions = mentions
            var at = [Int?](repeating: nil, count: tokens.count)
            for (index, mention) in mentions.enumerated() {
                for position in mention.first...min(mention.last + (mention.possessive ? 1 : 0), tokens.count - 1) {
                    at[position] = index
                }
            }
            mentionAt = at
        }
    }

    /// What one sentence states: its claims, and the uses of force among them or stated
    /// without a target actor ("Russia struck Kharkiv"), which a later "the attack" may mean.
    struct Analysis {
        var claims: [Claim]
        var events: [ConflictEvent]
    }

    func claims(in sentence: Sentence) -> [Claim] { analyze(sentence).claims }

    /// `earlierEvents`: the uses of force of the paragraph's previous sentences, which a
    /// reaction to "the attack" in this sentence may refer to.
    func analyze(_ sentence: Sentence, earlierEvents: [ConflictEvent] = []) -> Analysis {
        var claims: [Claim] = []
        var untargeted: [ConflictEvent] = []
        var targetsSoFar: Set<Int> = []
        var lastSubjects: [Int] = []
        var lastTriggerEnd = -1
        // The end of an event phrase a reaction took as object: "the deadly attack" holds no verb.
        var eventPhraseEnd = -1
        let tokens = sentence.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard sentence.mentionAt[i] == nil, tokens[i].isWord else { continue }
            if i <= eventPhraseEnd {
                if let found = nominalClaims(at: i, sentence) { claims += found }
                continue
            }
            // "arming, funding and training Hezbollah": verbs in a series share their subject.
            let inSeries = lastTriggerEnd >= 0 && lastTriggerEnd < i - 1
                && tokens[(lastTriggerEnd + 1)..<i].allSatisfy { Self.seriesGlue.contains($0.lower) }
            if patterns.reactions[tokens[i].lower] != nil,
                let found = reactionClaims(
                    at: i, sentence, events: earlierEvents + untargeted + claims.compactMap(ConflictEvent.init),
                    targetsSoFar: targetsSoFar, lastSubjects: lastSubjects, inSeries: inSeries)
            {
                claims += found.claims
                if !found.subjects.isEmpty { lastSubjects = found.subjects }
                lastTriggerEnd = i
                eventPhraseEnd = found.objectEnd
                continue
            }
            if let found = verbClaims(
                at: i, sentence, targetsSoFar: targetsSoFar, lastSubjects: lastSubjects, inSeries: inSeries,
                untargeted: &untargeted)
            {
                claims += found.claims
                targetsSoFar.formUnion(found.targets)
                if !found.subjects.isEmpty { lastSubjects = found.subjects }
                lastTriggerEnd = i
                continue
            }
            if let found = nominalClaims(at: i, sentence) {
                claims += found
            }
        }
        claims += appositiveAlliances(sentence)
        claims += predicateAlliances(sentence)
        claims += predicateMemberships(sentence)
        claims += predicateReciprocals(sentence)
        claims += collectiveDefence(sentence)
        var events = untargeted
        for event in claims.compactMap(ConflictEvent.init) where !events.contains(event) { events.append(event) }
        return Analysis(claims: claims, events: events)
    }

    // MARK: Verbs

    private struct VerbResult {
        var claims: [Claim]
        var subjects: [Int]
        var targets: Set<Int>
    }

    private static let seriesGlue: Set<String> = [",", "and", "or", "also", "then"]

    private func verbClaims(
        at i: Int, _ sentence: Sentence, targetsSoFar: Set<Int>, lastSubjects: [Int], inSeries: Bool,
        untargeted: inout [ConflictEvent]
    ) -> VerbResult? {
        let tokens = sentence.tokens
        guard tokens[i].classes.contains(.verb), let candidates = patterns.verbs[tokens[i].lower] else { return nil }
        // After a determiner, a possessive or a demonym the word is a noun ("the attack",
        // "Russia's attack", "an Israeli strike", "a US strike").
        if i > 0 && Words.determiners.contains(tokens[i - 1].lower) { return nil }
        if i > 0, let m = sentence.mentionAt[i - 1], sentence.mentions[m].form == .demonym { return nil }
        if i > 1 && ["a", "an"].contains(tokens[i - 2].lower) && sentence.mentionAt[i - 1] != nil { return nil }
        // "armed group", "armed forces": here the participle is an adjective.
        if tokens[i].lower == "armed", let next = tokens[safe: i + 1],
            !next.classes.isDisjoint(with: [.organ, .groupNoun]) || Self.armedNouns.contains(next.lower)
        {
            return nil
        }
        // "called on the AU to condemn Ethiopia", "wants Baku to strike": what one actor asks of
        // another is the asker's appeal, never an event between the one asked and a third.
        if i >= 2, tokens[i - 1].lower == "to", let asked = sentence.mentionAt[i - 2], sentence.mentions[asked].isArgument,
            !isDestination(sentence.mentions[asked], sentence)
        {
            return nil
        }
        for pattern in candidates {
            guard var end = particlesEnd(pattern.words, after: i, tokens) else { continue }
            if !pattern.objects.isEmpty {
                let objects = patterns.objectSets[pattern.index]
                if let objectEnd = objectEnd(objects, after: end, tokens) {
                    end = objectEnd
                } else if !hasRelativeObject(objects, before: i, tokens) {
                    continue
                }
            }
            let passive = isPassive(at: i, tokens)
            // "Hamas, funded by Qatar, …": a participle set off after a name describes it.
            let setOff = isSetOffParticiple(at: i, end: end, tokens)
            let described = setOff ? appositiveParticipleHead(at: i, sentence) : nil
            var subjects: [Int]
            var targets: [Int]
            if passive || described != nil || isReducedPassive(at: i, kind: pattern.kind, sentence),
                let agent = agentAfterBy(from: end + 1, kind: pattern.kind, sentence)
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
            } else if passive && !pattern.reciprocal || setOff {
                continue
            } else {
                subjects = inSeries && !lastSubjects.isEmpty
                    ? lastSubjects : subjectsBefore(i, sentence, targetsSoFar: targetsSoFar, lastSubjects: lastSubjects)
                if Certainty.speechActs.contains(pattern.kind), let speaker = coordinatedSpeaker(before: i, sentence) {
                    subjects = [speaker]
                }
                targets = passive ? [] : targetsAfter(end, preps: pattern.preps, kind: pattern.kind, sentence)
                // "control a sixth of its territory": the owner of the object is the target.
                if targets.isEmpty && !pattern.objects.isEmpty, let owner = objectOwner(before: end, after: i, sentence) {
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
            if !pattern.subjectKinds.isEmpty {
                subjects = subjects.filter { pattern.subjectKinds.contains(sentence.mentions[$0].kind) }
            }
            if subjects.isEmpty { continue }
            if pattern.reverse {
                if targets.isEmpty { continue }
                swap(&subjects, &targets)
            }
            var claims: [Claim] = []
            let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: subjects.first, sentence, cues: cues)
            if targets.isEmpty {
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
                guard pattern.reciprocal, subjects.count >= 2 else { continue }
                for (a, b) in pairs(subjects) {
                    claims.append(claim(a, b, pattern.kind, certainty, sentence))
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
            // "sent more troops to the border with Kosovo": whatever moves to a border faces the
            // state beyond it.
            if pattern.kind.polarity == .cooperation, targets.contains(where: { reachedThroughBorder(sentence.mentions[$0], sentence) }) {
                claims = claims.map { var c = $0; c.kind = .mobilize; return c }
            }
            // "urged Washington to supply more air defences": asking for help is not hostile.
            if pattern.kind == .demand, requestsCooperation(after: end, sentence) {
                claims = claims.map { var c = $0; c.kind = .negotiate; return c }
            }
            if claims.isEmpty { continue }
            if let code = pattern.code { claims = claims.map { $0.coded(code, under: pattern.kind) } }
            // A described name goes on to be the subject of the main verb: "The Houthis, backed
            // by Iran, fired missiles" — neither side of the description carries over.
            if described != nil || opening { return VerbResult(claims: claims, subjects: [], targets: []) }
            return VerbResult(claims: claims, subjects: subjects, targets: Set(targets))
        }
        return nil
    }

    private func admissible(_ claim: Claim, _ sentence: Sentence) -> Bool {
        if claim.kind == .memberOf {
            let target = sentence.mentions.first { $0.actor == claim.target }
            return target?.kind == .igo || target?.kind == .organization
        }
        return true
    }

    private func claim(_ s: Int, _ t: Int, _ kind: RelationKind, _ certainty: (Certainty, Int?), _ sentence: Sentence) -> Claim {
        Claim(
            source: sentence.mentions[s].actor, target: sentence.mentions[t].actor, kind: kind,
            certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor })
    }

    private func pairs(_ items: [Int]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for (n, a) in items.enumerated() { for b in items.dropFirst(n + 1) { out.append((a, b)) } }
        return out
    }

    /// Particle words of a multi-word verb must follow within a few tokens, in order.
    private func particlesEnd(_ words: [String], after i: Int, _ tokens: [Token]) -> Int? {
        var position = i
        for word in words.dropFirst() {
            guard let found = (position + 1..<min(tokens.count, position + 4)).first(where: { tokens[$0].lower == word }) else {
                return nil
            }
            position = found
        }
        return position
    }

    private func objectEnd(_ set: PhraseSet, after i: Int, _ tokens: [Token]) -> Int? {
        for position in i + 1..<min(tokens.count, i + 8) {
            if let length = set.match(tokens, at: position) { return position + length - 1 }
            if tokens[position].classes.contains(.clauseBreak) { return nil }
        }
        return nil
    }

    /// Whether "to" plus a cooperative verb follows soon after a demand verb.
    private func requestsCooperation(after end: Int, _ sentence: Sentence) -> Bool {
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
    private func hasRelativeObject(_ set: PhraseSet, before i: Int, _ tokens: [Token]) -> Bool {
        // "a defence pact signed by Cairo": the object right before a participle.
        if i > 0 && set.match(tokens, at: i - 1) != nil { return true }
        var sawRelative = false
        var position = i - 1
        while position >= 0 && i - position <= 6 {
            let word = tokens[position].lower
            if Words.relativePronouns.contains(word) {
                sawRelative = true
            } else if sawRelative && set.match(tokens, at: position) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    private func isPassive(at i: Int, _ tokens: [Token]) -> Bool {
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
    private func isReducedPassive(at i: Int, kind: RelationKind, _ sentence: Sentence) -> Bool {
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
    private func appositiveParticipleHead(at i: Int, _ sentence: Sentence) -> Int? {
        guard let comma = comma(before: i, sentence.tokens), let m = sentence.mentionAt[comma - 1] else { return nil }
        let mention = sentence.mentions[m]
        guard mention.isArgument, !mention.possessive, mention.last == comma - 1, !isPrepositionObject(mention, sentence)
        else { return nil }
        return m
    }

    /// ", backed by …": a past participle after a comma (one adverb may stand on either side)
    /// with "by" after it is never an active verb with an object of its own.
    private func isSetOffParticiple(at i: Int, end: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[i].lower
        guard word.hasSuffix("ed") || word.hasSuffix("en") || patterns.irregularParticiples.contains(word) else { return false }
        var by = end + 1
        if tokens[safe: by]?.lower.hasSuffix("ly") == true { by += 1 }
        guard tokens[safe: by]?.lower == "by" else { return false }
        return comma(before: i, tokens) != nil
    }

    /// The comma before a set-off participle, past one adverb or "not": ", not backed by".
    private func comma(before i: Int, _ tokens: [Token]) -> Int? {
        var comma = i - 1
        if comma > 0 && (tokens[comma].lower.hasSuffix("ly") || Self.verbModifiers.contains(tokens[comma].lower)) { comma -= 1 }
        return comma > 0 && tokens[comma].text == "," ? comma : nil
    }

    private static let verbModifiers: Set<String> = ["not", "never", "also", "did", "does", "do", "has", "had", "have", "then", "n't"]

    /// Kinds for which "condemned in the West" names who condemns.
    private static let opinionKinds: Set<RelationKind> = [.condemn, .criticize, .praise, .support, .reject]

    private func objectOwner(before end: Int, after trigger: Int, _ sentence: Sentence) -> Int? {
        // "summoned Russia's diplomats": the object is itself an organ of the owner.
        if let m = sentence.mentionAt[end], sentence.mentions[m].form == .organ { return m }
        var position = end - 1
        while position > trigger && end - position <= 3 {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                return mention.possessive ? m : nil
            }
            position -= 1
        }
        return nil
    }

    private func agentAfterBy(from start: Int, kind: RelationKind, _ sentence: Sentence) -> Int? {
        let markers: Set<String> = Self.opinionKinds.contains(kind) ? ["by", "in"] : ["by"]
        for position in start..<min(sentence.tokens.count, start + 4) where markers.contains(sentence.tokens[position].lower) {
            for next in position + 1..<min(sentence.tokens.count, position + 5) {
                if let m = sentence.mentionAt[next], sentence.mentions[m].isArgument || sentence.mentions[m].form == .demonym {
                    return m
                }
                // "bound by law to provide Taiwan…": the agent stands in the phrase after "by".
                let token = sentence.tokens[next]
                if !token.isWord || token.classes.contains(.verb) || token.classes.contains(.preposition) || token.lower == "to" {
                    break
                }
            }
        }
        return nil
    }

    /// The subject: the nearest mention to the left within the clause that is not inside a
    /// prepositional phrase and was not already an earlier verb's object (unless a relative
    /// pronoun or a gerund after "with"/"of" makes it the subject).
    private func subjectsBefore(
        _ i: Int, _ sentence: Sentence, targetsSoFar: Set<Int>, lastSubjects: [Int], allowModifiers: Bool = false
    ) -> [Int] {
        let tokens = sentence.tokens
        // "pressed Rome to sanction Minsk", "wants Baku to strike": the one asked or wanted
        // right before the infinitive is its subject, not the asker.
        if i >= 2, tokens[i - 1].lower == "to", let m = sentence.mentionAt[i - 2], sentence.mentions[m].isArgument,
            !isPrepositionObject(sentence.mentions[m], sentence)
        {
            return group(ending: m, sentence)
        }
        var passedRelative = false
        let gerundAfterPrep = tokens[i].lower.hasSuffix("ing") && i > 0 && ["with", "of", "for", "from"].contains(tokens[i - 1].lower)
        var position = i - 1
        var crossedVerbBoundary = false
        while position >= 0 {
            let token = tokens[position]
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                position = mention.first - 1
                if !mention.isArgument && !(allowModifiers && mention.form == .demonym) { continue }
                if isPrepositionObject(mention, sentence) && !gerundAfterPrep && !passedRelative { continue }
                if targetsSoFar.contains(m) && !passedRelative && !gerundAfterPrep { continue }
                // "Russia's Wagner group": the possessor is not the subject.
                if mention.possessive && !passedRelative && followedByMention(mention, sentence) { continue }
                return group(ending: m, sentence, excluding: targetsSoFar)
            }
            let word = token.lower
            // "Egypt, which shares a border with Sudan, is…": skip the relative clause back to
            // the actor it describes.
            if word == ",", let opening = relativeClauseOpening(endingAt: position, tokens) {
                position = opening - 1
                passedRelative = true
                continue
            }
            if allowModifiers && word == "," {
                // "Hezbollah, which is backed by Iran": past the relative pronoun, the comma
                // opens the clause and the name right before it is what is described ("the
                // attack on Israel, which…" describes the attack, not Israel).
                if passedRelative, position > 0, let m = sentence.mentionAt[position - 1],
                    sentence.mentions[m].isArgument, !sentence.mentions[m].possessive,
                    !isPrepositionObject(sentence.mentions[m], sentence)
                {
                    return group(ending: m, sentence, excluding: targetsSoFar)
                }
                break
            }
            if Words.relativePronouns.contains(word) { passedRelative = true }
            // "Zelensky said the strikes showed "…" and urged the US to…": after a quotation,
            // a verb joined by "and" belongs to whoever spoke.
            if (word == "\"" || word == "”"), ["and", "but"].contains(tokens[safe: position + 1]?.lower ?? ""),
                let speaker = speakerBefore(position, sentence)
            {
                return [speaker]
            }
            if token.classes.contains(.clauseBreak) || cues.reporting.contains(word) && position < i - 1 {
                // "…last month but has so far made gains": a verb phrase joined by "but" or a
                // gerund after "after"/"while" shares the subject on the left.
                let following = tokens[safe: position + 1]
                let verbPhraseFollows = (word == "but" || word == "and") && following.map {
                    $0.isWord && !$0.isCapitalized && sentence.mentionAt[position + 1] == nil
                        && !Words.determiners.contains($0.lower)
                } ?? false
                let gerundFollows = Self.subordinators.contains(word) && position + 1 == i && tokens[i].lower.hasSuffix("ing")
                // "is regarded as X's ally": this "as" introduces a description, not a clause.
                let describingAs = word == "as" && position > 0 && Self.describingVerbs.contains(tokens[position - 1].lower)
                if verbPhraseFollows || gerundFollows || describingAs {
                    position -= 1
                    continue
                }
                crossedVerbBoundary = true
                break
            }
            position -= 1
        }
        // "He has let…, conducted exercises, and taken delivery…": a coordinated verb shares
        // the previous verb's subject.
        if !lastSubjects.isEmpty && !crossedVerbBoundary { return lastSubjects }
        return []
    }

    /// "The SDF said Turkish drones had hit oil facilities and accused Turkey of…": a speech act
    /// joined by "and" after a reported clause is the speaker's, not the reported subject's.
    private func coordinatedSpeaker(before i: Int, _ sentence: Sentence) -> Int? {
        var and = i - 1
        // "… and did not condemn", "… and also urged": auxiliaries and adverbs may intervene.
        while and > 0 && i - and <= 3 && (Self.verbModifiers.contains(sentence.tokens[and].lower) || sentence.tokens[and].lower.hasSuffix("ly")) {
            and -= 1
        }
        guard and > 2, sentence.tokens[and].lower == "and", let speaker = speakerBefore(and, sentence) else { return nil }
        // The reported clause must stand between the cue and "and".
        guard sentence.mentions[speaker].last + 3 < and else { return nil }
        return speaker
    }

    /// The subject of the first reporting verb before `position`: "Zelensky said …".
    private func speakerBefore(_ position: Int, _ sentence: Sentence) -> Int? {
        guard let cue = (0..<position).first(where: { sentence.tokens[$0].classes.contains(.reporting) && sentence.mentionAt[$0] == nil }),
            cue > 0, let m = sentence.mentionAt[cue - 1], sentence.mentions[m].isArgument
        else { return nil }
        return m
    }

    /// The comma that opens ", which …," or ", who …," when `comma` closes it.
    private func relativeClauseOpening(endingAt comma: Int, _ tokens: [Token]) -> Int? {
        var position = comma - 1
        while position > 0 && comma - position < 30 {
            if tokens[position].text == "," {
                let next = tokens[position + 1].lower
                return next == "which" || next == "who" ? position : nil
            }
            position -= 1
        }
        return nil
    }

    private static let armedNouns: Set<String> = ["group", "groups", "men", "wing", "struggle", "conflict", "robbery", "gangs", "forces"]

    private static let auxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "did", "does"]

    private static let representatives: Set<String> = [
        "leaders", "members", "leader", "heads", "representatives", "presidents", "ministers", "envoys",
        "delegations", "governments", "armies", "militaries", "navies",
    ]

    private static let describingVerbs: Set<String> = [
        "regarded", "seen", "viewed", "described", "considered", "known", "treated", "regards", "sees", "views",
        "describes", "considers", "treats", "emerged", "serves", "served", "acts", "acted",
    ]

    private static let subordinators: Set<String> = ["after", "before", "while", "since", "when", "by", "without"]

    /// "a ceasefire brokered by Qatar", "a move broadly condemned in the West": the participle
    /// describes an event noun or a deed, so its other side is the event's own parties.
    private func describesDeed(before i: Int, _ sentence: Sentence) -> Bool {
        guard i > 0 else { return false }
        var position = i - 1
        while position > 0 && sentence.tokens[position].lower.hasSuffix("ly") { position -= 1 }
        let word = sentence.tokens[position].lower
        return patterns.nominals[word] != nil || cues.actNouns.contains(word)
    }

    private func setOffDeedSubject(before i: Int, _ sentence: Sentence) -> Int? {
        guard i > 0 else { return nil }
        var position = i - 1
        while position > 0 && sentence.tokens[position].lower.hasSuffix("ly") { position -= 1 }
        guard cues.actNouns.contains(sentence.tokens[position].lower), position >= 2,
            ["a", "an"].contains(sentence.tokens[position - 1].lower), sentence.tokens[position - 2].text == ","
        else { return nil }
        guard let first = sentence.mentions.firstIndex(where: { $0.isArgument }), sentence.mentions[first].first <= 2 else { return nil }
        return first
    }

    /// "the border with Kosovo", "Kosovo's border", "the Lebanese frontier".
    private func reachedThroughBorder(_ mention: Mention, _ sentence: Sentence) -> Bool {
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
    private func withinNounPhrase(_ last: Int, before position: Int, _ sentence: Sentence) -> Bool {
        let between = sentence.tokens[(last + 1)..<position].filter { !$0.isPossessive }
        return between.count <= 3 && between.allSatisfy {
            $0.isWord && $0.classes.isDisjoint(with: [.preposition, .verb, .clauseBreak]) && !Words.relativePronouns.contains($0.lower)
        }
    }

    /// "X, which Kampala blames", "X that Ankara calls…": the name an object relative clause
    /// describes, when `subject` is that clause's subject.
    private func relativeAntecedent(of subject: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        let first = sentence.mentions[subject].first
        guard first >= 2, ["which", "whom", "that"].contains(tokens[first - 1].lower) else { return nil }
        var position = first - 2
        if tokens[position].text == "," { position -= 1 }
        guard position >= 0, let antecedent = sentence.mentionAt[position], antecedent != subject,
            sentence.mentions[antecedent].isArgument
        else { return nil }
        return antecedent
    }

    /// "under Qatari mediation, A and B …", "with Egypt's mediation, A and B …": the subjects of
    /// the clause an opening mediation phrase introduces.
    private func partiesAfterOpening(noun i: Int, end: Int, _ sentence: Sentence) -> [Int]? {
        let tokens = sentence.tokens
        guard let opener = (max(0, i - 4)..<i).first(where: { ["under", "with", "through", "after"].contains(tokens[$0].lower) }),
            opener <= 1, let main = subjectAfterOpeningPhrase(from: end, sentence)
        else { return nil }
        let parties = group(from: main, sentence)
        return parties.count >= 2 ? parties : nil
    }

    /// The subject of the main clause after an opening participle phrase ending in a comma.
    private func subjectAfterOpeningPhrase(from end: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        guard let comma = (end + 1..<min(tokens.count, end + 12)).first(where: { tokens[$0].text == "," }) else { return nil }
        var position = comma + 1
        while position < tokens.count, ["the", "a", "an"].contains(tokens[position].lower) { position += 1 }
        guard let m = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[m].isArgument else { return nil }
        return m
    }

    /// "sent troops to Syria to fight": a place gone to, not someone asked.
    private func isDestination(_ mention: Mention, _ sentence: Sentence) -> Bool {
        var position = mention.first - 1
        while position >= 0 && ["the", "a", "an"].contains(sentence.tokens[position].lower) { position -= 1 }
        guard position >= 0 else { return false }
        return ["to", "in", "into", "at", "from", "toward", "towards", "across", "through"].contains(sentence.tokens[position].lower)
    }

    private func ownsNextMention(_ mention: Mention, _ sentence: Sentence) -> Bool {
        let possessivePronoun = mention.form == .pronoun
            && ["his", "her", "its", "their"].contains(sentence.tokens[mention.last].lower)
        guard mention.possessive || possessivePronoun else { return false }
        let next = mention.last + (mention.possessive ? 2 : 1)
        for position in next..<min(sentence.tokens.count, next + 3) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument }
        }
        return false
    }

    private func followedByMention(_ mention: Mention, _ sentence: Sentence) -> Bool {
        let next = mention.last + 2
        for position in next..<min(sentence.tokens.count, next + 3) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument }
        }
        return false
    }

    /// "in Moscow", "from Belarusian soil": a mention right after a preposition is a place or
    /// a complement, not a subject. "fighters of Wagner" is the exception: the group acts.
    private func isPrepositionObject(_ mention: Mention, _ sentence: Sentence) -> Bool {
        var position = mention.first - 1
        // "in northern Syria", "across the eastern Democratic Republic of Congo".
        while position >= 0 && (["the", "a", "an"].contains(sentence.tokens[position].lower)
            || Words.compassWords.contains(sentence.tokens[position].lower))
        {
            position -= 1
        }
        guard position >= 0 else { return false }
        let word = sentence.tokens[position].lower
        if word == "of" {
            // "fighters of Wagner", "the leaders of Armenia and Azerbaijan": the group acts.
            let head = position > 0 ? sentence.tokens[position - 1] : nil
            guard let head else { return true }
            return !cues.organs.contains(head.lower) && !head.classes.contains(.title) && !Self.representatives.contains(head.lower)
        }
        if word == "from" {
            // "fighters from the Wagner group" act as the group.
            let head = position > 0 ? sentence.tokens[position - 1].lower : ""
            return !cues.organs.contains(head)
        }
        // "bodies such as the AU", "neighbours including Chad": the examples are the object.
        if word == "including" || word == "as" && position > 0 && sentence.tokens[position - 1].lower == "such" {
            return false
        }
        return sentence.tokens[position].classes.contains(.preposition)
    }

    /// Objects: the first argument mentions after the verb, behind one of the pattern's
    /// prepositions when it has any, within the clause.
    private func targetsAfter(_ end: Int, preps: [String], kind: RelationKind, _ sentence: Sentence) -> [Int] {
        let tokens = sentence.tokens
        var sawPrep = preps.isEmpty
        var position = end + 1
        var seriesEnd = end
        let limit = min(tokens.count, end + 14)
        while position < limit {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                // "struck its power grid": what the pronoun owns stands for its owner.
                let usable = mention.isArgument
                    || (mention.form == .demonym && kind.polarity == .conflict && followsPrep(mention, sentence))
                    || (mention.form == .pronoun && mention.possessive && kind.polarity == .conflict
                        && !ownsNextMention(mention, sentence))
                // "met his Turkish counterpart", "struck Russia's Black Sea Fleet": the possessor
                // only owns the target.
                if sawPrep && usable && ownsNextMention(mention, sentence) {
                    position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                    continue
                }
                if sawPrep && usable {
                    // The verb's own particle ("rely on Moscow") is not a preposition of place.
                    let afterParticle = mention.first - 1 == end && !sentence.tokens[end].classes.contains(.verb)
                    if preps.isEmpty && !afterParticle && isPrepositionObject(mention, sentence)
                        && !allowsLocativeTarget(kind, mention, after: end, sentence)
                    {
                        position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                        continue
                    }
                    return group(from: m, sentence)
                }
                position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                continue
            }
            let word = tokens[position].lower
            // "speaking to diplomats in Kinshasa": a second preposition starts another phrase,
            // except in "the border with X".
            if sawPrep && !preps.isEmpty && !preps.contains(word) && tokens[position].classes.contains(.preposition)
                && word != "of" && !["border", "frontier", "boundary"].contains(tokens[safe: position - 1]?.lower ?? "")
            {
                break
            }
            if preps.contains(word) { sawPrep = true }
            // "stood "shoulder to shoulder" with Ukraine": a short quotation inside the verb
            // phrase is skipped, not taken as the end of the clause.
            if word == "\"" || word == "“",
                let close = (position + 1..<min(tokens.count, position + 10)).first(where: {
                    tokens[$0].text == "\"" || tokens[$0].text == "”"
                }),
                close + 1 < tokens.count, !tokens[close + 1].classes.contains(.reporting),
                tokens[close + 1].text != ","
            {
                position = close + 1
                continue
            }
            // "arming, funding and training Hezbollah": skip the rest of a series of verbs. The
            // series must follow the verb directly: in "Russia, backed into a corner, threatened
            // Ukraine" the comma closes a description and the next verb is the main one.
            if (word == "," || word == "and") && position == seriesEnd + 1 && position + 1 < tokens.count
                && tokens[position + 1].classes.contains(.verb) && sentence.mentionAt[position + 1] == nil
            {
                seriesEnd = position + 1
                position += 2
                continue
            }
            // "condemned the attack and said Berlin would…", "refused to host the talks and
            // invited US troops": a new verb ends the object.
            if word == "and" || word == "but", let next = tokens[safe: position + 1],
                next.classes.contains(.reporting) || Self.auxiliaries.contains(next.lower)
                    || next.classes.contains(.verb) && sentence.mentionAt[position + 1] == nil && position > seriesEnd + 1
            {
                break
            }
            // "bodies such as the AU": the examples follow; "as" here opens no clause.
            if word == "such", tokens[safe: position + 1]?.lower == "as" {
                position += 2
                continue
            }
            // "met in Brussels to discuss Russia": an infinitive starts another verb phrase,
            // unless it says what an event noun is for ("brokered a deal to end the mutiny").
            if word == "to", !(preps.contains("to") && !sawPrep), position > end + 1,
                patterns.nominals[tokens[position - 1].lower] == nil, let next = tokens[safe: position + 1],
                next.isWord, !next.isCapitalized, sentence.mentionAt[position + 1] == nil, !Words.determiners.contains(next.lower)
            {
                break
            }
            // "attribute jamming, arson plots and sabotage to Russia": before its preposition the
            // object may be a list.
            if word == ",", !sawPrep, !preps.isEmpty, let next = tokens[safe: position + 1], next.isWord,
                sentence.mentionAt[position + 1] == nil, !next.classes.contains(.verb)
            {
                position += 1
                continue
            }
            if tokens[position].classes.contains(.clauseBreak) || word == "," || word == "that" || Words.relativePronouns.contains(word) {
                break
            }
            if tokens[position].classes.contains(.verb) && position > end + 1 && !sawPrep { break }
            position += 1
        }
        return []
    }

    private func followsPrep(_ mention: Mention, _ sentence: Sentence) -> Bool {
        mention.first > 0 && sentence.tokens[mention.first - 1].classes.contains(.preposition)
    }

    /// "strikes on targets in Yemen": for uses of force the place struck stands for its owner.
    private func allowsLocativeTarget(_ kind: RelationKind, _ mention: Mention, after end: Int, _ sentence: Sentence) -> Bool {
        var position = mention.first - 1
        while position >= 0 && (["the", "a", "an"].contains(sentence.tokens[position].lower)
            || Words.compassWords.contains(sentence.tokens[position].lower))
        {
            position -= 1
        }
        guard position >= 0 else { return false }
        // "hosted talks between Somali and Ethiopian officials": the parties to the talks.
        if kind.polarity == .cooperation { return sentence.tokens[position].lower == "between" }
        // "hit Kurdish militant targets in northern Syria": what was struck belongs to armed
        // men, not to the state where they are.
        if end + 1 < position, sentence.tokens[(end + 1)..<position].contains(where: { token in
            cues.collectiveNouns.contains(token.lower) || cues.collectiveNouns.contains(token.lower + "s")
        }) {
            return false
        }
        // "captured the headquarters of the Myanmar military": what is struck belongs to its owner.
        return ["in", "inside", "into", "across", "on", "of"].contains(sentence.tokens[position].lower)
    }

    /// A mention and those joined to it by "and" or commas, reading right.
    private func group(from m: Int, _ sentence: Sentence) -> [Int] {
        var members = [m]
        var position = sentence.mentions[m].last + 1 + (sentence.mentions[m].possessive ? 1 : 0)
        while position + 1 < sentence.tokens.count {
            // "the African Union (AU), the Arab League": a parenthesised short name.
            if sentence.tokens[position].text == "(", position + 2 < sentence.tokens.count, sentence.tokens[position + 2].text == ")" {
                position += 3
                continue
            }
            let word = sentence.tokens[position].lower
            guard word == "and" || word == "," || word == "or" else { break }
            var next = position + 1
            if sentence.tokens[next].lower == "and" { next += 1 }
            while next < sentence.tokens.count && ["the", "a"].contains(sentence.tokens[next].lower) { next += 1 }
            // "the army and the paramilitary Rapid Support Forces": one descriptive word may
            // stand before the next name.
            if word != ",", next + 1 < sentence.tokens.count, sentence.mentionAt[next] == nil, sentence.tokens[next].isWord,
                !sentence.tokens[next].classes.contains(.verb),
                !sentence.tokens[next].isCapitalized, sentence.mentionAt[next + 1] != nil
            {
                next += 1
            }
            guard next < sentence.tokens.count, let n = sentence.mentionAt[next], sentence.mentions[n].first == next,
                sentence.mentions[n].isArgument
            else { break }
            // "…, and the KRG in Erbil, which maintains…, has called": a name followed by its
            // own clause starts a new sentence part rather than continuing the list.
            if startsOwnClause(after: sentence.mentions[n], sentence) { break }
            members.append(n)
            position = sentence.mentions[n].last + 1 + (sentence.mentions[n].possessive ? 1 : 0)
        }
        return withPartners(members, sentence)
    }

    /// "the two countries" is two mentions over the same words: either one brings the other.
    private func withPartners(_ members: [Int], _ sentence: Sentence) -> [Int] {
        var out: [Int] = []
        for m in members {
            switch sentence.mentions[m].pair {
            case .none: out.append(m)
            case .first: out += [m, m + 1]
            case .second: out += [m - 1, m]
            }
        }
        return out
    }

    private func startsOwnClause(after mention: Mention, _ sentence: Sentence) -> Bool {
        var position = mention.last + 1 + (mention.possessive ? 1 : 0)
        let limit = min(sentence.tokens.count, position + 6)
        while position < limit {
            let word = sentence.tokens[position].lower
            if Self.auxiliaries.contains(word) { return true }
            if word == "," { return ["which", "who"].contains(sentence.tokens[safe: position + 1]?.lower ?? "") }
            if word == "and" || sentence.mentionAt[position] != nil { return false }
            position += 1
        }
        return false
    }

    /// A mention and those joined to it by "and" or commas, reading left.
    private func group(ending m: Int, _ sentence: Sentence, excluding earlierObjects: Set<Int> = []) -> [Int] {
        var members = [m]
        var position = sentence.mentions[m].first - 1
        while position > 0 {
            if ["the", "a"].contains(sentence.tokens[position].lower) { position -= 1 }
            let word = sentence.tokens[position].lower
            guard word == "and" || word == ",", position > 0 else { break }
            var previous = position - 1
            if previous > 0 && sentence.tokens[previous].lower == "," { previous -= 1 }
            // "banned the group, and the KRG … has called": an earlier verb's object is not
            // part of this subject.
            // "After talks in Doha, Israel and Hamas agreed": a place after a preposition in an
            // opening phrase is not one of the subjects.
            guard let p = sentence.mentionAt[previous], sentence.mentions[p].isArgument,
                !sentence.mentions[p].possessive, !earlierObjects.contains(p),
                !(word == "," && isPrepositionObject(sentence.mentions[p], sentence))
            else { break }
            members.insert(p, at: 0)
            position = sentence.mentions[p].first - 1
        }
        return withPartners(members, sentence)
    }

    // MARK: Reactions to events

    private struct ReactionResult {
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
    private func reactionClaims(
        at i: Int, _ sentence: Sentence, events: [ConflictEvent], targetsSoFar: Set<Int>, lastSubjects: [Int], inSeries: Bool
    ) -> ReactionResult? {
        let tokens = sentence.tokens
        guard let reactions = patterns.reactions[tokens[i].lower] else { return nil }
        // "the protest", "the strongly worded rebuke": after a determiner the word is a noun.
        if i > 0 && Words.determiners.contains(tokens[i - 1].lower) { return nil }
        if isPassive(at: i, tokens) { return nil }
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

    private struct EventObject {
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

    private static let eventDeterminers: Set<String> = ["the", "this", "that", "these", "those"]
    private static let eventTargetPreps: Set<String> = ["on", "against", "in", "into", "of", "at"]

    /// "the attack", "the deadly Russian strikes on Ukraine", "the raid by Israel": a definite
    /// event noun right after `end`, with at most two modifiers before it.
    private func eventObject(after end: Int, _ sentence: Sentence) -> EventObject? {
        let tokens = sentence.tokens
        guard let first = tokens[safe: end + 1] else { return nil }
        // "the attack" means one event met earlier; "an attack by Israeli soldiers", "attacks by
        // the RSF" only count when the phrase names who carried them out.
        let definite = Self.eventDeterminers.contains(first.lower)
        guard definite || ["a", "an"].contains(first.lower) || eventNoun(at: end + 1, tokens) != nil else { return nil }
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

    private func eventNoun(at position: Int, _ tokens: [Token]) -> (words: [String], kind: RelationKind)? {
        patterns.eventNouns[tokens[position].lower]?.first { entry in
            entry.words.indices.allSatisfy { tokens[safe: position + $0]?.lower == entry.words[$0] }
        }
    }

    /// The actor named right after a preposition ("on the Ukrainian capital" names none).
    private func mentionAfter(_ prep: Int, _ sentence: Sentence) -> String? {
        var position = prep + 1
        while let token = sentence.tokens[safe: position], ["the", "a", "an"].contains(token.lower) { position += 1 }
        guard let m = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[m].isArgument else { return nil }
        return sentence.mentions[m].actor
    }

    /// The one event that `object` can mean: all fitting events must share their perpetrator,
    /// and when the phrase names a target, the event must have struck it.
    private func soleEvent(_ object: EventObject, _ events: [ConflictEvent]) -> ConflictEvent? {
        var found: ConflictEvent?
        for event in events where event.fits(object.kind) {
            if let target = object.target, event.target != target { continue }
            if let found, found.perpetrator != event.perpetrator { return nil }
            found = found ?? event
        }
        return found
    }

    // MARK: Nouns

    private func nominalClaims(at i: Int, _ sentence: Sentence) -> [Claim]? {
        let tokens = sentence.tokens
        guard tokens[i].classes.contains(.nominal), let candidates = patterns.nominals[tokens[i].lower] else { return nil }
        for (pattern, words) in candidates {
            guard i + words.count <= tokens.count,
                words.indices.allSatisfy({ tokens[i + $0].lower == words[$0] })
            else { continue }
            let end = i + words.count - 1
            var position = end + 1
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
            guard let agent = nominalAgent(before: i, sentence) ?? lightVerbSubject(before: i, sentence)
                ?? frameSubject(before: i, sentence)
            else { continue }
            var target: Int?
            if position < tokens.count, pattern.preps.contains(tokens[position].lower) {
                position += 1
                while position < min(tokens.count, end + 5) {
                    if let m = sentence.mentionAt[position] {
                        target = m
                        break
                    }
                    position += 1
                }
            }
            // "Under Qatari mediation, Rwanda and Congo signed a deal": the mediator stands
            // between the parties of the clause the phrase opens.
            if target == nil, pattern.kind == .mediate, let parties = partiesAfterOpening(noun: i, end: end, sentence) {
                let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: agent, sentence, cues: cues)
                let found = parties.map { self.claim(agent, $0, pattern.kind, certainty, sentence).coded(pattern.code, under: pattern.kind) }
                    .filter { $0.source != $0.target }
                if !found.isEmpty { return found }
            }
            guard let target else { continue }
            let source = agent
            let certainty = Certainty.of(trigger: i, kind: pattern.kind, subject: source, sentence, cues: cues)
            if pattern.reciprocal {
                let found = mutualClaims(source, target, pattern, certainty, sentence)
                if found.isEmpty { continue }
                return found.map { $0.coded(pattern.code, under: pattern.kind) }
            }
            let claim = claim(source, target, pattern.kind, certainty, sentence)
            if claim.source == claim.target { continue }
            return [claim.coded(pattern.code, under: pattern.kind)]
        }
        return nil
    }

    /// The "between" that follows an event noun at once, or after the passive verb the noun is
    /// the subject of ("a truce was brokered between …", "talks have been held between …").
    private func betweenAfter(_ end: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        if tokens[safe: end + 1]?.lower == "between" { return end + 1 }
        guard let first = tokens[safe: end + 1], Self.auxiliaries.contains(first.lower) || Self.passiveAuxiliaries.contains(first.lower)
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
    private func betweenSides(from m: Int, _ sentence: Sentence) -> [Int] {
        let sides = group(from: m, sentence)
        guard sides.count == 1 else { return sides }
        var position = sentence.mentions[m].last + 1
        guard sentence.tokens[safe: position]?.lower == "and" else { return sides }
        position += 1
        if sentence.tokens[safe: position]?.lower == "the" { position += 1 }
        guard let n = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[n].first == position,
            sentence.mentions[n].isArgument
        else { return sides }
        return [m, n]
    }

    /// Both sides of a mutual relation: one claim for a symmetric kind, one each way otherwise
    /// ("a dispute between Egypt and Ethiopia" is each one's quarrel with the other).
    private func mutualClaims(
        _ a: Int, _ b: Int, _ pattern: NominalPattern, _ certainty: (Certainty, Int?), _ sentence: Sentence
    ) -> [Claim] {
        let first = claim(a, b, pattern.kind, certainty, sentence)
        guard first.source != first.target else { return [] }
        if pattern.kind.isSymmetric || !pattern.reciprocal { return [first] }
        return [first, claim(b, a, pattern.kind, certainty, sentence)]
    }

    /// Negation or a modal in the few words after a noun phrase that is its clause's subject:
    /// "… will not resume", "… could collapse", "… never took place". They speak of the event
    /// only before a verb of occurrence: in "the war between A and B could draw in C" the modal
    /// is about drawing in C, and the war is stated as fact.
    private func certaintyAfter(_ last: Mention, _ sentence: Sentence) -> Certainty? {
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
                return cues.occurrenceVerbs.contains(token.lower) ? found : nil
            }
            position += 1
        }
        return found
    }

    private static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "do", "get", "got"]

    private static func isAdverb(_ word: String) -> Bool {
        word.hasSuffix("ly") || ["soon", "still", "again", "yet", "also", "now", "then"].contains(word)
    }

    /// "Egypt is at odds with Ethiopia", "Kyiv remains in talks with Washington": a noun after
    /// "at" or "in" that follows a form of "be" or "remain" describes the clause's subject.
    private func frameSubject(before i: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var position = i - 1
        // "in open conflict", "at a standoff": up to two words before the noun.
        while position >= 0 && i - position <= 3 && sentence.mentionAt[position] == nil && tokens[position].isWord
            && !Self.frameMarkers.contains(tokens[position].lower)
        {
            position -= 1
        }
        guard position > 0, sentence.mentionAt[position] == nil, Self.frameMarkers.contains(tokens[position].lower),
            Self.frameVerbs.contains(tokens[position - 1].lower)
        else { return nil }
        return subjectsBefore(position - 1, sentence, targetsSoFar: [], lastSubjects: []).first
    }

    private static let frameMarkers: Set<String> = ["at", "in"]
    private static let frameVerbs: Set<String> = Words.beForms.union(["remain", "remains", "remained", "remaining"])

    /// "Washington approved an arms sale to Taipei": the noun is the object of a light verb,
    /// so the verb's subject owns the action.
    private func lightVerbSubject(before i: Int, _ sentence: Sentence) -> Int? {
        for position in stride(from: i - 1, through: max(0, i - 6), by: -1) {
            if sentence.mentionAt[position] != nil { return nil }
            if cues.lightVerbs.contains(sentence.tokens[position].lower) {
                return subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: []).first
            }
        }
        return nil
    }

    /// "Russia's invasion", "Israeli strikes", "its offensive": the mention just before the
    /// noun (one adjective may intervene) owns the action.
    private func nominalAgent(before i: Int, _ sentence: Sentence) -> Int? {
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
            if !sentence.tokens[position].isWord || Words.determiners.contains(word) && word != "'s" { return nil }
            skipped += 1
            position -= 1
        }
        return nil
    }

    // MARK: Security guarantees

    private static let aggressionNouns: Set<String> = ["aggression", "attack", "attacks", "hostility", "assault"]
    private static let againstWords: Set<String> = ["against", "on", "towards", "toward"]

    /// "any aggression against Belarus would be considered an attack on Russia": the
    /// language of security guarantees makes the second actor the first one's defender.
    private func collectiveDefence(_ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var claims: [Claim] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard Self.aggressionNouns.contains(tokens[i].lower), let protected = aggressionTarget(after: i, sentence) else {
                continue
            }
            let afterProtected = sentence.mentions[protected].last + 1
            var j = afterProtected
            while j < min(tokens.count, afterProtected + 10) {
                if Self.aggressionNouns.contains(tokens[j].lower), ["an", "a", "as"].contains(tokens[j - 1].lower),
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

    private func aggressionTarget(after i: Int, _ sentence: Sentence) -> Int? {
        guard let prep = sentence.tokens[safe: i + 1], Self.againstWords.contains(prep.lower) else { return nil }
        for position in i + 2..<min(sentence.tokens.count, i + 5) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument ? m : nil }
        }
        return nil
    }

    // MARK: Alliances stated as predicates

    /// "Egypt is regarded as Burhan's most important ally", "China, Pakistan's closest ally":
    /// an ally noun owned by one actor and said of another.
    private func predicateAlliances(_ sentence: Sentence) -> [Claim] {
        var claims: [Claim] = []
        for (position, token) in sentence.tokens.enumerated() where cues.allyNouns.contains(token.lower) {
            var back = position - 1
            var owner: Int?
            while back >= 0 && position - back <= 5 {
                if let m = sentence.mentionAt[back] {
                    if sentence.mentions[m].possessive && sentence.mentions[m].form != .pronoun { owner = m }
                    break
                }
                back -= 1
            }
            guard let owner else { continue }
            guard let subject = subjectsBefore(sentence.mentions[owner].first, sentence, targetsSoFar: [], lastSubjects: []).first,
                sentence.mentions[subject].actor != sentence.mentions[owner].actor
            else { continue }
            let kind: RelationKind = ["backer", "backers", "patron", "sponsor"].contains(token.lower) ? .support
                : ["protector", "guarantor"].contains(token.lower) ? .defend : .ally
            let certainty = Certainty.of(trigger: position, kind: kind, subject: subject, sentence, cues: cues)
            claims.append(claim(subject, owner, kind, certainty, sentence))
        }
        return claims
    }

    /// "Kosovo and Serbia have been foes for decades", "Egypt and Sudan remain close partners":
    /// a plural noun after "be" or "remain" relates the joined subjects to each other.
    private func predicateReciprocals(_ sentence: Sentence) -> [Claim] {
        var claims: [Claim] = []
        let tokens = sentence.tokens
        for (position, token) in tokens.enumerated() {
            guard let kind = cues.predicateNouns[token.lower] else { continue }
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

    private static let predicateVerbs: Set<String> = Words.beForms.union(["remain", "remains", "remained", "become", "became", "becoming"])

    /// "The group is a member of the Three Brotherhood Alliance": membership as a predicate.
    private func predicateMemberships(_ sentence: Sentence) -> [Claim] {
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

    // MARK: Appositives

    /// "X, his close ally," and "X, an ally of Y": alliance stated as an apposition.
    private func appositiveAlliances(_ sentence: Sentence) -> [Claim] {
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
}
