import EntenteGraph
import Testing

@Suite struct StoreTests {
    @Test func adjacencyBothWaysAndAliases() throws {
        var graph = try makeGraph([edge("A", .meet, "B"), edge("B", .attack, "C"), edge("A", .aid, "B")])
        #expect(graph.outgoingRelations(of: graph.at("A")) == [0, 2])
        #expect(graph.incomingRelations(of: graph.at("B")) == [0, 2])
        #expect(graph.outgoingRelations(of: graph.at("B")) == [1])
        let index = graph.adjacency()
        #expect(index.neighbours(of: graph.at("B")) == [graph.at("A"), graph.at("C")])
        #expect(index.relations(between: graph.at("B"), and: graph.at("A")) == [0, 2])
        #expect(index.degree(of: graph.at("B")) == 2)

        // Mutation after indexing is seen by later queries, and copies keep their own view.
        let before = graph
        graph.add(Actor(id: "D", name: "Delta Republic", kind: .state, aliases: ["The Deltans"]))
        try graph.add(Relation(source: "C", target: "D", kind: .meet, evidence: Evidence(document: "d", sentence: 0, start: 0, end: 0, text: "")))
        #expect(graph.shortestPathLength(from: graph.at("A"), to: graph.at("D")) == 3)
        #expect(before.actorCount == 4 - 1)
        #expect(before.adjacency().degree(of: before.at("C")) == 1)
        #expect(graph.outgoingRelations(of: graph.at("C")) == [3])
        #expect(graph.actors(named: "deltans") == [graph.at("D")])
        #expect(graph.actors(named: "DELTA-REPUBLIC") == [graph.at("D")])
        #expect(throws: GraphError.unknownActorID("Z")) {
            try graph.add(Relation(source: "Z", target: "D", kind: .meet, evidence: Evidence(document: "d", sentence: 0, start: 0, end: 0, text: "")))
        }
    }

    @Test(arguments: [("The U.S.", "us"), ("Russia's", "russia"), ("Élysée  Palace", "elysee palace"), ("ÉLYSÉE's", "elysee"), ("The Hague", "hague")])
    func nameFolding(name: String, key: String) {
        #expect(NameKey.fold(name) == key)
    }

    @Test func legacyAdjacencyMatchesIndex() throws {
        let graph = try ringGraph()
        let legacy = Adjacency(graph, filter: .all)
        let path = try #require(graph.shortestPath(from: graph.at("F"), to: graph.at("C"), in: legacy))
        #expect(path.length == 3)
        #expect(legacy.neighbours[Int(graph.at("B"))].map(\.actor) == graph.adjacency().neighbours(of: graph.at("B")))
    }

    @Test func tiesStillAggregate() throws {
        let graph = try makeGraph([edge("A", .meet, "B"), edge("B", .attack, "A"), edge("A", .aid, "B")])
        let ties = graph.ties()
        #expect(ties.count == 2)
        #expect(ties.map(\.relations.count).sorted() == [1, 2])
    }
}
