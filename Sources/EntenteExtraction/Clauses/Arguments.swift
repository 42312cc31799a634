import EntenteGraph

/// The shared argument finder: subjects to the left of a trigger, objects to the right, and the
/// lists, possessors, places and clause edges that bound them.
extension ClauseAnalyzer {
    /// The subject: the nearest mention to the left within the clause that is not inside a
    /// prepositional phrase and was not already an earlier verb's object (unless a relative
    /// pronoun or a gerund after "with"/"of" makes it the subject).
    func subjectsBefore(
        _ i: Int, _ sentence: Sentence, targetsSoFar: Set<Int>, lastSubjects: [Int], allowModifiers: Bool = false
    ) -> [Int] {
        let tokens = sentence.tokens
        // "an oil depot used to supply Kyiv's army": the infinitive tells what a thing is for,
        // and that thing, no actor, is its subject.
        if i >= 3, tokens[i - 1].lower == "to", cues.contains(.purposeParticiples, tokens[i - 2].lower),
            sentence.mentionAt[i - 3] == nil, tokens[i - 3].isWord, !tokens[i - 3].isCapitalized,
            !Self.auxiliaries.contains(tokens[i - 3].lower), !Self.passiveAuxiliaries.contains(tokens[i - 3].lower)
        {
            return []
        }
        // "pressed Rome to sanction Minsk", "wants Baku to strike": the one asked or wanted
        // right before the infinitive is its subject, not the asker.
        if i >= 2, tokens[i - 1].lower == "to", let m = sentence.mentionAt[i - 2], sentence.mentions[m].isArgument,
            !isPrepositionObject(sentence.mentions[m], sentence)
        {
            // "attacked AU troops to seize the airport": a purpose shares the main verb's subject.
            if let governing = governingVerb(before: sentence.mentions[m].first, sentence), !governing.asks {
                return subjectsBefore(governing.position, sentence, targetsSoFar: targetsSoFar, lastSubjects: lastSubjects)
            }
            return group(ending: m, sentence)
        }
        // "…, with Secretary of State Rubio condemning X": the name before the gerund does it.
        if tokens[i].lower.hasSuffix("ing"), i >= 2, let m = sentence.mentionAt[i - 1], sentence.mentions[m].isArgument,
            sentence.mentions[m].first > 0, ["with", "without"].contains(tokens[sentence.mentions[m].first - 1].lower),
            !sentence.mentions[m].possessive
        {
            return [m]
        }
        var passedRelative = false
        let gerundAfterPrep = tokens[i].lower.hasSuffix("ing") && i > 0 && ["with", "of", "for", "from"].contains(tokens[i - 1].lower)
        var position = i - 1
        var crossedVerbBoundary = false
        while position >= 0 {
            let token = tokens[position]
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                position = mention.first - 1
                if !mention.isArgument && !(allowModifiers && mention.form == .demonym) { continue }
                if isPrepositionObject(mention, sentence) && !gerundAfterPrep && !passedRelative { continue }
                if targetsSoFar.contains(m) && !passedRelative && !gerundAfterPrep { continue }
                // "Russia's Wagner group": the possessor is not the subject.
                if mention.possessive && !passedRelative && followedByMention(mention, sentence) { continue }
                // "accuses Rwanda, Uganda of backing M23": the accused are the gerund's subjects.
                return group(ending: m, sentence, excluding: gerundAfterPrep ? [] : targetsSoFar)
            }
            let word = token.lower
            // "Egypt, which shares a border with Sudan, is…": skip the relative clause back to
            // the actor it describes.
            if word == ",", let opening = relativeClauseOpening(endingAt: position, tokens) {
                position = opening - 1
                passedRelative = true
                continue
            }
            if allowModifiers && word == "," {
                // "Hezbollah, which is backed by Iran": past the relative pronoun, the comma
                // opens the clause and the name right before it is what is described ("the
                // attack on Israel, which…" describes the attack, not Israel).
                if passedRelative, position > 0, let m = sentence.mentionAt[position - 1],
                    sentence.mentions[m].isArgument, !sentence.mentions[m].possessive,
                    !isPrepositionObject(sentence.mentions[m], sentence)
                {
                    return group(ending: m, sentence, excluding: targetsSoFar)
                }
                break
            }
            if Words.relativePronouns.contains(word) { passedRelative = true }
            // "It was Ethiopia that asked Turkey…": the name a cleft sentence puts in focus.
            if word == "that" || word == "who", let focus = cleftFocus(before: position, sentence) {
                return group(ending: focus, sentence, excluding: targetsSoFar)
            }
            // "Zelensky said the strikes showed "…" and urged the US to…": after a quotation,
            // a verb joined by "and" belongs to whoever spoke.
            if (word == "\"" || word == "”"), ["and", "but"].contains(tokens[safe: position + 1]?.lower ?? ""),
                let speaker = speakerBefore(position, sentence)
            {
                return [speaker]
            }
            if token.classes.contains(.clauseBreak) || cues.reporting.contains(word) && position < i - 1 {
                // "…last month but has so far made gains": a verb phrase joined by "but" or a
                // gerund after "after"/"while" shares the subject on the left.
                let following = tokens[safe: position + 1]
                let verbPhraseFollows = (word == "but" || word == "and") && following.map {
                    $0.isWord && !$0.isCapitalized && sentence.mentionAt[position + 1] == nil
                        && !$0.classes.contains(.determiner)
                } ?? false
                let gerundFollows = Self.subordinators.contains(word) && position + 1 == i && tokens[i].lower.hasSuffix("ing")
                // "is regarded as X's ally": this "as" introduces a description, not a clause.
                let describingAs = word == "as" && position > 0 && cues.contains(.describingVerbs, tokens[position - 1].lower)
                if verbPhraseFollows || gerundFollows || describingAs {
                    position -= 1
                    continue
                }
                crossedVerbBoundary = true
                break
            }
            position -= 1
        }
        // "He has let…, conducted exercises, and taken delivery…": a coordinated verb shares
        // the previous verb's subject.
        if !lastSubjects.isEmpty && !crossedVerbBoundary { return lastSubjects }
        // "While condemning the coup, ECOWAS threatened…": a gerund in an opening phrase has
        // the main clause's subject.
        if i == 1, tokens[i].lower.hasSuffix("ing"), Self.subordinators.contains(tokens[0].lower),
            let main = subjectAfterOpeningPhrase(from: i, sentence)
        {
            return group(from: main, sentence)
        }
        return []
    }

    /// "It was Ethiopia that …", "it is Moscow who …": the mention between "it was" and the
    /// relative word at `position`.
    func cleftFocus(before position: Int, _ sentence: Sentence) -> Int? {
        guard position > 0, let m = sentence.mentionAt[position - 1], sentence.mentions[m].isArgument else { return nil }
        var back = sentence.mentions[m].first - 1
        if back >= 0, sentence.tokens[back].lower == "the" { back -= 1 }
        guard back >= 1, ["was", "is", "were", "are"].contains(sentence.tokens[back].lower),
            sentence.tokens[back - 1].lower == "it"
        else { return nil }
        return m
    }

    /// "The SDF said Turkish drones had hit oil facilities and accused Turkey of…": a speech act
    /// joined by "and" after a reported clause is the speaker's, not the reported subject's.
    func coordinatedSpeaker(before i: Int, _ sentence: Sentence) -> Int? {
        var and = i - 1
        // "… and did not condemn", "… and also urged": auxiliaries and adverbs may intervene.
        while and > 0 && i - and <= 3 && (Self.verbModifiers.contains(sentence.tokens[and].lower) || sentence.tokens[and].lower.hasSuffix("ly")) {
            and -= 1
        }
        guard and > 2, sentence.tokens[and].lower == "and", let speaker = speakerBefore(and, sentence) else { return nil }
        // The reported clause must stand between the cue and "and".
        guard sentence.mentions[speaker].last + 3 < and else { return nil }
        return speaker
    }

    /// The subject of the first reporting verb before `position`: "Zelensky said …".
    func speakerBefore(_ position: Int, _ sentence: Sentence) -> Int? {
        if let cue = (0..<position).first(where: { sentence.tokens[$0].classes.contains(.reporting) && sentence.mentionAt[$0] == nil }),
            cue > 0, let m = sentence.mentionAt[cue - 1], sentence.mentions[m].isArgument
        {
            return m
        }
        // 'Mirzoyan "emphasized the importance of peace" and urged…': the quotation is the
        // predicate of the name right before it.
        guard let open = (0..<position).last(where: { ["\"", "“"].contains(sentence.tokens[$0].text) }), open > 0,
            let m = sentence.mentionAt[open - 1], sentence.mentions[m].isArgument
        else { return nil }
        return m
    }

    /// The comma that opens ", which …," or ", who …," when `comma` closes it.
    func relativeClauseOpening(endingAt comma: Int, _ tokens: [Token]) -> Int? {
        var position = comma - 1
        while position > 0 && comma - position < 30 {
            if tokens[position].text == "," {
                let next = tokens[position + 1].lower
                return next == "which" || next == "who" ? position : nil
            }
            position -= 1
        }
        return nil
    }



    static let subordinators: WordSet = ["after", "before", "while", "since", "when", "by", "without"]

    /// "under Qatari mediation, A and B …", "with Egypt's mediation, A and B …": the subjects of
    /// the clause an opening mediation phrase introduces.
    func partiesAfterOpening(noun i: Int, end: Int, _ sentence: Sentence) -> [Int]? {
        let tokens = sentence.tokens
        guard let opener = (max(0, i - 4)..<i).first(where: { ["under", "with", "through", "after"].contains(tokens[$0].lower) }),
            opener <= 1, let main = subjectAfterOpeningPhrase(from: end, sentence)
        else { return nil }
        let parties = group(from: main, sentence)
        return parties.count >= 2 ? parties : nil
    }

    func ownsNextMention(_ mention: Mention, _ sentence: Sentence) -> Bool {
        let possessivePronoun = mention.form == .pronoun
            && ["his", "her", "its", "their"].contains(sentence.tokens[mention.last].lower)
        guard mention.possessive || possessivePronoun else { return false }
        let next = mention.last + 1 + (sentence.tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
        guard next < sentence.tokens.count else { return false }
        for position in next..<min(sentence.tokens.count, next + 3) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument }
        }
        return false
    }

    /// "condemned Russia's invasion of Ukraine", "praised Qatar's decision to…": what the
    /// possessor owns is its own deed, so a verb acting on the deed acts on the possessor.
    func ownsEvent(_ mention: Mention, _ sentence: Sentence) -> Bool {
        guard mention.possessive || mention.form == .demonym, !ownsDeedDoneToIt(mention, sentence) else { return false }
        var next = mention.last + 1 + (sentence.tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
        // "Russia's full-scale invasion", "Israel's latest strikes": one modifier may stand first.
        for _ in 0..<2 {
            guard let token = sentence.tokens[safe: next], token.isWord, sentence.mentionAt[next] == nil else { return false }
            if eventNoun(at: next, sentence.tokens) != nil || cues.contains(.actNouns, token) || nominal(at: next, sentence.tokens) != nil {
                return true
            }
            next += 1
        }
        return false
    }

    /// "its offensive", "their fresh attacks": the owner's own use of force, within one modifier.
    func ownsForce(_ mention: Mention, _ sentence: Sentence) -> Bool {
        (mention.last + 1...mention.last + 2).contains { position in
            position < sentence.tokens.count && sentence.mentionAt[position] == nil
                && (eventNoun(at: position, sentence.tokens)?.kind.usesForce ?? false)
        }
    }

    /// "Kabore's ouster", "the envoy's expulsion": the possessor suffered the deed.
    func ownsDeedDoneToIt(_ mention: Mention, _ sentence: Sentence) -> Bool {
        let next = mention.last + 1 + (sentence.tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
        // "Russia's expulsion of British diplomats": with "of" the possessor is the doer.
        return (next..<min(sentence.tokens.count, next + 2)).contains {
            sentence.mentionAt[$0] == nil && cues.contains(.patientNouns, sentence.tokens[$0]) && sentence.tokens[safe: $0 + 1]?.lower != "of"
        }
    }

    func followedByMention(_ mention: Mention, _ sentence: Sentence) -> Bool {
        // "Russia's Wagner group" has its "'s" to pass; "its forces attacked Kyiv" has none, and
        // the verb ends the owned phrase: Kyiv is the object, not what "its" owns.
        let next = mention.last + 1 + (sentence.tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)
        guard next < sentence.tokens.count else { return false }
        for position in next..<min(sentence.tokens.count, next + 3) {
            if let m = sentence.mentionAt[position] { return sentence.mentions[m].isArgument }
            if sentence.tokens[position].classes.contains(.verb) && position > next { return false }
        }
        return false
    }

    /// "in Moscow", "from Belarusian soil": a mention right after a preposition is a place or
    /// a complement, not a subject. "fighters of Wagner" is the exception: the group acts.
    func isPrepositionObject(_ mention: Mention, _ sentence: Sentence) -> Bool {
        // "in northern Syria", "across the eastern Democratic Republic of Congo".
        guard let position = wordBefore(mention, sentence.tokens) else { return false }
        let word = sentence.tokens[position].lower
        if word == "of" {
            // "fighters of Wagner", "the leaders of Armenia and Azerbaijan": the group acts.
            let head = position > 0 ? sentence.tokens[position - 1] : nil
            guard let head else { return true }
            // "hundreds of Russian troops", "thousands of Ukrainian civilians": a count of them.
            if cues.contains(.quantities, head.lower) || head.lower.first?.isNumber == true { return false }
            return !cues.organs.contains(head.lower) && !head.classes.contains(.title) && !cues.contains(.representatives, head.lower)
        }
        if word == "in", position > 0, cues.contains(.representatives, sentence.tokens[position - 1].lower) {
            // "leaders in Bosnia", "officials in Kyiv" speak for the place's actor.
            return false
        }
        if word == "from" {
            // "fighters from the Wagner group", "ministers from both countries" act for them.
            let head = position > 0 ? sentence.tokens[position - 1].lower : ""
            return !cues.organs.contains(head) && !cues.contains(.representatives, head)
        }
        // "bodies such as the AU", "neighbours including Chad": the examples are the object.
        if word == "including" || word == "as" && position > 0 && sentence.tokens[position - 1].lower == "such" {
            return false
        }
        // "militants loyal to the Islamic State attacked": the group the unnamed men belong to
        // acts through them.
        if ["to", "with"].contains(word), position > 0, cues.contains(.allegianceWords, sentence.tokens[position - 1].lower),
            let next = sentence.tokens[safe: mention.last + 1], next.classes.contains(.verb) || Self.auxiliaries.contains(next.lower)
        {
            return false
        }
        // "after Iran launched attacks", "since Russia invaded": a conjunction opening a clause
        // whose subject the name is, when a verb follows the name.
        if Self.clauseOpeners.contains(word), let next = sentence.tokens[safe: mention.last + 1 + (mention.possessive ? 1 : 0)],
            next.classes.contains(.verb) || Self.auxiliaries.contains(next.lower)
                || (next.classes.contains(.reporting) && !next.isCapitalized)
        {
            return false
        }
        return sentence.tokens[position].classes.contains(.preposition)
    }


    static let clauseOpeners: WordSet = ["after", "before", "since", "until", "till", "once", "as", "while", "because", "when"]

    /// Objects: the first argument mentions after the verb, behind one of the pattern's
    /// prepositions when it has any, within the clause.
    func targetsAfter(_ end: Int, preps: [String], kind: RelationKind, _ sentence: Sentence) -> [Int] {
        let tokens = sentence.tokens
        var sawPrep = preps.isEmpty
        var prepAt: Int?
        var position = end + 1
        var seriesEnd = end
        let limit = min(tokens.count, end + 14)
        while position < limit {
            if let m = sentence.mentionAt[position] {
                let mention = sentence.mentions[m]
                // "struck its power grid": what the pronoun owns stands for its owner.
                // "captured a key Congolese city", "hit Iranian positions": a people-adjective on a
                // place or military site struck or taken names its owner.
                // "sanctioned officials in the eastern Ukrainian provinces": a sanction's place is
                // not whom it targets.
                let sanctionPlace = kind == .sanction && mention.form == .demonym
                    && ["in", "inside", "across"].contains(wordBefore(mention, tokens).map { tokens[$0].lower } ?? "")
                let usable = !sanctionPlace && mention.isArgument
                    || (!sanctionPlace && mention.form == .demonym && kind.polarity == .conflict
                        && (followsPrep(mention, sentence) || modifiesSite(mention, sentence) || namesPeople(mention, sentence)))
                    || (mention.form == .demonym && sharesNoun(demonym: m, sentence))
                    // "condemned the North Korean action": the people-adjective names the doer.
                    || (mention.form == .demonym && Self.opinionKinds.contains(kind) && ownsEvent(mention, sentence))
                    // "repelled a Russian assault", "shot down an Iranian drone": force met with force
                    // is aimed at the one whose attack or weapon it was.
                    || (mention.form == .demonym && kind.usesForce
                        && (ownsEvent(mention, sentence) || modifies(.weaponNouns, mention, sentence)))
                    // "stepped up its offensive": the doer's own deed names no target.
                    || (mention.form == .pronoun && mention.possessive && kind.polarity == .conflict
                        && !ownsNextMention(mention, sentence) && !ownsForce(mention, sentence))
                // "met in Moscow with Russia's mediation": the mediator is no party.
                if mention.possessive, let owned = sentence.tokens[safe: mention.last + 1 + (sentence.tokens[safe: mention.last + 1]?.isPossessive == true ? 1 : 0)],
                    cues.contains(.auspicesNouns, owned.lower)
                {
                    position = max(position + 1, mention.last + 2)
                    continue
                }
                // "fired at a tanker off the coast of Eritrea": the sea off a coast is no target.
                if mention.first >= 2, sentence.tokens[mention.first - 1].lower == "of" || sentence.tokens[mention.first - 1].lower == "the",
                    let of = (max(1, mention.first - 2)..<mention.first).last(where: { sentence.tokens[$0].lower == "of" }),
                    cues.contains(.waterNouns, sentence.tokens[of - 1].lower)
                {
                    position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                    continue
                }
                // "met his Turkish counterpart", "struck Russia's Black Sea Fleet": the possessor
                // only owns the target.
                // "condemned Kabore's ouster": the one a deed was done to is not what the verb acts on.
                if sawPrep && usable && mention.possessive && ownsDeedDoneToIt(mention, sentence) {
                    position = max(position + 1, mention.last + 2)
                    continue
                }
                if sawPrep && usable && ownsNextMention(mention, sentence) && !ownsEvent(mention, sentence) {
                    position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                    continue
                }
                if sawPrep && usable {
                    // The verb's own particle ("rely on Moscow") is not a preposition of place.
                    let afterParticle = mention.first - 1 == end && !sentence.tokens[end].classes.contains(.verb)
                    if preps.isEmpty && !afterParticle && isPrepositionObject(mention, sentence)
                        && !allowsLocativeTarget(kind, mention, after: end, sentence) && !isAgentOfDeed(mention, after: end, sentence)
                    {
                        position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                        continue
                    }
                    // "carried out a strike in Yemen against the Houthis": the one struck outranks the place.
                    if mention.first > 0, ["in", "inside"].contains(tokens[mention.first - 1].lower) {
                        if let against = opposedAfter(mention, sentence) { return group(from: against, sentence) }
                        if kind.polarity == .conflict, aimsAtArmedMen(after: mention, sentence) {
                            position = max(position + 1, mention.last + 1)
                            continue
                        }
                    }
                    var targets = group(from: m, sentence, asObject: true)
                    // "warned the DPRK may conduct a test": the name begins what is predicted.
                    if kind == .warn, let after = tokens[safe: sentence.mentions[targets.last ?? m].last + 1],
                        ["may", "might", "could", "can"].contains(after.lower)
                    {
                        return []
                    }
                    // "US defence firms such as Lockheed Martin": the examples are targets too.
                    targets += examples(after: sentence.mentions[targets.last ?? m].last, sentence)
                    return targets
                }
                position = max(position + 1, mention.last + 1 + (mention.possessive ? 1 : 0))
                continue
            }
            let word = tokens[position].lower
            // "speaking to diplomats in Kinshasa": a second preposition starts another phrase,
            // except in "the border with X".
            if sawPrep && !preps.isEmpty && !preps.contains(word) && tokens[position].classes.contains(.preposition)
                && word != "of" && !["border", "frontier", "boundary"].contains(tokens[safe: position - 1]?.lower ?? "")
            {
                break
            }
            if preps.contains(word), !sawPrep || prepAt == nil {
                sawPrep = true
                prepAt = position
            }
            // "eliminate the terrorist threat with the help of allies, including Russia": after
            // an object that names no one, a companion or an example is not what is acted on.
            if preps.isEmpty, Self.companionMarkers.contains(word), position > end + 1,
                (end + 1..<position).contains(where: { tokens[$0].isWord && !Words.determiners.contains(tokens[$0].lower) })
            {
                break
            }
            // "stood "shoulder to shoulder" with Ukraine": a short quotation inside the verb
            // phrase is skipped, not taken as the end of the clause.
            if word == "\"" || word == "“",
                let close = (position + 1..<min(tokens.count, position + 10)).first(where: {
                    tokens[$0].text == "\"" || tokens[$0].text == "”"
                }),
                close + 1 < tokens.count, !tokens[close + 1].classes.contains(.reporting),
                tokens[close + 1].text != ","
            {
                position = close + 1
                continue
            }
            // "arming, funding and training Hezbollah": skip the rest of a series of verbs. The
            // series must follow the verb directly: in "Russia, backed into a corner, threatened
            // Ukraine" the comma closes a description and the next verb is the main one.
            if (word == "," || word == "and") && position == seriesEnd + 1 && position + 1 < tokens.count
                && tokens[position + 1].classes.contains(.verb) && sentence.mentionAt[position + 1] == nil
            {
                seriesEnd = position + 1
                position += 2
                continue
            }
            // "condemned the attack and said Berlin would…", "refused to host the talks and
            // invited US troops": a new verb ends the object.
            if word == "and" || word == "but", let next = tokens[safe: position + 1],
                next.classes.contains(.reporting) || Self.auxiliaries.contains(next.lower)
                    || next.classes.contains(.verb) && sentence.mentionAt[position + 1] == nil && position > seriesEnd + 1
            {
                break
            }
            // "hitting ships in support of Palestinians", "in retaliation for": a beneficiary or a
            // cause, never the one acted on.
            if word == "in" || word == "on", let next = tokens[safe: position + 1]?.lower, let after = tokens[safe: position + 2]?.lower,
                Self.purposePhrases.contains(word, next, after)
            {
                break
            }
            // "bodies such as the AU", "its partners, including the US": the examples follow;
            // "as" here opens no clause, and the comma before "including" closes nothing.
            // "condemned what it called Uganda's aggression": the speaker's own words follow.
            if word == "what", let next = tokens[safe: position + 2], ["called", "calls", "termed", "described"].contains(next.lower),
                sentence.mentionAt[position + 1] != nil
            {
                position += tokens[safe: position + 3]?.lower == "as" ? 4 : 3
                continue
            }
            if word == "such", tokens[safe: position + 1]?.lower == "as" {
                position += 2
                continue
            }
            if word == "including" || word == ",", tokens[safe: position + (word == "," ? 1 : 0)]?.lower == "including" {
                position += word == "," ? 2 : 1
                continue
            }
            // "met in Brussels to discuss Russia": an infinitive starts another verb phrase,
            // unless it says what an event noun is for ("brokered a deal to end the mutiny").
            if word == "to", !(preps.contains("to") && !sawPrep), position > end + 1,
                patterns.nominals[tokens[position - 1].lower] == nil, let next = tokens[safe: position + 1],
                next.isWord, !next.isCapitalized, sentence.mentionAt[position + 1] == nil, !next.classes.contains(.determiner)
            {
                break
            }
            // "attribute jamming, arson plots and sabotage to Russia": before its preposition the
            // object may be a list.
            if word == ",", !sawPrep, !preps.isEmpty, let next = tokens[safe: position + 1], next.isWord,
                sentence.mentionAt[position + 1] == nil, !next.classes.contains(.verb)
            {
                position += 1
                continue
            }
            if tokens[position].classes.contains(.clauseBreak) || word == "," || word == "that" || Words.relativePronouns.contains(word) {
                break
            }
            if tokens[position].classes.contains(.verb) && position > end + 1 && !sawPrep { break }
            // "sanctions on seven people accused of undermining Ukraine's sovereignty": a
            // participle after the preposition's own noun begins a clause about that noun.
            // "sanctioned Russian governors for supporting Donetsk": so does one after the object.
            // A participle with its agent or parties ("an accord signed between A and B"), or one
            // that says where the noun leads ("roads leading into X"), still names what the verb
            // is about.
            let next = tokens[safe: position + 1]?.lower ?? ""
            if let start = prepAt ?? (preps.isEmpty ? end : nil), position > start + 1, tokens[position].classes.contains(.verb),
                tokens[position].lower.hasSuffix("ing") && !(tokens[safe: position + 1]?.classes.contains(.preposition) ?? true) || tokens[position].lower.hasSuffix("ed") && next != "between" && next != "by",
                sentence.mentionAt[position - 1] == nil, tokens[position - 1].isWord, !Words.determiners.contains(tokens[position - 1].lower)
            {
                break
            }
            position += 1
        }
        return []
    }

    /// Whether a site noun follows the mention within two words ("Congolese border town").
    func modifiesSite(_ mention: Mention, _ sentence: Sentence) -> Bool { modifies(.struckNouns, mention, sentence) }

    /// Whether a noun of `list` follows the mention within two words ("a Russian attack drone").
    func modifies(_ list: CueList, _ mention: Mention, _ sentence: Sentence) -> Bool {
        (mention.last + 1...mention.last + 3).contains { position in
            guard let token = sentence.tokens[safe: position] else { return false }
            return cues.contains(list, token) && (mention.last + 1..<position).allSatisfy {
                sentence.tokens[$0].isWord && sentence.mentionAt[$0] == nil
            }
        }
    }

    static let purposePhrases: WordSet = [
        "in support of", "in solidarity with", "on behalf of", "in response to", "in retaliation for", "in protest at",
        "in protest against", "in defence of", "in defense of", "in revenge for", "in return for", "in exchange for",
    ]

    /// "… in Yemen against Iran-backed Houthis": an argument after "against" a few words on.
    func opposedAfter(_ mention: Mention, _ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var position = mention.last + 1
        while position < min(tokens.count, mention.last + 4) {
            if tokens[position].lower == "against" || cues.contains(.aimingWords, tokens[position].lower) {
                for next in position + 1..<min(tokens.count, position + 7) {
                    if let m = sentence.mentionAt[next] {
                        let found = sentence.mentions[m]
                        // "Iran-backed Houthis": the backer is a modifier.
                        let modifier = ["-", "–"].contains(tokens[safe: found.last + 1]?.text ?? "")
                        if found.isArgument && !modifier { return m }
                        if modifier { continue }
                        if found.form == .demonym || found.possessive { continue }
                        return nil
                    }
                }
                return nil
            }
            // "air strikes in Syria, targeting …": a participle set off by a comma still aims the strike.
            if tokens[position].text == ",", cues.contains(.aimingWords, tokens[safe: position + 1]?.lower ?? "") {
                position += 1
                continue
            }
            if tokens[position].classes.contains(.clauseBreak) || tokens[position].text == "," || sentence.mentionAt[position] != nil { return nil }
            position += 1
        }
        return nil
    }


    /// "air strikes in Syria, targeting key rebel positions": the strike is aimed at armed men
    /// the place does not stand for, so the place is not its target.
    func aimsAtArmedMen(after mention: Mention, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard let aim = (mention.last + 1..<min(tokens.count, mention.last + 4)).first(where: {
            cues.contains(.aimingWords, tokens[$0].lower) || tokens[$0].lower == "against"
        }) else { return false }
        for position in aim + 1..<min(tokens.count, aim + 7) {
            if sentence.mentionAt[position] != nil || tokens[position].classes.contains(.clauseBreak) { return false }
            let word = tokens[position].lower
            if cues.contains(.collectiveNouns, word) || cues.contains(.collectiveNouns, word + "s") { return true }
        }
        return false
    }

    /// "opposes new sanctions by the United States", "negative moves by Japan": the agent of a
    /// deed that is the verb's object is the one the verb is about.
    func isAgentOfDeed(_ mention: Mention, after end: Int, _ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard mention.first >= 2, tokens[mention.first - 1].lower == "by" || tokens[mention.first - 1].lower == "the" && mention.first >= 3
            && tokens[mention.first - 2].lower == "by"
        else { return false }
        let by = tokens[mention.first - 1].lower == "by" ? mention.first - 1 : mention.first - 2
        // The deed is the verb's object, not the verb itself ("sanctions by" after no verb).
        guard by - 1 > end else { return false }
        let noun = tokens[by - 1].lower
        return cues.contains(.actNouns, noun) || patterns.eventNouns[noun] != nil || patterns.nominals[noun] != nil
    }

    /// "Russian and Syrian warplanes", "both Mozambican and Rwandan troops": a people-adjective
    /// joined by "and" to one that begins a state's organ shares that noun, so names that state.
    func sharesNoun(demonym d: Int, _ sentence: Sentence) -> Bool {
        let mention = sentence.mentions[d]
        guard mention.form == .demonym, let glue = sentence.tokens[safe: mention.last + 1], ["and", "or", ","].contains(glue.lower),
            let next = sentence.mentionAt[safe: mention.last + 2] ?? nil
        else { return false }
        return sentence.mentions[next].form == .organ && sentence.mentions[next].first == mention.last + 2
    }

    /// "killed 20 Palestinians", "shelled Armenians in the enclave": a plural people-word that
    /// heads its phrase stands for the people's state when it is what force is used on.
    func namesPeople(_ mention: Mention, _ sentence: Sentence) -> Bool {
        guard mention.first == mention.last, sentence.tokens[mention.last].lower.hasSuffix("s") else { return false }
        guard let next = sentence.tokens[safe: mention.last + 1] else { return true }
        return !next.isWord || next.classes.contains(.preposition) || next.classes.contains(.clauseBreak)
            || next.classes.contains(.verb) && !next.isCapitalized
    }



    static let companionMarkers: WordSet = ["with", "alongside", "among", "besides"]


    func followsPrep(_ mention: Mention, _ sentence: Sentence) -> Bool {
        mention.first > 0 && sentence.tokens[mention.first - 1].classes.contains(.preposition)
    }

    /// "strikes on targets in Yemen": for uses of force the place struck stands for its owner.
    func allowsLocativeTarget(_ kind: RelationKind, _ mention: Mention, after end: Int, _ sentence: Sentence) -> Bool {
        guard let position = wordBefore(mention, sentence.tokens) else { return false }
        // "hosted talks between Somali and Ethiopian officials": the parties to the talks.
        if kind.polarity == .cooperation { return sentence.tokens[position].lower == "between" }
        // "hit Kurdish militant targets in northern Syria": what was struck belongs to armed
        // men, not to the state where they are.
        if end + 1 < position, sentence.tokens[(end + 1)..<position].contains(where: { token in
            cues.contains(.collectiveNouns, token) || cues.contains(.collectiveNouns, token.lower + "s")
        }) {
            return false
        }
        // "struck a ship off the coast of Yemen": the sea off a state's coast is not the state.
        if sentence.tokens[position].lower == "of", position > 0, cues.contains(.waterNouns, sentence.tokens[position - 1].lower) {
            return false
        }
        // "sanctioned officials in eastern Ukraine": a sanction's place is not whom it targets.
        if kind == .sanction, ["in", "inside", "across"].contains(sentence.tokens[position].lower) { return false }
        // "captured the headquarters of the Myanmar military": what is struck belongs to its owner.
        return ["in", "inside", "into", "across", "on", "of"].contains(sentence.tokens[position].lower)
    }

    /// A mention and those joined to it by "and" or commas, reading right.
    func group(from m: Int, _ sentence: Sentence, asObject: Bool = false) -> [Int] {
        var members = [m]
        var position = sentence.mentions[m].last + 1 + (sentence.mentions[m].possessive ? 1 : 0)
        while position + 1 < sentence.tokens.count {
            // "the African Union (AU), the Arab League": a parenthesised short name.
            if sentence.tokens[position].text == "(", position + 2 < sentence.tokens.count, sentence.tokens[position + 2].text == ")" {
                position += 3
                continue
            }
            var word = sentence.tokens[position].lower
            if word == "as", sentence.tokens[safe: position + 1]?.lower == "well", sentence.tokens[safe: position + 2]?.lower == "as" {
                position += 2
                word = "and"
            }
            guard word == "and" || word == "," || word == "or" else { break }
            var next = position + 1
            if sentence.tokens[next].lower == "and" { next += 1 }
            while next < sentence.tokens.count && ["the", "a"].contains(sentence.tokens[next].lower) { next += 1 }
            // "the army and the paramilitary Rapid Support Forces": one descriptive word may
            // stand before the next name.
            if word != ",", next + 1 < sentence.tokens.count, sentence.mentionAt[next] == nil, sentence.tokens[next].isWord,
                !sentence.tokens[next].classes.contains(.verb),
                !sentence.tokens[next].isCapitalized, sentence.mentionAt[next + 1] != nil
            {
                next += 1
            }
            guard next < sentence.tokens.count, let n = sentence.mentionAt[next], sentence.mentions[n].first == next,
                sentence.mentions[n].isArgument
            else { break }

            // "…, and the KRG in Erbil, which maintains…, has called": a name followed by its
            // own clause starts a new sentence part rather than continuing the list.
            if startsOwnClause(after: sentence.mentions[n], sentence) { break }
            // "sanctioned Dodik, and Britain followed suit": among objects, a name with a verb
            // of its own is the next clause's subject.
            if asObject, word != "or", startsWithVerb(after: sentence.mentions[n], sentence) { break }
            members.append(n)
            position = sentence.mentions[n].last + 1 + (sentence.mentions[n].possessive ? 1 : 0)
        }
        return withPartners(members, sentence)
    }

    /// "the two countries" is two mentions over the same words: either one brings the other.
    func withPartners(_ members: [Int], _ sentence: Sentence) -> [Int] {
        var out: [Int] = []
        for m in members {
            switch sentence.mentions[m].pair {
            case .none: out.append(m)
            case .first: out += [m, m + 1]
            case .second: out += [m - 1, m]
            }
        }
        return out
    }

    func startsWithVerb(after mention: Mention, _ sentence: Sentence) -> Bool {
        guard !mention.possessive, let next = sentence.tokens[safe: mention.last + 1], next.isWord, !next.isCapitalized,
            sentence.mentionAt[mention.last + 1] == nil
        else { return false }
        return next.classes.contains(.verb) || next.lower.hasSuffix("ed") || patterns.irregularParticiples.contains(next.lower)
    }

    func startsOwnClause(after mention: Mention, _ sentence: Sentence) -> Bool {
        var position = mention.last + 1 + (mention.possessive ? 1 : 0)
        let limit = min(sentence.tokens.count, position + 6)
        while position < limit {
            let word = sentence.tokens[position].lower
            if Self.auxiliaries.contains(word) { return true }
            if word == "," { return ["which", "who"].contains(sentence.tokens[safe: position + 1]?.lower ?? "") }
            // "the KRG in Erbil, which maintains…": a place after "in" is still the name's phrase.
            if let m = sentence.mentionAt[position], position > 0, ["in", "at"].contains(sentence.tokens[position - 1].lower) {
                position = sentence.mentions[m].last + 1
                continue
            }
            if word == "and" || sentence.mentionAt[position] != nil { return false }
            position += 1
        }
        return false
    }

    /// A mention and those joined to it by "and" or commas, reading left.
    func group(ending m: Int, _ sentence: Sentence, excluding earlierObjects: Set<Int> = []) -> [Int] {
        var members = [m]
        var position = sentence.mentions[m].first - 1
        while position > 0 {
            if ["the", "a"].contains(sentence.tokens[position].lower) { position -= 1 }
            // "Mirzoyan and his Azerbaijani counterpart Bayramov": the owning pronoun is no member.
            if let p = sentence.mentionAt[position], sentence.mentions[p].form == .pronoun, sentence.mentions[p].possessive,
                sentence.mentions[p].first > 0
            {
                position = sentence.mentions[p].first - 1
            }
            // "Israel and Hamas ally Hezbollah": a name with an ally noun describes the member.
            if cues.allyNouns.contains(sentence.tokens[position].lower), position > 0, let p = sentence.mentionAt[position - 1],
                sentence.mentions[p].first > 0
            {
                position = sentence.mentions[p].first - 1
            }
            var word = sentence.tokens[position].lower
            // "Nigeria, the UN as well as the US": "as well as" joins like "and".
            if word == "as", position > 2, sentence.tokens[position - 1].lower == "well", sentence.tokens[position - 2].lower == "as" {
                position -= 2
                word = "and"
            }
            guard word == "and" || word == ",", position > 0 else { break }
            var previous = position - 1
            if previous > 0 && sentence.tokens[previous].lower == "," { previous -= 1 }
            // "the United Nations (UN) and …": past a short name in brackets.
            if previous > 2, sentence.tokens[previous].text == ")", sentence.tokens[previous - 2].text == "(" { previous -= 3 }
            // "banned the group, and the KRG … has called": an earlier verb's object is not
            // part of this subject.
            // "After talks in Doha, Israel and Hamas agreed": a place after a preposition in an
            // opening phrase is not one of the subjects.
            // "Russian and Syrian warplanes": a people-adjective joined to one that begins the
            // member's own phrase shares its noun.
            let sharedNoun = sentence.mentionAt[previous].map { sharesNoun(demonym: $0, sentence) } ?? false
            guard let p = sentence.mentionAt[previous], sentence.mentions[p].isArgument || sharedNoun,
                !sentence.mentions[p].possessive, !earlierObjects.contains(p),
                !(word == "," && isPrepositionObject(sentence.mentions[p], sentence))
            else { break }
            members.insert(p, at: 0)
            position = sentence.mentions[p].first - 1
        }
        return withPartners(members, sentence)
    }

    /// "firms such as Lockheed Martin and Raytheon", "groups, including Hamas": the named
    /// examples after a noun phrase that ends within a few words of `last`.
    func examples(after last: Int, _ sentence: Sentence) -> [Int] {
        let tokens = sentence.tokens
        var position = last + 1
        while position < min(tokens.count, last + 5) {
            let word = tokens[position].lower
            if word == "such", tokens[safe: position + 1]?.lower == "as" { position += 2; break }
            if word == ",", tokens[safe: position + 1]?.lower == "such", tokens[safe: position + 2]?.lower == "as" { position += 3; break }
            if word == "including" { position += 1; break }
            if word == ",", tokens[safe: position + 1]?.lower == "including" { position += 2; break }
            guard tokens[position].isWord, !tokens[position].isCapitalized, sentence.mentionAt[position] == nil,
                tokens[position].classes.isDisjoint(with: [.verb, .preposition, .clauseBreak, .determiner])
            else { return [] }
            position += 1
        }
        position = pastDeterminers(position, tokens)
        guard position > last + 1, let m = sentence.mentionAt[safe: position] ?? nil, sentence.mentions[m].isArgument,
            ["as", "including"].contains(tokens[position - 1].lower) || Words.determiners.contains(tokens[position - 1].lower)
        else { return [] }
        return group(from: m, sentence)
    }
}
