import EntenteGraph

/// Compound modifiers: "Iran-backed Houthis", "U.S.-allied Kurds", "Chinese and Russian warships".
extension MentionFinder {
    /// Words that end a noun phrase, so "the Kenyan-led force but that it…" finds no head.
    static let phraseBreakers: WordSet = ["and", "or", "but", "that", "which", "who", "it", "they"]

    static let compoundKinds: [String: RelationKind] = [
        "backed": .support, "supported": .support, "sponsored": .support, "funded": .aid, "financed": .aid,
        "armed": .supplyArms, "trained": .train, "aligned": .ally, "allied": .ally, "led": .memberOf,
        "linked": .ally, "affiliated": .memberOf,
    ]

    /// Compounds whose head is the relation's source: "EU-member Latvia" is a member of the EU.
    static let headFirstCompoundKinds: [String: RelationKind] = ["member": .memberOf, "members": .memberOf]

    /// "Iran-backed Houthis", "the Russian-led CSTO", "Saudi-led coalition": the actor in the
    /// modifier relates to the actor the noun phrase names.
    func readCompounds(_ tokens: [Token], _ result: inout Result, _ context: inout DocumentContext) {
        var compounds: [(position: Int, kind: RelationKind, actor: Actor, prefix: String)] = []
        var headFirst: Set<Int> = []
        for (position, token) in tokens.enumerated() where token.isWord && token.hasHyphen {
            guard let dash = token.lower.lastIndex(of: "-") else { continue }
            // "pro-Russia Dodon", "pro-Iranian militias": the head supports the actor named.
            if token.lower.hasPrefix("pro-"), dash == token.lower.index(token.lower.startIndex, offsetBy: 3) {
                let prefix = String(token.text.dropFirst(4))
                if let sponsor = gazetteer.actor(named: prefix) {
                    headFirst.insert(position)
                    compounds.append((position, .support, lexicon.actors[sponsor].actor, prefix))
                }
                continue
            }
            let suffix = String(token.lower[token.lower.index(after: dash)...])
            let prefix = String(token.text[..<dash])
            // "the Ethiopia-Somaliland deal", "the Russia-Ukraine war": a pair named in one word.
            if addPair(prefix, String(token.text[token.text.index(after: dash)...]), at: position, &result, &context) { continue }
            // "the RSF-held town": the holder is named, and what is struck is theirs.
            if cues.contains(.holdingParticiples, suffix) {
                addHolder(named: prefix, at: position, &result)
                continue
            }
            // "Kremlin-appointed officials": officials a power put in office act as its own.
            if Self.appointingParticiples.contains(suffix), let length = appointees(at: position + 1, tokens) {
                addAppointees(of: prefix, at: position, through: position + length, &result)
                continue
            }
            guard let kind = Self.compoundKinds[suffix] ?? Self.headFirstCompoundKinds[suffix] else { continue }
            guard let sponsor = gazetteer.actor(named: prefix) else { continue }
            if Self.headFirstCompoundKinds[suffix] != nil { headFirst.insert(position) }
            compounds.append((position, kind, lexicon.actors[sponsor].actor, prefix))
        }
        // "U.S.-allied Kurdish militants": a name with its own final period is split from the
        // hyphen. It is a modifier, never an argument of its own.
        for index in result.mentions.indices {
            let mention = result.mentions[index]
            guard let dash = tokens[safe: mention.last + 1], dash.text == "-", dash.start == tokens[mention.last].end,
                let word = tokens[safe: mention.last + 2], word.isWord, word.start == dash.end
            else { continue }
            result.mentions[index].isArgument = false
            if let kind = Self.compoundKinds[word.lower], let actor = context.actor(id: mention.actor) ?? lexicon.entry(id: mention.actor)?.actor {
                compounds.append((mention.last + 2, kind, actor, Self.surface(tokens[mention.first...mention.last])))
            }
        }
        for (position, kind, actor, prefix) in compounds {
            // The head is the next actor named within the noun phrase.
            // "troops from the NATO-led KFOR": the head may be the owner of an organ mention.
            guard let head = result.mentions.first(where: {
                    ($0.first > position && $0.first <= position + 4 || $0.form == .organ && $0.first < position && $0.last > position)
                        && $0.isArgument
                }),
                head.form != .pronoun, head.actor != actor.id,
                !tokens[(position + 1)..<max(position + 1, head.first)].contains(where: {
                    !$0.isWord || !$0.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak])
                        || Self.phraseBreakers.contains($0.lower)
                })
            else { continue }
            context.note(actor, alias: prefix)
            // "Russian-led CSTO": the leader belongs to what it leads (member_of), and a
            // backer supports what it backs; either way the modifier's actor is the source.
            // "the NATO-led KFOR mission": a body led by an alliance is part of it.
            if headFirst.contains(position) {
                result.compounds.append((head.actor, actor.id, kind))
            } else if kind == .memberOf, actor.kind != .state, head.kind != .state, head.kind != .person {
                result.compounds.append((head.actor, actor.id, .partOf))
            } else {
                result.compounds.append((actor.id, head.actor, kind))
            }
        }
    }

    /// Two actors joined by a hyphen ("Ethiopia-Somaliland"): two mentions over the one word, a
    /// pair whose event the noun after it names. Never a verb's argument on its own.
    private func addPair(_ left: String, _ right: String, at position: Int, _ result: inout Result, _ context: inout DocumentContext) -> Bool {
        guard let a = gazetteer.actor(named: left), let b = gazetteer.actor(named: right), a != b,
            !result.mentions.contains(where: { $0.first <= position && position <= $0.last })
        else { return false }
        let actorA = lexicon.actors[a].actor, actorB = lexicon.actors[b].actor
        guard actorA.id != actorB.id else { return false }
        context.note(actorA, alias: left)
        context.note(actorB, alias: right)
        var one = Mention(first: position, last: position, actor: actorA.id, kind: actorA.kind, form: .name)
        one.pair = .first
        one.isArgument = false
        var other = one
        other.actor = actorB.id
        other.kind = actorB.kind
        other.pair = .second
        let index = result.mentions.firstIndex(where: { $0.first > position }) ?? result.mentions.endIndex
        result.mentions.insert(contentsOf: [one, other], at: index)
        return true
    }

    /// "the Houthi-controlled port": the compound is a mention of its holder, an argument a verb
    /// of force can take ("struck the Houthi-controlled port").
    private func addHolder(named prefix: String, at position: Int, _ result: inout Result) {
        guard let id = gazetteer.actor(named: prefix), !result.mentions.contains(where: { $0.first <= position && position <= $0.last })
        else { return }
        let actor = lexicon.actors[id].actor
        let index = result.mentions.firstIndex(where: { $0.first > position }) ?? result.mentions.endIndex
        result.mentions.insert(Mention(first: position, last: position, actor: actor.id, kind: actor.kind, form: .name), at: index)
    }

    /// Participles of putting someone in office: "Kremlin-appointed", "Moscow-installed".
    static let appointingParticiples: WordSet = ["appointed", "installed", "imposed", "nominated"]

    /// The officials after an appointing compound, and how many words name them.
    private func appointees(at position: Int, _ tokens: [Token]) -> Int? {
        guard let word = tokens[safe: position] else { return nil }
        if cues.contains(.seatedOrgans, word) { return 1 }
        return cues.organs.match(tokens, at: position)
    }

    /// "Kremlin-appointed officials": one mention of the appointing power over the compound
    /// and its officials, an argument of the clause as its organ.
    private func addAppointees(of prefix: String, at position: Int, through last: Int, _ result: inout Result) {
        guard let id = gazetteer.actor(named: prefix),
            !result.mentions.contains(where: { $0.first <= last && position <= $0.last })
        else { return }
        let actor = lexicon.actors[id].actor
        guard actor.kind == .state || actor.kind == .armedGroup || actor.kind == .igo else { return }
        let index = result.mentions.firstIndex(where: { $0.first > position }) ?? result.mentions.endIndex
        result.mentions.insert(Mention(first: position, last: last, actor: actor.id, kind: actor.kind, form: .organ), at: index)
    }

    /// "Chinese and Russian warships": the organ noun belongs to both demonyms.
    func joinDemonymsBeforeOrgans(_ mentions: inout [Mention], _ tokens: [Token]) {
        for index in mentions.indices.dropLast() where mentions[index].form == .demonym && !mentions[index].isArgument {
            let next = mentions[index + 1]
            guard next.first > mentions[index].last else { continue }
            let between = tokens[(mentions[index].last + 1)..<next.first].map(\.lower)
            guard next.form == .organ, between == ["and"] || between == [","] || between == [",", "and"] else { continue }
            mentions[index].form = .organ
            mentions[index].isArgument = true
        }
    }
}
