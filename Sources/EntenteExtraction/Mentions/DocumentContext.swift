import EntenteGraph

/// What extraction remembers across the sentences of one document: the actors met so far,
/// names of actors the lexicon does not know, and who is salient for pronouns.
struct DocumentContext {
    private(set) var actors: [Actor] = []
    private var positionByID: [String: Int] = [:]
    /// Lower-cased full names and surnames of actors first seen in this document.
    private(set) var localNames: [String: String] = [:]
    /// First words of `localNames`, so most tokens are ruled out with one lookup.
    private(set) var localFirstWords: Set<String> = []
    /// The first person mentioned in the latest sentence that had one: the likeliest "he".
    var salientPerson: String?
    /// The first non-person actor in the latest sentence that had one: the likeliest "it".
    var salientGroup: String?
    /// The latest armed group and state named: what "the group" and "the country" mean.
    var lastArmedGroup: String?
    var lastState: String?
    /// How often each state has been named: the most named is what "the army" belongs to.
    var stateMentions: [String: Int] = [:]

    /// Where extraction is: descriptions such as "the two countries" look back only within
    /// the current paragraph, and only over the latest sentences.
    private(set) var sentence = 0
    private(set) var paragraph = -1
    /// Actors named (not described) in the latest sentences, in order.
    private(set) var recent: [Recent] = []
    /// Pairs of actors related to each other in those sentences of the current paragraph.
    private(set) var recentPairs: [RecentPair] = []
    /// Pairs of actors related to each other anywhere in the document so far, in order.
    private(set) var documentPairs: [RecentPair] = []

    /// Uses of force stated or reported in those sentences of the current paragraph: what
    /// "the attack" in a later sentence may mean.
    private(set) var recentEvents: [(event: ConflictEvent, sentence: Int, paragraph: Int)] = []

    struct Recent {
        var actor: String
        var kind: ActorKind
        var sentence: Int
        var paragraph: Int
    }

    struct RecentPair {
        var first: String
        var second: String
        var kinds: (ActorKind, ActorKind)
        var sentence: Int
        var paragraph: Int
    }

    /// Bodies described by a noun ("the SADC mission"), by that noun: what "the mission"
    /// means in the paragraph's next sentences.
    private var described: [String: (actor: String, sentence: Int, paragraph: Int)] = [:]

    mutating func describe(_ actor: String, as noun: String) {
        described[noun] = (actor, sentence, paragraph)
    }

    /// The body last described by `noun` within the look-back, in this paragraph or the one before.
    func describedBody(_ noun: String) -> String? {
        guard let entry = described[noun], entry.sentence >= sentence - Self.lookBack, entry.paragraph >= paragraph - 1 else {
            return nil
        }
        return entry.actor
    }

    /// How many sentences before the current one a description may reach back.
    static let lookBack = 2

    /// The state the document is mostly about so far.
    /// Ties go to the state named last, then to the one the document named first, so the
    /// answer never depends on a dictionary's order.
    var topicState: String? {
        func rank(_ entry: (key: String, value: Int)) -> (Int, Int, Int) {
            (entry.value, entry.key == lastState ? 1 : 0, -(positionByID[entry.key] ?? Int.max))
        }
        return stateMentions.max { rank($0) != rank($1) ? rank($0) < rank($1) : $0.key > $1.key }?.key
    }

    mutating func note(_ actor: Actor, alias: String? = nil) {
        if let position = positionByID[actor.id] {
            if let alias, alias != actors[position].name, !actors[position].aliases.contains(alias) {
                actors[position].aliases.append(alias)
            }
            return
        }
        var copy = actor
        copy.aliases = []
        if let alias, alias != actor.name { copy.aliases.append(alias) }
        positionByID[actor.id] = actors.count
        actors.append(copy)
    }

    /// Starts a sentence, forgetting actors older than the look-back.
    mutating func begin(sentence index: Int, paragraph number: Int) {
        let oldest = index - Self.lookBack
        recent.removeAll { $0.sentence < oldest }
        recentPairs.removeAll { $0.sentence < oldest || $0.paragraph != number }
        recentEvents.removeAll { $0.sentence < oldest || $0.paragraph != number }
        sentence = index
        paragraph = number
    }

    mutating func noteRecent(_ actor: String, kind: ActorKind) {
        recent.append(Recent(actor: actor, kind: kind, sentence: sentence, paragraph: paragraph))
    }

