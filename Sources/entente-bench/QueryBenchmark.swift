import EntenteGraph
import Foundation

/// Times the library on the generated files and prints one JSON object: seconds per phase
/// and every answer, for `scripts/bench_queries.py` to compare with NetworkX and igraph.
enum QueryBenchmark {
    static func run(directory: URL) throws {
        var timings: [(String, Double)] = []
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try body()
            timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let graph = try time("load") {
            let graph = try GraphImport.load(
                actors: directory.appendingPathComponent("actors.csv"),
                relations: directory.appendingPathComponent("relations.csv"))
            // Index the unfiltered graph as part of loading, as igraph does when it builds a graph.
            graph.prepareForQueries()
            return graph
        }
        var paths: [(ActorIndex, ActorIndex)] = [], simple: [(ActorIndex, ActorIndex)] = [], centres: [ActorIndex] = []
        let lines = try String(contentsOf: directory.appendingPathComponent("pairs.txt"), encoding: .utf8)
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            let ids = parts.dropFirst().compactMap { graph.index(ofID: $0) }
            switch parts.first {
            case "path": paths.append((ids[0], ids[1]))
            case "simple": simple.append((ids[0], ids[1]))
            default: centres.append(ids[0])
            }
        }
        let lengths = time("shortest_paths") { paths.map { graph.shortestPathLength(from: $0.0, to: $0.1) ?? -1 } }
        if ProcessInfo.processInfo.environment["ENTENTE_BENCH_PROBE"] != nil {
            for _ in 0..<3 {
                var t0 = DispatchTime.now().uptimeNanoseconds
                for pair in paths { _ = graph.shortestPathLength(from: pair.0, to: pair.0) }
                var t1 = DispatchTime.now().uptimeNanoseconds
                FileHandle.standardError.write(Data("overhead per call: \(Double(t1 - t0) / 100) ns\n".utf8))
                t0 = DispatchTime.now().uptimeNanoseconds
                for pair in paths { _ = graph.shortestPathLength(from: pair.0, to: pair.1) }
                t1 = DispatchTime.now().uptimeNanoseconds
                FileHandle.standardError.write(Data("query: \(Double(t1 - t0) / 100) ns\n".utf8))
            }
            for pair in paths.prefix(10) {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let length = graph.shortestPathLength(from: pair.0, to: pair.1) ?? -1
                let t1 = DispatchTime.now().uptimeNanoseconds
                let index = graph.adjacency(for: .all)
                FileHandle.standardError.write(Data("len \(length) deg \(index.degree(of: pair.0)) \(index.degree(of: pair.1)): \(t1 - t0) ns\n".utf8))
            }
        }
        let counts = time("simple_paths_3") { simple.map { graph.simplePathCount(from: $0.0, to: $0.1, maxHops: 3).count } }
        let sizes = time("neighbourhood_2") { centres.map { graph.neighbourhoodSize(of: $0, depth: 2) } }
        let cooperation = RelationFilter(polarities: [.cooperation])
        let components = time("coop_components") { graph.componentSizes(filter: cooperation) }

        let snapshot = directory.appendingPathComponent("graph.entente-bin")
        try time("snapshot_save") { try BinarySnapshot.save(graph, to: snapshot) }
        let reloaded = try time("snapshot_load") { try BinarySnapshot.load(from: snapshot) }
        guard reloaded.relationCount == graph.relationCount else {
            throw BenchError(message: "snapshot round trip lost relations")
        }

        var json = "{\n"
        json += "  \"actors\": \(graph.actorCount), \"relations\": \(graph.relationCount),\n"
        json += "  \"rss_bytes\": \(residentBytes()),\n"
        json += "  \"timings\": {" + timings.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "},\n"
        json += "  \"path_lengths\": \(lengths),\n"
        json += "  \"simple_path_counts\": \(counts),\n"
        json += "  \"neighbourhood_sizes\": \(sizes),\n"
        json += "  \"coop_component_sizes\": \(components)\n"
        json += "}\n"
        FileHandle.standardOutput.write(Data(json.utf8))
    }

    /// Peak resident set size from /proc, 0 where that is unavailable.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}

struct BenchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
