public enum StoreError: Error, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case failed(path: String, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "no store at \(path); create it with 'entente ingest --graph \(path) ARTICLES'"
        case .unreadable(let path, let reason):
            return "cannot open store \(path): \(reason)"
        case .corrupt(let path, let reason):
            return "store \(path) is damaged or not an Entente store: \(reason); restore it from a backup or rebuild it with 'entente ingest'"
        case .failed(let path, let reason):
            return "store \(path): \(reason)"
        case .newerVersion(let path, let found, let supported):
            return "store \(path) was written by a newer Entente (schema \(found); this one reads up to \(supported)); upgrade Entente to read it"
        }
    }

    var reason: String {
        switch self {
        case .notFound: return "not found"
        case .unreadable(_, let reason), .corrupt(_, let reason), .failed(_, let reason): return reason
        case .newerVersion(_, let found, _): return "schema \(found)"
        }
    }
}
