import EntenteGraph

/// References back: pronouns, "the minister", "the two countries", "the alliance".
extension MentionFinder {
    /// "Lavrov met Sullivan on Friday. The minister said…": a definite title with no name is
    /// the person last in focus, when that person may hold such a title.
    func titleAnaphor(at i: Int, _ tokens: [Token], _ context: DocumentContext) -> Mention? {
        guard i > 0, tokens[i - 1].lower == "the", !tokens[i].isCapitalized || i == 1, let title = cues.title(tokens, at: i),
            let person = context.salientPerson, let actor = context.actor(id: person)
        else { return nil }
        let after = tokens[safe: i + title.length]
        if let after, after.isWord && (after.isCapitalized || after.lower == "of") || after.text == "," && tokens[safe: i + title.length + 1]?.isCapitalized == true {
            return nil
        }
        let head = tokens[i + title.length - 1].lower
        if let known = lexicon.entry(id: person), !known.titles.isEmpty,
            !known.titles.contains(where: { $0.lowercased().contains(head) })
        {
            return nil
        }
        return withPossessive(Mention(first: i - 1, last: i + title.length - 1, actor: person, kind: actor.kind, form: .pronoun), tokens)
    }

    /// "the two countries", "both sides", "the neighbours": two mentions over the same words
    /// for the pair the paragraph's previous sentences relate, when that pair is clear-cut.
    func pairDescription(at i: Int, _ tokens: [Token], _ context: DocumentContext, earlier: [Mention] = []) -> [Mention]? {
        let word = tokens[i].lower
        let states = Words.pairStateNouns.contains(word)
        let people = Words.pairPersonNouns.contains(word)
        guard states || people || Words.pairSideNouns.contains(word), !tokens[i].isCapitalized, i > 0 else { return nil }
        let first: Int
        if tokens[i - 1].lower == "both" {
            first = i - 1
        } else if tokens[i - 1].lower == "two", i > 1, tokens[i - 2].lower == "the" {
            first = i - 2
        } else if tokens[i - 1].lower == "the", word.hasPrefix("neighbo") || Words.pairRivalNouns.contains(word)
            || i > 1 && tokens[i - 2].lower == "between" && !people
        {
            // "the rivals", "conflict between the nations".
            first = i - 1
        } else if i > 1, tokens[i - 2].lower == "the", tokens[i - 1].isWord, !tokens[i - 1].classes.contains(.determiner),
            Words.pairRivalNouns.contains(word) || word.hasPrefix("neighbo")
        {
            // "the Gulf rivals", "the nuclear-armed neighbours": one describing word between.
            first = i - 2
        } else {
            return nil
        }
        // "both sides of the border" and "losses on both sides" are places, not the parties.
        guard tokens[safe: i + 1]?.lower != "of", first == 0 || tokens[first - 1].lower != "on" else { return nil }
        // "both leaders", "the two presidents": the pair of people just related or named.
        let fits: (ActorKind) -> Bool = states ? { $0 == .state } : people ? { $0 == .person } : { [.state, .armedGroup, .igo].contains($0) }
        // "both sides", "the parties": the sides of the conflict the article reports, when no
        // pair is related nearer.
        let sides = !states && !people ? context.documentPair(where: fits, named: Set(earlier.map(\.actor))) : nil
        // "Kenya's talks with the rebels, with both sides due to sign": the two parties this
        // sentence has named so far, when it has named no others.
        let named = !states && !people ? Self.onlyPair(earlier, where: fits) : nil
        guard let (a, b) = Self.pairBefore(earlier, tokens, where: fits) ?? named ?? context.recentPair(where: fits) ?? sides,
            let actorA = context.actor(id: a), let actorB = context.actor(id: b)
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

    /// A name after a description's comma, itself closed by a comma, a bracket or the sentence's
    /// end, so it is the description's apposition and not the next clause's subject.
    func appositiveName(after position: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        let start = tokens[safe: position]?.lower == "the" ? position + 1 : position
        guard let name = named(at: start, tokens, &context), name.form == .name else { return nil }
        var end = name.last
        if tokens[safe: end + 1]?.text == "(", tokens[safe: end + 3]?.text == ")" { end += 3 }
        guard let after = tokens[safe: end + 1], [",", ".", ")", ";"].contains(after.text) else { return nil }
        var mention = name
        mention.last = end
        return mention
    }

    /// The two actors of the sentence's mentions so far, when exactly two are named.
    static func onlyPair(_ mentions: [Mention], where fits: (ActorKind) -> Bool) -> (String, String)? {
        var actors: [String] = []
        for mention in mentions where mention.isArgument && mention.form != .pronoun && !actors.contains(mention.actor) {
            guard fits(mention.kind) else { return nil }
            actors.append(mention.actor)
        }
        return actors.count == 2 ? (actors[0], actors[1]) : nil
    }

    /// "Iran and Saudi Arabia agreed … after years of tensions between the rivals": two actors
    /// joined by "and" earlier in the same sentence, when they are the only ones of that sort.
    static func pairBefore(_ mentions: [Mention], _ tokens: [Token], where fits: (ActorKind) -> Bool) -> (String, String)? {
        // "Iran warned Israel and Greece, condemning the two allies": the last two, joined by
        // "and", even after the clause's subject; but not the end of a longer list ("Qatar,
        // Oman and Bahrain … the rivals").
        let arguments = Array(mentions.filter { $0.isArgument && $0.form != .pronoun && fits($0.kind) }.suffix(2))
        guard arguments.count == 2, arguments[0].actor != arguments[1].actor,
            tokens[(arguments[0].last + 1)..<arguments[1].first].map(\.lower) == ["and"],
            arguments[0].first == 0 || ![",", "and", "or"].contains(tokens[arguments[0].first - 1].lower)
        else { return nil }
        return (arguments[0].actor, arguments[1].actor)
    }

    /// "the alliance", "the bloc", "the kingdom", "the island": the one actor of that
    /// description named in this or the paragraph's previous sentences.
    func kindDescription(_ word: String, _ context: DocumentContext) -> String? {
        switch word {
        case "alliance":
            return context.soleRecent { ($0.kind == .igo || $0.kind == .armedGroup) && isAlliance($0.actor) }
        case "bloc":
            return context.soleRecent { $0.kind == .igo && cues.blocIDs.contains($0.actor) }
        case "organisation", "organization":
            return context.soleRecent { $0.kind == .igo }
        case "island":
            return context.soleRecent { $0.kind == .state && cues.islandIDs.contains($0.actor) }
        case "kingdom", "republic":
            return context.soleRecent { $0.kind == .state && officialName($0.actor, contains: word) }
        default:
            return nil
        }
    }

    /// NATO and the like, or a coalition whose name is an alliance ("Alliance of Sahel States",
    /// "Three Brotherhood Alliance"), not one that merely has the word ("… Alliance Army").
    func isAlliance(_ id: String) -> Bool {
        if cues.allianceIDs.contains(id) { return true }
        guard let entry = lexicon.entry(id: id) else { return false }
        return ([entry.actor.name] + entry.actor.aliases).contains {
            let words = $0.lowercased().split(separator: " ")
            return words.last == "alliance" || words.first == "alliance" && words.dropFirst().first == "of"
        }
    }

    /// Whether the actor's name or an alias has `word` in it: "Kingdom of Saudi Arabia".
    func officialName(_ id: String, contains word: String) -> Bool {
        guard let entry = lexicon.entry(id: id) else { return false }
        return ([entry.actor.name] + entry.actor.aliases).contains { $0.lowercased().split(separator: " ").contains { $0 == word } }
    }

    /// "he", "his", "it", "their": the salient actor of the right sort, if any.
    func pronoun(
        at i: Int, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        guard !tokens[i].classes.isDisjoint(with: [.pronoun, .anaphor]) else { return nil }
        let word = tokens[i].lower
        // "the mission", "this delegation": the body last described by that noun.
        if cues.contains(.describedHeads, word), i > 0, ["the", "this"].contains(tokens[i - 1].lower), !tokens[i].isCapitalized,
            tokens[safe: i + 1]?.lower != "of", let id = context.describedBody(word), let actor = context.actor(id: id)
        {
            return withPossessive(Mention(first: i - 1, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
        }
        if Words.kindAnaphors.contains(word) {
            // Only "the kingdom" itself: "the Kingdom of …" or "the island nation's…" are other
            // phrases, and a name may follow ("the bloc ASEAN").
            guard i > 0, ["the", "this"].contains(tokens[i - 1].lower), !tokens[i].isCapitalized, tokens[safe: i + 1]?.lower != "of",
                let id = kindDescription(word, context), let actor = context.actor(id: id)
            else { return nil }
            return withPossessive(Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
        }
        if let group = groupOfOrigin(at: i, tokens, context) { return group }
        if cues.contains(.groupAnaphors, word) || Words.stateAnaphors.contains(word),
            let article = (max(0, i - 3)..<i).last(where: { tokens[$0].lower == "the" }),
            tokens[(article + 1)..<i].allSatisfy({ $0.isWord && ($0.text.contains("-") || !$0.isCapitalized) })
        {
            // "the militants of al-Qaeda", "the fighters of the M23": the group named after "of",
            // whichever was named last.
            if cues.contains(.groupAnaphors, word), tokens[safe: i + 1]?.lower == "of" {
                let start = tokens[safe: i + 2]?.lower == "the" ? i + 3 : i + 2
                if let owner = named(at: start, tokens, &context), owner.kind == .armedGroup || owner.kind == .organization {
                    return withPossessive(Mention(first: article, last: owner.last, actor: owner.actor, kind: owner.kind, form: .organ), tokens)
                }
            }
            // "the main rebel group, the Sudan People's Liberation Army (SPLA),": a name in
            // apposition says which group the description means.
            if tokens[safe: i + 1]?.text == ",", let named = appositiveName(after: i + 2, tokens, &context),
                cues.contains(.groupAnaphors, word) ? named.kind == .armedGroup || named.kind == .organization : named.kind == .state
            {
                return withPossessive(Mention(first: article, last: named.last, actor: named.actor, kind: named.kind, form: .name), tokens)
            }
            // "the group's revolt", "the country's army": a definite description of the
            // latest actor of that sort.
            let id: String?
            if cues.contains(.groupAnaphors, word) {
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
            let described = withPossessive(Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
            // "the group's leader, Antonio Garcia": the title belongs to what the description means.
            if described.possessive, Self.canHoldOffices(actor.kind),
                let titled = titledPerson(at: i + 2, tokens, &context, affiliation: described, result: &result)
            {
                var person = titled
                person.first = i
                return person
            }
            return described
        }
        let id: String?
        if Words.personPronouns.contains(word) {
            id = context.salientPerson
        } else if ["its", "their"].contains(word),
            let subject = result.mentions.first(where: { $0.isArgument && $0.kind != .person && !$0.possessive }),
            !(word == "their" && [",", "and"].contains(tokens[safe: subject.last + 1]?.lower ?? ""))
        {
            // "Ukraine said Russia struck its grid", "the group accused Eritrea of attacking its
            // forces": a possessive in a report is the subject's ("their" after joined subjects
            // is all of them, which no one mention can stand for).
            id = subject.actor
        } else if Words.groupPronouns.contains(word) {
            id = context.salientGroup
        } else {
            return nil
        }
        guard let id, let actor = context.actor(id: id) else { return nil }
        var mention = Mention(first: i, last: i, actor: id, kind: actor.kind, form: .pronoun)
        // "his country", "her government", "his army" are the state of the person meant.
        if word == "his" || word == "her",
            let length = tokens[safe: i + 1]?.lower == "country" ? 1 : cues.organs.match(tokens, at: i + 1),
            let state = actor.affiliation ?? lexicon.entry(id: id)?.actor.affiliation,
            let stateActor = lexicon.entry(id: state)?.actor ?? context.actor(id: state)
        {
            mention = withPossessive(Mention(first: i, last: i + length, actor: state, kind: stateActor.kind, form: .organ), tokens)
        } else if ["its", "their"].contains(word), Self.canHoldOffices(actor.kind),
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

    /// "the Palestinian militant group", "the Somali insurgents": a group description qualified
    /// by where the group is from is the group of that state's code named in this or the two
    /// sentences before, even when another group was named there too.
    func groupOfOrigin(at i: Int, _ tokens: [Token], _ context: DocumentContext) -> Mention? {
        guard cues.contains(.groupAnaphors, tokens[i].lower), !tokens[i].isCapitalized,
            let article = (max(0, i - 4)..<i).last(where: { tokens[$0].lower == "the" }), article + 1 < i
        else { return nil }
        var origin: String?
        for position in (article + 1)..<i {
            let word = tokens[position]
            guard word.isWord else { return nil }
            guard word.isCapitalized else { continue }
            guard origin == nil, let entry = gazetteer.match(tokens[...], at: position), entry.form == .demonym, entry.words.count == 1,
                let code = lexicon.actors[entry.actor].actor.code
            else { return nil }
            origin = code
        }
        guard let origin, let id = context.describedActor(back: 2, fallback: nil, where: {
                $0.kind == .armedGroup && (lexicon.entry(id: $0.actor)?.actor.code?.hasPrefix(origin) ?? false)
            }), let actor = context.actor(id: id)
        else { return nil }
        return withPossessive(Mention(first: article, last: i, actor: id, kind: actor.kind, form: .pronoun), tokens)
    }

    func titledPersonAfterPronoun(
        _ pronoun: Mention, _ tokens: [Token], _ context: inout DocumentContext, _ result: inout Result
    ) -> Mention? {
        titledPerson(at: pronoun.last + 1, tokens, &context, affiliation: pronoun, result: &result).map {
            var person = $0
            person.first = pronoun.first
            return person
        }
    }
}
