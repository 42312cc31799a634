import EntenteGraph

/// Decides how sure a sentence is of a claim: denied, conditional or intended, attributed to
/// a speaker, or stated as fact. Denial wins over everything: a denied claim is never an edge.
extension Certainty {
    /// Kinds that are themselves acts of speech: "Putin warned Poland" is the event, not a report.
    static let speechActs: Set<RelationKind> = [
        .warn, .threaten, .condemn, .criticize, .accuse, .praise, .demand, .reject, .appeal, .statement, .pledge, .apologize,
    ]
    private static let frameEnders: WordSet = ["as", "while", "after", "before", "when", "because", "since", "although", "though", "but", "whereas", ";"]

    static func of(
        trigger: Int, kind: RelationKind, subject: Int?, _ sentence: ClauseAnalyzer.Sentence, cues: CompiledCues
    ) -> (Certainty, Int?) {
        let tokens = sentence.tokens
        let subjectStart = subject.map { sentence.mentions[$0].first } ?? trigger
        var clauseStart = min(subjectStart, trigger)
        if clauseStart == trigger {
            while clauseStart > 0 && !tokens[clauseStart - 1].classes.contains(.clauseBreak) && trigger - clauseStart < 8 {
                clauseStart -= 1
            }
        }
        // Negation and modality scope over the clause the verb stands in ("has not sent its
        // army to fight"), back to the nearest comma, "and" or clause break.
        var windowStart = trigger
        while windowStart > 0 && trigger - windowStart < 14 {
            let previous = tokens[windowStart - 1]
            if previous.classes.contains(.clauseBreak) || previous.text == "," || previous.lower == "and" { break }
            windowStart -= 1
        }
        // Denial inside the clause, or a sentence that opens by denying ("There is no indication…").
        for position in windowStart..<trigger {
            if let length = cues.negation.match(tokens, at: position), position + length <= trigger,
                !affirmsDespiteNegation(at: position, tokens)
            {
                return (.negated, nil)
            }
        }
        for position in 0..<windowStart where tokens[position].lower == "no" && position + 1 < tokens.count
            && ["indication", "evidence", "sign"].contains(tokens[position + 1].lower)
        {
            return (.negated, nil)
        }
        for position in windowStart..<trigger where cues.modality.match(tokens, at: position) != nil {
            return (.hypothetical, nil)
        }
        // "was reportedly repelled": the narrator passes it on without naming who says so.
        for position in windowStart..<min(tokens.count, trigger + 2) where cues.contains(.hearsay, tokens[position]) {
            if let (_, speaker) = reportingFrame(around: trigger, clauseStart: clauseStart, sentence, cues: cues) {
                return (.reported, speaker)
            }
            return (.reported, nil)
        }
        if let governed = infinitive(at: trigger, sentence, cues: cues), governed != .asserted {
            return (governed, nil)
        }
        if let (found, speaker) = reportingFrame(around: trigger, clauseStart: clauseStart, sentence, cues: cues) {
            _ = found
            let speakerActor = speaker.map { sentence.mentions[$0].actor }
            let subjectActor = subject.map { sentence.mentions[$0].actor }
            if speechActs.contains(kind) && speakerActor != nil && speakerActor == subjectActor {
                return (.asserted, nil)
            }
            return (.reported, speaker)
        }
        return (.asserted, nil)
    }

    /// "There is no doubt that…", "not only … but": a negation word that affirms what follows.
    static func affirmsDespiteNegation(at position: Int, _ tokens: [Token]) -> Bool {
        guard let next = tokens[safe: position + 1]?.lower else { return false }
        return ["no", "not", "little"].contains(tokens[position].lower) && affirmingAfterNegation.contains(next)
    }

    static let affirmingAfterNegation: WordSet = ["doubt", "question", "secret", "denying", "only", "surprise", "wonder"]

    /// "urged Sweden to expel", "plans to strike", "refused to recognise": the certainty a "to"
    /// infinitive gives its verb, from the verb that governs it; nil when the verb is finite.
    static func infinitive(
        at trigger: Int, _ sentence: ClauseAnalyzer.Sentence, cues: CompiledCues
    ) -> Certainty? {
        let tokens = sentence.tokens
        guard trigger > 0, tokens[trigger - 1].lower == "to" else { return nil }
        // "went on to attack", "agreed last year to work": the governing verb is a few words
        // back; a name in between is the one asked ("urged Sweden to expel").
        for position in stride(from: trigger - 2, through: max(0, trigger - 5), by: -1) {
            if sentence.mentionAt[position] != nil || !tokens[position].isWord { break }
            let word = tokens[position].lower
            if cues.contains(.factiveInfinitives, word) { return .asserted }
            if cues.contains(.negativeInfinitives, word) { return .negated }
        }
        return .hypothetical
    }

