import EntenteGraph

/// Offices stated beside a name, between commas: "Ana Ruiz, the Chilean envoy,", "Ana Ruiz,
/// head of the FARC delegation,", "Ana Ruiz, the Secretary of Chile's Security Council,", and
/// the coordinated "the defence ministers of Kenya, A, and Uganda, B".
extension MentionFinder {
    struct AppositiveRole {
        var group: Mention
        var kind: RelationKind
        /// The last token of the apposition.
        var end: Int
    }

    /// Prepositions that link an office to its institution: "envoy to", "head of", "director in".
    static let officePrepositions: WordSet = ["of", "for", "to", "in", "at"]

    /// The office stated after the comma at `comma`, with the state or body it belongs to.
    func appositiveRole(
        after comma: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> AppositiveRole? {
        guard tokens[safe: comma]?.text == "," else { return nil }
        var position = comma + 1
        if let word = tokens[safe: position], ["the", "a", "an"].contains(word.lower) { position += 1 }
        var past = false
        if let word = tokens[safe: position], cues.contains(.pastOffice, word) {
            past = true
            position += 1
        }
        var group: Mention?
        // "a senior JEM official", "a top Russian diplomat": a describing word before the body
        // whose office it is.
        var body = position
        while body < position + 2, let word = tokens[safe: body], word.isWord, !word.isCapitalized,
            word.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak, .reporting, .determiner])
        {
            body += 1
        }
        if let before = named(at: body, tokens, &context), Self.canHoldOffices(before.kind) {
            let after = before.last + 1 + (tokens[safe: before.last + 1]?.isPossessive == true ? 1 : 0)
            let titled = cues.title(tokens, at: titleStart(after: after, tokens)) != nil
                || tokens[safe: after].map { cues.contains(.appositionRoles, $0) } == true
            if body == position || titled {
                group = before
                position = after
            }
        }
        // "X, President Duda's aide,": an office in a person's service is held in that person's state.
        if group == nil {
            let ownerStart = position + (cues.title(tokens, at: position)?.length ?? 0)
            if let owner = named(at: ownerStart, tokens, &context), owner.kind == .person,
                tokens[safe: owner.last + 1]?.isPossessive == true,
                let state = lexicon.entry(id: owner.actor)?.actor.affiliation ?? context.actor(id: owner.actor)?.affiliation,
                let stateActor = lexicon.entry(id: state)?.actor, stateActor.kind == .state,
                cues.title(tokens, at: titleStart(after: owner.last + 2, tokens)) != nil
            {
                context.note(stateActor)
                group = Mention(first: owner.first, last: owner.last, actor: state, kind: .state, form: .organ)
                position = owner.last + 2
            }
        }
        position = titleStart(after: position, tokens)
        let titleLength: Int
        var isLeader: Bool
        if let title = cues.title(tokens, at: position) {
            (titleLength, isLeader) = (title.length, title.isLeader)
        } else if let word = tokens[safe: position], cues.contains(.appositionRoles, word) {
            (titleLength, isLeader) = (1, false)
        } else {
            return nil
        }
        var end = position + titleLength - 1
        // "Lavrov, Chinese Foreign Minister Wang Yi and…": a name after the title makes it a
        // list of titled people, not an apposition.
        if let after = tokens[safe: end + 1], after.isWord, after.isCapitalized || cues.title(tokens, at: end + 1) != nil {
            return nil
        }
        if group == nil, let (owner, ownerEnd) = officeOwner(after: end, tokens, &context, &result) {
            group = owner
            end = ownerEnd
            // "head of the ELN delegation": the head of a part of the body, one of its members.
            if let noun = tokens[safe: owner.last + 1], noun.isWord, !noun.isCapitalized,
                noun.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak, .reporting])
            {
                isLeader = false
            }
        }
        guard let group else { return nil }
        return AppositiveRole(group: group, kind: isLeader && !past ? .leaderOf : .memberOf, end: end)
    }

    static func canHoldOffices(_ kind: ActorKind) -> Bool {
        kind == .state || kind == .igo || kind == .armedGroup || kind == .organization
    }

    /// "of the ELN", "for Bosnia", "of moral guidance in Haftar's Libyan National Army": the
    /// body an office is held in, within a few words after the title, and where its name ends.
    func officeOwner(
        after title: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> (Mention, Int)? {
        var position = title + 1
        while position < min(tokens.count, title + 8) {
            let token = tokens[position]
            guard token.isWord, token.classes.isDisjoint(with: [.verb, .clauseBreak, .reporting]) || Self.officePrepositions.contains(token.lower)
            else { return nil }
            if Self.officePrepositions.contains(token.lower) {
                var start = position + 1
                if tokens[safe: start]?.lower == "the" { start += 1 }
                // "the NATO-led KFOR": a compound modifier before the name.
                if let modifier = tokens[safe: start], modifier.hasHyphen, tokens[safe: start + 1]?.isCapitalized == true { start += 1 }
                if var owner = named(at: start, tokens, &context) ?? newGroup(at: start, tokens, &context) {
                    // "in Haftar's Libyan National Army": past the leader to what he leads.
                    if owner.kind == .person, tokens[safe: owner.last + 1]?.isPossessive == true,
                        let led = ownedByPerson(owner, at: owner.last + 2, tokens, &context, &result) ?? named(at: owner.last + 2, tokens, &context)
                    {
                        owner = led
                    }
                    guard Self.canHoldOffices(owner.kind) else { return nil }
                    return (owner, nameEnd(after: owner.last, tokens))
                }
            }
            position += 1
        }
        return nil
    }

    /// The end of a body's name that goes on past the state: "Iran's Supreme National Security
    /// Council". A possessive is part of it, so the apposition owns nothing itself.
    func nameEnd(after last: Int, _ tokens: [Token]) -> Int {
        var end = last
        if tokens[safe: end + 1]?.isPossessive == true { end += 1 }
        while let next = tokens[safe: end + 1], next.isWord, next.isCapitalized, end > last {
            end += 1
        }
        return end
    }

    /// "Ruth Kamau, the Kenyan envoy", "Ruth Kamau, head of the Kenyan delegation": a new person
    /// named before an office, with the state or body the office belongs to.
    func appositivePerson(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard tokens[i].isCapitalized, !tokens[i].classes.contains(.notName), let nameEnd = personName(at: i, tokens),
            nameEnd > i, let role = appositiveRole(after: nameEnd + 1, tokens, &context, &result)
        else { return nil }
        let text = Self.surface(tokens[i...nameEnd])
        let id = Self.slug(text)
        if context.actor(id: id) == nil {
            let state = role.group.kind == .state ? role.group.actor : nil
            context.introduce(Actor(id: id, name: text, kind: .person, affiliation: state))
        }
        result.affiliations.append(PhraseAffiliation(member: id, group: role.group.actor, kind: role.kind))
        return Mention(first: i, last: role.end, actor: id, kind: .person, form: .name)
    }

    /// "Sergei Lavrov, Russia's foreign minister,", "Mark Rutte, the NATO secretary-general,":
    /// a named person's office stated in apposition. The mention grows over the apposition so
    /// the office's state is not read as a second subject.
    func appositiveOffice(
        of person: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard let role = appositiveRole(after: person.last + 1, tokens, &context, &result), role.group.actor != person.actor else {
            return nil
        }
        result.affiliations.append(PhraseAffiliation(member: person.actor, group: role.group.actor, kind: role.kind))
        var extended = person
        extended.last = role.end
        return withPossessive(extended, tokens)
    }

    /// "the foreign ministers of Guyana, A, and Venezuela, B": each name in apposition after
    /// its state holds the office for it. One mention per person, from its state to its name,
    /// so the states are not read as arguments of their own.
    func coordinatedOffices(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> [Mention]? {
        guard i > 0, tokens[i - 1].lower == "the", let title = cues.pluralTitle(tokens, at: i),
            tokens[safe: i + title.length]?.lower == "of"
        else { return nil }
        var position = i + title.length + 1
        if let holders = officeHolders(at: i, title: title, tokens, &context, &result) { return holders }
        var found: [(mention: Mention, state: String, new: Actor?)] = []
        while let state = named(at: position, tokens, &context), state.kind == .state || state.kind == .igo,
            tokens[safe: state.last + 1]?.text == ","
        {
            let start = afterHonorifics(state.last + 2, tokens)
            var person: Mention
            var new: Actor?
            if let known = named(at: start, tokens, &context), known.kind == .person {
                person = known
            } else if let end = personName(at: start, tokens), end > start {
                let text = Self.surface(tokens[start...end])
                new = Actor(id: Self.slug(text), name: text, kind: .person, affiliation: state.kind == .state ? state.actor : nil)
                person = Mention(first: start, last: end, actor: Self.slug(text), kind: .person, form: .name)
            } else {
                break
            }
            person.first = found.isEmpty ? i - 1 : state.first
            found.append((person, state.actor, new))
            position = person.last + 1
            while let word = tokens[safe: position], word.text == "," || word.lower == "and" { position += 1 }
        }
        guard found.count >= 2 else { return nil }
        for (mention, state, new) in found {
            if let new, context.actor(id: new.id) == nil { context.introduce(new) }
            result.affiliations.append(PhraseAffiliation(
                member: mention.actor, group: state, kind: title.isLeader ? .leaderOf : .memberOf))
        }
        return found.map(\.mention)
    }

    /// "the foreign ministers of Armenia and Azerbaijan met": no names, so the lexicon's holders of
    /// that office for the two states, as a pair over the same words. ("The leaders of A and B"
    /// stay the states they speak for.)
    func officeHolders(
        at i: Int, title: (length: Int, isLeader: Bool), _ tokens: [Token], _ context: inout DocumentContext,
        _ result: inout Result
    ) -> [Mention]? {
        guard !title.isLeader else { return nil }
        let of = i + title.length
        guard let first = named(at: of + 1, tokens, &context), first.kind == .state, tokens[safe: first.last + 1]?.lower == "and",
            let second = named(at: first.last + 2, tokens, &context), second.kind == .state, second.actor != first.actor,
            tokens[safe: second.last + 1]?.text != ","
        else { return nil }
        let plural = tokens[i..<of].map(\.lower).joined(separator: " ")
        let singular = String(plural.dropLast())
        guard let one = officeHolder(of: first.actor, title: singular, isLeader: title.isLeader),
            let other = officeHolder(of: second.actor, title: singular, isLeader: title.isLeader)
        else { return nil }
        context.note(one.actor)
        context.note(other.actor)
        let kind: RelationKind = title.isLeader ? .leaderOf : .memberOf
        result.affiliations.append(PhraseAffiliation(member: one.actor.id, group: first.actor, kind: kind))
        result.affiliations.append(PhraseAffiliation(member: other.actor.id, group: second.actor, kind: kind))
        var pairFirst = Mention(first: i - 1, last: second.last, actor: one.actor.id, kind: .person, form: .name)
        pairFirst.pair = .first
        pairFirst = withPossessive(pairFirst, tokens)
        var pairSecond = pairFirst
        pairSecond.actor = other.actor.id
        pairSecond.pair = .second
        return [pairFirst, pairSecond]
    }

    /// "A spokesman for Nigeria's foreign ministry said", "an official of the AU warned": an
    /// unnamed official speaks for the body. (With a name after it, the person is the actor.)
    func unnamedOfficial(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard i > 0, ["a", "an", "the"].contains(tokens[i - 1].lower), let title = cues.title(tokens, at: i), !title.isLeader,
            let preposition = tokens[safe: i + title.length], ["for", "of"].contains(preposition.lower)
        else { return nil }
        var start = i + title.length + 1
        if tokens[safe: start]?.lower == "the" { start += 1 }
        guard let owner = named(at: start, tokens, &context), Self.canHoldOffices(owner.kind) else { return nil }
        var end = owner.last
        if tokens[safe: end + 1]?.isPossessive == true, let organ = cues.organs.match(tokens, at: end + 2) { end += 1 + organ }
        if let after = tokens[safe: end + 1], after.text == "," && tokens[safe: end + 2]?.isCapitalized == true || after.isPossessive {
            return nil
        }
        return Mention(first: i - 1, last: end, actor: owner.actor, kind: owner.kind, form: .organ)
    }
}
