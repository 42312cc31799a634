import EntenteGraph

/// People: titles before and after names, honorifics, initials, appositions, office holders
/// and other transliterations of known names.
extension MentionFinder {
    /// "Belarus leader", "the Russian president": the person who holds that title for that
    /// state, as met earlier in the document or as the lexicon records.
    func titleHolder(of state: Mention, at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard state.kind == .state, let title = cues.title(tokens, at: i) else { return nil }
        let titleText = tokens[i..<(i + title.length)].map(\.lower).joined(separator: " ")
        // Only offices held by one person at a time name that person: "the Russian
        // ambassador" could be any of dozens.
        guard title.isLeader || ["minister", "secretary", "chief"].contains(where: { titleText.contains($0) }) else {
            return nil
        }
        // "Maithripala Sirisena, President of Sri Lanka, … The Sri Lankan President": a leader
        // the article named comes before today's holder in the lexicon.
        if title.isLeader, let named = documentLeader(of: state.actor, title: titleText, context),
            let actor = context.actor(id: named)
        {
            context.stateMentions[state.actor, default: 0] += 1
            return Mention(first: state.first, last: i + title.length - 1, actor: actor.id, kind: .person, form: .name)
        }
        if let named = context.namedHolder(of: state.actor, title: titleText), let actor = context.actor(id: named) {
            context.stateMentions[state.actor, default: 0] += 1
            return Mention(first: state.first, last: i + title.length - 1, actor: actor.id, kind: .person, form: .name)
        }
        guard let holder = officeHolder(of: state.actor, title: titleText, isLeader: title.isLeader) else { return nil }
        context.note(holder.actor)
        // "Somalia's president said …": the state is named, and what the article is about.
        context.stateMentions[state.actor, default: 0] += 1
        return Mention(first: state.first, last: i + title.length - 1, actor: holder.actor.id, kind: .person, form: .name)
    }

    /// The latest leader of `state` the document named whose known titles, if any, fit `title`.
    func documentLeader(of state: String, title: String, _ context: DocumentContext) -> String? {
        let head = title.split(separator: " ").last.map(String.init) ?? title
        return context.leaders[state]?.last { person in
            guard let known = lexicon.entry(id: person), !known.titles.isEmpty else { return true }
            return known.titles.contains { $0.lowercased().contains(head) }
        }
    }

    /// The lexicon's holder of the office `title` ("foreign minister", "leader") for a state.
    func officeHolder(of state: String, title titleText: String, isLeader: Bool) -> LexiconActor? {
        let candidates = lexicon.people(of: state)
        return candidates.first { $0.titles.contains { $0.lowercased() == titleText } }
            ?? (isLeader && ["leader", "head of state"].contains(titleText) ? candidates.first { $0.role == "head_of_state" } : nil)
    }

