/// Where the legend panel goes: in a free corner or side of the drawing when one has room,
/// else beside or below it; set in one, two or three columns, whichever lets the whole print
/// largest on A4.
///
/// A legend beside the sample overview took a sixth of its width, so everything else printed
/// a sixth smaller; force-directed layouts leave empty corners that can hold it instead.
extension SidePanel {
    /// What a panel must not cover: nodes, bloc frames, labels, the heading, and the lines.
    struct Occupied: Sendable {
        var boxes: [BoundingBox] = []
        var lines: [[LabelPlacement.Point]] = []

        /// Whether `frame` touches nothing drawn.
        func isFree(_ frame: BoundingBox) -> Bool {
            if boxes.contains(where: { $0.overlaps(frame) }) { return false }
            for line in lines {
                for (a, b) in zip(line, line.dropFirst()) where Self.segment(a, b, crosses: frame) { return false }
            }
            return true
        }

        /// Liang–Barsky clipping: whether any part of the segment lies inside the box.
        static func segment(_ a: LabelPlacement.Point, _ b: LabelPlacement.Point, crosses box: BoundingBox) -> Bool {
            let dx = b.x - a.x, dy = b.y - a.y
            var enter = 0.0, leave = 1.0
            for (p, q) in [(-dx, a.x - box.minX), (dx, box.maxX - a.x), (-dy, a.y - box.minY), (dy, box.maxY - a.y)] {
                if p == 0 {
                    if q < 0 { return false }
                } else {
                    let t = q / p
                    if p < 0 { enter = max(enter, t) } else { leave = min(leave, t) }
                    if enter > leave { return false }
                }
            }
            return true
        }
    }

    /// Column counts tried.
    static let columnChoices = 1...3
    /// Places tried along each side of the drawing.
    static let stepsPerSide = 12
    /// Room kept between the panel and anything drawn, in points.
    static let clearance = 8.0

    /// The panel shaped and placed so the drawing with it prints largest on A4: inside the
    /// drawing when a free spot along its sides holds it (fewest columns, nearest a corner
    /// first), else beside or below it.
    func settled(in box: BoundingBox, avoiding occupied: Occupied) -> SidePanel {
        var best: (panel: SidePanel, scale: Double, rank: Double)?
        func consider(_ panel: SidePanel, rank: Double) {
            let whole = box.union(panel.frame(beside: box))
            let scale = PrintedSize(width: whole.width, height: whole.height, fontSize: 1).scale
            if let current = best, scale < current.scale + 1e-9 && (scale < current.scale - 1e-9 || rank >= current.rank) { return }
            best = (panel, scale, rank)
        }
        var seen: Set<Int> = []
        for columns in Self.columnChoices {
            var shaped = self
            shaped.columns = columns
            shaped.fixedOrigin = nil
            // Three columns of a four-row panel are two columns again.
            guard seen.insert(shaped.rowsPerColumn).inserted else { continue }
            let (width, height) = shaped.size
            for origin in Self.insideOrigins(of: box, width: width, height: height) {
                let frame = BoundingBox(minX: origin.left, minY: origin.top - height, maxX: origin.left + width, maxY: origin.top)
                guard occupied.isFree(frame.inflated(by: Self.clearance)) else { continue }
                var inside = shaped
                inside.fixedOrigin = origin
                // Nearest a corner first, then fewest columns; outside places rank last.
                let corner = min(origin.left - box.minX, box.maxX - origin.left - width) / max(box.width, 1)
                    + min(box.maxY - origin.top, origin.top - height - box.minY) / max(box.height, 1)
                consider(inside, rank: Double(columns) + corner)
            }
            consider(shaped, rank: 10 + Double(columns))
        }
        return best?.panel ?? self
    }

    /// Top-left corners for a `width` × `height` panel along the inside of each side of `box`.
    private static func insideOrigins(of box: BoundingBox, width: Double, height: Double) -> [(left: Double, top: Double)] {
        let inset = clearance
        let minLeft = box.minX + inset, maxLeft = box.maxX - inset - width
        let minTop = box.minY + inset + height, maxTop = box.maxY - inset
        guard minLeft <= maxLeft, minTop <= maxTop else { return [] }
        var origins: [(left: Double, top: Double)] = []
        for step in 0...stepsPerSide {
            let t = Double(step) / Double(stepsPerSide)
            let left = minLeft + t * (maxLeft - minLeft), top = maxTop - t * (maxTop - minTop)
            origins += [(left, maxTop), (left, minTop), (minLeft, top), (maxLeft, top)]
        }
        return origins
    }
}
