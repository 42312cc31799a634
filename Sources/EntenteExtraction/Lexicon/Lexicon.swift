public import Foundation
public import EntenteGraph
import Yams

/// One dictionary actor and the ways articles name it.
public struct LexiconActor: Sendable {
    public var actor: Actor
    public var demonyms: [String] = []
    public var capitals: [String] = []
    public var metonyms: [String] = []
    /// Persons: titles written before the name ("President").
    public var titles: [String] = []
    /// Persons: head_of_state, head_of_government, foreign_minister, defence_minister, military_chief, leader, other.
    public var role: String?
    /// Where the entry was read, for errors found after parsing (affiliation loops).
    public var origin: LexiconOrigin?
}

/// A verb that signals a relation: "Poland moved troops towards the border with Belarus".
///
/// Its fields live in one shared, copy-on-write box: the clause rules copy a pattern for each
/// candidate they try, and a copy of the plain struct retained every one of its arrays and sets.
public struct VerbPattern: Sendable {
    public var kind: RelationKind {
        get { storage.kind }
        set { unique().kind = newValue }
    }
    /// The CAMEO event code the phrase names, when finer than the kind's ("0234").
    public var code: String? {
        get { storage.code }
        set { unique().code = newValue }
    }
    /// The verb's lemma followed by any particle words ("open fire on").
    public var words: [String] {
        get { storage.words }
        set { unique().words = newValue }
    }
    /// Inflected forms of the first word, generated plus any listed irregular ones.
    public var forms: Set<String> {
        get { storage.forms }
        set { unique().forms = newValue }
    }
    /// Words of which one must follow the verb closely ("troops" in "move troops").
    public var objects: [String] {
        get { storage.objects }
        set { unique().objects = newValue }
    }
    /// Prepositions that introduce the target; empty means a direct object.
    public var preps: [String] {
        get { storage.preps }
        set { unique().preps = newValue }
    }
    /// Words of which one must follow the target closely: "supplied Chad *with weapons*",
    /// "branded the group *a terrorist organisation*", "held Moscow *responsible*".
    public var complements: [String] {
        get { storage.complements }
        set { unique().complements = newValue }
    }
    /// "Russia and Belarus held joint exercises": with no object, the subjects relate to each other.
    public var reciprocal: Bool {
        get { storage.reciprocal }
        set { unique().reciprocal = newValue }
    }
    /// "Wagner relocated to Belarus": the object acts on the subject (Belarus hosts Wagner).
    public var reverse: Bool {
        get { storage.reverse }
        set { unique().reverse = newValue }
    }
    /// Empty means any; otherwise the subject must be one of these kinds.
    public var subjectKinds: Set<ActorKind> {
        get { storage.subjectKinds }
        set { unique().subjectKinds = newValue }
    }
    /// Position in the lexicon, for per-pattern tables built once.
    var index: Int {
        get { storage.index }
        set { unique().index = newValue }
    }

    private var storage: Storage

    public init(
        kind: RelationKind, code: String? = nil, words: [String], forms: Set<String>, objects: [String], preps: [String],
        complements: [String] = [], reciprocal: Bool, reverse: Bool = false, subjectKinds: Set<ActorKind> = [], index: Int = 0
    ) {
        storage = Storage(
            kind: kind, code: code, words: words, forms: forms, objects: objects, preps: preps, complements: complements,
            reciprocal: reciprocal, reverse: reverse, subjectKinds: subjectKinds, index: index)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Mutated only through `unique()`, so a shared box is never written: safe to share
    /// across threads as the value type it stands for.
    private final class Storage: @unchecked Sendable {
        var kind: RelationKind
        var code: String?
        var words: [String]
        var forms: Set<String>
        var objects: [String]
        var preps: [String]
        var complements: [String]
        var reciprocal: Bool
        var reverse: Bool
        var subjectKinds: Set<ActorKind>
        var index: Int

        init(
            kind: RelationKind, code: String?, words: [String], forms: Set<String>, objects: [String], preps: [String],
            complements: [String], reciprocal: Bool, reverse: Bool, subjectKinds: Set<ActorKind>, index: Int
        ) {
            self.kind = kind
            self.code = code
            self.words = words
            self.forms = forms
            self.objects = objects
            self.preps = preps
            self.complements = complements
            self.reciprocal = reciprocal
            self.reverse = reverse
            self.subjectKinds = subjectKinds
            self.index = index
        }

        func copy() -> Storage {
            Storage(
                kind: kind, code: code, words: words, forms: forms, objects: objects, preps: preps, complements: complements,
                reciprocal: reciprocal, reverse: reverse, subjectKinds: subjectKinds, index: index)
        }
    }
}

/// A noun that signals a relation: "Russia's invasion of Ukraine".
public struct NominalPattern: Sendable {
    public var kind: RelationKind
    /// The CAMEO event code the phrase names, when finer than the kind's.
    public var code: String?
    public var nouns: [[String]]
    public var preps: [String]
    /// "a dispute between Egypt and Ethiopia": the two sides stand in the relation to each
    /// other, both ways when the kind is not symmetric.
    public var reciprocal: Bool = false
}

/// The plain word lists of cues.yaml: a new list needs a case here and its YAML entry.
public enum CueList: String, CaseIterable, Sendable {
    /// The case's position among `allCases`: a payload-free enum is stored as its declaration
    /// index, which is also its place in `allCases`.
    var ordinal: Int { Int(withUnsafeBytes(of: self) { $0[0] }) }

