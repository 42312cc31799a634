import EntenteGraph

/// Groups the lexicon does not name: peoples acting together ("Kosovo Serb protesters"),
/// organs with their owner ("troops from KFOR"), and new armed groups ("the Fano militia").
extension MentionFinder {
    /// "troops from the NATO-led KFOR", "soldiers of the RSF": an organ noun with its owner
    /// after "from" or "of" stands for the owner.
    func organOf(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        if let seated = seatedOrgan(at: i, tokens, &context) { return seated }
        guard !tokens[i].isCapitalized || i == 0, let length = cues.organs.match(tokens, at: i),
            let preposition = tokens[safe: i + length], ["from", "of"].contains(preposition.lower)
        else { return nil }
        var position = i + length + 1
        if tokens[safe: position]?.lower == "the" { position += 1 }
        // "the NATO-led KFOR": a compound modifier before the name.
        if let modifier = tokens[safe: position], modifier.hasHyphen, modifier.isWord,
            tokens[safe: position + 1]?.isCapitalized == true
        {
            position += 1
        }
        guard let owner = named(at: position, tokens, &context),
            owner.kind == .state || owner.kind == .igo || owner.kind == .armedGroup || owner.kind == .organization
        else { return nil }
        return withPossessive(Mention(first: i, last: owner.last, actor: owner.actor, kind: owner.kind, form: .organ), tokens)
    }

    /// "Kurdish militants", "Tuareg rebels", "Rohingya fighters": a people the lexicon does not
    /// know, acting together. "Armed militants" or "Islamist fighters" name no people.
    func unnamedPeople(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        let token = tokens[i]
        guard token.isWord, token.isCapitalized, token.text.count > 2, !token.classes.contains(.notName),
            !cues.contains(.notPeoples, token), let noun = tokens[safe: i + 1], cues.contains(.collectiveNouns, noun)
        else { return nil }
        return collectiveMention(tokens, from: i, noun: i + 1, &context)
    }

    /// "Kosovo Serb protesters", "Karen rebels", "ethnic Albanian demonstrators": a people acting
    /// together is an actor of its own (an armed group when armed), never the state whose
    /// demonym describes it.
    func collective(from base: Mention, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard base.kind == .state, base.form == .demonym || base.form == .name else { return nil }
        var position = base.last + 1
        // A second origin word: "Kosovo Serb", "Bosnian Croat".
        if position < tokens.count, let second = gazetteer.match(tokens[...], at: position), second.form == .demonym {
            position += second.words.count
        }
        // A state's own organ ("Russian fighters") stays the state.
        guard let noun = tokens[safe: position], cues.contains(.collectiveNouns, noun),
            cues.organs.match(tokens, at: position) == nil
        else { return nil }
        // "Chad rebels … the Chadian rebels": the state's name before the noun says what its
        // adjective says, so both name one actor.
        var name: String?
        if base.form == .name, position == base.last + 1, let demonym = lexicon.entry(id: base.actor)?.demonyms.first {
            name = demonym + " " + noun.lower
        }
        return collectiveMention(tokens, from: base.first, noun: position, named: name, &context)
    }

    func collectiveMention(
        _ tokens: [Token], from first: Int, noun: Int, named name: String? = nil, _ context: inout DocumentContext
    ) -> Mention {
        let written = name ?? Self.surface(tokens[first...noun])
        let text = written.prefix(1).uppercased() + written.dropFirst()
        let id = Self.slug(text)
        let kind: ActorKind = cues.contains(.armedCollectiveNouns, tokens[noun]) ? .armedGroup : .other
        if context.actor(id: id) == nil { context.introduce(Actor(id: id, name: text, kind: kind)) }
        return withPossessive(Mention(first: first, last: noun, actor: id, kind: kind, form: .name), tokens)
    }