    mutating func noteRelated(_ a: String, _ b: String) {
        guard a != b, let kindA = actor(id: a)?.kind, let kindB = actor(id: b)?.kind,
            !recentPairs.contains(where: { $0.sentence == sentence && Set([$0.first, $0.second]) == Set([a, b]) })
        else { return }
        recentPairs.append(RecentPair(first: a, second: b, kinds: (kindA, kindB), sentence: sentence, paragraph: paragraph))
        documentPairs.append(recentPairs[recentPairs.count - 1])
    }

    /// What "both sides" means past the paragraph that related them: the pair of the right sort
    /// related in most sentences of the document so far (the latest of equals), which is the
    /// conflict the article reports rather than a backer named once. A pair whose two actors
    /// the sentence itself names comes first.
    func documentPair(where fits: (ActorKind) -> Bool, named present: Set<String>) -> (String, String)? {
        let earlier = documentPairs.filter { $0.sentence < sentence && fits($0.kinds.0) && fits($0.kinds.1) }
        let named = earlier.filter { present.contains($0.first) && present.contains($0.second) }
        return Self.mostRelated(named.isEmpty ? earlier : named)
    }

    private static func mostRelated(_ pairs: [RecentPair]) -> (String, String)? {
        var count: [Set<String>: Int] = [:]
        var best: RecentPair?
        for pair in pairs {
            let key: Set<String> = [pair.first, pair.second]
            count[key, default: 0] += 1
            if let current = best, count[[current.first, current.second], default: 0] > count[key, default: 0] { continue }
            best = pair
        }
        return best.map { ($0.first, $0.second) }
    }

    /// The people the document has named as leaders of each state, latest last.
    private(set) var leaders: [String: [String]] = [:]

    mutating func noteLeader(_ person: String, of state: String) {
        leaders[state, default: []].removeAll { $0 == person }
        leaders[state, default: []].append(person)
    }

    /// The people the document has named with a title of each state ("Pakistan's Foreign
    /// Minister X"), by the title in lower case, latest last.
    private(set) var officeHolders: [String: [(title: String, person: String)]] = [:]

    mutating func noteOffice(_ title: String, of state: String, heldBy person: String) {
        officeHolders[state, default: []].removeAll { $0.title == title && $0.person == person }
        officeHolders[state, default: []].append((title, person))
    }

    /// The latest person the document named with `title` for `state`: "Pakistan's foreign
    /// minister" later in the article means the one it named, not today's holder.
    func namedHolder(of state: String, title: String) -> String? {
        officeHolders[state]?.last { $0.title == title || $0.title.hasSuffix(" " + title) }?.person
    }

    mutating func noteEvent(_ event: ConflictEvent) {
        guard !recentEvents.contains(where: { $0.sentence == sentence && $0.event == event }) else { return }
        recentEvents.append((event, sentence, paragraph))
        if event.kind != .attack, !singularEvents.contains(where: { $0.event == event }) { singularEvents.append((event, sentence)) }
    }

    /// Coups, invasions and annexations of the whole document so far: an article reports few,
    /// and "condemned the coup" paragraphs later still means the one it reported.
    private var singularEvents: [(event: ConflictEvent, sentence: Int)] = []

    /// The events of the paragraph's previous sentences within the look-back, then the document's
    /// earlier coups, invasions and annexations; oldest first.
    var earlierEvents: [ConflictEvent] {
        let paragraphEvents = recentEvents.filter { $0.sentence < sentence && $0.paragraph == paragraph }.map(\.event)
        return singularEvents.filter { $0.sentence < sentence && !paragraphEvents.contains($0.event) }.map(\.event) + paragraphEvents
    }

    /// The one actor of the recent sentences (this one so far included) that `fits`, or nil
    /// when none or several do. Only the current paragraph counts.
    func soleRecent(where fits: (Recent) -> Bool) -> String? {
        var found: String?
        for entry in recent where entry.paragraph == paragraph && fits(entry) {
            if let found, found != entry.actor { return nil }
            found = entry.actor
        }
        return found
    }

    enum Nearest: Equatable {
        case none, one(String), several
    }

