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

    /// The state the document is mostly about so far.
    var topicState: String? {
        stateMentions.max { $0.value != $1.value ? $0.value < $1.value : ($0.key == lastState ? false : $1.key == lastState) }?.key
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

    func actor(id: String) -> Actor? { positionByID[id].map { actors[$0] } }

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
