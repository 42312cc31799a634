import EntenteGraph

/// Every dictionary actor as extraction reports it, with its full alias list (aliases,
/// demonyms, capitals, metonyms; no repeats, never the name itself) merged once when the
/// extractor is made: a document then only puts its own spellings first, instead of searching
/// and rebuilding the whole list for every actor it names.
struct DictionaryActors: Sendable {
    private let actors: [String: Actor]

    init(_ lexicon: Lexicon) {
        var actors: [String: Actor] = [:]
        for entry in lexicon.actors where actors[entry.actor.id] == nil {
            // The entry an id looks up, as `Lexicon.entry(id:)` answers it.
            guard let entry = lexicon.entry(id: entry.actor.id) else { continue }
            var actor = entry.actor
            actor.aliases = []
            var seen: Set<String> = []
            for alias in entry.actor.aliases + entry.demonyms + entry.capitals + entry.metonyms
            where alias != actor.name && seen.insert(alias).inserted {
                actor.aliases.append(alias)
            }
            actors[actor.id] = actor
        }
        self.actors = actors
    }

    /// The actor as the document met it (`seen`), or for a dictionary actor its entry with the
    /// document's spellings first, then the dictionary's.
    func final(of seen: Actor) -> Actor {
        guard var actor = actors[seen.id] else { return seen }
        let own = seen.aliases.filter { $0 != actor.name }
        actor.aliases = own + actor.aliases.filter { !own.contains($0) }
        return actor
    }
}
