import EntenteGraph

/// "“We will never abandon Armenia,” Russia's foreign minister said": inside a quotation the
/// first person is the speaker's side — the speaker, or the state or group a speaking person
/// belongs to. The quotation's relations then come out as reported, with that speaker.
extension MentionFinder {
    func resolveQuotedFirstPerson(_ result: inout Result, _ tokens: [Token], _ context: DocumentContext) {
        let spans = Self.quotations(tokens)
        guard !spans.isEmpty, tokens.contains(where: { cues.contains(.firstPerson, $0) }) else { return }
        let inside = { (position: Int) in spans.contains { $0.contains(position) } }
        guard let speaker = speaker(outside: inside, tokens, result.mentions),
            let side = side(of: speaker, context)
        else { return }
        var taken = Set(result.mentions.flatMap { Array($0.first...$0.last) })
        for position in tokens.indices where inside(position) && !taken.contains(position) {
            let word = tokens[position].lower
            guard cues.contains(.firstPerson, word) else { continue }
            var mention = Mention(first: position, last: position, actor: side.id, kind: side.kind, form: .pronoun)
            if word == "our" {
                // "our country", "our forces" stand for the side; "our position" is only owned.
                if let length = cues.organs.match(tokens, at: position + 1) ?? (["country", "nation", "people", "government"].contains(tokens[safe: position + 1]?.lower ?? "") ? 1 : nil) {
                    mention.last = position + length
                } else {
                    mention.possessive = true
                    mention.isArgument = false
                }
            }
            for covered in mention.first...mention.last { taken.insert(covered) }
            result.mentions.append(mention)
        }
        result.mentions.sort { $0.first < $1.first }
    }

    /// Quoted stretches of the sentence; an unmatched mark opens or closes at the sentence edge.
    static func quotations(_ tokens: [Token]) -> [Range<Int>] {
        let marks = tokens.indices.filter { tokens[$0].isQuotationMark }
        guard !marks.isEmpty else { return [] }
        var spans: [Range<Int>] = []
        var index = 0
        // A sentence that opens inside a quotation begun earlier: "… ," he said.
        if tokens[marks[0]].text == "”" || marks.count % 2 == 1 && marks[0] > 0 && tokens[marks[0] - 1].text == "," {
            spans.append(0..<marks[0])
            index = 1
        }
        while index < marks.count {
            let open = marks[index]
            let close = index + 1 < marks.count ? marks[index + 1] : tokens.count
            spans.append(open + 1..<close)
            index += 2
        }
        return spans
    }

    /// The actor of the reporting verb outside the quotation: "…,” Lavrov said', '… said the minister'.
    private func speaker(outside inside: (Int) -> Bool, _ tokens: [Token], _ mentions: [Mention]) -> Mention? {
        for position in tokens.indices where !inside(position) {
            guard cues.reporting.match(tokens, at: position) != nil else { continue }
            let candidates = mentions.filter { $0.isArgument && !inside($0.first) && $0.form != .demonym }
            let before = candidates.last { $0.last < position && position - $0.last <= 4 }
            let after = candidates.first { $0.first > position && $0.first - position <= 3 }
            if let found = before ?? after { return found }
        }
        return nil
    }

    private func side(of speaker: Mention, _ context: DocumentContext) -> (id: String, kind: ActorKind)? {
        guard speaker.kind == .person else { return (speaker.actor, speaker.kind) }
        guard let group = context.actor(id: speaker.actor)?.affiliation ?? lexicon.entry(id: speaker.actor)?.actor.affiliation
        else { return nil }
        let kind = context.actor(id: group)?.kind ?? lexicon.entry(id: group)?.actor.kind ?? .state
        return (group, kind)
    }
}
