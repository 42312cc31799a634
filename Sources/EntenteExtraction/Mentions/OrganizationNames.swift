import EntenteGraph

extension MentionFinder {
    /// "the Sudan Doctors Network", "the Syrian Network for Human Rights": a state's name (its
    /// capital, or its adjective) before capitalised words ending in an organisation's head noun
    /// begins the name of a body of its own. The lexicon would have matched the whole name had it known it,
    /// so this is an actor of the document, never the state.
    func organizationNamed(after entry: Gazetteer.Entry, at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        // "the Carter Center", "the Nelson Mandela Foundation": a body named after a person.
        // A title-case headline is left alone: there every word is capitalised.
        let kind = lexicon.actors[entry.actor].actor.kind
        guard kind == .state || kind == .person && !Self.isTitleCase(tokens) else { return nil }
        let heads = cues.words(.organizationHeads)
        // "the Ukrainian Red Cross" and "the Sudanese Doctors Union" are bodies of their own;
        // "the Russian Security Council" is the state's.
        let stateBodies = entry.form == .demonym ? cues.words(.stateBodyHeads) : []
        var ownHead = false
        var j = i + entry.words.count
        var lastHead: Int?
        // A headline in title case runs on into its verb ("… Network Accuses RSF"): the name
        // ends at its last head noun, not at the last capital.
        while j < tokens.count, j < i + entry.words.count + 5, tokens[j].isWord, tokens[j].isCapitalized,
            heads.contains(tokens[j].lower) || !isStateOrPerson(gazetteer.match(tokens[...], at: j))
        {
            if heads.contains(tokens[j].lower) {
                lastHead = j
                if !stateBodies.contains(tokens[j].lower) { ownHead = true }
            }
            j += 1
        }
        guard var last = lastHead, ownHead else { return nil }
        // "… Observatory for Human Rights", "… Committee of Lawyers": a complement in capitals.
        if let link = tokens[safe: last + 1], ["for", "of", "on"].contains(link.lower) {
            var k = last + 2
            // "… Centre on Friday": a day or a month ends the name.
            while k < tokens.count, k < last + 6, tokens[k].isWord, tokens[k].isCapitalized, !Words.notNames.contains(tokens[k].lower),
                !isStateOrPerson(gazetteer.match(tokens[...], at: k))
            {
                k += 1
            }
            if k > last + 2 { last = k - 1 }
        }
        // "The Sudan Doctors Network": the article of "the Sudan" is not the body's.
        let first = entry.words.first == "the" ? i + 1 : i
        let name = Self.surface(tokens[first...last])
        let id = Self.slug(name)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: .organization))
        }
        return Mention(first: first, last: last, actor: id, kind: .organization, form: .name)
    }

    /// A name inside a body's name that stops it: "the Kenya Red Cross" runs on past a known
    /// body, "the Sudan Doctors Network Kenya" does not run into a second state.
    private func isStateOrPerson(_ entry: Gazetteer.Entry?) -> Bool {
        guard let entry else { return false }
        let kind = lexicon.actors[entry.actor].actor.kind
        return kind == .state || kind == .person
    }

    /// "Jordan Bardella criticised …", "Chad Hamilton, a spokesman": a one-word state name that
    /// is a first name before an unknown capitalised surname. A title-case line ("Jordan Warns
    /// Israel") is left alone: there every word is capitalised.
    func personNamedLikeAState(after entry: Gazetteer.Entry, at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        // A capital before it makes the pair part of a longer name: "the South China Sea".
        guard entry.form == .name, entry.words.count == 1, lexicon.actors[entry.actor].actor.kind == .state,
            i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized),
            let surname = tokens[safe: i + 1], surname.isWord, surname.isCapitalized, surname.text.count > 2,
            !surname.text.contains("-"), surname.text.dropFirst().allSatisfy(\.isLowercase),
            !surname.classes.contains(.notName), gazetteer.match(tokens[...], at: i + 1) == nil,
            !cues.contains(.organizationHeads, surname), cues.title(tokens, at: i + 1) == nil,
            cues.organs.match(tokens, at: i + 1) == nil, cues.groupNouns.match(tokens, at: i + 1) == nil,
            let after = tokens[safe: i + 2], after.text == "," || after.isWord && !after.isCapitalized && !after.isPossessive,
            !["of", "to", "on", "in", "over", "against", "for", "with", "as", "at", "and", "or"].contains(after.lower),
            !Self.isTitleCase(tokens)
        else { return nil }
        let name = Self.surface(tokens[i...(i + 1)])
        let id = Self.slug(name)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: .person))
            context.introduce(shortName: surname.text, for: id)
        }
        return Mention(first: i, last: i + 1, actor: id, kind: .person, form: .name)
    }

    /// Every longer word of the sentence capitalised: a headline, where capitals say nothing of names.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let long = tokens.filter { $0.isWord && $0.text.count > 3 }
        return long.count >= 2 && long.allSatisfy(\.isCapitalized)
    }
}
