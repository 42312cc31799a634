import EntenteGraph

extension MentionFinder {
    /// "Jihadists from the Islamic State group", "fighters of al-Qaeda": members named after the
    /// group they belong to are that group, whichever group was named last.
    func groupMembers(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> Mention? {
        // The cheap test first: this runs on every word.
        guard let link = tokens[safe: i + 1], link.lower == "of" || link.lower == "from" else { return nil }
        let word = tokens[i].lower
        guard cues.contains(.groupAnaphors, word) || cues.contains(.armedCollectiveNouns, word) else { return nil }
        let start = tokens[safe: i + 2]?.lower == "the" ? i + 3 : i + 2
        guard let owner = named(at: start, tokens, &context), owner.kind == .armedGroup || owner.kind == .organization else {
            return nil
        }
        // "… the Islamic State group": the noun after the name is part of it.
        let last = tokens[safe: owner.last + 1].map { cues.contains(.groupAnaphors, $0) } == true ? owner.last + 1 : owner.last
        return withPossessive(Mention(first: i, last: last, actor: owner.actor, kind: owner.kind, form: .organ), tokens)
    }
}
