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
        // The first person and group of a sentence are what its later "he" and "it" mean.
        func record(_ mention: Mention) {
            if mention.form == .pronoun {
                // "the militants claimed an ambush, where they killed …": a description resolved
                // to a group makes it what a later "they" means, as its name would have. A
                // pronoun leaves salience as it was.
                let word = tokens[mention.first].lower
                if mention.kind != .person, mention.isArgument, mention.pair == .none, !sawGroup,
                    !Words.groupPronouns.contains(word), !Words.personPronouns.contains(word)
                {
                    context.salientGroup = mention.actor
                    sawGroup = true
                }
                return
            }
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
        while i < tokens.count {
            if tokens[i].classes.contains(.anaphor), let pair = pairDescription(at: i, tokens, context, earlier: result.mentions) {
                result.mentions += pair
                i = pair[1].last + 1 + (pair[1].possessive ? 1 : 0)
                continue
            }
            if let people = coordinatedOffices(at: i, tokens, &context, &result), let last = people.last {
                for person in people { record(person) }
                result.mentions += people
                i = last.last + 1
                continue
            }
            if var mention = mention(at: i, tokens, &context, &result) {
                // "SEOUL:", "MOSCOW, June 12 (Reuters) -", "Dubai:": a dateline names a place.
                if Self.isDateline(mention, tokens) { mention.isArgument = false }
                record(mention)
                noteShortName(after: mention, tokens, &context)
                if let end = bracketedShortName(after: mention, tokens, context) {
                    mention.last = end
                    // "the Sudan Liberation Army (SLA) loyal to X": the allegiance after the brackets.
                    if let loyal = loyalFollowers(of: mention, at: end + 1, tokens, &context, &result) { mention = loyal }
                }
                linkOwnerInName(mention, tokens, &result)
                if mention.form == .organ, cues.contains(.describedHeads, tokens[mention.last]) {
                    context.describe(mention.actor, as: tokens[mention.last].lower)
                }
                result.mentions.append(mention)
                // Past a possessive "'s"; "his" is possessive with no marker to step over.
                i = mention.last + 1 + (tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
            } else {
                i += 1
            }
        }
        joinDemonymsBeforeOrgans(&result.mentions, tokens)
        linkInstitutions(&result, tokens)
        readCompounds(tokens, &result, &context)
        resolveQuotedFirstPerson(&result, tokens, context)
        return result
    }

    /// "the Government of National Accord (GNA)": an acronym in brackets after a body's name
    /// that the lexicon does not know is the article's short name for it.
    func noteShortName(after mention: Mention, _ tokens: [Token], _ context: inout DocumentContext) {
        guard mention.kind != .person, mention.form == .name, tokens[safe: mention.last + 1]?.text == "(",
            let acronym = tokens[safe: mention.last + 2], tokens[safe: mention.last + 3]?.text == ")",
            acronym.isWord, (2...8).contains(acronym.text.count), acronym.text.allSatisfy({ $0.isUppercase || $0.isNumber }),
            gazetteer.match(tokens[...], at: mention.last + 2) == nil
        else { return }
        context.introduce(shortName: acronym.text, for: mention.actor)
    }

    /// "The Sudan Liberation Army (SLA) attacked …": the short name in brackets is the same
    /// actor again, so the mention ends after it and the verb finds its subject.
    func bracketedShortName(after mention: Mention, _ tokens: [Token], _ context: DocumentContext) -> Int? {
        guard mention.kind != .person, mention.form == .name || mention.form == .metonym, !mention.possessive,
            tokens[safe: mention.last + 1]?.text == "(",
            let acronym = tokens[safe: mention.last + 2], acronym.isWord, tokens[safe: mention.last + 3]?.text == ")"
        else { return nil }
        let same: Bool
        if let entry = gazetteer.match(tokens[...], at: mention.last + 2) {
            same = entry.words.count == 1 && lexicon.actors[entry.actor].actor.id == mention.actor
        } else {
            same = context.localNames[acronym.lower] == mention.actor
        }
        return same ? mention.last + 3 : nil
    }

    static func isDateline(_ mention: Mention, _ tokens: [Token]) -> Bool {
        // "MOSCOW, TOKYO, May 29": a dateline may name several places.
        let shouted = tokens[0...mention.last].allSatisfy { $0.text.count < 2 || $0.text == $0.text.uppercased() }
        guard mention.first == 0 || shouted && tokens[mention.first - 1].text == ",",
            mention.form == .metonym || mention.form == .name, let next = tokens[safe: mention.last + 1]
        else {
            return false
        }
        if next.text == ":" || next.text == "-" || next.text == "—" { return true }
        return shouted && tokens[0].text.count >= 3 && [",", "("].contains(next.text)
    }

    func mention(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        if let company = companyName(at: i, tokens, &context) { return company }
        if let base = named(at: i, tokens, &context) {
            return extend(base, tokens, &context, &result)
        }
        if let members = groupMembers(at: i, tokens, &context) { return members }
        if let titled = titledPerson(at: i, tokens, &context, affiliation: nil, result: &result) {
            return extend(titled, tokens, &context, &result)
        }
        if let person = addressedPerson(at: i, tokens, &context) { return extend(person, tokens, &context, &result) }
        if let person = rolePerson(at: i, tokens, &context) { return extend(person, tokens, &context, &result) }
        if let official = unnamedOfficial(at: i, tokens, &context) { return official }
        if let people = unnamedPeople(at: i, tokens, &context) { return people }
        if let people = collectiveReference(at: i, tokens, context) { return people }
        if let leader = governmentOf(at: i, tokens, &context, &result) { return leader }
        if let backed = proForces(at: i, tokens, &context) { return backed }
        if let organ = qualifiedOrgan(at: i, tokens, &context) { return organ }
        if let fighters = servingFighters(at: i, tokens, &context) { return fighters }
        if let organ = organOf(at: i, tokens, &context) { return organ }
        if let anaphor = titleAnaphor(at: i, tokens, context) { return anaphor }
        if let group = newGroup(at: i, tokens, &context) { return group }
        if let body = newOrganization(at: i, tokens, &context) { return body }
        if let outlet = newsOutlet(at: i, tokens, &context) { return outlet }
        if let person = appositivePerson(at: i, tokens, &context, &result) { return person }
        return pronoun(at: i, tokens, &context, &result)
    }

    /// A dictionary name, or a name this document introduced.
    func named(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard i < tokens.count else { return nil }
        let slice = tokens[...]
        if let entry = gazetteer.match(slice, at: i) {
            // "the Sudan People's Liberation Army": a name written with its article ("the
            // Sudan") gives way to a longer name that starts after the article.
            if entry.words.first == "the", let inner = gazetteer.match(slice, at: i + 1), inner.words.count >= entry.words.count {
                return nil
            }
            // "West African", "North Caucasian": a one-word name before an unknown adjective of
            // origin is part of that adjective, not the actor.
            // "The West African country": "African" names a continent's body, and "West" with it
            // a region, not the West.
            let collective = lexicon.actors[entry.actor].actor.kind == .other
            if entry.words.count == 1 || collective, let next = tokens[safe: i + entry.words.count], next.isWord,
                next.isCapitalized, next.lower.hasSuffix("an"),
                gazetteer.match(slice, at: i + entry.words.count).map({ lexicon.actors[$0.actor].actor.kind != .state && collective })
                    ?? true
            {
                return nil
            }
            // "the Commonwealth Games", "the ASEAN Cup": the name only names an event or a prize.
            if let next = tokens[safe: i + entry.words.count], next.isCapitalized, cues.contains(.notActorHeads, next) {
                return nil
            }
            if let body = organizationNamed(after: entry, at: i, tokens, &context) { return body }
            if let person = personNamedLikeAState(after: entry, at: i, tokens, &context) { return person }
            let actor = lexicon.actors[entry.actor].actor
            let surface = Self.surface(tokens[i..<(i + entry.words.count)])
            context.note(actor, alias: surface)
            // "Gustavo Petro … Petro said": a known person's surname names him later on.
            if actor.kind == .person, entry.words.count >= 2, let surname = tokens[safe: i + entry.words.count - 1],
                surname.isWord, surname.isCapitalized, surname.text.count > 2, gazetteer.actor(named: surname.text) == nil
            {
                context.introduce(shortName: surname.text, for: actor.id)
            }
            return Mention(
                first: i, last: i + entry.words.count - 1, actor: actor.id, kind: actor.kind, form: entry.form)
        }
        guard tokens[i].isCapitalized, context.localFirstWords.contains(tokens[i].lower),
            !tokens[i].classes.contains(.notName)
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
    func extend(
        _ base: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention {
        var mention = base
        var next = mention.last + 1
        let possessive = next < tokens.count && tokens[next].isPossessive
        if possessive { next += 1 }
        // "Bosnian Serb leader Milorad Dodik", "Kosovo Serb protesters": a demonym qualified by
        // another origin word names a people, not the state; its leader is not the state's.
        if base.form == .demonym, base.first > 0, let before = gazetteer.match(tokens[...], at: base.first - 1),
            before.words.count == 1, lexicon.actors[before.actor].actor.kind == .state
        {
            mention.isArgument = false
            let known = result.affiliations.count
            if let person = titledPerson(at: next, tokens, &context, affiliation: nil, result: &result) {
                // The title is the people's ("Bosnian Serb leader"), not the state's the
                // lexicon files the person under.
                result.affiliations.removeSubrange(known...)
                return person
            }
            return mention
        }
        if !possessive, base.kind == .state, let after = gazetteer.match(tokens[...], at: next), after.form == .demonym,
            lexicon.actors[after.actor].actor.id != base.actor, collective(from: base, tokens, &context) == nil
        {
            // "Kosovo Serb leaders": the first origin word only qualifies the second.
            mention.isArgument = false
            return mention
        }
        // "Pakistan's Sindh province", "the capital Tripoli": the state names where a place is.
        if let place = placeEnd(of: base, after: next, possessive: possessive, tokens) {
            mention.isArgument = false
            mention.last = place
            return mention
        }
        // "the Brussels headquarters", "the Doha talks": a seat of power as a place.
        if !possessive, base.form == .metonym, let noun = tokens[safe: next], cues.contains(.venueNouns, noun) {
            mention.isArgument = false
            return mention
        }
        if !possessive, base.form == .demonym, var person = rolePerson(at: next, tokens, &context) {
            person.first = base.first
            return person
        }
        if !possessive, let critic = critic(of: base, at: next, tokens, &context, &result) { return critic }
        if base.kind != .person {
            // "Eritrean Information Minister X", "Ethiopia's military spokesman Colonel X".
            let titleAt = titleStart(after: next, tokens)
            if let person = titledPerson(at: titleAt, tokens, &context, affiliation: base, result: &result) {
                // "Chad's president visited …": the state is named, and what the article is about.
                if base.kind == .state { context.stateMentions[base.actor, default: 0] += 1 }
                var extended = person
                extended.first = base.first
                // "Israeli Prime Minister X's office", "… X's spokeswoman Y".
                if extended.possessive { return extend(extended, tokens, &context, &result) }
                return extended
            }
            // "a former Moldovan lawmaker passed secrets to …": a past office holder no longer
            // acts for the state.
            if base.form == .demonym, base.first > 0, cues.contains(.pastOffice, tokens[base.first - 1]),
                cues.title(tokens, at: titleAt) != nil
            {
                mention.isArgument = false
                return mention
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
            // "Al Qaeda affiliate JNIM", "the Islamic State branch ISWAP": the group named after
            // the noun is part of the one before it.
            if !possessive, base.kind == .armedGroup || base.kind == .organization, let noun = tokens[safe: next],
                Self.branchNouns.contains(noun.lower), let branch = named(at: next + 1, tokens, &context),
                branch.kind == .armedGroup || branch.kind == .organization, branch.actor != base.actor
            {
                result.affiliations.append(PhraseAffiliation(member: branch.actor, group: base.actor, kind: .partOf))
                context.noteRecent(base.actor, kind: base.kind)
                var extended = branch
                extended.first = base.first
                return withPossessive(extended, tokens)
            }
            if !possessive, let collective = collective(from: base, tokens, &context) { return collective }
            if !possessive, let loyal = loyalFollowers(of: base, at: next, tokens, &context, &result) { return loyal }
            if let holder = titleHolder(of: base, at: next, tokens, &context) {
                // "The Belarusian president accused …": the text states the office it names.
                let leads = cues.title(tokens, at: next)?.isLeader ?? false
                result.affiliations.append(PhraseAffiliation(member: holder.actor, group: base.actor, kind: leads ? .leaderOf : .memberOf))
                return withPossessive(holder, tokens)
            }
            if !possessive, let holder = entityLeader(of: base, at: next, tokens, context, &result) {
                return withPossessive(holder, tokens)
            }
            // "detained a Kenyan diplomat", "an Iranian official said": an unnamed holder of an
            // office that many hold acts for the state.
            // "Russian regional governors": many holders, with a describing word before the office.
            // ("ethnic Albanian mayors" hold no office of Albania.)
            if !possessive, base.form == .demonym, base.first == 0 || tokens[base.first - 1].lower != "ethnic",
                let length = cues.title(tokens, at: titleAt).flatMap({ $0.isLeader ? nil : $0.length })
                    ?? cues.pluralTitle(tokens, at: titleAt).flatMap({ $0.isLeader ? nil : $0.length }),
                titleAt == next || tokens[next..<titleAt].allSatisfy({ !$0.isCapitalized }),
                tokens[safe: titleAt + length].map({ !($0.isWord && $0.isCapitalized) }) ?? true
            {
                mention.last = titleAt + length - 1
                mention.form = .organ
                return withPossessive(mention, tokens)
            }
            // "Yemeni pro-government forces", "Somali federal troops": a qualifier before the organ.
            let organStart = tokens[safe: next].map { cues.contains(.stateQualifiers, $0) } == true
                && organ(at: next + 1, tokens) != nil ? next + 1 : next
            if let organLength = organ(at: organStart, tokens) {
                mention.last = organStart + organLength - 1
                mention.form = .organ
                // "the Lebanese side of the border": a side of a place, not a party's side.
                mention.isArgument = !(tokens[mention.last].lower == "side" && tokens[safe: mention.last + 1]?.lower == "of")
                // "Russian military intelligence (GRU)": the organ named in brackets is the state's.
                if tokens[safe: mention.last + 1]?.text == "(", let named = named(at: mention.last + 2, tokens, &context),
                    named.kind == .organization || named.kind == .armedGroup, tokens[safe: named.last + 1]?.text == ")"
                {
                    result.affiliations.append(PhraseAffiliation(member: named.actor, group: base.actor, kind: .memberOf))
                    return Mention(first: base.first, last: named.last + 1, actor: named.actor, kind: named.kind, form: .name)
                }
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
        // "Ukraine's SBU security service", "Egypt's intelligence agency GIS": a state's own
        // institution belongs to it. (Armed groups are not assumed to: "Russia's Wagner".)
        if possessive, base.kind == .state, let institution = named(at: next, tokens, &context), institution.kind == .organization {
            result.affiliations.append(PhraseAffiliation(member: institution.actor, group: base.actor, kind: .memberOf))
            var extended = institution
            extended.first = base.first
            return withPossessive(extended, tokens)
        }
        if possessive, base.kind == .person, let owned = ownedByPerson(base, at: next, tokens, &context, &result) {
            return owned
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
        if mention.form == .demonym {
            // "Kosovo Serbs … KFOR called on Serbs": a people named earlier by a longer name.
            let word = tokens[mention.last].lower
            if word.hasSuffix("s"), mention.first == mention.last, let people = context.actors.last(where: {
                ($0.kind == .other || $0.kind == .armedGroup) && $0.name.lowercased().split(separator: " ").last.map(String.init) == word
            }) {
                return withPossessive(Mention(first: mention.first, last: mention.last, actor: people.id, kind: people.kind, form: .name), tokens)
            }
            mention.isArgument = false
        }
        // "ethnic Albanian mayors" are no state; "ethnic Serbs" are a people acting together.
        if mention.first > 0, tokens[mention.first - 1].lower == "ethnic" {
            if mention.form == .demonym, tokens[mention.last].lower.hasSuffix("s") {
                return collectiveMention(tokens, from: mention.first - 1, noun: mention.last, &context)
            }
            mention.isArgument = false
        }
        return mention
    }

    /// Nouns for a group's offshoot: "Al Qaeda affiliate JNIM".
    static let branchNouns: WordSet = ["affiliate", "branch", "offshoot", "franchise", "wing", "faction"]

    func withPossessive(_ mention: Mention, _ tokens: [Token]) -> Mention {
        var mention = mention
        if tokens[safe: mention.last + 1]?.isPossessive == true { mention.possessive = true }
        return mention
    }

    /// An organ noun phrase, allowing one adjective before it ("extra troops", "special forces").
    func organ(at i: Int, _ tokens: [Token]) -> Int? {
        if let length = cues.organs.match(tokens, at: i) { return length }
        return nil
    }

    /// Words as written, spaced as in the text: "George W. Bush", not "George W . Bush".
    static func surface(_ words: ArraySlice<Token>) -> String {
        var text = ""
        var previousEnd: Int?
        for token in words {
            if let end = previousEnd, token.start > end { text += " " }
            text += token.text
            previousEnd = token.end
        }
        return text
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