    /// A title followed by a person's name: a dictionary person or a new one.
    func titledPerson(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, affiliation given: Mention?,
        result: inout Result
    ) -> Mention? {
        guard i < tokens.count, let title = cues.title(tokens, at: i) else { return nil }
        var affiliation = given
        // "government spokesman X", "chief government delegate X": an office of the state the
        // article is about.
        if affiliation == nil, i > 0, cues.contains(.stateQualifiers, tokens[i - 1]), !tokens[i - 1].isCapitalized || i == 1,
            let state = context.topicState, let actor = context.actor(id: state), actor.kind == .state
        {
            affiliation = Mention(first: i - 1, last: i - 1, actor: state, kind: .state, form: .organ)
        }
        // A title with no state before it must be capitalised to introduce a name, unless a
        // full name of two capitalised words follows ("by commander-in-chief Twan Mrat Naing")
        // or the state follows it ("the foreign minister of Brazil, Mauro Vieira").
        if affiliation == nil && !tokens[i].isCapitalized {
            let after = i + title.length
            guard tokens[safe: after]?.isCapitalized == true && tokens[safe: after + 1]?.isCapitalized == true
                || tokens[safe: after]?.lower == "of"
                || tokens[safe: after]?.lower == "to" && tokens[safe: after + 1]?.isCapitalized == true
            else { return nil }
        }
        var start = i + title.length
        // "spokesman Major General Pat Ryder": titles stack.
        while let more = cues.title(tokens, at: start), start - i < 8 { start += more.length }
        // "the Chinese ambassador to Kenya Zhou Pingjian", "envoy to Nairobi, X": the state after
        // "to" is where the envoy serves, and the name follows it.
        if tokens[safe: start]?.lower == "to", let host = named(at: start + 1, tokens, &context), host.kind == .state {
            var after = host.last + 1
            if tokens[safe: after]?.text == ",", tokens[safe: after + 1]?.isCapitalized == true { after += 1 }
            if personName(at: after, tokens) != nil || named(at: after, tokens, &context)?.kind == .person { start = after }
        }
        // "Ukraine's foreign minister, Andrii Sybiha,": the name in apposition after a comma.
        if affiliation != nil, tokens[safe: start]?.text == ",", tokens[safe: start + 1]?.isCapitalized == true {
            start += 1
        }
        // "President, Dr. Mohamed Muizzu", "Emir Sheikh Tamim": an honorific is never the name.
        start = afterHonorifics(start, tokens)
        // "Defence Minister Viktor Khrenin" may read "Minister of Defence Viktor Khrenin"; the
        // state may follow too: "the Minister of Foreign Affairs of Brazil, Mauro Vieira".
        if tokens[safe: start]?.lower == "of" {
            var position = start + 1
            // "the head of the Wagner group, Yevgeny Prigozhin": a body after "the" holds offices too.
            let body = tokens[safe: position]?.lower == "the" ? position + 1 : position
            if let state = named(at: position, tokens, &context), state.kind == .state || state.kind == .igo {
                start = state.last + 1
                if affiliation == nil { affiliation = state }
            } else if body > position, let group = named(at: body, tokens, &context), Self.canHoldOffices(group.kind),
                tokens[safe: group.last + 1]?.text == ","
            {
                start = group.last + 1
                if affiliation == nil { affiliation = group }
            } else {
                while position < min(tokens.count, start + 5), tokens[position].isCapitalized || tokens[position].lower == "and",
                    gazetteer.match(tokens[...], at: position) == nil
                {
                    position += 1
                }
                if tokens[safe: position]?.lower == "of", let state = named(at: position + 1, tokens, &context),
                    state.kind == .state || state.kind == .igo
                {
                    start = state.last + 1
                    if affiliation == nil { affiliation = state }
                } else if position > start + 1 {
                    start = position
                }
            }
            if affiliation != nil, tokens[safe: start]?.text == ",", tokens[safe: start + 1]?.isCapitalized == true {
                start += 1
            }
        }
        guard start < tokens.count else { return nil }
        var person: Mention?
        if let known = named(at: start, tokens, &context), known.kind == .person {
            person = known
        } else if let name = personName(at: start, tokens), let close = knownPerson(spelledLike: start...name, tokens, &context) {
            person = close
        } else if let name = personName(at: start, tokens) {
            let text = Self.surface(tokens[start...name])
            let id = Self.slug(text)
            var actor = Actor(id: id, name: text, kind: .person, affiliation: affiliation?.actor)
            if affiliation?.kind != .state && affiliation?.kind != .igo { actor.affiliation = nil }
            if context.actor(id: id) == nil { context.introduce(actor) }
            person = Mention(first: start, last: name, actor: id, kind: .person, form: .name)
        }
        guard var found = person else { return nil }
        found.first = i
        // "Former President X", "ex-Defence Minister X", "ousted leader X": a past office makes
        // the person a member of the state, no longer its leader.
        let past = [i - 1, (affiliation?.first ?? i) - 1].contains { tokens[safe: $0].map { cues.contains(.pastOffice, $0) } ?? false }
            || tokens[i].lower.hasPrefix("ex-")
        var heldKind: RelationKind = title.isLeader && !past ? .leaderOf : .memberOf
        // "President X and his Tanzanian counterpart Y": Y holds X's office for the other state.
        if tokens[i].lower == "counterpart", let other = context.salientPerson, other != found.actor,
            result.affiliations.contains(where: { $0.member == other && $0.kind == .leaderOf })
                || ["head_of_state", "head_of_government"].contains(lexicon.entry(id: other)?.role ?? "")
        {
            heldKind = .leaderOf
        }
        // "Venezuela's opposition leader X", "Nigerien exile leader X": an office outside the
        // state's own, which the title alone does not name.
        let qualifiers = (min(given?.last ?? i, i - 1)...max(i - 1, 0)).compactMap { tokens[safe: $0]?.lower }
        if i > 0, qualifiers.contains(where: { cues.contains(.outsideOffices, $0) }) {
            return withPossessive(found, tokens)
        }
        if let affiliation, Self.canHoldOffices(affiliation.kind) {
            result.affiliations.append(PhraseAffiliation(member: found.actor, group: affiliation.actor, kind: heldKind))
            if affiliation.kind == .state, !past {
                let titleText = tokens[i..<(i + title.length)].map(\.lower).joined(separator: " ")
                context.noteOffice(titleText, of: affiliation.actor, heldBy: found.actor)
            }
        } else if past, let known = lexicon.entry(id: found.actor), let group = known.actor.affiliation {
            result.affiliations.append(PhraseAffiliation(member: found.actor, group: group, kind: .memberOf))
        } else if let known = lexicon.entry(id: found.actor), let group = known.actor.affiliation {
            // "Prime Minister Albin Kurti", "junta leader Min Aung Hlaing": the title says which
            // office, the lexicon whose. A leader's title only counts for a sitting leader.
            let titleText = tokens[i..<(i + title.length)].map(\.lower).joined(separator: " ")
            let sitting = known.role == "head_of_state" || known.role == "head_of_government" || known.role == "leader"
            // "Foreign Secretary Liz Truss": an office that is no leadership makes a member of the
            // person's own state whatever office the lexicon files them under today.
            if known.titles.contains(where: { $0.lowercased().hasSuffix(titleText) }) || (title.isLeader && sitting)
                || !title.isLeader && known.actor.kind == .person && lexicon.entry(id: group)?.actor.kind == .state
            {
                result.affiliations.append(PhraseAffiliation(
                    member: found.actor, group: group, kind: title.isLeader ? .leaderOf : .memberOf))
            }
        }
        return withPossessive(found, tokens)
    }

