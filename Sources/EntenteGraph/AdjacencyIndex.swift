/// Undirected neighbour lists in compressed sparse rows over the relations a filter admits:
/// the shape every traversal walks. Parallel relations between two actors collapse into one
/// neighbour entry that lists them, so a path is a sequence of actors, never of relations.
///
/// Memory: 4 bytes per actor, about 8 bytes per distinct neighbour pair and 8 per admitted
/// relation (each is listed from both ends).
public final class AdjacencyIndex: Sendable {
    public let filter: RelationFilter
    public let actorCount: Int
    /// Neighbour entries of actor `a` are `neighbourStart[a] ..< neighbourStart[a + 1]`.
    let neighbourStart: Int32Column
    /// Neighbour actor per entry, ascending within an actor.
    let neighbour: Int32Column
    /// Relations of entry `e` are `relation[relationStart[e] ..< relationStart[e + 1]]`, ascending.
    let relationStart: Int32Column
    let relation: Int32Column

    /// An index read in place from a graph file, whose columns the caller has validated.
    init(filter: RelationFilter, actorCount: Int, neighbourStart: Int32Column, neighbour: Int32Column,
         relationStart: Int32Column, relation: Int32Column) {
        self.filter = filter
        self.actorCount = actorCount
        self.neighbourStart = neighbourStart
        self.neighbour = neighbour
        self.relationStart = relationStart
        self.relation = relation
    }

    /// Distinct (actor, neighbour) pairs counted from both ends.
    public var entryCount: Int { neighbour.count }

    /// - Complexity: O(R + A) by two counting-sort passes (no comparison sort); with a minimum
    ///   evidence count above 1, plus hashing the evidence of every admitted relation.
    init(_ graph: KnowledgeGraph, filter: RelationFilter) {
        self.filter = filter
        let actorCount = graph.actorCount
        self.actorCount = actorCount
        let compiled = CompiledFilter(filter, graph: graph)
        let relationCount = graph.relationCount

        var admitted = [Bool](repeating: false, count: relationCount)
        var degree = [Int32](repeating: 0, count: actorCount + 1)
        graph.sources.withUnsafeBufferPointer { sources in
            graph.targets.withUnsafeBufferPointer { targets in
                for r in 0..<relationCount {
                    let s = sources[r], t = targets[r]
                    if compiled.admits(r, in: graph, source: s, target: t) {
                        admitted[r] = true
                        degree[Int(s)] &+= 1
                        degree[Int(t)] &+= 1
                    }
                }
            }
        }
        // Prefix sums: bucket a spans start[a] ..< start[a + 1].
        var start = [Int32](repeating: 0, count: actorCount + 1)
        var running: Int32 = 0
        for a in 0..<actorCount {
            start[a] = running
            running &+= degree[a]
        }
        start[actorCount] = running
        let total = Int(running)

        // Pass 1 buckets each relation under its other endpoint, in relation order; pass 2 walks
        // those buckets in actor order, so every final bucket comes out sorted by
        // (neighbour, relation) without a comparison sort.
        var firstOther = [Int32](repeating: 0, count: total)
        var firstRelation = [Int32](repeating: 0, count: total)
        var cursor = start
        graph.sources.withUnsafeBufferPointer { sources in
            graph.targets.withUnsafeBufferPointer { targets in
                for r in 0..<relationCount where admitted[r] {
                    let s = Int(sources[r]), t = Int(targets[r])
                    let ps = Int(cursor[s]), pt = Int(cursor[t])
                    firstOther[pt] = Int32(s)
                    firstRelation[pt] = Int32(r)
                    firstOther[ps] = Int32(t)
                    firstRelation[ps] = Int32(r)
                    cursor[s] &+= 1
                    cursor[t] &+= 1
                }
            }
        }
        admitted = []
        var sortedOther = [Int32](repeating: 0, count: total)
        var sortedRelation = [Int32](repeating: 0, count: total)
        cursor = start
        for b in 0..<actorCount {
            for p in Int(start[b])..<Int(start[b + 1]) {
                let a = Int(firstOther[p])
                let q = Int(cursor[a])
                sortedOther[q] = Int32(b)
                sortedRelation[q] = firstRelation[p]
                cursor[a] &+= 1
            }
        }
        firstOther = []
        firstRelation = []

        // Collapse runs of one neighbour into an entry; drop pairs short of evidence.
        let minimumEvidence = filter.minimumEvidence
        var neighbourStart = [Int32](repeating: 0, count: actorCount + 1)
        var neighbour: [Int32] = []
        neighbour.reserveCapacity(total)
        var relationStart: [Int32] = []
        relationStart.reserveCapacity(total + 1)
        var relation: [Int32]
        if minimumEvidence <= 1 {
            relation = sortedRelation
        } else {
            relation = []
            relation.reserveCapacity(total)
        }
        for a in 0..<actorCount {
            neighbourStart[a] = Int32(neighbour.count)
            var p = Int(start[a])
            let end = Int(start[a + 1])
            while p < end {
                let b = sortedOther[p]
                var q = p + 1
                while q < end && sortedOther[q] == b { q += 1 }
                if minimumEvidence <= 1 {
                    neighbour.append(b)
                    relationStart.append(Int32(p))
                } else {
                    var evidence = Set<Evidence>()
                    for i in p..<q { evidence.insert(graph.relations[Int(sortedRelation[i])].evidence) }
                    if evidence.count >= minimumEvidence {
                        neighbour.append(b)
                        relationStart.append(Int32(relation.count))
                        relation.append(contentsOf: sortedRelation[p..<q])
                    }
                }
                p = q
            }
        }
        neighbourStart[actorCount] = Int32(neighbour.count)
        relationStart.append(Int32(relation.count))
        self.neighbourStart = Int32Column(neighbourStart)
        self.neighbour = Int32Column(neighbour)
        self.relationStart = Int32Column(relationStart)
        self.relation = Int32Column(relation)
    }

