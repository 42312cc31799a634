import Foundation
import Testing

@testable import EntenteServe

/// The render queue: one layout at a time, answers kept within a count and a byte budget.
@Suite("Render queue")
struct RenderQueueTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var running = 0
        private(set) var calls = 0
        private(set) var mostAtOnce = 0

        func enter() {
            lock.lock()
            running += 1
            calls += 1
            mostAtOnce = max(mostAtOnce, running)
            lock.unlock()
        }

        func leave() {
            lock.lock()
            running -= 1
            lock.unlock()
        }
    }

    @Test("concurrent requests run one at a time, and identical ones are made once")
    func serialAndShared() async throws {
        let queue = RenderQueue()
        let counter = Counter()
        let answers = try await withThrowingTaskGroup(of: Data.self) { group in
            for n in 0..<40 {
                group.addTask {
                    try await queue.answer(for: "view-\(n % 5)") {
                        counter.enter()
                        defer { counter.leave() }
                        Thread.sleep(forTimeInterval: 0.005)
                        return Data("answer \(n % 5)".utf8)
                    }
                }
            }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(answers.count == 40)
        #expect(counter.mostAtOnce == 1, "never two layouts at once")
        #expect(counter.calls == 5, "each distinct view is laid out once")
    }

    @Test("the oldest answers go first when the count or the byte budget is exceeded")
    func eviction() async throws {
        let queue = RenderQueue(capacity: 2, byteBudget: 100)
        for key in ["a", "b", "c"] { _ = try await queue.answer(for: key) { Data(repeating: 1, count: 10) } }
        #expect(queue.cached("a") == nil && queue.cached("b") != nil && queue.cached("c") != nil)
        _ = try await queue.answer(for: "big") { Data(repeating: 1, count: 95) }
        #expect(queue.cached("b") == nil && queue.cached("c") == nil && queue.cached("big") != nil)
        _ = try await queue.answer(for: "huge") { Data(repeating: 1, count: 500) }
        #expect(queue.cached("huge") == nil, "an answer larger than the budget is served but not kept")
    }

    @Test("a failed render is reported and not kept")
    func failures() async throws {
        let queue = RenderQueue()
        await #expect(throws: APIError.self) {
            try await queue.answer(for: "bad") { throw APIError.badRequest("no") }
        }
        #expect(queue.cached("bad") == nil)
    }
}