    /// Forms of address before a name ("Dr", "Sheikh"): never a name themselves.
    case honorifics
    /// A people acting together ("Serb protesters"): with a demonym, an actor of its own.
    case collectiveNouns = "collective_nouns"
    /// The collective nouns that make an armed group ("Karen rebels").
    case armedCollectiveNouns = "armed_collective_nouns"
    /// Capitalised words before a collective noun that name no people ("Armed militants").
    case notPeoples = "not_peoples"
    /// Inside a quotation, the speaker's side ("we", "our").
    case firstPerson = "first_person"
    /// A deed of the clause's subject ("a move condemned in the West").
    case actNouns = "act_nouns"
    /// Nouns a capital only locates ("the Brussels headquarters").
    case venueNouns = "venue_nouns"
    /// Verbs whose "to" infinitive happened ("went on to attack").
    case factiveInfinitives = "factive_infinitives"
    /// Verbs whose "to" infinitive did not happen ("refused to recognise").
    case negativeInfinitives = "negative_infinitives"
    /// Verbs that say whether an event named by a noun takes place ("talks … will resume").
    case occurrenceVerbs = "occurrence_verbs"

    /// Words before a title that make the office a past one ("former", "ousted").
    case pastOffice = "past_office"

    /// Definite descriptions of the latest armed group ("the rebels", "the gangs").
    case groupAnaphors = "group_anaphors"
    /// Roles stated in apposition that are no titles before a name ("X, a member of Y").
    case appositionRoles = "apposition_roles"
    /// Words before a title that give it to the article's state ("government spokesman X").
    case stateQualifiers = "state_qualifiers"
    /// Nouns after a state's possessive that name a place in it ("Pakistan's Sindh province").
    case placeNouns = "place_nouns"
    /// Capitalised nouns that make a name part of another name ("the Commonwealth Games").
    case notActorHeads = "not_actor_heads"
    /// Organs named after the one who led them ("the government of X").
    case ledOrgans = "led_organs"
    /// Organs that stand for the state whose capital they sit in ("officials in Kyiv").
    case seatedOrgans = "seated_organs"
    /// Nouns that describe a body ("the SADC mission") and, with "the", mean it later.
    case describedHeads = "described_heads"
    /// What speaks for a person: "Netanyahu's office", "Trump's campaign".
    case personalOffices = "personal_offices"
    /// Words before a title that put the office outside the state ("opposition leader").
    case outsideOffices = "outside_offices"
    /// Nouns that end a body's own name begun by a state's ("the Sudan Doctors Network").
    case organizationHeads = "organization_heads"
    /// Of those, the heads that after an adjective of origin still name the state's own body
    /// ("the Russian Security Council", "the Chinese Communist Party").
    case stateBodyHeads = "state_body_heads"
    /// Adverbs by which the narrator passes on what others say ("reportedly", "allegedly").
    case hearsay
    /// Verbs that answer with the noun their "with" introduces ("retaliated with sanctions").
    case responseVerbs = "response_verbs"
    /// Nouns that count an event before "of" ("a new round of sanctions"): the owner before
    /// them owns the event.
    case measureNouns = "measure_nouns"
    /// Verbs whose object takes part in the act the subject joins ("joined Paris in condemning").
    case joiningVerbs = "joining_verbs"
    /// Verbs of force that carry out whatever measure they are said of ("sanctions targeting X").
    case measureVerbs = "measure_verbs"
    /// Participles that make their agent the holder of a place: "towns held by the M23",
    /// "the RSF-held town".
    case holdingParticiples = "holding_participles"
    /// Deeds done to their possessor ("Kabore's ouster", "the envoy's expulsion").
    case patientNouns = "patient_nouns"
    /// Verbs by which relations sour ("relations between A and B have deteriorated").
    case souringVerbs = "souring_verbs"
    /// Nouns for the relations between two actors ("relations", "ties").
    case relationNouns = "relation_nouns"
    /// Words that say relations are good ("relations between A and B are warm").
    case warmWords = "warm_words"
    /// Words that count people before "of" ("hundreds of Eritrean troops"): a count, not an owner.
    case quantities = "quantity_nouns"
    /// Waters off a coast ("off the coast of Eritrea"): no target, and no owner of what is struck there.
    case waterNouns = "water_nouns"
    /// Participles whose "by" names who attacked ("drones launched by the Houthis").
    case launchParticiples = "launch_participles"
    /// Words after a place that name what force was aimed at ("strikes in Syria targeting rebels").
    case aimingWords = "aiming_words"
    /// Participles before "to" that say what a thing is for ("a depot used to supply…").
    case purposeParticiples = "purpose_participles"
    /// Nouns of help named after the act ("with backing from Russia").
    case helpNouns = "help_nouns"
    /// Adjectives between an owner and an ally noun ("Russia's close ally Belarus").
    case allyAdjectives = "ally_adjectives"
    /// Nouns under which talks are held ("under the auspices of Turkey"): their owner mediates.
    case auspicesNouns = "auspices_nouns"
    /// Adjectives of readiness before a frame ("ready for talks with X").
    case readinessAdjectives = "readiness_adjectives"
    /// Nouns after which "armed" is an adjective ("armed group", "armed struggle").
    case armedNouns = "armed_nouns"
    /// Adjectives after which an event word is a noun ("new sanctions", "fresh strikes").
    case nounAdjectives = "noun_adjectives"
    /// Accords whose stance is a stance towards their parties ("opposed the agreement").
    case accordNouns = "accord_nouns"
    /// Nouns of aggression a collective defence answers ("an attack on one is an attack on all").
    case aggressionNouns = "aggression_nouns"
    /// Words of allegiance before "to"/"with" ("loyal to X", "linked with Y").
    case allegianceWords = "allegiance_words"
    /// Verbs whose "as" describes rather than opens a clause ("is regarded as X's ally").
    case describingVerbs = "describing_verbs"
    /// Plural nouns for those who stand for a state ("leaders of A and B").
    case representatives = "representative_nouns"
    /// What is struck, taken or killed, whose people-adjective names its owner: "Iranian
    /// positions", "a Congolese city", "Ukrainian civilians".
    case struckNouns = "struck_nouns"
    /// Nouns of the means of an attack ("a Russian missile killed…"): their people-adjective
    /// names who attacked.
    case weaponNouns = "weapon_nouns"
    /// Verbs that make a use of force they govern a threat: "vowed to crush", "warned that it
    /// would strike".
    case forceThreats = "force_threats"
    /// Verbs whose subjects suffer the attack named after them ("died in a drone strike").
    case victimVerbs = "victim_verbs"
    /// Roles that are no office before a person's name ("businessman X", "French national Y").
    case personRoles = "person_roles"
    /// Words that lay blame as a predicate ("was behind", "is responsible", "bore responsibility").
    case blameWords = "blame_words"
    /// Nouns of blame that a people-adjective or possessive owns ("Russian involvement").
    case blameNouns = "blame_nouns"
    /// Verbs whose subject is "under" a deed it suffers ("came under attack", "remains under sanctions").
    case sufferingVerbs = "suffering_verbs"
    /// Lists one is put on by a sanction ("the US sanctions list", "Britain's blacklist").
    case listNouns = "list_nouns"
    /// Verbs of stopping: what one is asked to stop, one is doing ("to stop supporting the M23").
    case endingVerbs = "ending_verbs"
    /// Nouns of asking after "at" ("at Bangui's request", "at the behest of Tehran").
    case requestNouns = "request_nouns"

