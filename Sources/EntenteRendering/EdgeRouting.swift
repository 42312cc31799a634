import Foundation

/// Edges between blocs drawn along the route the layout of the whole gave between their
/// boxes, instead of straight across whatever bloc lies between.
///
/// In that layout each bloc is one box and its edges are routed around the other boxes; an
/// edge from a member then runs straight to its box's side, follows the route, and runs
/// straight from the other box's side to the member at the other end.
enum EdgeRouting {
    typealias Point = LabelPlacement.Point

    /// A Graphviz `pos` for an edge from `tail` to `head` through `route` (the `pos` of the
    /// edge between their boxes): the whole path as short straight pieces, clipped to the
    /// two nodes, with room for the arrowheads asked for.
    static func pos(
        through route: String, from tail: NodeGeometry, to head: NodeGeometry,
        arrowAtHead: Bool, arrowAtTail: Bool, arrowLength: Double
    ) -> String {
        var middle = LabelPlacement.polyline(bezier: points(of: route))
        let start = Point(x: tail.x, y: tail.y), end = Point(x: head.x, y: head.y)
        // Layouts may have drawn the route from the head's box to the tail's (dot reverses
        // edges to break cycles).
        if let first = middle.first, let last = middle.last, distance(first, end) + distance(last, start) < distance(first, start) + distance(last, end) {
            middle.reverse()
        }
        var line = clip([start] + middle + [end], leaving: BoundingBox(around: tail))
        line = clip(line.reversed(), leaving: BoundingBox(around: head)).reversed()
        // Ends touching or the route doubling back into a node: nothing worth drawing by hand.
        let length = zip(line, line.dropFirst()).reduce(0) { $0 + distance($1.0, $1.1) }
        guard length > 2 * arrowLength + 4 else { return "" }
        var tip: Point?, back: Point?
        if arrowAtHead, let last = line.last {
            tip = last
            line = shorten(line.reversed(), by: arrowLength).reversed()
        }
        if arrowAtTail, let first = line.first {
            back = first
            line = shorten(line, by: arrowLength)
        }
        guard let first = line.first, line.count >= 2 else { return "" }
        var bezier = [first]
        for (a, b) in zip(line, line.dropFirst()) {
            bezier += [
                Point(x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3),
                Point(x: a.x + 2 * (b.x - a.x) / 3, y: a.y + 2 * (b.y - a.y) / 3), b,
            ]
        }
        // Graphviz reads the start's arrow before the end's, and drops a `pos` in the other order.
        var parts: [String] = []
        if let back { parts.append("s," + text(back)) }
        if let tip { parts.append("e," + text(tip)) }
        return (parts + bezier.map(text)).joined(separator: " ")
    }

    /// The points of a Graphviz `pos`, without its `e,`/`s,` arrow ends.
    static func points(of pos: String) -> [Point] {
        pos.split(separator: " ").compactMap { token in
            let parts = token.split(separator: ",")
            guard parts.first != "e", parts.first != "s", parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
            return Point(x: x, y: y)
        }
    }

    /// The line from where it last leaves `box` (its first point is inside the box).
    static func clip(_ line: [Point], leaving box: BoundingBox) -> [Point] {
        guard let exit = line.indices.dropFirst().last(where: { !contains(box, line[$0]) && contains(box, line[$0 - 1]) }) else { return line }
        let inside = line[exit - 1], outside = line[exit]
        // Bisection to the box's side.
        var low = 0.0, high = 1.0
        for _ in 0..<30 {
            let mid = (low + high) / 2
            if contains(box, lerp(inside, outside, mid)) { low = mid } else { high = mid }
        }
        return [lerp(inside, outside, high)] + line[exit...]
    }

    /// The line with `length` cut off its start (never all of it).
    static func shorten(_ line: [Point], by length: Double) -> [Point] {
        var remaining = length
        var index = 0
        while index + 1 < line.count - 1, distance(line[index], line[index + 1]) <= remaining {
            remaining -= distance(line[index], line[index + 1])
            index += 1
        }
        let a = line[index], b = line[index + 1]
        let span = distance(a, b)
        let t = span > 0 ? min(remaining / span, 0.9) : 0
        return [lerp(a, b, t)] + line[(index + 1)...]
    }

    private static func contains(_ box: BoundingBox, _ point: Point) -> Bool {
        point.x > box.minX && point.x < box.maxX && point.y > box.minY && point.y < box.maxY
    }

    private static func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point {
        Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }

    private static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    private static func text(_ point: Point) -> String {
        GraphvizUnits.number(point.x) + "," + GraphvizUnits.number(point.y)
    }
}
