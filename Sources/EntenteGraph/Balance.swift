/// A signed tie: cooperation outweighs conflict (`positive`) or the reverse.
public struct SignedTie: Sendable, Hashable {
    /// `a < b`.
    public var a: ActorIndex
    public var b: ActorIndex
    public var positive: Bool
    /// Sum of the Goldstein weights of the admitted cooperation and conflict relations.
    public var netWeight: Double
}

/// Three actors tied pairwise with an odd number of hostile ties: two friends at odds with
/// each other's friend ("the friend of my friend is my enemy"), or three mutual enemies
/// (nobody's enemy's enemy is their friend).
public struct UnbalancedTriad: Sendable, Hashable {
    /// Ascending.
    public var actors: [ActorIndex]
    /// The three ties: (0,1), (0,2), (1,2).
    public var ties: [SignedTie]
    /// How many of the three ties are hostile: 1 or 3.
    public var hostileCount: Int
}

public struct BalanceReport: Sendable, Hashable {
    /// Triads (closed triangles of signed ties) in the filtered graph.
    public var triadCount: Int
    public var unbalancedCount: Int
    /// The first `limit` unbalanced triads by actor indices.
    public var unbalanced: [UnbalancedTriad]
    /// A two-faction split of the actors with signed ties, each ascending: cooperation should
    /// fall within a faction, conflict across.
    public var factions: [[ActorIndex]]
    /// Ties that contradict the split: cooperation across factions, conflict within one.
    public var frustrated: [SignedTie]
    /// Signed ties in all.
    public var tieCount: Int
}

