import EntenteGraph
import Yams

/// Turns YAML nodes into lexicon entries, checking keys and values as it goes.
enum LexiconParsing {
    static func actor(_ node: Node, source: String) throws(LexiconError) -> LexiconActor {
        let fields = try YAMLFields(node, source: source, what: "an actor")
        try fields.check(allowed: [
            "id", "name", "kind", "code", "aliases", "demonyms", "capitals", "metonyms",
            "affiliation", "titles", "role",
        ])
        let id = try fields.requiredString("id")
        let name = try fields.requiredString("name")
        let kindText = try fields.string("kind") ?? "other"
        guard let kind = ActorKind(loose: kindText) else {
            throw LexiconError.at(fields.mapping["kind"] ?? node, source: source,
                "unknown actor kind '\(kindText)'; use state, person, organization, armed_group, igo or other")
        }
        let actor = Actor(
            id: id, name: name, kind: kind, aliases: try fields.strings("aliases"),
            affiliation: try fields.string("affiliation"), code: try fields.string("code"))
        return LexiconActor(
            actor: actor, demonyms: try fields.strings("demonyms"), capitals: try fields.strings("capitals"),
            metonyms: try fields.strings("metonyms"), titles: try fields.strings("titles"),
            role: try fields.string("role"),
            origin: LexiconOrigin(source: source, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0))
    }

    static func verb(_ node: Node, source: String) throws(LexiconError) -> VerbPattern {
        let fields = try YAMLFields(node, source: source, what: "a verb pattern")
        try fields.check(allowed: ["verb", "kind", "code", "forms", "except", "objects", "complements", "preps", "reciprocal", "reverse", "subject_kinds"])
        let (kind, code) = try kindAndCode(fields, node: node)
        let words = try fields.requiredString("verb").lowercased().split(separator: " ").map(String.init)
        guard let head = words.first else { throw LexiconError.at(node, source: source, "empty 'verb'") }
        var forms = Inflection.verbForms(head)
        for form in try fields.strings("forms") { forms.insert(form.lowercased()) }
        // Forms that are far more often nouns ("artillery shells") are excluded by the lexicon.
        for form in try fields.strings("except") { forms.remove(form.lowercased()) }
        var subjectKinds: Set<ActorKind> = []
        for text in try fields.strings("subject_kinds") {
            guard let kind = ActorKind(loose: text) else {
                throw LexiconError.at(fields.mapping["subject_kinds"] ?? node, source: source, "unknown actor kind '\(text)'")
            }
            subjectKinds.insert(kind)
        }
        return VerbPattern(
            kind: kind, code: code, words: words, forms: forms, objects: try fields.strings("objects").map { $0.lowercased() },
            preps: try fields.strings("preps").map { $0.lowercased() },
            complements: try fields.strings("complements").map { $0.lowercased() },
            reciprocal: try fields.bool("reciprocal"), reverse: try fields.bool("reverse"), subjectKinds: subjectKinds)
    }

    static func nominal(_ node: Node, source: String) throws(LexiconError) -> NominalPattern {
        let fields = try YAMLFields(node, source: source, what: "a nominal pattern")
        try fields.check(allowed: ["nouns", "kind", "code", "preps", "reciprocal"])
        let nouns = try fields.strings("nouns").map { $0.lowercased().split(separator: " ").map(String.init) }
        if nouns.isEmpty { throw LexiconError.at(node, source: source, "a nominal pattern needs 'nouns'") }
        let (kind, code) = try kindAndCode(fields, node: node)
        return NominalPattern(
            kind: kind, code: code, nouns: nouns,
            preps: try fields.strings("preps").map { $0.lowercased() }, reciprocal: try fields.bool("reciprocal"))
    }

    static func cues(_ node: Node, source: String) throws(LexiconError) -> Cues {
        let fields = try YAMLFields(node, source: source, what: "cues")
        try fields.check(allowed: Set(CueList.allCases.map(\.rawValue)).union([
            "leader_titles", "member_titles", "organs", "group_nouns", "negation", "modality",
            "reporting", "noise_prefixes", "noise_fragments", "clause_breaks", "prepositions", "light_verbs",
            "ally_nouns", "event_reactions", "event_nouns", "predicate_nouns", "alliance_ids", "bloc_ids", "island_ids",
        ]))
        func list(_ key: String) throws(LexiconError) -> [String] { try fields.strings(key).map { $0.lowercased() } }
        var cues = Cues()
        cues.leaderTitles = try list("leader_titles")
        cues.memberTitles = try list("member_titles")
        cues.organs = try list("organs")
        cues.groupNouns = try list("group_nouns")
        cues.negation = try list("negation")
        cues.modality = try list("modality")
        cues.reporting = try list("reporting")
        cues.noisePrefixes = try list("noise_prefixes")
        cues.noiseFragments = try list("noise_fragments")
        cues.clauseBreaks = try list("clause_breaks")
        cues.prepositions = try list("prepositions")
        cues.lightVerbs = try list("light_verbs")
        cues.allyNouns = try list("ally_nouns")
        cues.eventReactions = try byKind(fields, "event_reactions")
        cues.eventNouns = try byKind(fields, "event_nouns")
        cues.predicateNouns = try byKind(fields, "predicate_nouns")
        for cueList in CueList.allCases { cues.lists[cueList] = try list(cueList.rawValue) }
        // Actor ids keep their case.
        cues.allianceIDs = try fields.strings("alliance_ids")
        cues.blocIDs = try fields.strings("bloc_ids")
        cues.islandIDs = try fields.strings("island_ids")
        return cues
    }

