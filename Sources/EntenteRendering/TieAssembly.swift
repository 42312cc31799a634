import EntenteGraph

extension DiagramTie {
    /// Tells apart the ties one pair of actors can have: one per polarity, and a separate one
    /// for denied claims so that "X did not threaten Y" never merges into "X threatened Y".
    /// Used in link keys and SVG ids.
    public var key: String {
        certainty == .negated ? "\(polarity.rawValue)-negated" : polarity.rawValue
    }
}

/// Groups an arbitrary set of relations into diagram ties, for views whose relations do not
/// come from `KnowledgeGraph.ties(filter:)`: a path's hops, or denied claims in an export.
enum TieAssembly {
    /// One tie per actor pair, polarity and negation; self-relations are dropped as in
    /// `KnowledgeGraph.ties(filter:)`, and ties resting on fewer distinct sentences than
    /// `minimumEvidence` are left out.
    ///
    /// `Tie` has no public initializer, so the ties are computed by `ties(filter:)` itself on
    /// a scratch graph holding the same actors (same indices) and only these relations, then
    /// pointed back at the original relations. Denied claims go through as if made, in a
    /// scratch graph of their own, so they never merge with claims that were made.
    /// - Complexity: O(A + R log R) for A actors in the graph and R relations given.
    static func ties(of relations: [RelationIndex], in graph: KnowledgeGraph, minimumEvidence: Int = 1) -> [DiagramTie] {
        let chosen = Set(relations).sorted()
        let denied = chosen.filter { graph.relations[Int($0)].certainty == .negated }
        let made = chosen.filter { graph.relations[Int($0)].certainty != .negated }
        return scratchTies(made, in: graph, minimumEvidence: minimumEvidence)
            + scratchTies(denied, in: graph, minimumEvidence: minimumEvidence).map { tie in
                var denial = tie
                // `orient` ranks negated lowest, so a tie of denials would read "hypothetical".
                denial.certainty = .negated
                return denial
            }
    }

    private static func scratchTies(_ relations: [RelationIndex], in graph: KnowledgeGraph, minimumEvidence: Int) -> [DiagramTie] {
        guard !relations.isEmpty else { return [] }
        var scratch = KnowledgeGraph()
        for actor in graph.actors { scratch.add(actor) }
        var original: [RelationIndex] = []
        for index in relations {
            var relation = graph.relations[Int(index)]
            if relation.certainty == .negated { relation.certainty = .asserted }
            // Same actors, so the endpoints always resolve; a failure would only drop the claim.
            guard (try? scratch.add(relation)) != nil else { continue }
            original.append(index)
        }
        let filter = RelationFilter(minimumEvidence: minimumEvidence)
        return scratch.ties(filter: filter).map { tie in
            var mapped = tie
            mapped.relations = tie.relations.map { original[Int($0)] }
            return DiagramView.orient(mapped, in: graph)
        }
    }

    /// The order every view keeps: tail id, head id, then key.
    static func sorted(_ ties: [DiagramTie], in graph: KnowledgeGraph) -> [DiagramTie] {
        let id = { (index: ActorIndex) in graph.actors[Int(index)].id }
        return ties.sorted {
            (id($0.tail), id($0.head), $0.key, $0.tail, $0.head) < (id($1.tail), id($1.head), $1.key, $1.tail, $1.head)
        }
    }

    static func sortedActors(_ actors: Set<ActorIndex>, in graph: KnowledgeGraph) -> [ActorIndex] {
        let id = { (index: ActorIndex) in graph.actors[Int(index)].id }
        return actors.sorted { (id($0), $0) < (id($1), $1) }
    }
}
