public import EntenteGraph

/// How a tie's arrow points once its relations are taken together.
public enum TieDirection: String, Sendable, Hashable {
    /// All directed relations go from tail to head.
    case forward
    /// Directed relations go both ways: drawn once with arrowheads at both ends.
    case mutual
    /// Only symmetric kinds (allied, fighting, meeting): no arrowheads.
    case none
}

/// One edge of a diagram: the tie between two actors for one polarity.
public struct DiagramTie: Sendable, Hashable {
    public var tie: Tie
    public var polarity: Polarity
    public var tail: ActorIndex
    public var head: ActorIndex
    public var direction: TieDirection
    /// The firmest certainty among its relations: a tie is hypothetical only when every
    /// claim behind it is.
    public var certainty: Certainty
    /// Most frequent first.
    public var kinds: [RelationKind]
    public var evidenceCount: Int { tie.evidenceCount }
}

/// The actors and ties a diagram draws, chosen from a graph by `DiagramOptions`.
public struct DiagramView: Sendable {
    public let graph: KnowledgeGraph
    public let options: DiagramOptions
    /// Sorted by actor id, so output never depends on insertion order.
    public let actors: [ActorIndex]
    /// Sorted by tail id, head id, polarity.
    public let ties: [DiagramTie]
    /// The engine chosen by size; without a `layout` option the renderer tries others and
    /// keeps the one whose drawing prints largest (`RenderedDiagram.engine`).
    public let engine: String
    /// Actors drawn with a double outline besides the focus: the endpoints of a path view.
    public internal(set) var highlighted: Set<ActorIndex> = []
    /// For a path view: each actor's hop count from its path's start (the least over all
    /// paths), so the layout can draw the start at the top whichever way the ties point.
    var pathRank: [ActorIndex: Int] = [:]
    /// With `PeopleMode.fold`: for each relation of `graph` drawn on a state or group, the
    /// people it was said of or by.
    public internal(set) var foldedPeople: [RelationIndex: [ActorIndex]] = [:]

    /// On a page of a view cut into pages (`pages()`): the actors drawn only because a tie
    /// reaches them, with the page they belong to.
    public internal(set) var elsewhere: [ActorIndex: Int] = [:]

    /// A view of the given actors and ties of `graph`, as a page of a larger view.
    init(graph: KnowledgeGraph, options: DiagramOptions, actors: [ActorIndex], ties: [DiagramTie]) {
        self.graph = graph
        self.options = options
        self.actors = actors
        self.ties = ties
        self.engine = options.layout ?? DiagramOptions.engine(forActorCount: actors.count)
    }

    /// The people folded into the drawn ties, in id order.
    var peopleFoldedIntoTies: [ActorIndex] {
        let people = Set(ties.flatMap(\.tie.relations).flatMap { foldedPeople[$0] ?? [] })
        return people.sorted { graph.actors[Int($0)].id < graph.actors[Int($1)].id }
    }