    /// "businessman Alex X", "French national Jean Y": a person named after a role that is no
    /// office, so no state's member; a people-adjective before the role is the person's origin,
    /// not an actor of the clause.
    func rolePerson(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        // Written lower case: "Saudi National Security Adviser X" is a title.
        guard i + 1 < tokens.count, cues.contains(.personRoles, tokens[i]), !tokens[i].isCapitalized || i == 0 else { return nil }
        let start = afterHonorifics(i + 1, tokens)
        if let known = named(at: start, tokens, &context), known.kind == .person {
            return withPossessive(Mention(first: i, last: known.last, actor: known.actor, kind: .person, form: .name), tokens)
        }
        // Two capitalised words at least: "reporters Monday" or "activist Groups" name no one.
        guard let name = personName(at: start, tokens), name > start else { return nil }
        var person = introducedPerson(start...name, tokens, &context)
        person.first = i
        return withPossessive(person, tokens)
    }

    /// "Kremlin critic Ilya X", "Putin critic Y": a person named as the critic of the actor
    /// before the noun criticises it.
    func critic(
        of base: Mention, at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard base.kind == .state || base.kind == .person, tokens[safe: i]?.lower == "critic" else { return nil }
        let start = afterHonorifics(i + 1, tokens)
        var person: Mention
        if let known = named(at: start, tokens, &context), known.kind == .person {
            person = known
        } else if let end = personName(at: start, tokens), end > start {
            person = introducedPerson(start...end, tokens, &context)
        } else {
            return nil
        }
        guard person.actor != base.actor else { return nil }
        result.compounds.append((person.actor, base.actor, .criticize))
        person.first = base.first
        return withPossessive(person, tokens)
    }

    /// A person the lexicon does not know, named at `range`: introduced to the document once.
    func introducedPerson(_ range: ClosedRange<Int>, _ tokens: [Token], _ context: inout DocumentContext) -> Mention {
        let text = Self.surface(tokens[range])
        let id = Self.slug(text)
        if context.actor(id: id) == nil { context.introduce(Actor(id: id, name: text, kind: .person)) }
        return Mention(first: range.lowerBound, last: range.upperBound, actor: id, kind: .person, form: .name)
    }

    /// "Dr. Ana Brnabić", "Sheikh Tamim": a form of address marks a person's name.
    func addressedPerson(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard tokens[i].isCapitalized, cues.contains(.honorifics, tokens[i]) else { return nil }
        let start = afterHonorifics(i, tokens)
        guard start > i, start < tokens.count else { return nil }
        var person: Mention
        if let known = named(at: start, tokens, &context), known.kind == .person {
            person = known
        } else if let end = personName(at: start, tokens) {
            if let close = knownPerson(spelledLike: start...end, tokens, &context) {
                person = close
            } else {
                person = introducedPerson(start...end, tokens, &context)
            }
        } else {
            return nil
        }
        person.first = i
        return person
    }

    /// "al-Aiban", "el-Sisi", "ad-Dawla": a lower-case article joined to a capitalised name.
    static func hasArabicArticle(_ token: Token) -> Bool {
        guard let dash = token.text.firstIndex(of: "-") else { return false }
        let article = token.text[..<dash].lowercased()
        let rest = token.text[token.text.index(after: dash)...]
        return ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"].contains(article) && rest.first?.isUppercase == true
    }

