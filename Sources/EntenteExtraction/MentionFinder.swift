import EntenteGraph

/// Finds the actors named in a sentence: dictionary names, titles before names, state organs,
/// unknown people with role cues, new armed groups, and pronouns resolved to salient actors.
struct MentionFinder {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let cues: CompiledCues

    struct Result {
        var mentions: [Mention] = []
        var affiliations: [PhraseAffiliation] = []
        /// Relations read off compound modifiers: "the Iran-backed group".
        var compounds: [(source: String, target: String, kind: RelationKind)] = []
    }

    func find(in tokens: [Token], context: inout DocumentContext) -> Result {
        var result = Result()
        var sawPerson = false, sawGroup = false
        var i = 0
        while i < tokens.count {
            if tokens[i].classes.contains(.anaphor), let pair = pairDescription(at: i, tokens, context) {
                result.mentions += pair
                i = pair[1].last + 1 + (pair[1].possessive ? 1 : 0)
                continue
            }
            if let mention = mention(at: i, tokens, &context, &result) {
                // The first person and group of a sentence are what its later "he" and "it" mean.
                if mention.form != .pronoun {
                    context.noteRecent(mention.actor, kind: mention.kind)
                    if mention.kind == .armedGroup { context.lastArmedGroup = mention.actor }
                    if mention.kind == .state {
                        context.stateMentions[mention.actor, default: 0] += 1
                        if mention.isArgument { context.lastState = mention.actor }
                    }
                    if mention.kind == .person && !sawPerson {
                        context.salientPerson = mention.actor
                        sawPerson = true
                    } else if mention.kind != .person && mention.isArgument && !sawGroup {
                        context.salientGroup = mention.actor
                        sawGroup = true
                    }
                }
                result.mentions.append(mention)
                i = mention.last + 1 + (mention.possessive ? 1 : 0)
            } else {
                i += 1
            }
        }
        joinDemonymsBeforeOrgans(&result.mentions, tokens)
        readCompounds(tokens, &result, &context)
        return result
    }

    /// Words that end a noun phrase, so "the Kenyan-led force but that it…" finds no head.
    private static let phraseBreakers: Set<String> = ["and", "or", "but", "that", "which", "who", "it", "they"]

    private static let compoundKinds: [String: RelationKind] = [
        "backed": .support, "supported": .support, "sponsored": .support, "funded": .aid, "financed": .aid,
        "armed": .supplyArms, "trained": .train, "aligned": .ally, "allied": .ally, "led": .memberOf,
    ]