extension KnowledgeGraph {
    /// Structural balance of the signed graph. A tie's sign is the sign of the net Goldstein
    /// weight of the cooperation and conflict relations between two actors (affiliation and
    /// zero-sum ties are left out). Reports unbalanced triads and a two-faction split found by
    /// a spanning-tree colouring followed by greedy single-actor moves, which reach a local
    /// minimum of frustration (the exact minimum is NP-hard).
    /// - Complexity: O(R^1.5) for triads (ordered by degree), plus O(rounds · R) for the split.
    public func balance(filter: RelationFilter = .all, limit: Int = 100, rounds: Int = 20) -> BalanceReport {
        let index = adjacency(for: filter.restricted(to: [.cooperation, .conflict]))
        // Signed neighbour lists, zero-weight ties dropped.
        var signedStart = [Int](repeating: 0, count: actorCount + 1)
        var signedNeighbour: [ActorIndex] = []
        var signedWeight: [Double] = []
        for a in 0..<actorCount {
            signedStart[a] = signedNeighbour.count
            for entry in Int(index.neighbourStart[a])..<Int(index.neighbourStart[a + 1]) {
                var net = 0.0
                for r in Int(index.relationStart[entry])..<Int(index.relationStart[entry + 1]) {
                    net += relations[Int(index.relation[r])].kind.weight
                }
                if net != 0 {
                    signedNeighbour.append(index.neighbour[entry])
                    signedWeight.append(net)
                }
            }
        }
        signedStart[actorCount] = signedNeighbour.count
        func tie(_ x: ActorIndex, _ y: ActorIndex, _ w: Double) -> SignedTie {
            SignedTie(a: min(x, y), b: max(x, y), positive: w > 0, netWeight: w)
        }

        // Triads: orient each tie from lower to higher (degree, index) rank so that each
        // triangle is found once, from its lowest-ranked corner.
        let degree = (0..<actorCount).map { signedStart[$0 + 1] - signedStart[$0] }
        func ranksBelow(_ x: Int, _ y: Int) -> Bool { degree[x] != degree[y] ? degree[x] < degree[y] : x < y }
        var triadCount = 0, unbalancedCount = 0
        var unbalanced: [UnbalancedTriad] = []
        var markWeight = [Double](repeating: 0, count: actorCount)
        var marked = [Bool](repeating: false, count: actorCount)
        for u in 0..<actorCount {
            for i in signedStart[u]..<signedStart[u + 1] where ranksBelow(u, Int(signedNeighbour[i])) {
                marked[Int(signedNeighbour[i])] = true
                markWeight[Int(signedNeighbour[i])] = signedWeight[i]
            }
            for i in signedStart[u]..<signedStart[u + 1] where ranksBelow(u, Int(signedNeighbour[i])) {
                let v = Int(signedNeighbour[i])
                for j in signedStart[v]..<signedStart[v + 1] {
                    let w = Int(signedNeighbour[j])
                    guard marked[w], ranksBelow(v, w) else { continue }
                    triadCount += 1
                    let weights = [signedWeight[i], markWeight[w], signedWeight[j]]
                    let hostile = weights.filter { $0 < 0 }.count
                    guard hostile % 2 == 1 else { continue }
                    unbalancedCount += 1
                    var corners = [ActorIndex(u), ActorIndex(v), ActorIndex(w)]
                    let pairs = [(ActorIndex(u), ActorIndex(v), weights[0]), (ActorIndex(u), ActorIndex(w), weights[1]),
                                 (ActorIndex(v), ActorIndex(w), weights[2])]
                    corners.sort()
                    let ties = pairs.map { tie($0.0, $0.1, $0.2) }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
                    unbalanced.append(UnbalancedTriad(actors: corners, ties: ties, hostileCount: hostile))
                }
            }
            for i in signedStart[u]..<signedStart[u + 1] { marked[Int(signedNeighbour[i])] = false }
        }
        unbalanced.sort { $0.actors.lexicographicallyPrecedes($1.actors) }
        if unbalanced.count > limit { unbalanced.removeSubrange(limit...) }

        // Split: colour each component along a breadth-first tree, then move single actors
        // while a move lowers the number of frustrated ties.
        var side = [Int8](repeating: -1, count: actorCount)
        var queue: [Int] = []
        for root in 0..<actorCount where side[root] < 0 && degree[root] > 0 {
            side[root] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(root)
            var head = 0
            while head < queue.count {
                let x = queue[head]
                head += 1
                for i in signedStart[x]..<signedStart[x + 1] where side[Int(signedNeighbour[i])] < 0 {
                    let y = Int(signedNeighbour[i])
                    side[y] = signedWeight[i] > 0 ? side[x] : 1 - side[x]
                    queue.append(y)
                }
            }
        }
        func frustration(of x: Int, on s: Int8) -> Int {
            var count = 0
            for i in signedStart[x]..<signedStart[x + 1] {
                let same = side[Int(signedNeighbour[i])] == s
                if (signedWeight[i] > 0) != same { count += 1 }
            }
            return count
        }
        for _ in 0..<rounds {
            var moved = false
            for x in 0..<actorCount where side[x] >= 0 {
                if frustration(of: x, on: 1 - side[x]) < frustration(of: x, on: side[x]) {
                    side[x] = 1 - side[x]
                    moved = true
                }
            }
            if !moved { break }
        }
        var factions: [[ActorIndex]] = [[], []]
        var frustrated: [SignedTie] = []
        var tieCount = 0
        for x in 0..<actorCount where side[x] >= 0 {
            factions[Int(side[x])].append(ActorIndex(x))
            for i in signedStart[x]..<signedStart[x + 1] where x < Int(signedNeighbour[i]) {
                tieCount += 1
                let y = Int(signedNeighbour[i])
                if (signedWeight[i] > 0) != (side[x] == side[y]) {
                    frustrated.append(tie(ActorIndex(x), ActorIndex(y), signedWeight[i]))
                }
            }
        }
        return BalanceReport(
            triadCount: triadCount, unbalancedCount: unbalancedCount, unbalanced: unbalanced,
            factions: factions, frustrated: frustrated, tieCount: tieCount)
    }
}
