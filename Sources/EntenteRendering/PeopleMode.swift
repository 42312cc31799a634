import EntenteGraph

/// What a diagram does with people (leaders, ministers, commanders).
public enum PeopleMode: String, Sendable, CaseIterable, Hashable {
    /// Each person drawn as an actor of their own.
    case show
    /// Each person's relations drawn on the state or group they belong to (their affiliation,
    /// followed up to the first actor that is not a person); the tie's tooltip names them.
    /// A person with no such affiliation stays.
    case fold
    /// People and their relations left out.
    case hide
}

/// A graph with its people folded into their states and groups, or hidden, and for each
/// relation of it the people it was said of.
struct PeopleFolding {
    var graph: KnowledgeGraph
    /// Relation index in `graph` → the people folded into its ends, source side first.
    var people: [RelationIndex: [ActorIndex]] = [:]

    /// - Parameter keep: an actor never folded or hidden (a focus on a person).
    /// - Complexity: O(A + R · d) for A actors, R relations and affiliation chains of length d.
    init(_ original: KnowledgeGraph, mode: PeopleMode, keep: ActorIndex?) {
        guard mode != .show else {
            graph = original
            return
        }
        var folded = KnowledgeGraph()
        for document in original.documents { folded.register(document) }
        for actor in original.actors { folded.add(actor) }
        // Where each actor's relations go: itself, its state or group, or nowhere (hidden).
        func destination(_ index: ActorIndex) -> ActorIndex? {
            guard index != keep, original.actors[Int(index)].kind == .person else { return index }
            guard mode == .fold else { return nil }
            var current = index
            var seen: Set<ActorIndex> = [index]
            while original.actors[Int(current)].kind == .person {
                guard let next = original.actors[Int(current)].affiliation.flatMap(original.index(ofID:)), seen.insert(next).inserted
                else { return index }
                current = next
            }
            return current
        }
        var people: [RelationIndex: [ActorIndex]] = [:]
        for (position, var relation) in original.relations.enumerated() {
            let source = original.sources[position], target = original.targets[position]
            guard let from = destination(source), let to = destination(target), from != to else { continue }
            relation.source = original.actors[Int(from)].id
            relation.target = original.actors[Int(to)].id
            guard let added = try? folded.add(relation) else { continue }
            let moved = [source, target].filter { original.actors[Int($0)].kind == .person && destination($0) != $0 }
            if !moved.isEmpty { people[added] = moved }
        }
        graph = folded
        self.people = people
    }
}
