import EntenteExtraction
import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

/// No label over a node or another label, read from the coordinates Graphviz drew, for
/// every style and view, on the sample articles and on a generated 200-actor graph.
@Suite(.serialized) struct LabelOverlapTests {
    static let styles = ["default", "print", "dark", "colorblind"]

    /// The sample articles, extracted once.
    static let seeds: KnowledgeGraph? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let lexicon = try? Lexicon.builtIn() else { return nil }
        let extractor = Extractor(lexicon: lexicon)
        let reader = DocumentReader()
        var graph = KnowledgeGraph()
        guard let files = try? reader.articleFiles(at: [root.appendingPathComponent("seeds").path]) else { return nil }
        for file in files {
            try? reader.forEachDocument(in: file, warn: { _ in }) { _ = try? graph.merge(extractor.extract($0)) }
        }
        return graph
    }()

    static func views(of graph: KnowledgeGraph, focus: [String], path: (String, String)?) throws -> [(String, DiagramView)] {
        var views: [(String, DiagramView)] = [
            ("all", try DiagramView(graph: graph)),
            ("threats", try DiagramView(graph: graph, options: DiagramOptions(layers: [.threats]))),
            ("alliances", try DiagramView(graph: graph, options: DiagramOptions(layers: [.alliances]))),
            ("blocs", try DiagramView(graph: graph, options: DiagramOptions(blocs: true))),
        ]
        for (index, name) in focus.enumerated() {
            let actor = try graph.resolve(name)
            views.append(("focus \(name) depth \(index + 1)", try DiagramView(graph: graph, options: DiagramOptions(focus: actor, depth: index + 1))))
        }
        if let (from, to) = path {
            let found = graph.simplePaths(from: try graph.resolve(from), to: try graph.resolve(to), maxHops: 4)
            views.append(("path \(from)–\(to)", try DiagramView(graph: graph, paths: Array(found.paths.prefix(3)))))
        }
        return views
    }

    /// What a reader would see wrong in each view: labels over anything, or fewer than `kept`
    /// of the tie labels drawn (so the check cannot be passed by leaving labels out).
    static func findings(_ views: [(String, DiagramView)], style name: String, kept: Double) throws -> [String] {
        let style = try StyleSheet.resolve(name)
        var found: [String] = []
        for (label, view) in views {
            // Laid out as `render` does, with the engine whose drawing prints largest.
            let (description, engine) = try DiagramRenderer.chosenLayout(view, style: style)
            let drawn = try DrawnLayout(description, engine: engine)
            if drawn.texts.isEmpty { found.append("\(label): nothing drawn") }
            var labelled: Set<Int> = []
            for text in drawn.texts { if case .edge(let index) = text.owner { labelled.insert(index) } }
            if Double(labelled.count) < kept * Double(view.ties.count) {
                found.append("\(label), \(name): \(labelled.count) of \(view.ties.count) tie labels drawn (legend edges \(drawn.legendEdgeCount))")
            }
            let collisions = drawn.collisions()
            if !collisions.isEmpty {
                found.append("\(label), \(name) style, \(engine): \(collisions.count) overlaps: \(collisions.prefix(8))")
            }
        }
        return found
    }

    @Test(arguments: styles) func seedsDrawNoLabelOverAnything(style: String) async throws {
        let graph = try #require(Self.seeds)
        #expect(graph.actorCount > 40, "the seeds should extract into a crowded diagram")
        let found = try await OffPool.run {
            try Self.findings(Self.views(of: graph, focus: ["Iran", "Russia"], path: ("Wagner", "Poland")), style: style, kept: 1)
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test(arguments: styles) func twoHundredActorsDrawNoLabelOverAnything(style: String) async throws {
        let graph = try Generated.graph(actors: 200, ties: 320, seed: 7)
        let found = try await OffPool.run {
            try Self.findings(Self.views(of: graph, focus: ["G0"], path: ("G1", "G150")), style: style, kept: 0.95)
        }
        #expect(found.isEmpty, "\(found)")
    }

    /// The check itself must notice a label left on a node, or it proves nothing.
    @Test func theCheckSeesALabelOnANode() throws {
        var description = GraphDescription(name: "t")
        description.nodes = [
            .init(name: "a", attributes: .init(sorted: ["pos": "0,0!", "class": "actor", "label": "A"])),
            .init(name: "b", attributes: .init(sorted: ["pos": "300,0!", "class": "actor", "label": "B"])),
            .init(name: "c", attributes: .init(sorted: ["pos": "150,0!", "class": "actor", "label": "C"])),
        ]
        description.edges = [.init(tail: "a", head: "b", key: "ab", attributes: .init(sorted: ["label": "a long label on C"]))]
        // nop2 keeps the pins and puts the label at the edge's middle, on C; placement moves it.
        let drawn = try DrawnLayout(description, engine: "nop2")
        #expect(drawn.collisions().isEmpty)
        var unplaced = LabelPlacement(obstacles: [BoundingBox(minX: -10, minY: -10, maxX: 10, maxY: 10)])
        let label = LabelPlacement.Label(center: .init(x: 0, y: 0), width: 40, height: 10, path: [.init(x: -100, y: 0), .init(x: 100, y: 0)])
        let spot = try #require(unplaced.place([label]).first ?? nil)
        #expect(!LabelPlacement.box(at: spot, label).overlaps(BoundingBox(minX: -10, minY: -10, maxX: 10, maxY: 10)))
        let text = DrawnLayout.Text(owner: .edge(0), text: "x", box: LayoutBox(name: "x", minX: 140, minY: -5, maxX: 160, maxY: 5))
        var faked = drawn
        faked.texts.append(text)
        #expect(faked.collisions().contains { $0.contains("over node c") })
    }
}

/// Graphs generated from a seed: states, persons, groups and IGOs with names of varied length,
/// ties of every polarity and certainty.
enum Generated {
    static func graph(actors: Int, ties: Int, seed: UInt64) throws -> KnowledgeGraph {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        let words = ["North", "Federal", "Republic", "Army", "Front", "Union", "Council", "Liberation", "Coast", "Islands", "People's"]
        let kinds: [ActorKind] = [.state, .state, .person, .armedGroup, .igo, .organization]
        var graph = KnowledgeGraph()
        for index in 0..<actors {
            let name = "G\(index) " + (0..<(1 + next(3))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let kind = kinds[next(kinds.count)]
            graph.add(Actor(id: "G\(index)", name: name, kind: kind, affiliation: kind == .person && index > 0 ? "G\(next(index))" : nil))
        }
        let relationKinds: [RelationKind] = [.ally, .supplyArms, .meet, .attack, .threaten, .criticize, .memberOf, .sanction, .train]
        let certainties: [Certainty] = [.asserted, .asserted, .reported, .hypothetical]
        // A spanning chain keeps the graph in one piece, the rest are random.
        for index in 0..<ties {
            let source = index < actors - 1 ? index : next(actors)
            var target = index < actors - 1 ? index + 1 : next(actors)
            if target == source { target = (source + 1) % actors }
            let kind = relationKinds[next(relationKinds.count)]
            try graph.add(Relation(
                source: "G\(source)", target: "G\(target)", kind: kind, certainty: certainties[next(certainties.count)],
                evidence: Fixtures.evidence("G\(source) \(kind.rawValue) G\(target).", document: "d\(index % 40)", sentence: index)))
        }
        return graph
    }
}
