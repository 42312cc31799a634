import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct GraphExportTests {
    @Test func nodeLinkJSONHasNetworkXShape() throws {
        let view = try DiagramView(graph: try Fixtures.europe())
        let data = GraphExport.json(view)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == false)
        #expect(object["graph"] is [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["edges"] as? [[String: Any]], "networkx 3.6 reads edges by default")
        #expect((object["links"] as? [[String: Any]])?.count == links.count)
        #expect(nodes.count == view.actors.count)
        #expect(links.count == view.ties.count)
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        for link in links {
            #expect(ids.contains(link["source"] as? String ?? ""))
            #expect(ids.contains(link["target"] as? String ?? ""))
            #expect(link["polarity"] is String)
            #expect(link["kinds"] is [String])
            #expect((link["weight"] as? Double ?? 0) > 0)
            #expect([-1, 0, 1].contains(link["sign"] as? Int ?? 9))
            #expect(link["codes"] is [String])
            #expect(link["evidence_count"] is Int)
        }
        let putin = try #require(nodes.first { $0["id"] as? String == "PUTIN" })
        #expect(putin["kind"] as? String == "person")
        #expect(putin["affiliation"] as? String == "RUS")
        #expect(putin["name"] as? String == "Vladimir Putin")
        #expect(putin["label"] as? String == "Vladimir Putin", "pyvis shows label")
    }

    @Test func parallelTiesMakeAMultigraph() throws {
        var graph = KnowledgeGraph()
        graph.add(Actor(id: "A", name: "Alpha", kind: .state))
        graph.add(Actor(id: "B", name: "Beta", kind: .state))
        try graph.add(Relation(source: "A", target: "B", kind: .aid, evidence: Fixtures.evidence("A aids B.", sentence: 1)))
        try graph.add(Relation(source: "A", target: "B", kind: .sanction, evidence: Fixtures.evidence("A sanctions B.", sentence: 2)))
        let object = try #require(try JSONSerialization.jsonObject(with: GraphExport.json(try DiagramView(graph: graph))) as? [String: Any])
        #expect(object["multigraph"] as? Bool == true)
        let keys = (object["links"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys == ["conflict", "cooperation"])
    }
}
