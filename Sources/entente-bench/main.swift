import EntenteGraph
import Foundation

// entente-bench generate --actors N --relations M --seed S --out DIR
// entente-bench queries --dir DIR [--reps N]
// entente-bench snapshot --file FILE
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: String) -> String {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return value }
    return arguments[at + 1]
}

do {
    switch arguments.first {
    case "generate":
        try Generator.run(
            actors: Int(option("--actors", default: "100000")) ?? 100_000,
            relations: Int(option("--relations", default: "1000000")) ?? 1_000_000,
            seed: UInt64(option("--seed", default: "42")) ?? 42,
            directory: URL(fileURLWithPath: option("--out", default: "out/bench/queries")))
    case "snapshot":
        // Times reading one binary snapshot, for profiling the reader on its own.
        let start = DispatchTime.now().uptimeNanoseconds
        let graph = try BinarySnapshot.load(from: URL(fileURLWithPath: option("--file", default: "graph.entente-bin")))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("\(graph.actorCount) actors, \(graph.relationCount) relations in \(seconds) s")
    case "queries":
        try QueryBenchmark.run(
            directory: URL(fileURLWithPath: option("--dir", default: "out/bench/queries")),
            repetitions: max(1, Int(option("--reps", default: "3")) ?? 3))
    default:
        FileHandle.standardError.write(Data("usage: entente-bench generate|queries [options]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("entente-bench: \(error)\n".utf8))
    exit(1)
}
