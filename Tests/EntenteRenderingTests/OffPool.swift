import Dispatch

/// Runs long synchronous Graphviz work on a dispatch thread and waits for it without holding
/// a thread of Swift's cooperative pool.
///
/// Graphviz is serialised behind one lock, and a test that lays out dozens of diagrams holds
/// a pool thread for minutes; on a two-core machine two such tests (one working, one waiting
/// for the lock) take the whole pool, and the serve tests' HTTP handlers in the same process
/// stop answering. Issues are recorded back on the test's own task, so the work returns
/// findings instead of calling `#expect`.
enum OffPool {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
