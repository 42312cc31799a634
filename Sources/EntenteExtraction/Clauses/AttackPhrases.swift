import EntenteGraph

/// Attacks named by their means or as events: "Russian shelling killed four civilians",
/// "soldiers were killed in an Israeli drone strike", "attacks by the RSF on army positions
/// killed dozens". The one who carried the attack out is the verb's doer.
extension ClauseAnalyzer {
    /// The doer of an attack phrase that is the subject of the verb at `i`: the head before
    /// the verb (past auxiliaries, adverbs and the phrase's own "on X" / "by X") is a weapon or
    /// attack noun whose people-adjective, possessor or "by" phrase names who attacked.
    func attackDoer(subjectOf i: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var position = i - 1
        while position >= 0, sentence.mentionAt[position] == nil,
            Self.auxiliaries.contains(tokens[position].lower) || Self.passiveAuxiliaries.contains(tokens[position].lower)
                || Self.isAdverb(tokens[position].lower)
        {
            position -= 1
        }
        // "… condemned an attack by X and ousted Y": a verb joined by "and" has the first one's subject.
        if position >= 0, ["and", "or", "but", ",", "then"].contains(tokens[position].lower) { return nil }
        let limit = max(0, position - 10)
        while position >= limit {
            let token = tokens[position]
            if sentence.mentionAt[position] != nil {
                position -= 1
                continue
            }
            if cues.contains(.weaponNouns, token) {
                return doer(ofAttackNoun: position, sentence)
            }
            // Only the phrase's own words lie between its head and the verb.
            if !token.isWord || token.classes.contains(.clauseBreak) || cues.reporting.contains(token.lower)
                || token.classes.contains(.verb) && sentence.mentionAt[position] == nil
                    && !(Self.launchParticiples.contains(token.lower) && tokens[safe: position + 1]?.lower == "by")
            {
                return nil
            }
            position -= 1
        }
        return nil
    }

    /// "were killed in a Russian drone strike", "died in shelling by the RSF": after a passive
    /// use of force, the attack phrase behind "in" or "by" names who used it.
    func attackDoer(after start: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        for position in start..<min(tokens.count, start + 4) where ["in", "by", "during", "from"].contains(tokens[position].lower) {
            for head in position + 1..<min(tokens.count, position + 6) {
                if sentence.mentionAt[head] == nil, cues.contains(.weaponNouns, tokens[head]) {
                    // "strikes on Russian targets": a run of attack words ends at the last of them.
                    var last = head
                    while let next = tokens[safe: last + 1], sentence.mentionAt[last + 1] == nil, cues.contains(.weaponNouns, next) {
                        last += 1
                    }
                    return doer(ofAttackNoun: last, sentence)
                }
                let token = tokens[head]
                if !token.isWord || token.classes.contains(.preposition) || token.classes.contains(.clauseBreak) { break }
            }
        }
        return nil
    }

    /// Who carried out the attack named at `noun`: "Russian missiles", "Israel's strikes",
    /// "the Houthi drone attack", "shelling by the RSF".
    func doer(ofAttackNoun noun: Int, _ sentence: Sentence) -> Int? {
        var position = noun
        // "a Russian drone strike": the adjective stands before the whole compound.
        while position > 0, sentence.mentionAt[position - 1] == nil, cues.contains(.weaponNouns, sentence.tokens[position - 1]) {
            position -= 1
        }
        if let owner = nominalAgent(before: position, sentence), sentence.mentions[owner].form != .pronoun || sentence.mentions[owner].possessive {
            return owner
        }
        // "JNIM claimed responsibility for an attack that killed…", "launched an offensive that…".
        // "drones sent by Ukraine's SBU", "missiles fired by the Houthis": who sent them attacked.
        var by = noun + 1
        if let word = sentence.tokens[safe: by]?.lower, Self.launchParticiples.contains(word), sentence.tokens[safe: by + 1]?.lower == "by" {
            by += 1
        }
        guard sentence.tokens[safe: by]?.lower == "by" else { return lightVerbSubjects(before: position, sentence).first }
        for next in by + 1..<min(sentence.tokens.count, by + 5) {
            if let m = sentence.mentionAt[next] {
                return sentence.mentions[m].isArgument || sentence.mentions[m].form == .demonym ? m : nil
            }
            if !sentence.tokens[next].isWord || sentence.tokens[next].classes.contains(.preposition) { return nil }
        }
        return nil
    }

    /// "vowed to crush Hamas", "warned that its army would target Turkish forces": force the
    /// sentence only promises is, from whoever promises it, a threat made now (CAMEO 138).
    func threatsOfForce(trigger i: Int, _ claims: [Claim], _ sentence: Sentence) -> [Claim] {
        let tokens = sentence.tokens
        var position = i - 1
        while position >= max(0, i - 14) {
            let token = tokens[position]
            if token.text == ";" || token.text == ":" { return [] }
            if sentence.mentionAt[position] == nil, cues.contains(.forceThreats, token) { break }
            position -= 1
        }
        guard position >= max(0, i - 14), let frame = subjectsBefore(position, sentence, targetsSoFar: [], lastSubjects: []).first
        else { return [] }
        let certainty = Certainty.of(trigger: position, kind: .threaten, subject: frame, sentence, cues: cues)
        let threatener = sentence.mentions[frame].actor
        var threats: [Claim] = []
        for claim in claims where claim.target != threatener {
            let threat = Claim(
                source: threatener, target: claim.target, kind: .threaten, code: "138", certainty: certainty.0,
                speaker: certainty.1.map { sentence.mentions[$0].actor })
            if !threats.contains(threat) { threats.append(threat) }
        }
        return threats
    }

    /// "Two soldiers died in an Israeli drone strike": those who died suffered the attack named
    /// after the verb, at the hands of its doer.
    func victimClaims(at i: Int, _ sentence: Sentence) -> [Claim] {
        guard cues.contains(.victimVerbs, sentence.tokens[i]), let doer = attackDoer(after: i + 1, sentence) else { return [] }
        let victims = subjectsBefore(i, sentence, targetsSoFar: [], lastSubjects: [], allowModifiers: true)
        let certainty = Certainty.of(trigger: i, kind: .attack, subject: doer, sentence, cues: cues)
        return victims.map { claim(doer, $0, .attack, certainty, sentence) }.filter { $0.source != $0.target }
    }

    static let launchParticiples: WordSet = ["sent", "launched", "fired", "operated", "flown", "dropped", "deployed", "used"]

    /// "recaptured two towns held for months by the M23": what was taken belonged to the one
    /// who held it, and force was used on them.
    func holderAfter(_ end: Int, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var position = end + 1
        while position < min(tokens.count, end + 10) {
            let token = tokens[position]
            if token.classes.contains(.clauseBreak) || token.text == "," || sentence.mentionAt[position] != nil { return nil }
            if Self.holdingParticiples.contains(token.lower),
                let by = (position + 1..<min(tokens.count, position + 5)).first(where: { tokens[$0].lower == "by" }),
                let m = (by + 1..<min(tokens.count, by + 4)).compactMap({ sentence.mentionAt[$0] }).first,
                sentence.mentions[m].isArgument
            {
                return m
            }
            position += 1
        }
        return nil
    }

    static let holdingParticiples: WordSet = ["held", "controlled", "occupied", "seized", "captured", "run", "taken", "used"]
}
