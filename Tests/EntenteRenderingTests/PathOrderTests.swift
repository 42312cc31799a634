import EntenteGraph
import Testing

@testable import EntenteRendering

/// A path reads from the top down: its start above its end, whichever way its ties point.
@Suite struct PathOrderTests {
    @Test(arguments: [("PUTIN", "POL"), ("POL", "PUTIN"), ("UKR", "PUTIN")])
    func startIsDrawnAboveTheEnd(from: String, to: String) throws {
        let graph = try Fixtures.europe()
        let start = try graph.resolve(from), end = try graph.resolve(to)
        let path = try #require(graph.shortestPath(from: start, to: end))
        let view = try DiagramView(graph: graph, paths: [path], options: DiagramOptions(title: "", layout: "dot", legend: false))
        let layout = try PlainLayout(DiagramRenderer.describe(view, style: try StyleSheet.resolve("default")), engine: "dot")
        var previous = Double.infinity
        for actor in path.actors {
            let name = NodeNames(view)[actor]
            let box = try #require(layout.nodes.first { $0.name == name })
            // Graphviz's y grows upwards: each actor of the path sits below the one before.
            #expect(box.maxY < previous, "\(graph.actors[Int(actor)].id) is not below the actor before it")
            previous = box.maxY
        }
    }
}
