import EntenteGraph

/// One relation in a hand-built graph: `source kind target`, with optional certainty, date
/// and sentence (distinct sentences count as distinct evidence).
struct Edge {
    var source: String
    var kind: RelationKind
    var target: String
    var certainty: Certainty = .asserted
    var date: String? = nil
    var sentence: Int? = nil
}

func edge(
    _ source: String, _ kind: RelationKind, _ target: String, certainty: Certainty = .asserted,
    date: String? = nil, sentence: Int? = nil
) -> Edge {
    Edge(source: source, kind: kind, target: target, certainty: certainty, date: date, sentence: sentence)
}

/// A graph whose actors are the ids named by the edges (plus `extra`), all states unless
/// `kinds` says otherwise, each relation from its own sentence unless one is given.
func makeGraph(_ edges: [Edge], extra: [String] = [], kinds: [String: ActorKind] = [:]) throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    var seen: Set<String> = []
    for id in edges.flatMap({ [$0.source, $0.target] }) + extra where seen.insert(id).inserted {
        graph.add(Actor(id: id, name: id, kind: kinds[id] ?? .state))
    }
    for (i, e) in edges.enumerated() {
        try graph.add(Relation(
            source: e.source, target: e.target, kind: e.kind, certainty: e.certainty,
            evidence: Evidence(document: "doc", sentence: e.sentence ?? i, start: 0, end: 0, text: "sentence \(e.sentence ?? i)", date: e.date)))
    }
    return graph
}

extension KnowledgeGraph {
    func id(_ index: ActorIndex) -> String { actors[Int(index)].id }
    func ids(_ indices: [ActorIndex]) -> [String] { indices.map { id($0) } }
    func at(_ id: String) -> ActorIndex { index(ofID: id) ?? -1 }
}

/// A ring A-B-C-D-E-A of cooperation plus a chord B-D, and a pendant F on E by conflict.
func ringGraph() throws -> KnowledgeGraph {
    try makeGraph([
        edge("A", .meet, "B"), edge("B", .ally, "C"), edge("C", .aid, "D"), edge("D", .support, "E"),
        edge("E", .praise, "A"), edge("B", .negotiate, "D"), edge("F", .attack, "E"),
    ])
}
