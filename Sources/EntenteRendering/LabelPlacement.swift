import Foundation

/// Moves edge labels off nodes and off each other after a layout.
///
/// The force-directed engines put each edge label at its edge's midpoint and never look at
/// what is there: on the sample articles a third of the labels sat on a node or on another
/// label. Each label tries, in order, where Graphviz put it, points along its own edge (on the
/// line, then beside it), then rings around the edge's midpoint no further than about its own
/// size, and takes the first spot that touches no node, frame edge, heading or label already
/// placed. A label with no such spot is left out (its tie's tooltip still lists the kinds):
/// on a crowded diagram a label flung far from its line misleads more than a missing one.
struct LabelPlacement {
    struct Point: Sendable, Equatable {
        var x: Double
        var y: Double
    }

    /// A label to place: its size, where the layout put it, and its edge as a polyline.
    struct Label: Sendable {
        var center: Point
        var width: Double
        var height: Double
        var path: [Point]
    }

    /// Space kept between a label and anything else, in points.
    static let clearance = 1.5
    /// Where along its edge a label may sit, as fractions of the edge's length, nearest the middle first.
    static let fractions = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8, 0.14, 0.86]

    /// Boxes nothing may overlap: nodes, frame borders, headings.
    var obstacles: [BoundingBox]
    private var grid = Grid()

    init(obstacles: [BoundingBox]) {
        self.obstacles = obstacles
        for (index, box) in obstacles.enumerated() { grid.insert(index, box) }
    }

    /// Centres for the labels, in order, nil for a label with no free spot near its edge
    /// (left out: a label far from its line would say nothing); each placed label becomes an
    /// obstacle for the next.
    /// - Complexity: about O(L · C · k) for L labels, C candidate spots (a few dozen to a few
    ///   hundred) and k obstacles near each spot.
    mutating func place(_ labels: [Label]) -> [Point?] {
        labels.map { label in
            guard let spot = firstFreeSpot(for: label) else { return nil }
            add(Self.box(at: spot, label))
            return spot
        }
    }

    private mutating func add(_ box: BoundingBox) {
        obstacles.append(box)
        grid.insert(obstacles.count - 1, box)
    }

    /// How far from its edge's midpoint a label may go: about its own size.
    static func reach(of label: Label) -> Double { 5 * label.height + label.width }

    private func firstFreeSpot(for label: Label) -> Point? {
        if isFree(label.center, label) { return label.center }
        let samples = Self.alongPath(label.path)
        for spot in samples.flatMap({ Self.candidates(at: $0.point, tangent: $0.tangent, label) }) where isFree(spot, label) {
            return spot
        }
        let middle = samples.first?.point ?? label.center
        let step = max(label.height / 2, 4)
        let rings = Int((Self.reach(of: label) / step).rounded(.up))
        for ring in 1...max(1, rings) {
            let radius = Double(ring) * step
            let count = 12 + 4 * ring
            for index in 0..<count {
                let angle = Double(index) * 2 * Double.pi / Double(count)
                let spot = Point(x: middle.x + radius * cos(angle), y: middle.y + radius * sin(angle))
                if isFree(spot, label) { return spot }
            }
        }
        return nil
    }

    /// On the line first, then beside it on either side, just clear of the stroke.
    private static func candidates(at point: Point, tangent: Point, _ label: Label) -> [Point] {
        let normal = Point(x: -tangent.y, y: tangent.x)
        let side = abs(normal.x) * label.width / 2 + abs(normal.y) * label.height / 2 + 2
        return [
            point,
            Point(x: point.x + normal.x * side, y: point.y + normal.y * side),
            Point(x: point.x - normal.x * side, y: point.y - normal.y * side),
        ]
    }

    /// Points at `fractions` of the polyline's length, with the unit tangent there.
    static func alongPath(_ path: [Point]) -> [(point: Point, tangent: Point)] {
        guard path.count >= 2 else { return [] }
        var lengths = [0.0]
        for (a, b) in zip(path, path.dropFirst()) { lengths.append(lengths.last! + distance(a, b)) }
        let total = lengths.last!
        guard total > 0 else { return [] }
        return fractions.map { fraction in
            let wanted = fraction * total
            var segment = 0
            while segment < path.count - 2 && lengths[segment + 1] < wanted { segment += 1 }
            let a = path[segment], b = path[segment + 1]
            let span = lengths[segment + 1] - lengths[segment]
            let t = span > 0 ? (wanted - lengths[segment]) / span : 0
            let length = max(distance(a, b), 1e-9)
            return (Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t), Point(x: (b.x - a.x) / length, y: (b.y - a.y) / length))
        }
    }

    /// A polyline through Graphviz spline control points (1 + 3n per piece, pieces joined).
    static func polyline(bezier points: [Point]) -> [Point] {
        guard points.count >= 4 else { return points }
        var line = [points[0]]
        var start = 0
        while start + 3 < points.count {
            let p0 = points[start], p1 = points[start + 1], p2 = points[start + 2], p3 = points[start + 3]
            for step in 1...8 {
                let t = Double(step) / 8, u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                line.append(Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
            }
            start += 3
        }
        return line
    }

    static func box(at center: Point, _ label: Label) -> BoundingBox {
        BoundingBox(
            minX: center.x - label.width / 2, minY: center.y - label.height / 2,
            maxX: center.x + label.width / 2, maxY: center.y + label.height / 2)
    }

    private func isFree(_ spot: Point, _ label: Label) -> Bool {
        let box = Self.box(at: spot, label).inflated(by: Self.clearance)
        return !grid.anyOverlap(with: box, in: obstacles)
    }

    private static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    /// Obstacles bucketed by 64-point cells, so a spot is checked against its neighbours only.
    private struct Grid {
        static let cell = 64.0
        var buckets: [Int64: [Int]] = [:]

        private static func range(_ low: Double, _ high: Double) -> ClosedRange<Int64> {
            let a = Int64((low / cell).rounded(.down)), b = Int64((high / cell).rounded(.down))
            return a...max(a, b)
        }

        private static func key(_ x: Int64, _ y: Int64) -> Int64 { x &* 1_000_003 &+ y }

        mutating func insert(_ index: Int, _ box: BoundingBox) {
            guard box.minX.isFinite, box.maxX.isFinite, box.minY.isFinite, box.maxY.isFinite else { return }
            for x in Self.range(box.minX, box.maxX) {
                for y in Self.range(box.minY, box.maxY) { buckets[Self.key(x, y), default: []].append(index) }
            }
        }

        /// Whether any obstacle bucketed near `box` overlaps it; stops at the first.
        func anyOverlap(with box: BoundingBox, in obstacles: [BoundingBox]) -> Bool {
            for x in Self.range(box.minX, box.maxX) {
                for y in Self.range(box.minY, box.maxY) {
                    guard let bucket = buckets[Self.key(x, y)] else { continue }
                    for index in bucket where obstacles[index].overlaps(box) { return true }
                }
            }
            return false
        }

        func candidates(near box: BoundingBox) -> Set<Int> {
            var found: Set<Int> = []
            for x in Self.range(box.minX, box.maxX) {
                for y in Self.range(box.minY, box.maxY) { found.formUnion(buckets[Self.key(x, y)] ?? []) }
            }
            return found
        }
    }
}

extension BoundingBox {
    func overlaps(_ other: BoundingBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    func inflated(by amount: Double) -> BoundingBox {
        BoundingBox(minX: minX - amount, minY: minY - amount, maxX: maxX + amount, maxY: maxY + amount)
    }

    func intersectionArea(_ other: BoundingBox) -> Double {
        max(0, min(maxX, other.maxX) - max(minX, other.minX)) * max(0, min(maxY, other.maxY) - max(minY, other.minY))
    }

    /// The four sides of the box as thin boxes, for a frame whose inside is free to use.
    func border(width: Double) -> [BoundingBox] {
        [
            BoundingBox(minX: minX - width, minY: minY - width, maxX: maxX + width, maxY: minY + width),
            BoundingBox(minX: minX - width, minY: maxY - width, maxX: maxX + width, maxY: maxY + width),
            BoundingBox(minX: minX - width, minY: minY - width, maxX: minX + width, maxY: maxY + width),
            BoundingBox(minX: maxX - width, minY: minY - width, maxX: maxX + width, maxY: maxY + width),
        ]
    }
}
