import EntenteGraph
import Foundation

/// Times the library on the generated files and prints one JSON object: seconds per phase
/// and every answer, for `scripts/bench_queries.py` to compare with NetworkX and igraph.
enum QueryBenchmark {
    static func run(directory: URL, repetitions: Int) throws {
        var timings: [(String, Double)] = []
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try body()
            timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        /// Fastest of `repetitions` runs: the Python side runs each peer query the same number
        /// of times, so neither side gets more chances at a quiet moment on a shared machine.
        func best<T>(_ name: String, _ body: () -> T) -> T {
            var fastest = Double.infinity, runs = 0
            var result: T
            repeat {
                let start = DispatchTime.now().uptimeNanoseconds
                result = body()
                fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                runs += 1
            } while runs < repetitions
            timings.append((name, fastest))
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
        let residentAfterLoad = residentBytes()
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
        let lengths = best("shortest_paths") { paths.map { graph.shortestPathLength(from: $0.0, to: $0.1) ?? -1 } }
        let counts = best("simple_paths_3") { simple.map { graph.simplePathCount(from: $0.0, to: $0.1, maxHops: 3).count } }
        let sizes = best("neighbourhood_2") { centres.map { graph.neighbourhoodSize(of: $0, depth: 2) } }
        let cooperation = RelationFilter(polarities: [.cooperation])
        let components = best("coop_components") { graph.componentSizes(filter: cooperation) }

        // Queries with no NetworkX/igraph counterpart in this run, timed once for scale.
        var extras: [(String, Double)] = []
        func once<T>(_ name: String, _ body: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = body()
            extras.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        _ = once("k_shortest_5_x10") { paths.prefix(10).map { graph.kShortestPaths(from: $0.0, to: $0.1, k: 5).count } }
        _ = once("strongest_path_x10") { paths.prefix(10).map { graph.cheapestPath(from: $0.0, to: $0.1)?.cost } }
        _ = once("allies_rivals_x100") { centres.map { graph.allies(of: $0).count + graph.rivals(of: $0).count } }
        _ = once("blocs") { graph.blocs().blocs.count }
        _ = once("balance") { graph.balance().unbalancedCount }
        _ = once("central_degrees") { graph.central(betweenness: false).mostConnected.count }
        _ = once("central_betweenness_100_sources") { graph.central(betweennessSamples: 100).mostBetween.count }

        // Not graph.entente-bin: that is the graph file `scripts/bench cli` queries.
        let snapshot = directory.appendingPathComponent("snapshot-v2.entente-bin")
        try time("snapshot_save") { try BinarySnapshot.save(graph, to: snapshot) }
        let reloaded = try time("snapshot_load") { try BinarySnapshot.load(from: snapshot) }
        guard reloaded.relationCount == graph.relationCount else {
            throw BenchError(message: "snapshot round trip lost relations")
        }
        let graphFile = directory.appendingPathComponent("graph.entente-map")
        try time("graph_file_save") { try GraphFile.save(graph, to: graphFile) }
        let mapped = try time("graph_file_open") { try GraphFile.load(from: graphFile) }
        guard mapped.relationCount == graph.relationCount,
            paths.prefix(20).allSatisfy({ mapped.shortestPathLength(from: $0.0, to: $0.1) == graph.shortestPathLength(from: $0.0, to: $0.1) })
        else { throw BenchError(message: "the graph file answers differently") }

        var json = "{\n"
        json += "  \"actors\": \(graph.actorCount), \"relations\": \(graph.relationCount), \"repetitions\": \(repetitions),\n"
        json += "  \"rss_after_load_bytes\": \(residentAfterLoad), \"rss_bytes\": \(residentBytes()),\n"
        json += "  \"timings\": {" + timings.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "},\n"
        json += "  \"extra_timings\": {" + extras.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "},\n"
        json += "  \"path_lengths\": \(lengths),\n"
        json += "  \"simple_path_counts\": \(counts),\n"
        json += "  \"neighbourhood_sizes\": \(sizes),\n"
        json += "  \"coop_component_sizes\": \(components)\n"
        json += "}\n"
        FileHandle.standardOutput.write(Data(json.utf8))
    }

    /// Peak resident set size so far, from /proc; 0 where that is unavailable.
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
