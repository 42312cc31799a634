public import EntenteGraph

/// Turns an article into actors and relations with their evidence.
///
/// Rule-based and dictionary-driven, in the tradition of the political event coders:
/// paragraphs → page-noise filter → sentences → actor mentions → clause patterns → claims
/// with certainty and speaker. Holds no per-document state, so one extractor serves many
/// documents and threads.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    private let gazetteer: Gazetteer
    private let cues: CompiledCues
    private let triggers: TriggerIndex
    private let noise: PageNoise
    private let vocabulary: Vocabulary
    private let dictionaryActors: DictionaryActors

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        // One table of lexicon words, compiled into the automaton that reads every token.
        var words = WordTable()
        gazetteer = Gazetteer(lexicon, words: &words)
        cues = CompiledCues(lexicon.cues, words: &words)
        triggers = TriggerIndex(lexicon, words: &words)
        noise = PageNoise(cues: lexicon.cues)
        vocabulary = Vocabulary(cues: cues, triggers: triggers, words: words)
        dictionaryActors = DictionaryActors(lexicon)
    }

    public func extract(_ document: SourceDocument) -> DocumentExtraction {
        var relations: [Relation] = []
        let finder = MentionFinder(lexicon: lexicon, gazetteer: gazetteer, cues: cues)
        let analyzer = ClauseAnalyzer(patterns: triggers, cues: cues)
        var utf8 = Array(document.text.utf8)
        // The document's state lives inside the closure: a variable captured from outside is
        // copied whole each time it is passed on by value, which cost a copy of every table of
        // the context twice a sentence.
        var context = utf8.withUnsafeMutableBufferPointer { mutable in
            var context = DocumentContext()
            var seenRelations: Set<RelationKey> = []
            var recentForce: [ForceBetween] = []
            var recentDoers: [MeasureDoer] = []
            let bytes = UnsafeBufferPointer(mutable)
            var sentenceIndex = 0
            var seenParagraphs: Set<String> = []
            var paragraphNumber = 0
            for (start, end) in Self.paragraphs(bytes) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                // Captions and standfirsts are often repeated verbatim further down the page.
                guard !noise.isNoise(text), seenParagraphs.insert(text).inserted else { continue }
                paragraphNumber += 1
                var tokens = Tokenizer.tokens(in: bytes, from: start, to: end)
                vocabulary.classify(&tokens, in: bytes)
                for sentence in SentenceSplitter.split(tokens, startingIndex: sentenceIndex) {
                    sentenceIndex += 1
                    let sentenceTokens = Array(sentence.tokens)
                    context.begin(sentence: sentence.index, paragraph: paragraphNumber)
                    let found = finder.find(in: sentenceTokens, context: &context)
                    updateSalience(found.mentions, &context)
                    let evidence = Evidence(
                        document: document.info.id, sentence: sentence.index, start: sentence.start,
                        end: sentence.end,
                        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[sentence.start..<sentence.end]), as: UTF8.self),
                        date: document.info.date, url: document.info.url)
                    var claims = found.affiliations.map {
                        Claim(source: $0.member, target: $0.group, kind: $0.kind, certainty: .asserted)
                    }
                    // Who the article says leads a state: "the president" later means them, not
                    // the lexicon's holder of the office today.
                    for affiliation in found.affiliations where affiliation.kind == .leaderOf {
                        context.noteLeader(affiliation.member, of: affiliation.group)
                    }
                    claims += found.compounds.map { Claim(source: $0.source, target: $0.target, kind: $0.kind, certainty: .asserted) }
                    let analysis = analyzer.analyze(
                        .init(tokens: sentenceTokens, mentions: found.mentions), earlierEvents: context.earlierEvents)
                    claims += analysis.claims
                    claims = Self.withPartiesFound(claims, context)
                    claims = Self.withOpponentsFound(claims, &recentForce, sentence: sentence.index)
                    claims = Self.withDoersFound(claims, &recentDoers, sentence: sentence.index)
                    claims = Self.throughAffiliations(claims, lexicon: lexicon, context)
                    // What "the attack" in the paragraph's next sentences may mean.
                    for event in analysis.events { context.noteEvent(event) }
                    for claim in claims {
                        let key = RelationKey(claim: claim, sentence: sentence.index)
                        guard seenRelations.insert(key).inserted else { continue }
                        for id in [claim.source, claim.target] + (claim.speaker.map { [$0] } ?? []) {
                            ensure(id, in: &context)
                        }
                        // What "the two countries" in a later sentence may mean.
                        if claim.kind.polarity != .affiliation { context.noteRelated(claim.source, claim.target) }
                        relations.append(Relation(
                            source: claim.source, target: claim.target, kind: claim.kind, code: claim.code,
                            certainty: claim.certainty, speaker: claim.speaker, evidence: evidence))
                    }
                }
            }
            return context
        }
        for actor in context.actors {
            if let affiliation = actor.affiliation { ensure(affiliation, in: &context) }
        }
        return DocumentExtraction(document: document.info, actors: finalActors(context), relations: relations)
    }

    /// A mediation or a stance on an accord without named parties goes to the pair related in
    /// the same sentence ("A and B held no direct talks, but C acted as intermediary") or, failing
    /// that, the pair the paragraph related last ("… signed a truce. Libya had brokered that deal.").
    static func withPartiesFound(_ claims: [Claim], _ context: DocumentContext) -> [Claim] {
        guard claims.contains(where: \.awaitsParties) else { return claims }
        var resolved = claims.filter { !$0.awaitsParties }
        for open in claims where open.awaitsParties {
            let sameSentence = resolved.last {
                !$0.isOpen && $0.kind.polarity != .affiliation && $0.kind != open.kind && $0.source != open.source && $0.target != open.source
            }
            let parties = sameSentence.map { ($0.source, $0.target) }
                ?? context.recentPair { [.state, .armedGroup, .igo, .person].contains($0) }
            guard let (a, b) = parties, a != open.source, b != open.source else { continue }
            for party in [a, b] {
                var claim = open
                claim.target = party
                resolved.append(claim)
            }
        }
        return resolved
    }

    /// Two sides of a use of force, and the sentence that stated it.
    struct ForceBetween {
        var sides: (String, String)
        var sentence: Int
    }

    static let forceKinds: Set<RelationKind> = [.attack, .fight, .invade, .occupy]

    /// Force on no one named goes to whom its doer fought or struck, or was struck by, in this
    /// sentence or the two before it ("The AA overran two outposts. In response, the junta
    /// launched airstrikes in the area."). With no such opponent it is dropped.
    static func withOpponentsFound(_ claims: [Claim], _ recent: inout [ForceBetween], sentence: Int) -> [Claim] {
        var out: [Claim] = []
        for claim in claims where !claim.awaitsOpponent {
            out.append(claim)
            if forceKinds.contains(claim.kind), !claim.isOpen, claim.certainty == .asserted || claim.certainty == .reported {
                recent.append(ForceBetween(sides: (claim.source, claim.target), sentence: sentence))
            }
        }
        recent.removeAll { $0.sentence < sentence - 2 }
        for open in claims where open.awaitsOpponent {
            let latest = recent.last { $0.sides.0 == open.source || $0.sides.1 == open.source }
            guard let latest else { continue }
            var claim = open
            claim.target = latest.sides.0 == open.source ? latest.sides.1 : latest.sides.0
            if !out.contains(claim) { out.append(claim) }
        }
        return out
    }

    /// The latest doer of a measure, and the sentence that stated it.
    struct MeasureDoer {
        var kind: RelationKind
        var doer: String
        var sentence: Int
    }

    /// A measure stated without its doer goes to the latest doer of the same measure in the
    /// six sentences before ("Washington blacklisted X. Two of his aides were also
    /// sanctioned."). With none it is dropped.
    static func withDoersFound(_ claims: [Claim], _ recent: inout [MeasureDoer], sentence: Int) -> [Claim] {
        var out: [Claim] = []
        for claim in claims where !claim.awaitsDoer {
            out.append(claim)
            if Claim.doerKinds.contains(claim.kind), !claim.isOpen, claim.certainty == .asserted || claim.certainty == .reported {
                recent.append(MeasureDoer(kind: claim.kind, doer: claim.source, sentence: sentence))
            }
        }
        recent.removeAll { $0.sentence < sentence - 6 }
        for open in claims where open.awaitsDoer {
            guard let latest = recent.last(where: { $0.kind == open.kind && $0.doer != open.target }) else { continue }
            var claim = open
            claim.source = latest.doer
            if !out.contains(claim) { out.append(claim) }
        }
        return out
    }

    /// Relations read through what a person belongs to. A person's support for their own state
    /// or group says nothing between actors ("Assad vowed to protect Syria"), so it is dropped; force used on a person the sentence places in a group ("killed Hamas deputy
    /// chief X") is force used on the group as well; a sanction or arrest of an official is not.
    static func throughAffiliations(_ claims: [Claim], lexicon: Lexicon, _ context: DocumentContext) -> [Claim] {
        var stated: [String: Set<String>] = [:]
        for claim in claims where claim.kind == .memberOf || claim.kind == .leaderOf {
            stated[claim.source, default: []].insert(claim.target)
        }
        func groups(of id: String) -> Set<String> {
            var found = stated[id] ?? []
            if let affiliation = context.actor(id: id)?.affiliation ?? lexicon.entry(id: id)?.actor.affiliation {
                found.insert(affiliation)
            }
            return found
        }
        var out: [Claim] = []
        for claim in claims {
            if claim.kind.polarity == .affiliation {
                out.append(claim)
                continue
            }
            // A quarrel with one's own state (a coup, a trial, defiance) is news; backing it is not.
            if claim.kind.polarity == .cooperation,
                groups(of: claim.source).contains(claim.target) || groups(of: claim.target).contains(claim.source)
            {
                continue
            }
            out.append(claim)
            // Only a person: force used on a member state is not force used on its alliance.
            // Only force: a sanction or an arrest of an official is not one of their state.
            guard claim.kind.usesForce,
                (context.actor(id: claim.target) ?? lexicon.entry(id: claim.target)?.actor)?.kind == .person
            else { continue }
            for group in (stated[claim.target] ?? []).sorted() where group != claim.source {
                var onGroup = claim
                onGroup.target = group
                if !out.contains(onGroup) && !claims.contains(onGroup) { out.append(onGroup) }
            }
        }
        return out
    }

    /// The first person and the first other argument of a sentence become the referents of
    /// the next "he" and "it".
    private func updateSalience(_ mentions: [Mention], _ context: inout DocumentContext) {
        if let person = mentions.first(where: { $0.kind == .person && $0.form != .pronoun }) {
            context.salientPerson = person.actor
        }
        if let group = mentions.first(where: { $0.kind != .person && $0.isArgument && $0.form != .pronoun }) {
            context.salientGroup = group.actor
        }
    }

    private func ensure(_ id: String, in context: inout DocumentContext) {
        guard context.actor(id: id) == nil, let entry = lexicon.entry(id: id) else { return }
        context.note(entry.actor)
    }

    /// Dictionary actors carry their full alias list; the document's own spellings come first.
    private func finalActors(_ context: DocumentContext) -> [Actor] {
        context.actors.map { dictionaryActors.final(of: $0) }
    }

    /// Paragraphs as byte ranges: runs of non-blank lines. A line-broken paragraph stays one.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var lineStart = 0
        var paragraphStart: Int?
        var paragraphEnd = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                var s = lineStart, e = i
                while s < e && Tokenizer.isSpace(bytes[s]) { s += 1 }
                while e > s && Tokenizer.isSpace(bytes[e - 1]) { e -= 1 }
                if s == e {
                    if let start = paragraphStart { result.append((start, paragraphEnd)) }
                    paragraphStart = nil
                } else {
                    if paragraphStart == nil { paragraphStart = s }
                    paragraphEnd = e
                    // A short line without final punctuation is a headline or subheading.
                    if e - s < 120 && ![0x2E, 0x22, 0x3A, 0x2C].contains(bytes[e - 1]) && !(bytes[e - 1] >= 0x80) {
                        result.append((paragraphStart!, e))
                        paragraphStart = nil
                    }
                }
                lineStart = i + 1
            }
            i += 1
        }
        if let start = paragraphStart { result.append((start, paragraphEnd)) }
        return result
    }
}

private struct RelationKey: Hashable {
    var source: String
    var target: String
    var kind: RelationKind
    var sentence: Int

    init(claim: Claim, sentence: Int) {
        source = claim.source
        target = claim.target
        kind = claim.kind
        self.sentence = sentence
    }
}
