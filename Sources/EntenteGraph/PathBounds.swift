/// Limits on how much a path enumeration may list and how long it may search, so that a request
/// such as "every path of up to 50 hops, up to 10^8 of them" is answered with a clear refusal or
/// a cut-short result instead of gigabytes of memory and minutes of work.
public enum PathBounds {
    /// Most paths one listing holds (each is a few hundred bytes with its hops).
    public static let maxListedPaths = 10_000
    /// Most paths a K-shortest search looks for.
    public static let maxK = 1_000
    /// Depth-first steps (neighbour entries looked at) one simple-path search may take:
    /// about a second of work.
    public static let maxSimplePathSteps = 50_000_000
    /// Neighbour entries plus actors that the spur searches of one K-shortest query may visit in
    /// total: a few seconds of work.
    public static let maxSpurWork = 400_000_000

    /// Refuses a request that no search would be allowed to fulfil.
    public static func check(limit: Int? = nil, k: Int? = nil) throws(PathBoundsError) {
        if let limit, limit > maxListedPaths { throw .tooManyPaths(asked: limit, cap: maxListedPaths) }
        if let k, k > maxK { throw .tooManyPaths(asked: k, cap: maxK) }
    }
}

/// Why a path search stopped before it had seen every path.
public enum PathSearchCut: Sendable, Hashable {
    /// It listed as many paths as it was asked for.
    case limit(Int)
    /// It used up its work budget (`PathBounds`); more paths may exist.
    case work
}

public enum PathBoundsError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooManyPaths(asked: Int, cap: Int)

    public var description: String {
        switch self {
        case .tooManyPaths(let asked, let cap):
            "asked for \(asked) paths but a path search lists at most \(cap); ask for fewer, "
                + "or narrow the search with fewer hops or filters"
        }
    }
}