    /// A mapping of relation kind → words: `condemn: [condemn, denounce]`.
    private static func byKind(_ fields: YAMLFields, _ key: String) throws(LexiconError) -> [RelationKind: [String]] {
        guard let node = fields.mapping[key] else { return [:] }
        let inner = try YAMLFields(node, source: fields.source, what: "'\(key)'")
        var out: [RelationKind: [String]] = [:]
        for (name, keyNode) in inner.keys {
            guard let kind = RelationKind(loose: name) else {
                throw LexiconError.at(keyNode, source: fields.source, "unknown relation kind '\(name)' in '\(key)'")
            }
            out[kind, default: []] += try inner.strings(name).map { $0.lowercased() }
        }
        return out
    }

    /// A pattern names its kind, its CAMEO code, or both: a code alone picks the kind it falls
    /// under; with both, the code must sit under the kind's root.
    static func kindAndCode(_ fields: YAMLFields, node: Node) throws(LexiconError) -> (RelationKind, String?) {
        guard let codeText = try fields.string("code") else { return (try relationKind(fields, node: node), nil) }
        let code = codeText.trimmingCharacters(in: .whitespaces)
        guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isNumber), let derived = RelationKind(cameoCode: code) else {
            throw LexiconError.at(fields.mapping["code"] ?? node, source: fields.source,
                "'\(codeText)' is not a CAMEO event code; use two to four digits from 010 to 204")
        }
        guard fields.mapping["kind"] != nil else { return (derived, code) }
        let kind = try relationKind(fields, node: node)
        guard kind.root == String(code.prefix(2)) else {
            throw LexiconError.at(fields.mapping["code"] ?? node, source: fields.source,
                "code \(code) is not under kind '\(kind.rawValue)' (CAMEO root \(kind.root))")
        }
        return (kind, code)
    }

    private static func relationKind(_ fields: YAMLFields, node: Node) throws(LexiconError) -> RelationKind {
        let text = try fields.requiredString("kind")
        guard let kind = RelationKind(loose: text) else {
            throw LexiconError.at(fields.mapping["kind"] ?? node, source: fields.source,
                "unknown relation kind '\(text)'; known kinds: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }
}

/// Regular English verb inflection; irregular forms come from the lexicon's `forms`.
enum Inflection {
    static func verbForms(_ base: String) -> Set<String> {
        var forms: Set<String> = [base]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("e") {
            forms.formUnion([base + "s", base + "d", String(base.dropLast()) + "ing"])
        } else if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            let stem = String(base.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", base + "ing"])
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") || base.hasSuffix("z") {
            forms.formUnion([base + "es", base + "ed", base + "ing"])
        } else {
            forms.formUnion([base + "s", base + "ed", base + "ing"])
        }
        return forms
    }
}

/// Where a lexicon entry was read.
public struct LexiconOrigin: Sendable, Hashable {
    public var source: String
    public var line: Int
    public var column: Int
}

/// Affiliations form a forest: each actor points at most at one parent. Checking that every
/// parent exists and no chain loops takes one walk per chain, each actor settled once, so a
/// 5,000-actor chain is as quick as 5,000 separate actors.
enum AffiliationCheck {
    /// - Complexity: O(A) for A actors.
    static func validate(_ actors: [LexiconActor], position: (String) -> Int?) throws(LexiconError) {
        // 0: not seen, 1: on the walk in progress, 2: known to end at a root.
        var state = [UInt8](repeating: 0, count: actors.count)
        var walk: [Int] = []
        for start in actors.indices where state[start] == 0 {
            walk.removeAll(keepingCapacity: true)
            var current = start
            while true {
                state[current] = 1
                walk.append(current)
                guard let next = actors[current].actor.affiliation else { break }
                guard let parent = position(next) else {
                    throw error(at: actors[current], "actor '\(actors[current].actor.id)' is affiliated with unknown actor '\(next)'; add it or fix the id")
                }
                if state[parent] == 2 { break }
                if state[parent] == 1 {
                    var loop = walk[(walk.firstIndex(of: parent) ?? 0)...].map { actors[$0].actor.id } + [next]
                    if loop.count > 12 { loop = loop.prefix(5) + ["…"] + loop.suffix(5) }
                    throw error(at: actors[parent], "affiliations loop: \(loop.joined(separator: " → ")); remove one 'affiliation'")
                }
                current = parent
            }
            for actor in walk { state[actor] = 2 }
        }
    }

    private static func error(at entry: LexiconActor, _ problem: String) -> LexiconError {
        .invalid(source: entry.origin?.source ?? "lexicon", line: entry.origin?.line ?? 0,
            column: entry.origin?.column ?? 0, problem: problem)
    }
}