    /// Verb lists match every inflected form of their words.
    var inflects: Bool {
        self == .factiveInfinitives || self == .negativeInfinitives || self == .occurrenceVerbs || self == .forceThreats || self == .victimVerbs
            || self == .responseVerbs || self == .joiningVerbs || self == .measureVerbs || self == .souringVerbs
            || self == .sufferingVerbs || self == .endingVerbs
    }
}

/// Words that steer extraction: titles, organs of a state, negation, modality, reporting.
public struct Cues: Sendable {
    public var leaderTitles: [String] = []
    public var memberTitles: [String] = []
    /// Nouns that make a demonym stand for its state: "Russian forces", "Belarus's army".
    public var organs: [String] = []
    /// Nouns that make a capitalised phrase a new armed group: "the Fano militia".
    public var groupNouns: [String] = []
    public var negation: [String] = []
    public var modality: [String] = []
    public var reporting: [String] = []
    public var noisePrefixes: [String] = []
    public var noiseFragments: [String] = []
    /// Words that may sit between a verb's subject and the verb without breaking the clause.
    public var clauseBreaks: [String] = []
    public var prepositions: [String] = []
    /// Verbs whose object noun is the subject's own act ("approved an arms sale"), as lemmas
    /// or irregular forms.
    public var lightVerbs: [String] = []
    /// Nouns that state an alliance ("Sudan's closest ally", "its guarantor").
    public var allyNouns: [String] = []
    /// Verbs of reaction, by the kind of relation they state, that may take an event as
    /// object ("condemned the attack"): the relation then goes to whoever carried it out.
    public var eventReactions: [RelationKind: [String]] = [:]
    /// Nouns naming a use of force, by the kind of relation that carries it out ("the strike").
    public var eventNouns: [RelationKind: [String]] = [:]


