import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite("Legend panel beside the layout")
struct SidePanelTests {
    static let rows = [
        SidePanel.Row(id: "heading", text: "Legend", sample: .none, fontSize: 12),
        SidePanel.Row(id: "kind-state", text: "state", sample: .node(["shape": "box"])),
        SidePanel.Row(id: "line-conflict", text: "conflict", sample: .edge(["color": "red", "arrowsize": "0.8"])),
        SidePanel.Row(id: "caption", text: "3 articles, 2023-06-24–2023-07-01", sample: .none, fontSize: 9),
    ]

    /// Boxes of pinned nodes, in points, from their `pos`, `width` and `height`.
    static func boxes(_ nodes: [GraphDescription.Node]) throws -> [LayoutBox] {
        try nodes.map { node in
            func value(_ name: String) throws -> String { try #require(node.attributes.first { $0.name == name }?.value) }
            let position = try value("pos").dropLast().split(separator: ",").compactMap { Double($0) }
            let width = try #require(Double(try value("width"))) * 72, height = try #require(Double(try value("height"))) * 72
            return LayoutBox(
                name: node.name, minX: position[0] - width / 2, minY: position[1] - height / 2,
                maxX: position[0] + width / 2, maxY: position[1] + height / 2)
        }
    }

    @Test(arguments: [
        BoundingBox(minX: 0, minY: 0, maxX: 300, maxY: 400),  // tall: panel to the right
        BoundingBox(minX: 0, minY: 0, maxX: 1200, maxY: 200),  // wide: panel below
        BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0),  // nothing drawn
    ])
    func panelStaysOutsideTheLayoutAndRowsDoNotOverlap(layout: BoundingBox) throws {
        let panel = SidePanel(rows: Self.rows)
        let (nodes, edges) = panel.placed(beside: layout)
        let boxes = try Self.boxes(nodes)
        let drawing = LayoutBox(name: "layout", minX: layout.minX, minY: layout.minY, maxX: layout.maxX, maxY: layout.maxY)
        for box in boxes { #expect(!box.overlaps(drawing), "\(box.name)") }
        // Every piece sits inside the frame, and text boxes of different rows never meet.
        let frame = try #require(boxes.first { $0.name == "legend" })
        for box in boxes where box.name != "legend" {
            #expect(box.minX >= frame.minX - 0.01 && box.maxX <= frame.maxX + 0.01, "\(box.name)")
            #expect(box.minY >= frame.minY - 0.01 && box.maxY <= frame.maxY + 0.01, "\(box.name)")
        }
        let texts = boxes.filter { $0.name.hasSuffix("-text") }
        #expect(texts.count == Self.rows.count)
        for (index, first) in texts.enumerated() {
            for second in texts[(index + 1)...] { #expect(!first.overlaps(second), "\(first.name) \(second.name)") }
        }
        // The sample edge is routed by hand and ends in an arrow at its head point.
        let edge = try #require(edges.first)
        let pos = try #require(edge.attributes.first { $0.name == "pos" }?.value)
        #expect(pos.hasPrefix("e,"))
        #expect(pos.split(separator: " ").count == 5)
    }

    @Test func wideLayoutsGetThePanelBelowTallOnesBeside() {
        let panel = SidePanel(rows: Self.rows)
        let tall = panel.origin(beside: BoundingBox(minX: 0, minY: 0, maxX: 300, maxY: 400))
        #expect(tall.left > 300)
        let wide = panel.origin(beside: BoundingBox(minX: 0, minY: 0, maxX: 1200, maxY: 200))
        #expect(wide.top < 0 && wide.left == 0)
    }

    /// A drawing with a free corner holds the panel there, so the page prints no smaller for
    /// it; one with no room anywhere gets it outside, in as many columns as print largest.
    @Test func thePanelTakesAFreeCornerElseGoesOutside() {
        let box = BoundingBox(minX: 0, minY: 0, maxX: 1200, maxY: 800)
        let panel = SidePanel(rows: Self.rows)
        // Everything but the bottom-right corner is taken.
        let taken = SidePanel.Occupied(boxes: [
            BoundingBox(minX: 0, minY: 300, maxX: 1200, maxY: 800), BoundingBox(minX: 0, minY: 0, maxX: 600, maxY: 300),
        ])
        let inside = panel.settled(in: box, avoiding: taken)
        let frame = inside.frame(beside: box)
        #expect(frame.minX >= 600 && frame.maxX <= 1200 && frame.minY >= 0 && frame.maxY <= 300, "\(frame)")
        #expect(taken.isFree(frame))
        // A line through the free corner takes it too.
        var crossed = taken
        crossed.lines = [[.init(x: 600, y: 0), .init(x: 1200, y: 300)], [.init(x: 600, y: 300), .init(x: 1200, y: 0)]]
        let outside = panel.settled(in: box, avoiding: crossed).frame(beside: box)
        #expect(!outside.overlaps(box), "\(outside)")
        // A full drawing about as wide as a page gets a wide, low panel below it: a tall one
        // beside or below it would shrink the page more.
        let many = SidePanel(rows: (0..<12).map { SidePanel.Row(id: "r\($0)", text: "row \($0)", sample: .edge([:])) })
        let wide = BoundingBox(minX: 0, minY: 0, maxX: 1000, maxY: 600)
        let full = SidePanel.Occupied(boxes: [wide])
        let settled = many.settled(in: wide, avoiding: full)
        #expect(settled.columns > 1)
        #expect(settled.frame(beside: wide).maxY <= wide.minY)
    }

    @Test func aSegmentCrossesABoxOnlyWhenSomePartOfItIsInside() {
        let box = BoundingBox(minX: 10, minY: 10, maxX: 20, maxY: 20)
        func crosses(_ a: (Double, Double), _ b: (Double, Double)) -> Bool {
            SidePanel.Occupied.segment(.init(x: a.0, y: a.1), .init(x: b.0, y: b.1), crosses: box)
        }
        #expect(crosses((0, 15), (30, 15)))  // straight through
        #expect(crosses((15, 15), (16, 16)))  // wholly inside
        #expect(!crosses((0, 0), (30, 5)))  // below
        #expect(!crosses((0, 25), (25, 40)))  // past a corner
        #expect(crosses((0, 0), (30, 30)))  // the diagonal
    }

    /// The whole diagram laid out by Graphviz: no legend piece may cover an actor, an edge
    /// label or another legend piece, under either kind of engine.
    @Test(arguments: ["dot", "neato"])
    func renderedLegendCoversNothing(engine: String) throws {
        let graph = try Fixtures.europe()
        let view = try DiagramView(graph: graph, options: DiagramOptions(title: "Europe", layout: engine))
        let description = DiagramRenderer.describe(view, style: try StyleSheet.resolve("default"))
        let boxes = try PlainLayout(description, engine: engine).nodes
        let actors = boxes.filter { $0.name.hasPrefix("actor-") }
        let legend = boxes.filter { $0.name.hasPrefix("legend-") && !$0.name.hasSuffix("-from") && !$0.name.hasSuffix("-to") }
        #expect(actors.count == view.actors.count)
        #expect(legend.count >= 8)
        let frame = try #require(boxes.first { $0.name == "legend" })
        for actor in actors { #expect(!actor.overlaps(frame), "\(actor.name)") }
        for (index, first) in legend.enumerated() {
            for second in legend[(index + 1)...] where !(first.name.hasPrefix(second.name) || second.name.hasPrefix(first.name)) {
                #expect(!first.overlaps(second), "\(first.name) \(second.name)")
            }
        }
    }
}

@Suite("Cycles broken before dot lays out")
struct CycleBreakingTests {
    static func edge(_ tail: String, _ head: String, _ attributes: [String: String] = [:]) -> GraphDescription.Edge {
        GraphDescription.Edge(tail: tail, head: head, key: "\(tail)-\(head)", attributes: .init(sorted: attributes))
    }

    static func description(nodes: [String], edges: [GraphDescription.Edge]) -> GraphDescription {
        var description = GraphDescription(name: "g")
        description.nodes = nodes.map { GraphDescription.Node(name: $0, attributes: []) }
        description.edges = edges
        description.edgeDefaults = [.init(name: "arrowhead", value: "vee")]
        return description
    }

    /// Where the arrow of an edge points, whichever way it is written.
    static func drawn(_ edge: GraphDescription.Edge) -> (from: String, to: String, arrow: String?) {
        let dir = edge.attributes.first { $0.name == "dir" }?.value ?? "forward"
        if dir == "back" {
            return (edge.head, edge.tail, edge.attributes.first { $0.name == "arrowtail" }?.value)
        }
        return (edge.tail, edge.head, edge.attributes.first { $0.name == "arrowhead" }?.value)
    }

    static func isAcyclic(_ description: GraphDescription) -> Bool {
        var indegree: [String: Int] = [:]
        var outgoing: [String: [String]] = [:]
        for edge in description.edges where edge.tail != edge.head {
            indegree[edge.head, default: 0] += 1
            outgoing[edge.tail, default: []].append(edge.head)
        }
        var ready = description.nodes.map(\.name).filter { indegree[$0, default: 0] == 0 }
        var seen = 0
        while let node = ready.popLast() {
            seen += 1
            for next in outgoing[node] ?? [] {
                indegree[next]! -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        return seen == description.nodes.count
    }

    @Test func aTriangleLosesItsCycleAndKeepsItsArrows() {
        let original = Self.description(nodes: ["a", "b", "c"], edges: [
            Self.edge("a", "b"), Self.edge("b", "c"), Self.edge("c", "a", ["arrowhead": "onormal", "dir": "forward"]),
        ])
        let broken = original.breakingCycles()
        #expect(Self.isAcyclic(broken))
        let flipped = broken.edges[2]
        #expect(flipped.tail == "a" && flipped.head == "c")
        #expect(flipped.attributes.first { $0.name == "dir" }?.value == "back")
        #expect(Self.drawn(flipped).from == "c" && Self.drawn(flipped).to == "a" && Self.drawn(flipped).arrow == "onormal")
        #expect(broken.edges[0].attributes.isEmpty && broken.edges[1].attributes.isEmpty)
    }

    @Test func aFlippedEdgeKeepsTheDefaultArrowheadAndMutualTiesStayMutual() {
        let original = Self.description(nodes: ["a", "b"], edges: [Self.edge("a", "b"), Self.edge("b", "a", ["dir": "both", "arrowtail": "dot"])])
        let broken = original.breakingCycles()
        let flipped = broken.edges[1]
        #expect(flipped.tail == "a" && flipped.head == "b")
        let attributes = Dictionary(uniqueKeysWithValues: flipped.attributes.map { ($0.name, $0.value) })
        #expect(attributes == ["dir": "both", "arrowhead": "dot", "arrowtail": "vee"])
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomGraphsBecomeAcyclicWithEveryArrowWhereItWas(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let nodes = (0..<25).map { "n\($0)" }
        let edges = (0..<70).map { _ in
            Self.edge(nodes.randomElement(using: &generator)!, nodes.randomElement(using: &generator)!)
        }
        let original = Self.description(nodes: nodes, edges: edges)
        let broken = original.breakingCycles()
        #expect(Self.isAcyclic(broken))
        #expect(broken.edges.count == original.edges.count)
        for (before, after) in zip(original.edges, broken.edges) {
            #expect(Self.drawn(before).from == Self.drawn(after).from && Self.drawn(before).to == Self.drawn(after).to)
            #expect(after.key == before.key)
        }
    }
}

/// SplitMix64: a reproducible generator for the property tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
