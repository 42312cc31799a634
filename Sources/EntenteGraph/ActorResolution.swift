extension KnowledgeGraph {
    /// Resolves a name typed by a user: id, name or alias, case-insensitive; a name that
    /// matches nothing is an error that suggests the closest actors.
    public func resolve(_ name: String) throws(GraphError) -> ActorIndex {
        let found = actors(named: name)
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            // Prefer the one whose canonical name matches, else the best-connected.
            let key = NameKey.fold(name)
            let canonical = found.filter { NameKey.fold(actors[Int($0)].name) == key }
            if canonical.count == 1 { return canonical[0] }
            throw .ambiguousActor(name: name, candidates: found.map { "\(actors[Int($0)].id) (\(actors[Int($0)].name))" })
        }
        throw .unknownActor(name: name, suggestions: suggestions(for: name))
    }

    /// Up to `limit` actor names closest to `name` by edit distance over names and aliases,
    /// or containing it.
    /// - Complexity: O(total length of all names × length of `name`).
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return [] }
        var best: [(distance: Int, name: String)] = []
        for actor in actors {
            var distance = Int.max
            for candidate in actor.names {
                let folded = NameKey.fold(candidate)
                if folded.contains(key) || key.contains(folded) && !folded.isEmpty {
                    distance = min(distance, 1)
                } else if abs(folded.count - key.count) <= 3 {
                    distance = min(distance, EditDistance.between(folded, key))
                }
            }
            let allowed = max(2, key.count / 3)
            if distance <= allowed { best.append((distance, actor.name)) }
        }
        best.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return Array(best.prefix(limit).map(\.name))
    }
}
