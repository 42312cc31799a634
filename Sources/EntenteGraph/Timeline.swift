import Foundation

/// Events per week or month for one actor or a pair: counts by QuadClass and mean Goldstein.
public struct Timeline: Sendable, Equatable {
    public enum Period: String, Sendable, CaseIterable { case week, month }

    public struct Bucket: Sendable, Equatable, Codable {
        /// `yyyy-MM` or ISO week `yyyy-Www`.
        public var period: String
        public var events: Int
        /// Counts for QuadClass 1 (verbal cooperation) to 4 (material conflict), index 0 to 3.
        public var quadClasses: [Int]
        public var meanGoldstein: Double
    }

    public var buckets: [Bucket]
    /// Events that matched the actors but have no date, so sit in no period.
    public var undated: Int

    /// Events (affiliations aside) whose endpoints include `actor`, or are exactly the pair
    /// `actor`–`other` in either direction, that `filter` admits.
    public init(_ graph: KnowledgeGraph, actor: String, other: String? = nil, period: Period, filter: RelationFilter = .all) {
        var sums: [String: (count: Int, quads: [Int], goldstein: Double)] = [:]
        var undated = 0
        for relation in graph.relations where filter.admits(relation) && relation.kind.quadClass > 0 {
            let ends = [relation.source, relation.target]
            guard ends.contains(actor), other.map({ ends.contains($0) && relation.source != relation.target }) ?? true else { continue }
            guard let date = relation.evidence.date, let key = Self.key(date, period) else {
                undated += 1
                continue
            }
            var sum = sums[key] ?? (0, [0, 0, 0, 0], 0)
            sum.count += 1
            sum.quads[relation.kind.quadClass - 1] += 1
            sum.goldstein += relation.kind.weight
            sums[key] = sum
        }
        buckets = sums.keys.sorted().map { key in
            let sum = sums[key]!
            return Bucket(period: key, events: sum.count, quadClasses: sum.quads, meanGoldstein: sum.goldstein / Double(sum.count))
        }
        self.undated = undated
    }

    static func key(_ date: String, _ period: Period) -> String? {
        guard CalendarDate.isValid(String(date.prefix(10))) else { return nil }
        if period == .month { return String(date.prefix(7)) }
        let parts = date.prefix(10).split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        let week = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: day)
        guard let year = week.yearForWeekOfYear, let number = week.weekOfYear else { return nil }
        return String(format: "%04d-W%02d", year, number)
    }
}