    /// "the Fano militia", "the March 23 Movement": capitalised words then a group noun.
    func newGroup(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        // "the Fano militia", or after a state's possessive: "Ethiopia's Tigray party".
        guard i > 0, tokens[i - 1].lower == "the" || tokens[i - 1].isPossessive, tokens[i].isCapitalized,
            !tokens[i].classes.contains(.notName)
        else { return nil }
        var j = i
        // "the Iran-backed group" is a description of a known group, not a new name.
        while j < tokens.count && j < i + 4 && tokens[j].isWord && tokens[j].isCapitalized
            && !Self.isCompoundModifier(tokens[j]) && cues.groupNouns.match(tokens, at: j) == nil
        {
            j += 1
        }
        guard j > i, let nounLength = cues.groupNouns.match(tokens, at: j) else { return nil }
        let last = j + nounLength - 1
        // "the Islamist militant group Hayat Tahrir al-Sham": a description before a name, not a
        // name itself; neither are describing words alone ("the Islamist movement").
        if tokens[i..<j].allSatisfy({ cues.contains(.notPeoples, $0.lower) }) || gazetteer.match(tokens[...], at: last + 1) != nil {
            return nil
        }
        let name = Self.surface(tokens[i...last])
        let id = Self.slug(name)
        // A party is political; the other group nouns name armed groups.
        let kind: ActorKind = ["party", "parties"].contains(tokens[last].lower) ? .organization : .armedGroup
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: kind))
        }
        return withPossessive(Mention(first: i, last: last, actor: id, kind: kind, form: .name), tokens)
    }

    /// "the Kassala Resistance Committees", "the Darfur Bar Association": capitalised words after
    /// "the" that end in an organisation's head noun name a body the lexicon does not know.
    func newOrganization(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard i > 0, tokens[i - 1].lower == "the" || tokens[i - 1].isPossessive, tokens[i].isWord, tokens[i].isCapitalized,
            !Words.notNames.contains(tokens[i].lower), !cues.contains(.organizationHeads, tokens[i].lower),
            !Self.isTitleCase(tokens),
            // "objected in the Security Council": a body named as the place of an act is a venue.
            i < 2 || !["in", "at", "before", "inside"].contains(tokens[i - 2].lower)
        else { return nil }
        var j = i
        var lastHead: Int?
        while j < tokens.count, j < i + 5, tokens[j].isWord, tokens[j].isCapitalized, !Self.isCompoundModifier(tokens[j]) {
            if let entry = gazetteer.match(tokens[...], at: j) {
                // "the Hisham Mubarak Law Center": a person's name inside a body's name.
                guard j > i, lexicon.actors[entry.actor].actor.kind == .person else { break }
                j += entry.words.count
                continue
            }
            if cues.contains(.organizationHeads, tokens[j].lower) { lastHead = j }
            j += 1
        }
        // The name ends at its head noun: "the Resistance Committees Coordination" is still
        // the committees' body, but a capitalised word after the last head must not be a verb
        // of a headline, which the title-case test above has ruled out.
        guard let last = lastHead, last > i else { return nil }
        let name = Self.surface(tokens[i...last])
        let id = Self.slug(name)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: .organization))
        }
        return withPossessive(Mention(first: i, last: last, actor: id, kind: .organization, form: .name), tokens)
    }

    /// How fighters are said to serve a group: "fighters belonging to the LRA", "rebels led by
    /// the M23", "militants linked to al-Qaeda". The first word, then what must follow it.
    static let servingLinks: [String: Set<String>] = [
        "belonging": ["to"], "loyal": ["to"], "linked": ["to", "with"], "affiliated": ["to", "with"],
        "allied": ["to", "with"], "aligned": ["with", "to"], "led": ["by"], "spearheaded": ["by"],
        "commanded": ["by"], "from": [], "of": [],
    ]

    /// "fighters belonging to the Lord's Resistance Army", "jihadi insurgents led by the
    /// Islamist group HTS": fighters described by the group they serve act as that group.
    func servingFighters(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard !tokens[i].isCapitalized || i == 0, cues.contains(.armedCollectiveNouns, tokens[i]) || cues.contains(.groupAnaphors, tokens[i]),
            let link = tokens[safe: i + 1], let follow = Self.servingLinks[link.lower]
        else { return nil }
        var position = i + 2
        if !follow.isEmpty {
            guard let second = tokens[safe: position], follow.contains(second.lower) else { return nil }
            position += 1
        } else if tokens[safe: position]?.lower != "the" {
            // "fighters of the M23" and "militants from al-Shabaab" are read by the organ rules
            // when the owner is named at once; here only a description may stand between.
            return nil
        }
        // "led by the Islamist militant group X": describing words between the article and the name.
        let limit = position + 5
        while position < limit, position < tokens.count, named(at: position, tokens, &context) == nil {
            let word = tokens[position]
            guard word.isWord, word.lower == "the" || !word.isCapitalized || cues.contains(.notPeoples, word.lower) else { return nil }
            position += 1
        }
        guard position < limit, let owner = named(at: position, tokens, &context),
            owner.kind == .armedGroup || owner.kind == .organization
        else { return nil }
        return withPossessive(Mention(first: i, last: owner.last, actor: owner.actor, kind: owner.kind, form: .organ), tokens)
    }

    /// "Iran-backed", "U.S.-allied": a hyphenated modifier, unlike the name "M-19" or "Al-Shabaab".
    static func isCompoundModifier(_ token: Token) -> Bool {
        guard let dash = token.text.lastIndex(of: "-") else { return false }
        return token.text[token.text.index(after: dash)...].first?.isLowercase == true
    }

    /// Nouns that introduce a news outlet's name: "the television channel X", "the daily Y".
    static let outletNouns: WordSet = [
        "channel", "broadcaster", "newspaper", "daily", "weekly", "magazine", "website", "outlet", "station",
        "agency", "tabloid", "portal",
    ]

    /// "the television channel Al Arabiya", "the opposition newspaper Tempo": a name after the
    /// noun for an outlet is that outlet, an organisation of its own.
    func newsOutlet(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard Self.outletNouns.contains(tokens[i].lower), !tokens[i].isCapitalized, let next = tokens[safe: i + 1],
            next.isWord, next.isCapitalized, gazetteer.match(tokens[...], at: i + 1) == nil, let end = personName(at: i + 1, tokens)
        else { return nil }
        let name = Self.surface(tokens[(i + 1)...end])
        let id = Self.slug(name)
        if context.actor(id: id) == nil { context.introduce(Actor(id: id, name: name, kind: .organization)) }
        return withPossessive(Mention(first: i, last: end, actor: id, kind: .organization, form: .name), tokens)
    }

    /// Legal forms that end a company's name: "Tabacos Unidos Inc.", "Volga Shipping JSC".
    static let companySuffixes: WordSet = [
        "inc", "corp", "corporation", "ltd", "limited", "llc", "llp", "plc", "gmbh", "s.a", "sa", "s.a.e", "s.a.s",
        "s.l", "ag", "jsc", "pjsc", "ojsc", "cjsc", "fze", "fzco", "holdings",
    ]

    /// "designated Volga Shipping JSC and Andes Mining S.A.": capitalised words ending in a
    /// company's legal form name a company, even when a state's name is among them.
    func companyName(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        let token = tokens[i]
        guard token.isWord, token.isCapitalized, !token.classes.contains(.notName),
            i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized)
        else { return nil }
        var j = i + 1
        while j < min(tokens.count, i + 7), tokens[j].isWord, tokens[j].isCapitalized || tokens[j].text.first?.isNumber == true {
            let word = tokens[j].lower.hasSuffix(".") ? String(tokens[j].lower.dropLast()) : tokens[j].lower
            if Self.companySuffixes.contains(word) {
                guard !Self.isTitleCase(tokens) else { return nil }
                let name = Self.surface(tokens[i...j])
                let id = Self.slug(name)
                if context.actor(id: id) == nil { context.introduce(Actor(id: id, name: name, kind: .organization)) }
                return withPossessive(Mention(first: i, last: j, actor: id, kind: .organization, form: .name), tokens)
            }
            j += 1
        }
        return nil
    }

    /// "the SLA loyal to Minni Minnawi", "a militia loyal to General X": the person a group is
    /// loyal to leads it, and the words name the group, not him.
    func loyalFollowers(
        of group: Mention, at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard group.kind == .armedGroup || group.kind == .organization, tokens[safe: i]?.lower == "loyal",
            tokens[safe: i + 1]?.lower == "to"
        else { return nil }
        var start = i + 2
        while let title = cues.title(tokens, at: start), start < i + 8 { start += title.length }
        start = afterHonorifics(start, tokens)
        guard let person = named(at: start, tokens, &context), person.kind == .person else { return nil }
        result.affiliations.append(PhraseAffiliation(member: person.actor, group: group.actor, kind: .leaderOf))
        var extended = group
        extended.last = person.last
        return withPossessive(extended, tokens)
    }

    /// "the government of Juan Manuel Santos", "the elected government of Aung San Suu Kyi":
    /// the person who led it, leader of its state.
    func governmentOf(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard tokens[safe: i + 1]?.lower == "of", cues.contains(.ledOrgans, tokens[i]) else { return nil }
        let start = afterHonorifics(i + 2, tokens)
        var person: Mention
        if let known = named(at: start, tokens, &context) {
            guard known.kind == .person else { return nil }
            person = known
        } else if let end = personName(at: start, tokens), end > start {
            let text = Self.surface(tokens[start...end])
            let id = Self.slug(text)
            if context.actor(id: id) == nil { context.introduce(Actor(id: id, name: text, kind: .person, affiliation: context.topicState)) }
            person = Mention(first: start, last: end, actor: id, kind: .person, form: .name)
        } else {
            return nil
        }
        if let state = lexicon.entry(id: person.actor)?.actor.affiliation ?? context.actor(id: person.actor)?.affiliation ?? context.topicState {
            result.affiliations.append(PhraseAffiliation(member: person.actor, group: state, kind: .leaderOf))
        }
        person.first = i
        return withPossessive(person, tokens)
    }

    /// "pro-GNA forces", "pro-Hadi fighters": forces fighting for a group or a leader are its
    /// own. (Forces "pro-" a state are usually someone else's: "pro-Russian separatists".)
    func proForces(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        let word = tokens[i]
        guard word.isWord, word.lower.hasPrefix("pro-"), let next = tokens[safe: i + 1],
            cues.organs.match(tokens, at: i + 1) != nil || cues.contains(.collectiveNouns, next),
            let found = gazetteer.actor(named: String(word.text.dropFirst(4))).map({ lexicon.actors[$0].actor })
                ?? context.localNames[word.lower.dropFirst(4).description].flatMap({ context.actor(id: $0) })
        else { return nil }
        var actor = found
        if actor.kind == .state { return nil }
        if actor.kind == .person {
            // "pro-Hadi forces" fight for the state or group their leader leads.
            guard let group = actor.affiliation, let led = lexicon.entry(id: group)?.actor else { return nil }
            actor = led
        }
        context.note(actor)
        let length = cues.organs.match(tokens, at: i + 1) ?? 1
        return withPossessive(Mention(first: i, last: i + length, actor: actor.id, kind: actor.kind, form: .organ), tokens)
    }

    /// "Officials in Kyiv", "leaders in Sarajevo": with no owner before them, the people of a
    /// seat of power are its state. ("Western diplomats in Moscow" are not Russia's.)
    func seatedOrgan(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard cues.contains(.seatedOrgans, tokens[i]), tokens[safe: i + 1]?.lower == "in",
            i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized) && !tokens[i - 1].isPossessive,
            let seat = named(at: i + 2, tokens, &context), seat.kind == .state, seat.form == .metonym
        else { return nil }
        return withPossessive(Mention(first: i, last: seat.last, actor: seat.actor, kind: .state, form: .organ), tokens)
    }

    /// "federal troops", "government forces": the state the article is about.
    func qualifiedOrgan(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard cues.contains(.stateQualifiers, tokens[i]), let length = cues.organs.match(tokens, at: i + 1),
            i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized) && !tokens[i - 1].isPossessive && tokens[i - 1].lower != "the",
            let state = context.topicState, let actor = context.actor(id: state), actor.kind == .state
        else { return nil }
        return withPossessive(Mention(first: i, last: i + length, actor: state, kind: .state, form: .organ), tokens)
    }

    /// "Gagauz protesters gathered. The protesters clashed…": a collective noun after "the" (and
    /// at most one describing word: "the assembled protesters") is the people last named by it.
    func collectiveReference(at i: Int, _ tokens: [Token], _ context: DocumentContext) -> Mention? {
        let noun = tokens[i].lower
        // Cheap tests first: this runs on every word.
        guard i > 0, !tokens[i].isCapitalized, tokens[i - 1].lower == "the" || i > 1 && tokens[i - 2].lower == "the",
            cues.contains(.collectiveNouns, noun),
            let article = [i - 1, i - 2].first(where: { $0 >= 0 && tokens[$0].lower == "the" }),
            article == i - 1 || tokens[i - 1].isWord && !tokens[i - 1].isCapitalized,
            let people = context.actors.last(where: {
                ($0.kind == .other || $0.kind == .armedGroup) && $0.name.lowercased().split(separator: " ").last.map(String.init) == noun
            })
        else { return nil }
        return withPossessive(Mention(first: article, last: i, actor: people.id, kind: people.kind, form: .pronoun), tokens)
    }
}