    /// Distinct neighbours of an actor, ascending.
    /// - Complexity: O(degree).
    public func neighbours(of actor: ActorIndex) -> [ActorIndex] {
        Array(neighbour[Int(neighbourStart[Int(actor)])..<Int(neighbourStart[Int(actor) + 1])])
    }

    /// Number of distinct neighbours.
    /// - Complexity: O(1).
    public func degree(of actor: ActorIndex) -> Int {
        Int(neighbourStart[Int(actor) + 1] - neighbourStart[Int(actor)])
    }

    /// Admitted relations between two actors in either direction, ascending; empty if none.
    /// - Complexity: O(log degree + number of relations).
    public func relations(between a: ActorIndex, and b: ActorIndex) -> [RelationIndex] {
        guard let entry = entry(from: a, to: b) else { return [] }
        return relations(ofEntry: entry)
    }

    func relations(ofEntry entry: Int) -> [RelationIndex] {
        Array(relation[Int(relationStart[entry])..<Int(relationStart[entry + 1])])
    }

    func relationCount(ofEntry entry: Int) -> Int {
        Int(relationStart[entry + 1] - relationStart[entry])
    }

    /// The entry index of neighbour `b` in `a`'s list, by binary search.
    func entry(from a: ActorIndex, to b: ActorIndex) -> Int? {
        guard a >= 0, Int(a) < actorCount else { return nil }
        var low = Int(neighbourStart[Int(a)]), high = Int(neighbourStart[Int(a) + 1])
        while low < high {
            let mid = (low + high) / 2
            if neighbour[mid] < b { low = mid + 1 } else { high = mid }
        }
        return low < Int(neighbourStart[Int(a) + 1]) && neighbour[low] == b ? low : nil
    }

    func contains(_ actor: ActorIndex) -> Bool { actor >= 0 && Int(actor) < actorCount }
}

/// Relations by source and by target, in compressed sparse rows, for `outgoingRelations` and
/// `incomingRelations`.
final class DirectedIndex: Sendable {
    let outStart: Int32Column
    let outRelation: Int32Column
    let inStart: Int32Column
    let inRelation: Int32Column

    /// - Complexity: O(R + A).
    init(sources: [ActorIndex], targets: [ActorIndex], actorCount: Int) {
        let out = Self.bucket(sources, actorCount: actorCount), into = Self.bucket(targets, actorCount: actorCount)
        (outStart, outRelation) = (Int32Column(out.0), Int32Column(out.1))
        (inStart, inRelation) = (Int32Column(into.0), Int32Column(into.1))
    }

    /// An index read in place from a graph file, whose columns the caller has validated.
    init(outStart: Int32Column, outRelation: Int32Column, inStart: Int32Column, inRelation: Int32Column) {
        self.outStart = outStart
        self.outRelation = outRelation
        self.inStart = inStart
        self.inRelation = inRelation
    }

    private static func bucket(_ keys: [ActorIndex], actorCount: Int) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: actorCount + 1)
        for key in keys { start[Int(key) + 1] &+= 1 }
        for a in 0..<actorCount { start[a + 1] &+= start[a] }
        var cursor = start
        var items = [Int32](repeating: 0, count: keys.count)
        for (r, key) in keys.enumerated() {
            items[Int(cursor[Int(key)])] = Int32(r)
            cursor[Int(key)] &+= 1
        }
        return (start, items)
    }

    func outgoing(of actor: ActorIndex) -> [RelationIndex] {
        guard actor >= 0, Int(actor) + 1 < outStart.count else { return [] }
        return Array(outRelation[Int(outStart[Int(actor)])..<Int(outStart[Int(actor) + 1])])
    }

    func incoming(of actor: ActorIndex) -> [RelationIndex] {
        guard actor >= 0, Int(actor) + 1 < inStart.count else { return [] }
        return Array(inRelation[Int(inStart[Int(actor)])..<Int(inStart[Int(actor) + 1])])
    }
}
