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
                // The possessive ending ("Russia 's") belongs to the mention; a possessive
                // pronoun ("its attacks") has none, and the next word is the noun it owns.
                let marker = mention.possessive && tokens[safe: mention.last + 1]?.isPossessive == true
                for position in mention.first...min(mention.last + (marker ? 1 : 0), tokens.count - 1) {
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
        // Every claim's source, and every event's doer, is one of the sentence's mentions.
        guard !sentence.mentions.isEmpty else { return Analysis(claims: [], events: []) }
        var claims: [Claim] = []
        var untargeted: [ConflictEvent] = []
        var targetsSoFar: Set<Int> = []
        var lastSubjects: [Int] = []
        var lastTriggerEnd = -1
        // The end of an event phrase a reaction took as object: "the deadly attack" holds no verb.
        var eventPhraseEnd = -1
        // The end of a verb's own object: "lifted sanctions on Tbilisi" holds no sanction.
        var objectPhraseEnd = -1
        let tokens = sentence.tokens
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard sentence.mentionAt[i] == nil, tokens[i].isWord, i > objectPhraseEnd else { continue }
            if i <= eventPhraseEnd {
                if let found = nominalClaims(at: i, sentence) { claims += found }
                continue
            }
            // "arming, funding and training Hezbollah": verbs in a series share their subject.
            let inSeries = lastTriggerEnd >= 0 && lastTriggerEnd < i - 1
                && tokens[(lastTriggerEnd + 1)..<i].allSatisfy { Self.seriesGlue.contains($0.lower) }
            if patterns.reactions(for: tokens[i]) != nil,
                let found = reactionClaims(
                    at: i, sentence, events: earlierEvents + untargeted + claims.filter { !$0.isOpen }.compactMap(ConflictEvent.init),
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
                objectPhraseEnd = found.phraseEnd
                continue
            }
            if let found = nominalClaims(at: i, sentence) {
                claims += found
                continue
            }
            claims += victimClaims(at: i, sentence)
        }
        claims += auspicesMediations(sentence)
        claims += appositiveAlliances(sentence)
        claims += prenominalAlliances(sentence)
        claims += helpFrom(sentence)
        claims += predicateAlliances(sentence)
        claims += predicateMemberships(sentence)
        claims += predicateReciprocals(sentence)
        claims += souredRelations(sentence)
        claims += collectiveDefence(sentence)
        claims += blamePredicates(sentence)
        claims += underEvents(sentence)
        claims += atRequest(sentence)
        var events = untargeted
        for event in claims.filter({ !$0.isOpen }).compactMap(ConflictEvent.init) where !events.contains(event) { events.append(event) }
        return Analysis(claims: claims, events: events)
    }

    func admissible(_ claim: Claim, _ sentence: Sentence) -> Bool {
        if claim.kind == .memberOf {
            let target = sentence.mentions.first { $0.actor == claim.target }
            return target?.kind == .igo || target?.kind == .organization
        }
        return true
    }

    func claim(_ s: Int, _ t: Int, _ kind: RelationKind, _ certainty: (Certainty, Int?), _ sentence: Sentence) -> Claim {
        Claim(
            source: sentence.mentions[s].actor, target: sentence.mentions[t].actor, kind: kind,
            certainty: certainty.0, speaker: certainty.1.map { sentence.mentions[$0].actor })
    }

    /// A relation between two mentions each way, or once for a symmetric kind ("Peru and Chile
    /// agree", "ties between Hanoi and Vientiane").
    func bothWays(_ a: Int, _ b: Int, _ kind: RelationKind, _ certainty: (Certainty, Int?), _ sentence: Sentence) -> [Claim] {
        let first = claim(a, b, kind, certainty, sentence)
        return kind.isSymmetric ? [first] : [first, claim(b, a, kind, certainty, sentence)]
    }

    /// A relation from mention `s` to the parties the extractor finds (`Claim.partiesToFind`).
    func towardParties(_ s: Int, _ kind: RelationKind, _ certainty: (Certainty, Int?), _ sentence: Sentence) -> Claim {
        Claim(
            source: sentence.mentions[s].actor, target: Claim.partiesToFind, kind: kind, certainty: certainty.0,
            speaker: certainty.1.map { sentence.mentions[$0].actor })
    }

    func pairs(_ items: [Int]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for (n, a) in items.enumerated() { for b in items.dropFirst(n + 1) { out.append((a, b)) } }
        return out
    }

    static let auxiliaries: WordSet = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "did", "does"]

    static let passiveAuxiliaries: WordSet = ["be", "been", "being", "do", "get", "got"]

    /// The noun pattern that matches at `position`, if any ("new sanctions", "peace talks").
    func nominal(at position: Int, _ tokens: [Token]) -> NominalPattern? {
        guard tokens[position].classes.contains(.nominal), let candidates = patterns.nominals(for: tokens[position]) else { return nil }
        return candidates.first { _, words in words.indices.allSatisfy { tokens[safe: position + $0]?.lower == words[$0] } }?.0
    }

    /// The position of the word before `mention`, past articles and compass words ("in the
    /// eastern Ukrainian provinces" reads back to "in"); nil at the sentence's start.
    func wordBefore(_ mention: Mention, _ tokens: [Token]) -> Int? {
        var position = mention.first - 1
        while position >= 0 && (["the", "a", "an"].contains(tokens[position].lower) || Words.compassWords.contains(tokens[position].lower)) {
            position -= 1
        }
        return position >= 0 ? position : nil
    }

    /// The first position from `position` on that is no determiner.
    func pastDeterminers(_ position: Int, _ tokens: [Token]) -> Int {
        var next = position
        while next < tokens.count, Words.determiners.contains(tokens[next].lower) { next += 1 }
        return next
    }

    /// The first position from `position` on, within `limit` words, that is no auxiliary or
    /// adverb: "have already been imposed", "have always been warm".
    func pastAuxiliaries(_ position: Int, limit: Int, _ tokens: [Token]) -> Int {
        var next = position
        while next < min(tokens.count, position + limit),
            Self.auxiliaries.contains(tokens[next].lower) || Self.passiveAuxiliaries.contains(tokens[next].lower) || Self.isAdverb(tokens[next].lower)
        {
            next += 1
        }
        return next
    }

    static func isAdverb(_ word: String) -> Bool {
        word.hasSuffix("ly") || ["soon", "still", "again", "yet", "also", "now", "then", "already", "just", "ever", "even", "always", "long"].contains(word)
    }
}
