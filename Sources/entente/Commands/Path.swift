import ArgumentParser
import EntenteGraph
import Foundation

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how two actors are connected, hop by hop, with the evidence for each hop.")

    @Argument(help: "The actor to start from.")
    var from: String

    @Argument(help: "The actor to reach.")
    var to: String

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    @Option(help: "Longest path to consider, in hops.")
    var maxHops: Int = 4

    @Flag(help: "All simple paths up to --max-hops, not just the shortest.")
    var all = false

    @Option(help: "With --all: stop after this many paths (the cut is reported).")
    var limit: Int = 100

    @Option(help: "Output format: table or json.")
    var format: TextFormat = .table

    func validate() throws {
        guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let graph = try input.load()
        let source = try graph.resolve(from)
        let target = try graph.resolve(to)
        let filter = try filterOptions.filter()
        let paths: [GraphPath]
        var truncated = false
        if all {
            (paths, truncated) = graph.simplePaths(from: source, to: target, filter: filter, maxHops: maxHops, limit: limit)
        } else {
            paths = graph.shortestPath(from: source, to: target, filter: filter, maxHops: maxHops).map { [$0] } ?? []
        }
        let report = PathReport(graph: graph, paths: paths, truncated: truncated)
        switch format {
        case .json:
            Console.write(try JSONOutput.encoder().encode(report.records) + Data("\n".utf8))
        case .table:
            if paths.isEmpty {
                print("no path from \(graph.actors[Int(source)].name) to \(graph.actors[Int(target)].name) within \(maxHops) hops; try --max-hops or fewer filters")
                throw ExitCode(1)
            }
            print(report.text)
            if truncated { print("(stopped after \(limit) paths; raise --limit to see more)") }
        }
    }
}

/// Paths as a reader sees them: each hop with its relations' kinds, direction, certainty and
/// one evidence sentence.
struct PathReport {
    let graph: KnowledgeGraph
    let paths: [GraphPath]
    let truncated: Bool

    struct HopRecord: Encodable {
        var from: String
        var to: String
        var relations: [JSONOutput.RelationRecord]
    }

    struct PathRecord: Encodable {
        var actors: [String]
        var hops: [HopRecord]
    }

    var records: [PathRecord] {
        let names = graph.nameLookup
        return paths.map { path in
            PathRecord(
                actors: path.actors.map { graph.actors[Int($0)].name },
                hops: path.hops.map { hop in
                    HopRecord(
                        from: graph.actors[Int(hop.from)].name, to: graph.actors[Int(hop.to)].name,
                        relations: hop.relations.map { JSONOutput.RelationRecord(graph.relations[Int($0)], names: names) })
                })
        }
    }

    var text: String {
        var lines: [String] = []
        for (n, path) in paths.enumerated() {
            let names = path.actors.map { graph.actors[Int($0)].name }
            lines.append("path \(n + 1) (\(path.length) hop\(path.length == 1 ? "" : "s")): \(names.joined(separator: " — "))")
            for hop in path.hops { lines += hopLines(hop) }
        }
        return lines.map(Tables.clean).joined(separator: "\n")
    }

    private func hopLines(_ hop: PathHop) -> [String] {
        let relations = hop.relations.map { graph.relations[Int($0)] }
        var kinds: [String] = []
        for relation in relations {
            let forward = relation.source == graph.actors[Int(hop.from)].id
            let arrow = forward ? "→" : "←"
            var label = "\(arrow) \(relation.kind.rawValue)"
            if relation.certainty != .asserted { label += " (\(relation.certainty.rawValue))" }
            if !kinds.contains(label) { kinds.append(label) }
        }
        let from = graph.actors[Int(hop.from)].name, to = graph.actors[Int(hop.to)].name
        var lines = ["  \(from) \(kinds.joined(separator: ", ")) \(to)  [\(Set(relations.map(\.evidence)).count) sentence(s)]"]
        if let evidence = relations.first?.evidence {
            lines.append("    “\(Tables.clip(evidence.text, 200))” (\(evidence.document)#\(evidence.sentence))")
        }
        return lines
    }
}
