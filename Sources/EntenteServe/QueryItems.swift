import Foundation

/// The query string of one API request, checked against the names an endpoint accepts.
///
/// Names are the CLI's long option names (`min-evidence`, `max-hops`), so a request reads like
/// the command it stands for. An unknown or repeated name is a 400, not silently ignored: a
/// typo in a filter would otherwise return the unfiltered graph as if it were the answer.
public struct QueryItems: Sendable, Hashable {
    public private(set) var values: [String: String]

    /// The longest value accepted; names and dates are short, and this bounds the work one request can ask for.
    static let maximumValueLength = 2_000

    public init(_ pairs: [(String, String)], allowed: Set<String>) throws(APIError) {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw .badRequest(
                    "unknown parameter '\(Self.clip(name))'; this endpoint takes: \(known.isEmpty ? "no parameters" : known)"
                )
            }
            guard values[name] == nil else { throw .badRequest("parameter '\(name)' is given twice; give it once") }
            guard value.count <= Self.maximumValueLength else {
                throw .badRequest("parameter '\(name)' is longer than \(Self.maximumValueLength) characters")
            }
            values[name] = value
        }
        self.values = values
    }

    public subscript(name: String) -> String? { values[name] }

    /// A key that is the same for the same question however the parameters were ordered.
    public var canonical: String {
        values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }.joined(separator: "&")
    }

    /// A value short enough to quote in an error message.
    public static func clip(_ text: String) -> String { text.count > 60 ? String(text.prefix(60)) + "…" : text }
}