    /// The actor a definite description ("the group", "the country") means: the one that
    /// `fits` named earlier in this sentence, else the one named in the `back` sentences
    /// before it (any paragraph). `.several` when the nearest of those is ambiguous.
    func nearest(back: Int, where fits: (Recent) -> Bool) -> Nearest {
        var current: Nearest = .none
        var earlier: Nearest = .none
        for entry in recent where entry.sentence >= sentence - back && fits(entry) {
            let slot = entry.sentence == sentence ? current : earlier
            let next: Nearest
            switch slot {
            case .none: next = .one(entry.actor)
            case .one(let id): next = id == entry.actor ? slot : .several
            case .several: next = .several
            }
            if entry.sentence == sentence { current = next } else { earlier = next }
        }
        return current == .none ? earlier : current
    }

    /// `nearest`, falling back on the latest actor of that sort further back.
    func describedActor(back: Int, fallback: String?, where fits: (Recent) -> Bool) -> String? {
        switch nearest(back: back, where: fits) {
        case .one(let id): return id
        case .several: return nil
        case .none: return fallback
        }
    }

    /// What "the two countries" or "both sides" means: the two actors of the right sort most
    /// recently related to each other in the paragraph's previous sentences, or the only two
    /// such actors they name. Nil when that is not clear-cut.
    func recentPair(where fits: (ActorKind) -> Bool) -> (String, String)? {
        let earlier = recent.filter { $0.sentence < sentence && $0.paragraph == paragraph && fits($0.kind) }
        let pairs = recentPairs.filter { $0.sentence < sentence && fits($0.kinds.0) && fits($0.kinds.1) }
        if let latest = pairs.map(\.sentence).max() {
            let candidates = pairs.filter { $0.sentence == latest }
            guard candidates.count == 1, let pair = candidates.first else { return nil }
            // Another actor of that sort named since makes "the two" unclear.
            guard !earlier.contains(where: { $0.sentence > latest && $0.actor != pair.first && $0.actor != pair.second })
            else { return nil }
            return (pair.first, pair.second)
        }
        var distinct: [String] = []
        for entry in earlier where !distinct.contains(entry.actor) {
            distinct.append(entry.actor)
            if distinct.count > 2 { return nil }
        }
        return distinct.count == 2 ? (distinct[0], distinct[1]) : nil
    }

    func actor(id: String) -> Actor? { positionByID[id].map { actors[$0] } }

    /// "the Government of National Accord (GNA)": a short name the article gives an actor, so
    /// its later mentions by that name resolve.
    mutating func introduce(shortName: String, for id: String) {
        let key = shortName.lowercased()
        guard localNames[key] == nil, let position = positionByID[id] else { return }
        localNames[key] = id
        localFirstWords.insert(key)
        if !actors[position].aliases.contains(shortName) { actors[position].aliases.append(shortName) }
    }

    /// Registers an actor the lexicon does not know, so later mentions by surname resolve.
    mutating func introduce(_ actor: Actor) {
        note(actor)
        let words = actor.name.lowercased().split(separator: " ").map(String.init)
        localNames[words.joined(separator: " ")] = actor.id
        if let first = words.first { localFirstWords.insert(first) }
        if actor.kind == .person, let surname = words.last, surname.count > 2 {
            localNames[surname] = localNames[surname] ?? actor.id
            localFirstWords.insert(surname)
        }
    }
}

/// A use of force with the actor who carried it out: "Russia struck Kharkiv" (no target
/// actor) or "Russia attacked Ukraine". What a later "the attack" may refer to.
struct ConflictEvent: Sendable, Equatable {
    var perpetrator: String
    var target: String?
    var kind: RelationKind

    /// Kinds of relation that are events with a perpetrator. Fighting is left out: "the two
    /// sides clashed" names no one side as the one who struck.
    static let kinds: Set<RelationKind> = [.attack, .invade, .occupy, .rebel]

    /// Whether a noun for events of `nounKind` can name this event: "the attack" may be an
    /// invasion and "the invasion" an attack; a coup or an annexation only itself.
    func fits(_ nounKind: RelationKind) -> Bool {
        let force: Set<RelationKind> = [.attack, .invade]
        return kind == nounKind || force.contains(kind) && force.contains(nounKind)
    }

    /// The claim as an event, when it is one and is not denied or merely possible.
    init?(_ claim: Claim) {
        guard Self.kinds.contains(claim.kind), claim.certainty == .asserted || claim.certainty == .reported else { return nil }
        self.init(perpetrator: claim.source, target: claim.target, kind: claim.kind)
    }

    init(perpetrator: String, target: String?, kind: RelationKind) {
        self.perpetrator = perpetrator
        self.target = target
        self.kind = kind
    }
}
