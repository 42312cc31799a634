public import EntenteGraph

extension DiagramView {
    /// Everything a filter admits, for handing on to other tools rather than drawing: every
    /// admitted actor (isolated ones too) and every tie, with no node limit and no legend.
    /// This is the view the `GraphExport` functions and a DOT export should be given.
    ///
    /// Negated relations (denied claims) are left out unless `includeNegated` is true; then
    /// they form ties of their own with certainty `negated` (key `conflict-negated`, ...),
    /// never merged into ties of claims that were made. The filter's other conditions
    /// (polarities, kinds, dates, actor kinds, minimum evidence) apply to them too.
    /// - Complexity: O(R log R + A log A) for R relations and A actors.
    public init(exporting graph: KnowledgeGraph, filter: RelationFilter = .all, includeNegated: Bool = false) {
        var ties = graph.ties(filter: filter).map { Self.orient($0, in: graph) }
        if includeNegated {
            let denied = graph.relations.indices.filter { index in
                let relation = graph.relations[index]
                guard relation.certainty == .negated, Self.admitsDenied(relation, filter: filter) else { return false }
                return filter.admits(graph.actors[Int(graph.sources[index])])
                    && filter.admits(graph.actors[Int(graph.targets[index])])
            }
            ties += TieAssembly.ties(
                of: denied.map { RelationIndex($0) }, in: graph, minimumEvidence: filter.minimumEvidence)
        }
        var present: Set<ActorIndex> = []
        for index in graph.actors.indices where filter.admits(graph.actors[index]) {
            present.insert(ActorIndex(index))
        }
        self.graph = graph
        self.options = DiagramOptions(filter: filter, maxNodes: .max, includeIsolated: true, legend: false)
        self.actors = TieAssembly.sortedActors(present, in: graph)
        self.ties = TieAssembly.sorted(ties, in: graph)
        self.engine = DiagramOptions.engine(forActorCount: present.count)
    }

    /// `RelationFilter.admits` refuses every negated relation; asking it about the same claim
    /// as if it had been made reuses its kind, polarity and date rules, so the two cannot
    /// drift apart.
    private static func admitsDenied(_ relation: Relation, filter: RelationFilter) -> Bool {
        guard let stand = filter.certainties.sorted(by: { $0.rawValue < $1.rawValue }).first else { return false }
        var made = relation
        made.certainty = stand
        return filter.admits(made)
    }
}
