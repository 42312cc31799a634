import EntenteGraph

/// What a name owns or locates: "Pakistan's Sindh province" (a place), "Abiy Ahmed's spokeswoman
/// X" (an aide of his state), "Haftar's Libyan National Army" (the force he leads), "the
/// Republika Srpska president" (its leader, named earlier), "the country's elite Revolutionary
/// Guard" (the state's own force).
extension MentionFinder {
    /// Prepositions that make what follows a location: "in Pakistan's Sindh province". After
    /// others the state is still a party: "retreated from Ukraine's Kherson region".
    static let locativePrepositions: WordSet = ["in", "at", "near", "inside", "within", "across", "throughout"]

    /// The last token of a place the state only locates, or nil: "struck targets in Pakistan's
    /// Sindh province", "based in the capital Tripoli".
    func placeEnd(of base: Mention, after next: Int, possessive: Bool, _ tokens: [Token]) -> Int? {
        guard base.kind == .state else { return nil }
        if base.form == .metonym, base.first > 0, tokens[base.first - 1].lower == "capital" { return base.last }
        guard possessive, let before = tokens[safe: base.first - 1] else { return nil }
        // "in the mountains of Pakistan's Sindh province": a place of a place.
        let locative = Self.locativePrepositions.contains(before.lower)
            || before.lower == "of" && tokens[safe: base.first - 2].map { cues.contains(.placeNouns, $0) } == true
        guard locative else { return nil }
        var end = next
        while end < min(tokens.count, next + 3), tokens[end].isWord, tokens[end].isCapitalized,
            !tokens[end].classes.contains(.notName), gazetteer.match(tokens[...], at: end) == nil
        {
            end += 1
        }
        guard end > next, let noun = tokens[safe: end], cues.contains(.placeNouns, noun) else { return nil }
        return end
    }

    /// After "PERSON's": a titled aide ("Abiy Ahmed's spokeswoman X", member of his state) or the
    /// force the lexicon files the person under ("Haftar's Libyan National Army").
    func ownedByPerson(
        _ base: Mention, at next: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        // "Netanyahu's office said": the office speaks for the person.
        let offices = cues.words(.personalOffices)
        if let word = tokens[safe: next], offices.contains(word.lower) {
            let length = tokens[safe: next + 1].map { offices.contains(word.lower + " " + $0.lower) } == true ? 2 : 1
            var office = base
            office.last = next + length - 1
            office.possessive = false
            return withPossessive(office, tokens)
        }
        let entry = lexicon.entry(id: base.actor)
        guard let home = entry?.actor.affiliation ?? context.actor(id: base.actor)?.affiliation,
            let homeActor = lexicon.entry(id: home)?.actor ?? context.actor(id: home)
        else { return nil }
        if let group = named(at: next, tokens, &context), group.actor == home {
            let leads = ["leader", "head_of_state", "head_of_government"].contains(entry?.role ?? "")
            result.affiliations.append(PhraseAffiliation(member: base.actor, group: home, kind: leads ? .leaderOf : .memberOf))
            var owned = group
            owned.first = base.first
            return withPossessive(owned, tokens)
        }
        let owner = Mention(first: base.first, last: base.last, actor: home, kind: homeActor.kind, form: .name)
        guard let aide = titledPerson(at: next, tokens, &context, affiliation: owner, result: &result) else { return nil }
        var extended = aide
        extended.first = base.first
        return extended
    }

    /// "the Republika Srpska president", "the Hamas leader": a leader's title after a body that is
    /// no state, with no name after it, is the person in focus when the lexicon or the document
    /// ties that person to the body.
    func entityLeader(
        of base: Mention, at next: Int, _ tokens: [Token], _ context: DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard base.kind != .state, base.kind != .person, base.first > 0, tokens[base.first - 1].lower == "the",
            let title = cues.title(tokens, at: next), title.isLeader,
            let person = context.salientPerson, let actor = context.actor(id: person), actor.kind == .person
        else { return nil }
        if let after = tokens[safe: next + title.length], after.isWord && after.isCapitalized || after.text == "," {
            return nil
        }
        let entry = lexicon.entry(id: person)
        let names = lexicon.entry(id: base.actor).map { [$0.actor.name] + $0.actor.aliases }?.map { $0.lowercased() } ?? []
        let tied = entry?.actor.affiliation == base.actor || actor.affiliation == base.actor
            || entry?.titles.contains { title in names.contains { title.lowercased().contains($0) } } == true
        guard tied else { return nil }
        result.affiliations.append(PhraseAffiliation(member: person, group: base.actor, kind: .leaderOf))
        return Mention(first: base.first, last: next + title.length - 1, actor: person, kind: .person, form: .name)
    }

    /// "the country's paramilitary Revolutionary Guard", "Iran's elite IRGC": a state's own force
    /// or institution, as the lexicon files it, named after the state's possessive and a word
    /// or two describing it.
    func linkInstitutions(_ result: inout Result, _ tokens: [Token]) {
        for (owner, owned) in zip(result.mentions, result.mentions.dropFirst())
        where owner.possessive && owner.kind == .state && (owned.kind == .organization || owned.kind == .armedGroup) {
            let start = owner.last + 1 + (tokens[safe: owner.last + 1]?.isPossessive == true ? 1 : 0)
            guard start < owned.first, owned.first - start <= 2,
                tokens[start..<owned.first].allSatisfy({ $0.isWord && !$0.isCapitalized }),
                lexicon.entry(id: owned.actor)?.actor.affiliation == owner.actor,
                !result.affiliations.contains(where: { $0.member == owned.actor && $0.group == owner.actor })
            else { continue }
            result.affiliations.append(PhraseAffiliation(member: owned.actor, group: owner.actor, kind: .memberOf))
        }
    }

    /// "Libya's Government of National Accord", written as one lexicon name: the state's
    /// possessive inside the name still says whose body it is.
    func linkOwnerInName(_ mention: Mention, _ tokens: [Token], _ result: inout Result) {
        guard mention.form == .name, mention.kind != .person, mention.kind != .state, mention.last > mention.first + 1,
            tokens[mention.first + 1].isPossessive, let position = gazetteer.actor(named: tokens[mention.first].text)
        else { return }
        let owner = lexicon.actors[position].actor
        guard owner.kind == .state, lexicon.entry(id: mention.actor)?.actor.affiliation == owner.id else { return }
        result.affiliations.append(PhraseAffiliation(member: mention.actor, group: owner.id, kind: .memberOf))
    }
}
