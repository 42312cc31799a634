import Foundation

/// Derived structures (adjacency per filter, directed relation lists, traversal scratch space)
/// shared by copies of one graph value and rebuilt lazily after a mutation.
///
/// A reference box keeps `KnowledgeGraph` a value type: a mutating copy swaps in a fresh box,
/// so no copy ever sees an index that does not match its relations.
final class GraphCache: @unchecked Sendable {
    // Guards every stored property below; builds run outside the lock so that a slow build of
    // one filter does not block readers of another (two threads may both build; one wins).
    private let lock = NSLock()
    private var adjacencies: [RelationFilter: AdjacencyIndex] = [:]
    private var directedIndex: DirectedIndex?
    private var scratches: [TraversalScratch] = []

    /// Filters kept at once; a CLI asks few, a long-lived process should not grow without bound.
    private static let adjacencyLimit = 8

    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return adjacencies.isEmpty && directedIndex == nil && scratches.isEmpty
    }

    func adjacency(for filter: RelationFilter, build: () -> AdjacencyIndex) -> AdjacencyIndex {
        lock.lock()
        if let found = adjacencies[filter] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let built = build()
        lock.lock()
        defer { lock.unlock() }
        if let raced = adjacencies[filter] { return raced }
        if adjacencies.count >= Self.adjacencyLimit { adjacencies.removeAll() }
        adjacencies[filter] = built
        return built
    }

    func directed(build: () -> DirectedIndex) -> DirectedIndex {
        lock.lock()
        if let found = directedIndex {
            lock.unlock()
            return found
        }
        lock.unlock()
        let built = build()
        lock.lock()
        defer { lock.unlock() }
        if let raced = directedIndex { return raced }
        directedIndex = built
        return built
    }

    /// Lends a scratch area sized for `actorCount`; concurrent queries each get their own.
    func withScratch<R>(actorCount: Int, _ body: (TraversalScratch) throws -> R) rethrows -> R {
        lock.lock()
        let scratch = scratches.popLast() ?? TraversalScratch(capacity: actorCount)
        lock.unlock()
        defer {
            lock.lock()
            scratches.append(scratch)
            lock.unlock()
        }
        return try body(scratch)
    }
}

/// Per-actor marks, distances and parents that traversals reuse without clearing: a mark is
/// valid only when it equals the current generation, so starting a search is O(1), not O(A).
final class TraversalScratch: @unchecked Sendable {
    let capacity: Int
    let mark: UnsafeMutablePointer<UInt32>
    /// A second, independent set of marks (e.g. "next to the target" beside "on the path").
    let mark2: UnsafeMutablePointer<UInt32>
    let distance: UnsafeMutablePointer<Int32>
    let parent: UnsafeMutablePointer<Int32>
    /// Two frontiers for breadth-first search, each able to hold every actor.
    let queue: UnsafeMutablePointer<Int32>
    let queue2: UnsafeMutablePointer<Int32>
    private var generation: UInt32 = 0

    init(capacity: Int) {
        self.capacity = capacity
        let size = max(capacity, 1)
        mark = .allocate(capacity: size)
        mark.initialize(repeating: 0, count: size)
        mark2 = .allocate(capacity: size)
        mark2.initialize(repeating: 0, count: size)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: 0, count: size)
        parent = .allocate(capacity: size)
        parent.initialize(repeating: 0, count: size)
        queue = .allocate(capacity: size)
        queue.initialize(repeating: 0, count: size)
        queue2 = .allocate(capacity: size)
        queue2.initialize(repeating: 0, count: size)
    }

    deinit {
        mark.deallocate()
        mark2.deallocate()
        distance.deallocate()
        parent.deallocate()
        queue.deallocate()
        queue2.deallocate()
    }

    /// Reserves `count` fresh mark values (one per side of a search) and returns the first.
    func nextGeneration(count: UInt32 = 1) -> UInt32 {
        if generation > UInt32.max - count - 1 {
            mark.update(repeating: 0, count: max(capacity, 1))
            mark2.update(repeating: 0, count: max(capacity, 1))
            generation = 0
        }
        let first = generation + 1
        generation += count
        return first
    }
}
