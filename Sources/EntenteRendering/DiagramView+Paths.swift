public import EntenteGraph

extension DiagramView {
    /// A diagram of the given paths only, as `entente path A B --render` draws them: the
    /// actors on the paths, one tie per pair, polarity and negation built from each hop's
    /// relations, and the endpoints of every path highlighted (double outline, SVG class
    /// `endpoint`).
    ///
    /// The paths were already chosen by a filter, so the options' `filter`, `layers`,
    /// `focus`, `depth` and `includeIsolated` are not applied again: re-filtering could cut a
    /// path in two. `title`, `layout`, `legend` and `maxNodes` apply as usual.
    /// - Throws: `RenderError.invalidPath` when a path names an actor or relation outside
    ///   `graph` (paths are only valid for the graph value that produced them),
    ///   `RenderError.tooManyNodes` past `options.maxNodes`.
    /// - Complexity: O(H log H) for H relations over all hops.
    public init(graph: KnowledgeGraph, paths: [GraphPath], options: DiagramOptions = DiagramOptions()) throws(RenderError) {
        var present: Set<ActorIndex> = []
        var endpoints: Set<ActorIndex> = []
        var relations: [RelationIndex] = []
        for path in paths {
            for actor in path.actors {
                guard actor >= 0, Int(actor) < graph.actorCount else {
                    throw .invalidPath("actor #\(actor) is not in the graph")
                }
                present.insert(actor)
            }
            if let first = path.actors.first, let last = path.actors.last {
                endpoints.formUnion([first, last])
            }
            for hop in path.hops {
                for relation in hop.relations {
                    guard relation >= 0, Int(relation) < graph.relationCount else {
                        throw .invalidPath("relation #\(relation) is not in the graph")
                    }
                    // A hop's relations must join its two actors, or the drawing would show
                    // a tie the path never used.
                    let ends: Set = [graph.sources[Int(relation)], graph.targets[Int(relation)]]
                    guard ends == [hop.from, hop.to], present.contains(hop.from), present.contains(hop.to) else {
                        throw .invalidPath("relation #\(relation) does not join the actors of its hop")
                    }
                    relations.append(relation)
                }
            }
        }
        guard present.count <= options.maxNodes else {
            throw .tooManyNodes(count: present.count, limit: options.maxNodes)
        }
        self.graph = graph
        self.options = options
        self.actors = TieAssembly.sortedActors(present, in: graph)
        self.ties = TieAssembly.sorted(TieAssembly.ties(of: relations, in: graph), in: graph)
        self.engine = options.layout ?? DiagramOptions.engine(forActorCount: present.count)
        self.highlighted = endpoints
        for path in paths {
            for (hops, actor) in path.actors.enumerated() { pathRank[actor] = min(pathRank[actor] ?? hops, hops) }
        }
    }
}
