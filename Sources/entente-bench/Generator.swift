import EntenteGraph
import Foundation

/// SplitMix64: tiny, seedable, and the same on every platform, so a seed names a data set.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A signed multigraph whose endpoints follow a power law (Chung–Lu style: actor i is drawn
/// with probability proportional to (i + 10)^-0.7), written as `actors.csv` and
/// `relations.csv`, plus `pairs.txt` with the query pairs the benchmark uses.
enum Generator {
    static func run(actors: Int, relations: Int, seed: UInt64, directory: URL) throws {
        var random = SplitMix64(state: seed)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let kinds = ActorKind.allCases.map(\.rawValue)
        var actorText = "id,name,type\n"
        actorText.reserveCapacity(actors * 28)
        for i in 0..<actors {
            actorText += "a\(i),Actor \(i),\(kinds[random.below(kinds.count)])\n"
        }
        try Data(actorText.utf8).write(to: directory.appendingPathComponent("actors.csv"))

        var cumulative = [Double](repeating: 0, count: actors)
        var total = 0.0
        for i in 0..<actors {
            total += pow(Double(i) + 10, -0.7)
            cumulative[i] = total
        }
        func draw() -> Int {
            let x = random.unit() * total
            var low = 0, high = actors - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] < x { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let cooperation = RelationKind.allCases.filter { $0.polarity == .cooperation }
        let conflict = RelationKind.allCases.filter { $0.polarity == .conflict }
        let affiliation = RelationKind.allCases.filter { $0.polarity == .affiliation }
        let handle = try FileHandle(forWritingTo: create(directory.appendingPathComponent("relations.csv")))
        var chunk = "source,target,kind,polarity,weight\n"
        for _ in 0..<relations {
            let s = draw()
            var t = draw()
            while t == s { t = draw() }
            let p = random.unit()
            let family = p < 0.55 ? cooperation : (p < 0.95 ? conflict : affiliation)
            let kind = family[random.below(family.count)]
            chunk += "a\(s),a\(t),\(kind.rawValue),\(kind.polarity.rawValue),\(kind.weight)\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()

        // Query pairs: 100 for shortest paths, 20 for simple path counts, 100 centres.
        var pairs = ""
        for label in ["path", "simple"] {
            for _ in 0..<(label == "path" ? 100 : 20) {
                pairs += "\(label) a\(random.below(actors)) a\(random.below(actors))\n"
            }
        }
        for _ in 0..<100 { pairs += "centre a\(random.below(actors))\n" }
        try Data(pairs.utf8).write(to: directory.appendingPathComponent("pairs.txt"))
    }

    private static func create(_ url: URL) -> URL {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        return url
    }
}
