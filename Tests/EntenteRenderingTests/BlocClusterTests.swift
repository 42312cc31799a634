import Foundation
@testable import EntenteRendering
import EntenteGraph
import Testing

@Suite("Blocs drawn as clusters")
struct BlocClusterTests {
    /// Two camps joined by cooperation, one conflict between them.
    static func twoCamps() throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for (id, name) in [("A", "Alpha"), ("B", "Bravo"), ("C", "Charlie"), ("D", "Delta"), ("E", "Echo")] {
            graph.add(Actor(id: id, name: name, kind: .state))
        }
        let evidence = Evidence(document: "d", sentence: 0, start: 0, end: 1, text: "x")
        try graph.add(Relation(source: "A", target: "B", kind: .ally, evidence: evidence))
        try graph.add(Relation(source: "C", target: "D", kind: .supplyArms, evidence: evidence))
        try graph.add(Relation(source: "B", target: "C", kind: .attack, evidence: evidence))
        try graph.add(Relation(source: "E", target: "A", kind: .warn, evidence: evidence))
        return graph
    }

    @Test func eachBlocBecomesAClusterOfItsDrawnMembers() throws {
        let view = try DiagramView(graph: Self.twoCamps(), options: DiagramOptions(blocs: true))
        let description = DiagramRenderer.describe(view, style: try StyleSheet.resolve(nil))
        let clusters = description.subgraphs.filter { $0.name?.hasPrefix("cluster_bloc_") == true }
        #expect(clusters.count == 2)
        let memberSets = Set(clusters.map { Set($0.nodes.compactMap { node in
            node.attributes.first { $0.name == "label" }?.value
        }) })
        #expect(memberSets == [["Alpha", "Bravo"], ["Charlie", "Delta"]])
        // Echo belongs to no bloc and stays a top-level node; no actor is drawn twice.
        let topLevel = description.nodes.compactMap { node in node.attributes.first { $0.name == "label" }?.value }
        #expect(topLevel.contains("Echo"))
        #expect(!topLevel.contains("Alpha"))
        let svg = String(decoding: try DiagramRenderer.render(view, style: try StyleSheet.resolve(nil), format: .svg), as: UTF8.self)
        #expect(svg.contains("id=\"bloc&#45;1\"") && svg.contains("class=\"node bloc\""))
    }

    /// Blocs are laid out without Graphviz clusters (which corrupt the heap in Graphviz 2.43):
    /// every member must sit inside its bloc's frame and no other actor inside it, under
    /// every engine.
    @Test(arguments: ["dot", "neato", "fdp"])
    func membersSitInsideTheirFrameAndNobodyElseDoes(engine: String) throws {
        let view = try DiagramView(graph: Self.twoCamps(), options: DiagramOptions(layout: engine, blocs: true))
        let description = DiagramRenderer.describe(view, style: try StyleSheet.resolve(nil))
        let layout = try PlainLayout(description, engine: engine)
        let clusters = description.subgraphs.filter(\.isCluster)
        #expect(clusters.count == 2)
        for cluster in clusters {
            let name = try #require(cluster.name)
            let frame = try #require(layout.node(name))
            let members = Set(cluster.nodes.map(\.name))
            for box in layout.nodes where box.name.hasPrefix("actor-") {
                if members.contains(box.name) {
                    #expect(frame.contains(box), "\(box.name) in \(name)")
                } else {
                    #expect(!frame.overlaps(box), "\(box.name) in \(name)")
                }
            }
        }
    }

    @Test func withoutTheOptionThereAreNoBlocClusters() throws {
        let view = try DiagramView(graph: Self.twoCamps())
        let description = DiagramRenderer.describe(view, style: try StyleSheet.resolve(nil))
        #expect(!description.subgraphs.contains { $0.name?.hasPrefix("cluster_bloc_") == true })
    }
}