    /// "Kosovo and Serbia have been foes", "the two are close partners": plural nouns that,
    /// as the predicate of joined subjects, relate them to each other, by kind.
    public var predicateNouns: [RelationKind: [String]] = [:]

    /// Actors "the alliance" can mean besides those named "… Alliance" or "Alliance of …".
    public var allianceIDs: [String] = []
    /// Actors "the bloc" can mean: groupings of states, not agencies, courts or missions.
    public var blocIDs: [String] = []
    /// States "the island" can mean.
    public var islandIDs: [String] = []

    /// The plain word lists, by their key in cues.yaml.
    public var lists: [CueList: [String]] = [:]

    mutating func merge(_ other: Cues) {
        func union(_ a: inout [String], _ b: [String]) { for x in b where !a.contains(x) { a.append(x) } }
        union(&leaderTitles, other.leaderTitles)
        union(&memberTitles, other.memberTitles)
        union(&organs, other.organs)
        union(&groupNouns, other.groupNouns)
        union(&negation, other.negation)
        union(&modality, other.modality)
        union(&reporting, other.reporting)
        union(&noisePrefixes, other.noisePrefixes)
        union(&noiseFragments, other.noiseFragments)
        union(&clauseBreaks, other.clauseBreaks)
        union(&prepositions, other.prepositions)
        union(&lightVerbs, other.lightVerbs)
        union(&allyNouns, other.allyNouns)
        for (kind, words) in other.eventReactions { union(&eventReactions[kind, default: []], words) }
        for (kind, words) in other.eventNouns { union(&eventNouns[kind, default: []], words) }
        for (list, words) in other.lists { union(&lists[list, default: []], words) }
        union(&allianceIDs, other.allianceIDs)
        union(&blocIDs, other.blocIDs)
        union(&islandIDs, other.islandIDs)
        for (kind, words) in other.predicateNouns { union(&predicateNouns[kind, default: []], words) }
    }
}

/// The dictionaries extraction works from: actors, verb and noun patterns, cue words.
/// Built from the YAML files shipped with Entente, extended or overridden by user files.
public struct Lexicon: Sendable {
    public private(set) var actors: [LexiconActor] = []
    public private(set) var verbs: [VerbPattern] = []
    public private(set) var nominals: [NominalPattern] = []
    public private(set) var cues = Cues()
    /// Cities, provinces and regions by the id of the state they lie in. Like a capital, a
    /// place stands for its state when it is struck or taken, and is only a venue otherwise.
    public private(set) var places: [String: [String]] = [:]
    private var placeOrigins: [String: LexiconOrigin] = [:]
    private var positionByID: [String: Int] = [:]
    private var peopleByAffiliation: [String: [Int]] = [:]

