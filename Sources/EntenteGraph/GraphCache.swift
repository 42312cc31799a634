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
    /// The last filter asked for: comparing it is cheaper than hashing sets of enums, and
    /// query loops ask for the same filter again and again.
    private var recent: AdjacencyIndex?

    /// Filters kept at once; a CLI asks few, a long-lived process should not grow without bound.
    private static let adjacencyLimit = 8

    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return adjacencies.isEmpty && directedIndex == nil && scratches.isEmpty
    }

    func adjacency(for filter: RelationFilter, build: () -> AdjacencyIndex) -> AdjacencyIndex {
        lock.lock()
        if let recent, recent.filter == filter {
            lock.unlock()
            return recent
        }
        if let found = adjacencies[filter] {
            recent = found
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
        recent = built
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

    /// Allocates and touches one scratch area now, so the first query does not pay for
    /// page faults across per-actor arrays.
    func warmScratch(actorCount: Int) {
        let scratch = TraversalScratch(capacity: actorCount)
        scratch.touch()
        lock.lock()
        scratches.append(scratch)
        lock.unlock()
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
    /// Mark (high 32 bits) and distance (low 32 bits) in one word, so that the hot loop of a
    /// bidirectional search touches one cache line per actor instead of two.
    let tagged: UnsafeMutablePointer<UInt64>
    let parent: UnsafeMutablePointer<Int32>
    /// Two frontiers for breadth-first search, each able to hold every actor.
    let queue: UnsafeMutablePointer<Int32>
    let queue2: UnsafeMutablePointer<Int32>
    private var generation: UInt32 = 0

    init(capacity: Int) {
        self.capacity = capacity
        let size = max(capacity, 1)
        // Marks must start at zero; calloc hands back untouched zero pages for large sizes, so a
        // first query pays only for the pages it visits. Distances, parents and queues are always
        // written before they are read and need no initial value.
        mark = Self.zeroed(size)
        mark2 = Self.zeroed(size)
        tagged = (calloc(size, MemoryLayout<UInt64>.stride) ?? UnsafeMutableRawPointer(UnsafeMutablePointer<UInt64>.allocate(capacity: size)))
            .bindMemory(to: UInt64.self, capacity: size)
        distance = .allocate(capacity: size)
        parent = .allocate(capacity: size)
        queue = .allocate(capacity: size)
        queue2 = .allocate(capacity: size)
    }

    private static func zeroed(_ count: Int) -> UnsafeMutablePointer<UInt32> {
        if let raw = calloc(count, MemoryLayout<UInt32>.stride) {
            return raw.bindMemory(to: UInt32.self, capacity: count)
        }
        let pointer = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        pointer.initialize(repeating: 0, count: count)
        return pointer
    }

    deinit {
        free(mark)
        free(mark2)
        free(tagged)
        distance.deallocate()
        parent.deallocate()
        queue.deallocate()
        queue2.deallocate()
    }

    /// Writes every page once.
    func touch() {
        let size = max(capacity, 1)
        mark.update(repeating: 0, count: size)
        mark2.update(repeating: 0, count: size)
        tagged.update(repeating: 0, count: size)
        distance.initialize(repeating: 0, count: size)
        parent.initialize(repeating: 0, count: size)
        queue.initialize(repeating: 0, count: size)
        queue2.initialize(repeating: 0, count: size)
    }

    /// Reserves `count` fresh mark values (one per side of a search) and returns the first.
    func nextGeneration(count: UInt32 = 1) -> UInt32 {
        if generation > UInt32.max - count - 1 {
            mark.update(repeating: 0, count: max(capacity, 1))
            mark2.update(repeating: 0, count: max(capacity, 1))
            tagged.update(repeating: 0, count: max(capacity, 1))
            generation = 0
        }
        let first = generation + 1
        generation += count
        return first
    }
}