    /// - Throws: `RenderError.tooManyNodes` past `options.maxNodes`,
    ///   `RenderError.unknownFocus` for a focus outside the graph.
    /// - Complexity: O(R log R + A log A) for R relations and A actors.
    public init(graph original: KnowledgeGraph, options: DiagramOptions = DiagramOptions()) throws(RenderError) {
        let filter = options.effectiveFilter
        var allowed: Set<ActorIndex>?
        if let focus = options.focus, focus < 0 || Int(focus) >= original.actorCount { throw .unknownFocus(focus) }
        let folding = PeopleFolding(original, mode: options.people, keep: options.focus)
        let graph = folding.graph
        if let focus = options.focus {
            allowed = Set(graph.neighbourhood(of: focus, depth: max(0, options.depth), filter: filter).keys)
        }
        var drawn: [DiagramTie] = []
        var present: Set<ActorIndex> = []
        for tie in graph.ties(filter: filter) {
            if let allowed, !allowed.contains(tie.a) || !allowed.contains(tie.b) { continue }
            drawn.append(Self.orient(tie, in: graph))
            present.insert(tie.a)
            present.insert(tie.b)
        }
        if let focus = options.focus { present.insert(focus) }
        if options.includeIsolated && options.focus == nil {
            for index in graph.actors.indices where filter.admits(graph.actors[index])
                && (options.people == .show || graph.actors[index].kind != .person) {
                present.insert(ActorIndex(index))
            }
        }
        guard present.count <= options.maxNodes else {
            throw .tooManyNodes(count: present.count, limit: options.maxNodes)
        }
        let id = { (index: ActorIndex) in graph.actors[Int(index)].id }
        self.graph = graph
        self.options = options
        self.actors = present.sorted { (id($0), $0) < (id($1), $1) }
        self.ties = drawn.sorted {
            (id($0.tail), id($0.head), $0.polarity.rawValue) < (id($1.tail), id($1.head), $1.polarity.rawValue)
        }
        self.engine = options.layout ?? DiagramOptions.engine(forActorCount: present.count)
        self.foldedPeople = folding.people
    }

    static func orient(_ tie: Tie, in graph: KnowledgeGraph) -> DiagramTie {
        var forward = false, backward = false
        var certainty = Certainty.hypothetical
        for index in tie.relations {
            let relation = graph.relations[Int(index)]
            if rank(relation.certainty) > rank(certainty) { certainty = relation.certainty }
            guard !relation.kind.isSymmetric else { continue }
            if graph.sources[Int(index)] == tie.a { forward = true } else { backward = true }
        }
        let direction: TieDirection
        var tail = tie.a, head = tie.b
        switch (forward, backward) {
        case (true, true): direction = .mutual
        case (true, false): direction = .forward
        case (false, true):
            direction = .forward
            swap(&tail, &head)
        case (false, false): direction = .none
        }
        if direction != .forward && graph.actors[Int(tail)].id > graph.actors[Int(head)].id {
            swap(&tail, &head)
        }
        let polarity = tie.counts.keys.first?.polarity ?? tie.dominantPolarity
        return DiagramTie(tie: tie, polarity: polarity, tail: tail, head: head, direction: direction, certainty: certainty, kinds: tie.kinds)
    }

    private static func rank(_ certainty: Certainty) -> Int {
        switch certainty {
        case .asserted: return 3
        case .reported: return 2
        case .hypothetical: return 1
        case .negated: return 0
        }
    }

    public func actor(_ index: ActorIndex) -> Actor { graph.actors[Int(index)] }

    /// The relations behind the drawn ties, in graph order.
    public var relations: [Relation] {
        ties.flatMap(\.tie.relations).sorted().map { graph.relations[Int($0)] }
    }

    /// The heading when none is given: what the picture shows, "Alliances and threats among
    /// 61 actors" or "Threats around Iran", so a figure pasted into a report says what it is;
    /// the caption beneath says what it rests on.
    public var defaultTitle: String {
        let layers = options.layers
        let what = layers == [.alliances] ? "Alliances" : layers == [.threats] ? "Threats" : "Alliances and threats"
        if let focus = options.focus {
            return "\(what) around \(actor(focus).name)"
        }
        return "\(what) among \(actors.count == 1 ? "1 actor" : "\(actors.count) actors")"
    }

    /// "12 articles, 2023-06-24–2023-07-02": what the drawn ties rest on.
    public var caption: String {
        let drawn = relations
        let documents = Set(drawn.map(\.evidence.document))
        var dates = drawn.compactMap(\.evidence.date)
        if dates.isEmpty {
            dates = graph.documents.filter { documents.contains($0.id) }.compactMap(\.date)
        }
        let count = documents.count == 1 ? "1 article" : "\(documents.count) articles"
        guard let first = dates.min(), let last = dates.max() else { return count }
        let from = String(first.prefix(10)), through = String(last.prefix(10))
        return from == through ? "\(count), \(from)" : "\(count), \(from)–\(through)"
    }
}