    public init() {}

    /// The lexicon shipped with Entente.
    public static func builtIn() throws(LexiconError) -> Lexicon {
        guard let directory = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw .missingResources
        }
        let files = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        if files.isEmpty { throw .missingResources }
        var lexicon = Lexicon()
        for file in files { try lexicon.merge(contentsOf: file) }
        try lexicon.validate()
        return lexicon
    }

    public mutating func merge(contentsOf url: URL) throws(LexiconError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: FileErrorText.reason(error, path: url.path))
        }
        try merge(yaml: text, source: url.path)
    }

    /// Adds a YAML document's sections. An actor whose id is already known replaces it:
    /// that is how a user corrects the shipped lexicon.
    public mutating func merge(yaml: String, source: String) throws(LexiconError) {
        let root: Node?
        if let key = YAMLKeyCheck.firstComplexKey(in: yaml) {
            throw .syntax(source: source, line: key.line, column: key.column, problem: key.message)
        }
        do { root = try Yams.compose(yaml: yaml) } catch { throw LexiconError.from(error, source: source) }
        guard let root else { return }
        let top = try YAMLFields(root, source: source, what: "the lexicon file")
        try top.check(allowed: ["actors", "verbs", "nominals", "cues", "places"])
        var seen: Set<String> = []
        if let list = top.mapping["actors"] {
            for node in try sequence(list, source: source, what: "actors") {
                let entry = try LexiconParsing.actor(node, source: source)
                guard seen.insert(entry.actor.id).inserted else {
                    throw LexiconError.at(node, source: source, "actor id '\(entry.actor.id)' appears twice in this file")
                }
                upsert(entry)
            }
        }
        if let list = top.mapping["verbs"] {
            for node in try sequence(list, source: source, what: "verbs") {
                verbs.append(try LexiconParsing.verb(node, source: source))
            }
        }
        if let list = top.mapping["nominals"] {
            for node in try sequence(list, source: source, what: "nominals") {
                nominals.append(try LexiconParsing.nominal(node, source: source))
            }
        }
        if let node = top.mapping["cues"] {
            cues.merge(try LexiconParsing.cues(node, source: source))
        }
        if let node = top.mapping["places"] {
            let fields = try YAMLFields(node, source: source, what: "places (a state id: a list of place names)")
            for (id, key) in fields.keys {
                places[id, default: []] += try fields.strings(id)
                placeOrigins[id] = LexiconOrigin(source: source, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0)
            }
        }
    }

    private func sequence(_ node: Node, source: String, what: String) throws(LexiconError) -> [Node] {
        guard let sequence = node.sequence else {
            throw LexiconError.at(node, source: source, "'\(what)' must be a list")
        }
        return Array(sequence)
    }

    private mutating func upsert(_ entry: LexiconActor) {
        let position: Int
        if let existing = positionByID[entry.actor.id] {
            position = existing
            if let old = actors[existing].actor.affiliation { peopleByAffiliation[old]?.removeAll { $0 == existing } }
            actors[existing] = entry
        } else {
            position = actors.count
            positionByID[entry.actor.id] = position
            actors.append(entry)
        }
        if entry.actor.kind == .person, let affiliation = entry.actor.affiliation {
            peopleByAffiliation[affiliation, default: []].append(position)
        }
    }

    public func entry(id: String) -> LexiconActor? { positionByID[id].map { actors[$0] } }

    /// Persons affiliated with an actor, heads of state first.
    /// - Complexity: O(1) on average; the index is built when actors are added.
    public func people(of affiliation: String) -> [LexiconActor] {
        (peopleByAffiliation[affiliation] ?? []).map { actors[$0] }
            .sorted { ($0.role == "head_of_state" ? 0 : 1) < ($1.role == "head_of_state" ? 0 : 1) }
    }

    /// Affiliations must name known actors and must not loop.
    public func validate() throws(LexiconError) {
        try AffiliationCheck.validate(actors, position: { positionByID[$0] })
        for id in places.keys.sorted() where positionByID[id] == nil {
            let origin = placeOrigins[id] ?? LexiconOrigin(source: "places", line: 0, column: 0)
            throw .invalid(
                source: origin.source, line: origin.line, column: origin.column,
                problem: "places are listed under '\(id)', which is no actor's id; use the id of the state they lie in")
        }
    }
}