    /// "Iran-backed Houthis", "the Russian-led CSTO", "Saudi-led coalition": the actor in the
    /// modifier relates to the actor the noun phrase names.
    private func readCompounds(_ tokens: [Token], _ result: inout Result, _ context: inout DocumentContext) {
        for (position, token) in tokens.enumerated() where token.isWord && token.hasHyphen {
            guard let dash = token.lower.lastIndex(of: "-"),
                let kind = Self.compoundKinds[String(token.lower[token.lower.index(after: dash)...])]
            else { continue }
            let prefix = String(token.text[..<dash])
            guard let sponsor = gazetteer.actor(named: prefix) else { continue }
            let actor = lexicon.actors[sponsor].actor
            // The head is the next actor named within the noun phrase.
            guard let head = result.mentions.first(where: { $0.first > position && $0.first <= position + 4 && $0.isArgument }),
                head.form != .pronoun, head.actor != actor.id,
                !tokens[(position + 1)..<head.first].contains(where: {
                    !$0.isWord || !$0.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak])
                        || Self.phraseBreakers.contains($0.lower)
                })
            else { continue }
            context.note(actor, alias: prefix)
            // "Russian-led CSTO": the leader belongs to what it leads (member_of), and a
            // backer supports what it backs; either way the modifier's actor is the source.
            result.compounds.append((actor.id, head.actor, kind))
        }
    }

    /// "Chinese and Russian warships": the organ noun belongs to both demonyms.
    private func joinDemonymsBeforeOrgans(_ mentions: inout [Mention], _ tokens: [Token]) {
        for index in mentions.indices.dropLast() where mentions[index].form == .demonym && !mentions[index].isArgument {
            let next = mentions[index + 1]
            let between = tokens[(mentions[index].last + 1)..<next.first].map(\.lower)
            guard next.form == .organ, between == ["and"] || between == [","] || between == [",", "and"] else { continue }
            mentions[index].form = .organ
            mentions[index].isArgument = true
        }
    }

    // MARK: One mention

    private func mention(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        if let base = named(at: i, tokens, &context) {
            return extend(base, tokens, &context, &result)
        }
        if let titled = titledPerson(at: i, tokens, &context, affiliation: nil, result: &result) {
            return extend(titled, tokens, &context, &result)
        }
        if let group = newGroup(at: i, tokens, &context) { return group }
        if let person = appositivePerson(at: i, tokens, &context, &result) { return person }
        return pronoun(at: i, tokens, &context, &result)
    }

    /// A dictionary name, or a name this document introduced.
    private func named(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard i < tokens.count else { return nil }
        let slice = tokens[...]
        if let entry = gazetteer.match(slice, at: i) {
            let actor = lexicon.actors[entry.actor].actor
            let surface = tokens[i..<(i + entry.words.count)].map(\.text).joined(separator: " ")
            context.note(actor, alias: surface)
            return Mention(
                first: i, last: i + entry.words.count - 1, actor: actor.id, kind: actor.kind, form: entry.form)
        }
        guard tokens[i].isCapitalized, context.localFirstWords.contains(tokens[i].lower),
            !Words.notNames.contains(tokens[i].lower)
        else { return nil }
        // Longest local name first: "Mark Milley" before "Milley".
        for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
            let key = tokens[i..<(i + length)].map(\.lower).joined(separator: " ")
            if let id = context.localNames[key], let actor = context.actor(id: id) {
                return Mention(first: i, last: i + length - 1, actor: id, kind: actor.kind, form: .name)
            }
        }
        return nil
    }

    /// Grows a mention by what follows it: a title and a person ("Russian President X"),
    /// membership ("NATO member Poland"), an organ ("Russian forces"), a possessive.
    private func extend(
        _ base: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention {
        var mention = base
        var next = mention.last + 1
        let possessive = next < tokens.count && tokens[next].isPossessive
        if possessive { next += 1 }
        if base.kind != .person {
            if let person = titledPerson(at: next, tokens, &context, affiliation: base, result: &result) {
                var extended = person
                extended.first = base.first
                return extended
            }
            if !possessive, base.kind == .igo, next < tokens.count,
                ["member", "ally"].contains(tokens[next].lower),
                let member = named(at: next + (tokens[safe: next + 1]?.lower == "state" ? 2 : 1), tokens, &context),
                member.kind == .state
            {
                result.affiliations.append(PhraseAffiliation(member: member.actor, group: base.actor, kind: .memberOf))
                var extended = member
                extended.first = base.first
                return extended
            }
            if let holder = titleHolder(of: base, at: next, tokens, &context) {
                return withPossessive(holder, tokens)
            }
            if let organLength = organ(at: next, tokens) {
                mention.last = next + organLength - 1
                mention.form = .organ
                mention.isArgument = true
                return withPossessive(mention, tokens)
            }
        }
        if !possessive, base.kind == .person, base.form == .name,
            let office = appositiveOffice(of: base, tokens, &context, &result)
        {
            return office
        }
        // "Hungary's Viktor Orbán": a state's person, without a title.
        if possessive, base.kind == .state, let person = named(at: next, tokens, &context), person.kind == .person {
            let role = lexicon.entry(id: person.actor)?.role
            let leads = role == "head_of_state" || role == "head_of_government"
            result.affiliations.append(PhraseAffiliation(member: person.actor, group: base.actor, kind: leads ? .leaderOf : .memberOf))
            var extended = person
            extended.first = base.first
            return withPossessive(extended, tokens)
        }
        // "Maduro's government", "Putin's troops": a leader's organs are his state's.
        if possessive, base.kind == .person, let organLength = organ(at: next, tokens),
            let state = lexicon.entry(id: base.actor)?.actor.affiliation ?? context.actor(id: base.actor)?.affiliation,
            let stateActor = lexicon.entry(id: state)?.actor
        {
            context.note(stateActor)
            return withPossessive(
                Mention(first: base.first, last: next + organLength - 1, actor: state, kind: stateActor.kind, form: .organ),
                tokens)
        }
        if possessive {
            mention.possessive = true
            return mention
        }
        if mention.form == .demonym { mention.isArgument = false }
        return mention
    }

    /// "Belarus leader", "the Russian president": the person who holds that title for that
    /// state, as met earlier in the document or as the lexicon records.
    private func titleHolder(of state: Mention, at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard state.kind == .state, let title = cues.title(tokens, at: i) else { return nil }
        let titleText = tokens[i..<(i + title.length)].map(\.lower).joined(separator: " ")
        // Only offices held by one person at a time name that person: "the Russian
        // ambassador" could be any of dozens.
        guard title.isLeader || ["minister", "secretary", "chief"].contains(where: { titleText.contains($0) }) else {
            return nil
        }
        let candidates = lexicon.people(of: state.actor)
        let holder = candidates.first { $0.titles.contains { $0.lowercased() == titleText } }
            ?? (title.isLeader && ["leader", "head of state"].contains(titleText)
                ? candidates.first { $0.role == "head_of_state" } : nil)
        guard let holder else { return nil }
        context.note(holder.actor)
        return Mention(first: state.first, last: i + title.length - 1, actor: holder.actor.id, kind: .person, form: .name)
    }

    private func withPossessive(_ mention: Mention, _ tokens: [Token]) -> Mention {
        var mention = mention
        if tokens[safe: mention.last + 1]?.isPossessive == true { mention.possessive = true }
        return mention
    }

    /// An organ noun phrase, allowing one adjective before it ("extra troops", "special forces").
    private func organ(at i: Int, _ tokens: [Token]) -> Int? {
        if let length = cues.organs.match(tokens, at: i) { return length }
        return nil
    }

    /// A title followed by a person's name: a dictionary person or a new one.
    private func titledPerson(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, affiliation: Mention?,
        result: inout Result
    ) -> Mention? {
        guard i < tokens.count, let title = cues.title(tokens, at: i) else { return nil }
        // A title with no state before it must be capitalised to introduce a name, unless a
        // full name of two capitalised words follows ("by commander-in-chief Twan Mrat Naing").
        if affiliation == nil && !tokens[i].isCapitalized {
            let after = i + title.length
            guard tokens[safe: after]?.isCapitalized == true, tokens[safe: after + 1]?.isCapitalized == true else { return nil }
        }
        var start = i + title.length
        // "spokesman Major General Pat Ryder": titles stack.
        while let more = cues.title(tokens, at: start), start - i < 8 { start += more.length }
        // "Ukraine's foreign minister, Andrii Sybiha,": the name in apposition after a comma.
        if affiliation != nil, tokens[safe: start]?.text == ",", tokens[safe: start + 1]?.isCapitalized == true {
            start += 1
        }
        // "Defence Minister Viktor Khrenin" may read "Minister of Defence Viktor Khrenin".
        if tokens[safe: start]?.lower == "of", let state = named(at: start + 1, tokens, &context), state.kind == .state {
            start = state.last + 1
        }
        guard start < tokens.count else { return nil }
        var person: Mention?
        if let known = named(at: start, tokens, &context), known.kind == .person {
            person = known
        } else if let name = personName(at: start, tokens) {
            let text = tokens[start...name].map(\.text).joined(separator: " ")
            let id = Self.slug(text)
            var actor = Actor(id: id, name: text, kind: .person, affiliation: affiliation?.actor)
            if affiliation?.kind != .state && affiliation?.kind != .igo { actor.affiliation = nil }
            if context.actor(id: id) == nil { context.introduce(actor) }
            person = Mention(first: start, last: name, actor: id, kind: .person, form: .name)
        }
        guard var found = person else { return nil }
        found.first = i
        if let affiliation, affiliation.kind == .state || affiliation.kind == .igo || affiliation.kind == .armedGroup {
            result.affiliations.append(PhraseAffiliation(
                member: found.actor, group: affiliation.actor, kind: title.isLeader ? .leaderOf : .memberOf))
        } else if let known = lexicon.entry(id: found.actor), let group = known.actor.affiliation {
            // "Prime Minister Albin Kurti", "junta leader Min Aung Hlaing": the title says which
            // office, the lexicon whose. A leader's title only counts for a sitting leader.
            let titleText = tokens[i..<(i + title.length)].map(\.lower).joined(separator: " ")
            let sitting = known.role == "head_of_state" || known.role == "head_of_government" || known.role == "leader"
            if known.titles.contains(where: { $0.lowercased().hasSuffix(titleText) }) || (title.isLeader && sitting) {
                result.affiliations.append(PhraseAffiliation(
                    member: found.actor, group: group, kind: title.isLeader ? .leaderOf : .memberOf))
            }
        }
        return withPossessive(found, tokens)
    }

    /// One to three capitalised words (with particles such as "al" or "bin") that are not
    /// dictionary names: the end index, or nil.
    private func personName(at i: Int, _ tokens: [Token]) -> Int? {
        var end = i - 1
        var j = i
        while j < tokens.count && j < i + 4 {
            let token = tokens[j]
            if token.isWord && token.isCapitalized && !Words.notNames.contains(token.lower)
                && token.text.count > 1 && gazetteer.match(tokens[...], at: j) == nil
            {
                end = j
            } else if Words.nameParticles.contains(token.lower) && j > i {
                // kept only if a capitalised word follows
            } else {
                break
            }
            j += 1
        }
        return end >= i ? end : nil
    }

    /// "Linda Smith, the US ambassador", "Ivan Ivanov, the foreign minister of Belarus": a new
    /// person named before a title, with the state the title belongs to.
    private func appositivePerson(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard tokens[i].isCapitalized, !Words.notNames.contains(tokens[i].lower), let nameEnd = personName(at: i, tokens),
            nameEnd > i, tokens[safe: nameEnd + 1]?.text == ",", tokens[safe: nameEnd + 2]?.lower == "the"
        else { return nil }
        var position = nameEnd + 3
        var state: Mention?
        if let before = named(at: position, tokens, &context), before.kind == .state || before.kind == .igo {
            state = before
            position = before.last + 1 + (tokens[safe: before.last + 1]?.isPossessive == true ? 1 : 0)
        }
        guard let title = cues.title(tokens, at: position) else { return nil }
        position += title.length
        if state == nil, ["of", "to"].contains(tokens[safe: position]?.lower ?? ""),
            let after = named(at: position + 1, tokens, &context), after.kind == .state || after.kind == .igo
        {
            state = after
        }
        guard let state else { return nil }
        let text = tokens[i...nameEnd].map(\.text).joined(separator: " ")
        let id = Self.slug(text)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: text, kind: .person, affiliation: state.kind == .state ? state.actor : nil))
        }
        result.affiliations.append(PhraseAffiliation(member: id, group: state.actor, kind: title.isLeader ? .leaderOf : .memberOf))
        return Mention(first: i, last: nameEnd, actor: id, kind: .person, form: .name)
    }

    /// "Sergei Lavrov, Russia's foreign minister,", "Mark Rutte, the NATO secretary-general,":
    /// a named person's office stated in apposition. The mention grows over the apposition so
    /// the office's state is not read as a second subject.
    private func appositiveOffice(
        of person: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        var position = person.last + 1
        guard tokens[safe: position]?.text == "," else { return nil }
        position += 1
        if tokens[safe: position]?.lower == "the" { position += 1 }
        guard let group = named(at: position, tokens, &context),
            group.kind == .state || group.kind == .igo || group.kind == .armedGroup, group.actor != person.actor
        else { return nil }
        position = group.last + 1
        if tokens[safe: position]?.isPossessive == true { position += 1 }
        guard let title = cues.title(tokens, at: position) else { return nil }
        let end = position + title.length - 1
        // "Lavrov, Chinese Foreign Minister Wang Yi and…": a name after the title makes it a
        // list of titled people, not an apposition.
        if let after = tokens[safe: end + 1], after.isWord, after.isCapitalized || cues.title(tokens, at: end + 1) != nil {
            return nil
        }
        result.affiliations.append(PhraseAffiliation(
            member: person.actor, group: group.actor, kind: title.isLeader ? .leaderOf : .memberOf))
        var extended = person
        extended.last = end
        return withPossessive(extended, tokens)
    }

    /// "the Fano militia", "the March 23 Movement": capitalised words then a group noun.
    private func newGroup(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard i > 0, tokens[i - 1].lower == "the", tokens[i].isCapitalized,
            !Words.notNames.contains(tokens[i].lower)
        else { return nil }
        var j = i
        // "the Iran-backed group" is a description of a known group, not a new name.
        while j < tokens.count && j < i + 4 && tokens[j].isWord && tokens[j].isCapitalized
            && !tokens[j].text.contains("-") && cues.groupNouns.match(tokens, at: j) == nil
        {
            j += 1
        }
        guard j > i, let nounLength = cues.groupNouns.match(tokens, at: j) else { return nil }
        let last = j + nounLength - 1
        let name = tokens[i...last].map(\.text).joined(separator: " ")
        let id = Self.slug(name)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: .armedGroup))
        }
        return withPossessive(Mention(first: i, last: last, actor: id, kind: .armedGroup, form: .name), tokens)
    }

    /// "the two countries", "both sides", "the neighbours": two mentions over the same words
    /// for the pair the paragraph's previous sentences relate, when that pair is clear-cut.
    private func pairDescription(at i: Int, _ tokens: [Token], _ context: DocumentContext) -> [Mention]? {
        let word = tokens[i].lower
        let states = Words.pairStateNouns.contains(word)
        guard states || Words.pairSideNouns.contains(word), !tokens[i].isCapitalized, i > 0 else { return nil }
        let first: Int
        if tokens[i - 1].lower == "both" {
            first = i - 1
        } else if tokens[i - 1].lower == "two", i > 1, tokens[i - 2].lower == "the" {
            first = i - 2
        } else if tokens[i - 1].lower == "the", word.hasPrefix("neighbo") {
            first = i - 1
        } else {
            return nil
        }
        // "both sides of the border" and "losses on both sides" are places, not the parties.
        guard tokens[safe: i + 1]?.lower != "of", first == 0 || tokens[first - 1].lower != "on" else { return nil }
        let fits: (ActorKind) -> Bool = states ? { $0 == .state } : { [.state, .armedGroup, .igo].contains($0) }
        guard let (a, b) = context.recentPair(where: fits), let actorA = context.actor(id: a), let actorB = context.actor(id: b)
        else { return nil }
        var one = Mention(first: first, last: i, actor: a, kind: actorA.kind, form: .pronoun)
        one.pair = .first
        one = withPossessive(one, tokens)
        var other = one
        other.actor = b
        other.kind = actorB.kind
        other.pair = .second
        return [one, other]
    }

    /// "the alliance", "the bloc", "the kingdom", "the island": the one actor of that
    /// description named in this or the paragraph's previous sentences.
    private func kindDescription(_ word: String, _ context: DocumentContext) -> String? {
        switch word {
        case "alliance":
            return context.soleRecent { ($0.kind == .igo || $0.kind == .armedGroup) && isAlliance($0.actor) }
        case "bloc":
            return context.soleRecent { $0.kind == .igo && Words.blocIDs.contains($0.actor) }
        case "island":
            return context.soleRecent { $0.kind == .state && Words.islandStates.contains($0.actor) }
        case "kingdom", "republic":
            return context.soleRecent { $0.kind == .state && officialName($0.actor, contains: word) }
        default:
            return nil
        }
    }

    /// NATO and the like, or a coalition whose name is an alliance ("Alliance of Sahel States",
    /// "Three Brotherhood Alliance"), not one that merely has the word ("… Alliance Army").
    private func isAlliance(_ id: String) -> Bool {
        if Words.allianceIDs.contains(id) { return true }
        guard let entry = lexicon.entry(id: id) else { return false }
        return ([entry.actor.name] + entry.actor.aliases).contains {
            let words = $0.lowercased().split(separator: " ")
            return words.last == "alliance" || words.first == "alliance" && words.dropFirst().first == "of"
        }
    }

    /// Whether the actor's name or an alias has `word` in it: "Kingdom of Saudi Arabia".
    private func officialName(_ id: String, contains word: String) -> Bool {
        guard let entry = lexicon.entry(id: id) else { return false }
        return ([entry.actor.name] + entry.actor.aliases).contains { $0.lowercased().split(separator: " ").contains { $0 == word } }
    }

    /// "he", "his", "it", "their": the salient actor of the right sort, if any.
    private func pronoun(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard !tokens[i].classes.isDisjoint(with: [.pronoun, .anaphor]) else { return nil }
        let word = tokens[i].lower
        if Words.kindAnaphors.contains(word) {
            // Only "the kingdom" itself: "the Kingdom of …" or "the island nation's…" are other
            // phrases, and a name may follow ("the bloc ASEAN").
            guard i > 0, tokens[i - 1].lower == "the", !tokens[i].isCapitalized, tokens[safe: i + 1]?.lower != "of",
                let id = kindDescription(word, context), let actor = context.actor(id: id)
            else { return nil }
            return withPossessive(Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
        }
        if Words.groupAnaphors.contains(word) || Words.stateAnaphors.contains(word),
            let article = (max(0, i - 3)..<i).last(where: { tokens[$0].lower == "the" }),
            tokens[(article + 1)..<i].allSatisfy({ $0.isWord && ($0.text.contains("-") || !$0.isCapitalized) })
        {
            // "the group's revolt", "the country's army": a definite description of the
            // latest actor of that sort.
            let id: String?
            if Words.groupAnaphors.contains(word) {
                // Two armed groups named in this or the last two sentences make "the group"
                // unclear; with none there, it is the latest one named.
                id = context.describedActor(back: 2, fallback: context.lastArmedGroup) { $0.kind == .armedGroup }
            } else if word == "country" {
                // So do two states in this or the previous sentence for "the country".
                id = context.describedActor(back: 1, fallback: context.lastState) { $0.kind == .state }
            } else if word == "government" {
                id = context.describedActor(back: 1, fallback: context.topicState) { $0.kind == .state }
            } else {
                id = context.topicState
            }
            guard let id, let actor = context.actor(id: id) else { return nil }
            return withPossessive(Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
        }
        let id: String?
        if Words.personPronouns.contains(word) {
            id = context.salientPerson
        } else if Words.groupPronouns.contains(word) {
            id = context.salientGroup
        } else {
            return nil
        }
        guard let id, let actor = context.actor(id: id) else { return nil }
        var mention = Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun)
        // "his country" is the state of the person meant.
        if (word == "his" || word == "her") && tokens[safe: i + 1]?.lower == "country",
            let state = actor.affiliation, let stateActor = lexicon.entry(id: state)?.actor ?? context.actor(id: state)
        {
            mention = Mention(first: i, last: i + 1, actor: state, kind: stateActor.kind, form: .organ)
        } else if ["its", "their"].contains(word), actor.kind == .state,
            let titled = titledPersonAfterPronoun(mention, tokens, &context, &result)
        {
            // "Its President Luis Abinader": the pronoun names the state the title belongs to.
            mention = titled
        } else if ["his", "her", "its", "their"].contains(word) {
            // "its northern border": the pronoun owns a thing, it is not itself an argument.
            mention.possessive = true
            mention.isArgument = cues.organs.match(tokens, at: i + 1) != nil
        }
        return mention
    }

    private func titledPersonAfterPronoun(
        _ pronoun: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        titledPerson(at: pronoun.last + 1, tokens, &context, affiliation: pronoun, result: &result).map {
            var person = $0
            person.first = pronoun.first
            return person
        }
    }

    static func slug(_ name: String) -> String {
        var out = ""
        var lastWasSeparator = false
        for scalar in name.uppercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastWasSeparator = false
            } else if !lastWasSeparator && !out.isEmpty {
                out.append("_")
                lastWasSeparator = true
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out.isEmpty ? "ACTOR" : out
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