    /// A reporting cue that frames the clause: before it ("X said S V O") with nothing ending
    /// the frame in between, or after it ("S V O, X said"). Returns the cue and its speaker.
    static func reportingFrame(
        around trigger: Int, clauseStart: Int, _ sentence: ClauseAnalyzer.Sentence, cues: CompiledCues
    ) -> (Int, Int?)? {
        let tokens = sentence.tokens
        var position = clauseStart - 1
        while position >= 0 {
            let word = tokens[position].lower
            if frameEnders.contains(word) { break }
            if sentence.mentionAt[position] == nil, let length = cues.reporting.match(tokens, at: position) {
                // "Officials said Russia warned Ukraine": the name after the cue begins the claim
                // and is its subject, not the one who speaks.
                return (position, speaker(ofCue: position, length: length, sentence, claimStart: clauseStart))
            }
            position -= 1
        }
        position = trigger + 1
        while position < tokens.count {
            if sentence.mentionAt[position] == nil, let length = cues.reporting.match(tokens, at: position) {
                // Only a cue set off from the claim ("…, officials said") frames it.
                // Only a cue set off from the claim near the sentence's end ("…, officials said")
                // frames it; one inside a later relative clause does not.
                // The speaker may have a long title: '…," Russian Foreign Minister Sergei Lavrov said'.
                let before = tokens[max(trigger + 1, position - 8)..<position].map(\.text)
                // "…, which Kampala blames for…": a verb inside a relative clause reports nothing.
                if tokens[max(trigger + 1, position - 3)..<position].contains(where: { ["which", "who", "whom", "that"].contains($0.lower) }) {
                    position += 1
                    continue
                }
                // "…, accusing them of provocations": a cue with its own object is a deed, not a frame.
                if ["accusing", "blaming", "accused", "blamed", "accuses", "blames"].contains(tokens[position].lower),
                    sentence.mentionAt[safe: position + 1] ?? nil != nil
                {
                    position += 1
                    continue
                }
                let setOff = before.contains(",") || before.contains("\"") || before.contains("”")
                if setOff && position >= tokens.count - 6 || tokens[position].lower == "according" {
                    return (position, speaker(ofCue: position, length: length, sentence))
                }
            }
            position += 1
        }
        return nil
    }

    private static func speaker(
        ofCue position: Int, length: Int, _ sentence: ClauseAnalyzer.Sentence, claimStart: Int = Int.max
    ) -> Int? {
        let word = sentence.tokens[position].lower
        let lookRightFirst = word == "according" || word == "quoted" || word == "quoting"
        func right() -> Int? {
            for next in position + length..<min(sentence.tokens.count, position + length + 4, claimStart) {
                if let m = sentence.mentionAt[next] { return sentence.mentions[m].isArgument ? m : nil }
                if !["the", "a", "an"].contains(sentence.tokens[next].lower) && !lookRightFirst { return nil }
            }
            return nil
        }
        func left() -> Int? {
            var previous = position - 1
            // "The M23, funded by Rwanda, said…": a description set off by commas before the
            // cue is passed over to the name it describes.
            if sentence.tokens[safe: previous]?.text == ",",
                let opening = (max(0, previous - 10)..<previous).last(where: { sentence.tokens[$0].text == "," }),
                (opening + 1..<previous).allSatisfy({ sentence.tokens[$0].text != "\"" && sentence.tokens[$0].text != "”" })
            {
                previous = opening - 1
                while previous >= 0, sentence.mentionAt[previous] == nil, position - previous <= 14,
                    sentence.tokens[previous].isWord, !sentence.tokens[previous].isCapitalized
                {
                    previous -= 1
                }
                if previous >= 0, let m = sentence.mentionAt[previous] { return sentence.mentions[m].isArgument ? m : nil }
                return nil
            }
            while previous >= 0 && position - previous <= 8 {
                if let m = sentence.mentionAt[previous] {
                    return sentence.mentions[m].isArgument ? m : nil
                }
                if [",", ";", "\"", "”", "“"].contains(sentence.tokens[previous].text) && previous < position - 1 { return nil }
                previous -= 1
            }
            return nil
        }
        return lookRightFirst ? right() ?? left() : left() ?? right()
    }
}
