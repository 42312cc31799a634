import EntenteGraph

extension MentionFinder {
    /// "the Sudan Doctors Network", "the Syrian Network for Human Rights": a state's name (its
    /// capital, or its adjective) before capitalised words ending in an organisation's head noun
    /// begins the name of a body of its own. The lexicon would have matched the whole name had it known it,
    /// so this is an actor of the document, never the state.
    func organizationNamed(after entry: Gazetteer.Entry, at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        guard lexicon.actors[entry.actor].actor.kind == .state else { return nil }
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
            while k < tokens.count, k < last + 6, tokens[k].isWord, tokens[k].isCapitalized, !isStateOrPerson(gazetteer.match(tokens[...], at: k)) {
                k += 1
            }
            if k > last + 2 { last = k - 1 }
        }
        let name = Self.surface(tokens[i...last])
        let id = Self.slug(name)
        if context.actor(id: id) == nil {
            context.introduce(Actor(id: id, name: name, kind: .organization))
        }
        return Mention(first: i, last: last, actor: id, kind: .organization, form: .name)
    }

    /// A name inside a body's name that stops it: "the Kenya Red Cross" runs on past a known
    /// body, "the Sudan Doctors Network Kenya" does not run into a second state.
    private func isStateOrPerson(_ entry: Gazetteer.Entry?) -> Bool {
        guard let entry else { return false }
        let kind = lexicon.actors[entry.actor].actor.kind
        return kind == .state || kind == .person
    }
}