    /// The first position after any honorifics ("Dr.", "Sheikh", "Mr") at `start`, skipping a
    /// comma before them: "President, Dr. Mohamed Muizzu".
    func afterHonorifics(_ start: Int, _ tokens: [Token]) -> Int {
        var position = start
        if tokens[safe: position]?.text == ",", let next = tokens[safe: position + 1], cues.contains(.honorifics, next) {
            position += 1
        }
        while let token = tokens[safe: position], cues.contains(.honorifics, token) {
            position += 1
            if tokens[safe: position]?.text == "." { position += 1 }
        }
        return position
    }

    /// A lexicon person written with another transliteration: the mention of the known actor.
    func knownPerson(
        spelledLike range: ClosedRange<Int>, _ tokens: [Token], _ context: inout DocumentContext
    ) -> Mention? {
        let words = tokens[range].filter { $0.isWord && $0.text.count > 1 }.map(\.lower)
        guard let position = gazetteer.closePerson(words) else { return nil }
        let actor = lexicon.actors[position].actor
        context.note(actor, alias: Self.surface(tokens[range]))
        return Mention(first: range.lowerBound, last: range.upperBound, actor: actor.id, kind: .person, form: .name)
    }

    /// One to three capitalised words (with particles such as "al" or "bin", and initials such
    /// as the "W." of "George W. Bush") that are not dictionary names: the end index, or nil.
    func personName(at i: Int, _ tokens: [Token]) -> Int? {
        var end = i - 1
        var j = i
        while j < tokens.count && j < i + 5 {
            let token = tokens[j]
            if token.isWord && token.isCapitalized && !token.classes.contains(.notName)
                && !cues.contains(.honorifics, token)
                && token.text.count > 1 && gazetteer.match(tokens[...], at: j) == nil
            {
                end = j
            } else if j > i, token.isWord, Self.hasArabicArticle(token) {
                // "Musaad bin Mohammed al-Aiban", "Abdel Fattah el-Sisi".
                end = j
            } else if j > i, token.isWord, token.text.count == 1, token.isCapitalized, tokens[safe: j + 1]?.text == ".",
                tokens[safe: j + 2]?.isCapitalized == true
            {
                // An initial: kept only with the name that follows it.
                j += 2
                continue
            } else if Words.nameParticles.contains(token.lower) && j > i {
                // kept only if a capitalised word follows
            } else {
                break
            }
            j += 1
        }
        // "Swedish Ambassador Expelled", "Envoy Summoned": in a title-case headline the word
        // after a title is the event's participle, not a one-word name.
        if end == i, tokens[i].classes.contains(.verb), tokens[i].lower.hasSuffix("ed") { return nil }
        return end >= i ? end : nil
    }

    /// Where a title starts after up to two words that qualify it: a portfolio ("Information
    /// Minister", "Foreign Affairs minister") or a rank ("senior-most diplomat", "military
    /// spokesman"). `position` itself when no title follows them.
    /// Words that make an office temporary without making it another office.
    static let officeQualifiers: WordSet = ["acting", "interim", "caretaker"]

    func titleStart(after position: Int, _ tokens: [Token]) -> Int {
        guard position < tokens.count, cues.title(tokens, at: position) == nil else { return position }
        // "acting Information Minister", "interim Defence Minister": a temporary holder holds the office.
        if Self.officeQualifiers.contains(tokens[position].lower) {
            let start = titleStart(after: position + 1, tokens)
            if cues.title(tokens, at: start) != nil { return start }
        }
        // "India's Foreign Ministry spokesman X": the ministry's own name, capitalised, before the title.
        if tokens[position].isCapitalized, let length = organ(at: position, tokens),
            tokens[position..<(position + length)].allSatisfy(\.isCapitalized), cues.title(tokens, at: position + length) != nil
        {
            return position + length
        }
        // "Ministry of Defense spokesperson": an institution named in full before the title.
        if tokens[position].isCapitalized, cues.organs.match(tokens, at: position) == 1, tokens[safe: position + 1]?.lower == "of" {
            var end = position + 2
            while end < min(tokens.count, position + 7), tokens[end].isWord, tokens[end].isCapitalized || tokens[end].lower == "and" {
                end += 1
            }
            if end > position + 2, cues.title(tokens, at: end) != nil { return end }
        }
        for skip in 1...2 {
            let words = tokens[position..<min(tokens.count, position + skip)]
            guard words.count == skip,
                words.allSatisfy({ $0.isWord && !($0.isCapitalized && $0.classes.contains(.notName)) && !$0.classes.contains(.determiner)
                    && ($0.isCapitalized || $0.classes.isDisjoint(with: [.verb, .preposition, .clauseBreak, .reporting])) }),
                gazetteer.match(tokens[...], at: position) == nil
            else { return position }
            if cues.title(tokens, at: position + skip) != nil { return position + skip }
        }
        return position
    }
}
