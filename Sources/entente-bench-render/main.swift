// Render benchmark: the Graphviz library in-process against the `dot` program on the same
// DOT text, memory over many renders, and a single render for valgrind. Not a test: run it
// through scripts/bench-render.
import EntenteGraph
import EntenteRendering
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Settings {
    var sizes = [30, 300]
    var runs = [30: 20, 300: 3]
    var rssRenders = 1000
    /// Random graphs per size; nil: one for small sizes, five for force layouts.
    var graphs: Int?
    /// Renders to do and exit, for valgrind (`--once` is `--renders 1`).
    var renders: Int?
    /// Size of the diagram `--renders` draws.
    var actors = 30
    var blocs = false
    /// `--renders` draws a graph in several parts (packed under dot) instead of a connected one.
    var connected = true
    var exportsDirectory: String?
    var printDot: Int?
    /// Draw without the legend, to tell the legend's cost apart.
    var legend = true
    var style = "default"
    /// Graph attributes to override in the style, e.g. `splines=line`, to measure their cost.
    var graphAttributes: [String: String] = [:]

    static let usage = """
        usage: entente-bench-render [--sizes 30,300] [--runs N] [--graphs N] [--rss-renders N] [--style NAME] [--set ATTR=VALUE]... [--no-legend] [--blocs] [--parts]
               entente-bench-render --renders N [--actors 30]  (N SVG renders and exit, for valgrind; --once is 1)
               entente-bench-render --write-exports DIR  (json, graphml, csv, cypher, dot of a sample graph)
               entente-bench-render --print-dot N    (the DOT the benchmark lays out for N actors)
        """

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(Settings.usage)") }
            return next
        }
        var runs: Int?
        while let argument = rest.popFirst() {
            switch argument {
            case "--sizes": sizes = try value(argument).split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(try value(argument))
            case "--graphs": graphs = Int(try value(argument))
            case "--rss-renders": rssRenders = Int(try value(argument)) ?? rssRenders
            case "--style": style = try value(argument)
            case "--set":
                let pair = try value(argument).split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { throw BenchError("--set wants ATTR=VALUE\n\(Settings.usage)") }
                graphAttributes[pair[0]] = pair[1]
            case "--once": renders = 1
            case "--renders": renders = Int(try value(argument))
            case "--actors": actors = Int(try value(argument)) ?? actors
            case "--blocs": blocs = true
            case "--parts": connected = false
            case "--no-legend": legend = false
            case "--write-exports": exportsDirectory = try value(argument)
            case "--print-dot": printDot = Int(try value(argument))
            case "-h", "--help": throw BenchError(Settings.usage)
            default: throw BenchError("unknown argument \(argument)\n\(Settings.usage)")
            }
        }
        if let runs { self.runs = Dictionary(uniqueKeysWithValues: sizes.map { ($0, runs) }) }
    }

    func runs(for size: Int) -> Int { runs[size] ?? (size > 100 ? 3 : 20) }

    func graphs(for size: Int) -> Int { graphs ?? (size > 100 ? 5 : 1) }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A reproducible graph of `count` actors: a ring so everything is connected, plus chords
/// from a fixed-seed generator, every polarity and certainty present.
/// `connected`: a ring through every actor plus random ties; otherwise random ties only,
/// which leaves the graph in several parts.
func sampleGraph(actors count: Int, seed: UInt64 = 0, connected: Bool = true) throws -> KnowledgeGraph {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ seed &* 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    var graph = KnowledgeGraph()
    let kinds = ActorKind.allCases
    // A few names an article could carry, so exports from this graph exercise escaping.
    let awkward = ["O'Neill \"Hammer\"", "<b>Bold</b> & Sons", "=SUM(A1)", "Back\\slash", "Comma, Inc."]
    for i in 0..<count {
        let name = i < awkward.count ? awkward[i] : "Actor \(i)"
        graph.add(Actor(id: String(format: "A%04d", i), name: name, kind: kinds[i % kinds.count]))
    }
    let relationKinds = RelationKind.allCases
    let certainties: [Certainty] = [.asserted, .asserted, .asserted, .reported, .hypothetical, .negated]
    var sentence = 0
    func relate(_ a: Int, _ b: Int) throws {
        sentence += 1
        let text = "Actor \(a) and actor \(b) in sentence \(sentence)."
        try graph.add(
            Relation(
                source: String(format: "A%04d", a), target: String(format: "A%04d", b),
                kind: relationKinds[next(relationKinds.count)], certainty: certainties[next(certainties.count)],
                evidence: Evidence(
                    document: "doc\(sentence % 17)", sentence: sentence, start: 0, end: text.count, text: text,
                    date: String(format: "2024-%02d-%02d", 1 + next(12), 1 + next(28)))))
    }
    if connected {
        for i in 0..<count { try relate(i, (i + 1) % count) }
    }
    for _ in 0..<count { try relate(next(count), next(count)) }
    return graph
}

func residentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `engine -Tsvg file -o /dev/null` the way a user's shell would (`posix_spawnp`).
func runProgram(_ engine: String, on file: URL) throws {
    let status = try spawnAndWait([engine, "-Tsvg", file.path, "-o", "/dev/null"])
    guard status == 0 else { throw BenchError("\(engine) exited with status \(status) on \(file.path)") }
}

nonisolated(unsafe) var drawBlocs = false

func view(actors: Int, legend: Bool = true, seed: UInt64 = 0, connected: Bool = true) throws -> DiagramView {
    try DiagramView(
        graph: sampleGraph(actors: actors, seed: seed, connected: connected), options: DiagramOptions(maxNodes: actors + 1, includeIsolated: true, legend: legend, blocs: drawBlocs))
}

/// Library against program on `graphs` different random graphs of `size` actors. A force
/// layout's time varies with the graph (neato on one 300-actor graph: 0.30 to 0.44 s over six
/// node orders), so large sizes report the geometric mean over several graphs.
func compare(size: Int, runs: Int, graphs: Int, style: StyleSheet, legend: Bool) throws {
    var logRatios: [Double] = []
    var libraryTotal = 0.0, programTotal = 0.0
    for seed in 0..<UInt64(graphs) {
        let diagram = try view(actors: size, legend: legend, seed: seed)
        // The program gets the graph the library lays out: DOT files carry the legend as an
        // extra node, which the library adds only after its layout, so the program's file
        // leaves it out (and the library still draws one: the comparison errs its way).
        let dot = try DiagramRenderer.render(view(actors: size, legend: false, seed: seed), style: style, format: .dot)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entente-bench-\(getpid())-\(size).dot")
        try dot.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // One untimed render each, so plugin loading and the page cache are not in the numbers.
        _ = try DiagramRenderer.render(diagram, style: style, format: .svg)
        try runProgram(diagram.engine, on: file)

        let clock = ContinuousClock()
        let library = try clock.measure {
            for _ in 0..<runs { _ = try DiagramRenderer.render(diagram, style: style, format: .svg) }
        }
        let program = try clock.measure {
            for _ in 0..<runs { try runProgram(diagram.engine, on: file) }
        }
        // Describing the view and building the cgraph graph without a layout: the part of a
        // library render that the program does not repeat (it reads finished DOT instead).
        let unlaid = try clock.measure {
            for _ in 0..<runs { _ = try DiagramRenderer.render(diagram, style: style, format: .dot) }
        }
        let perLibrary = seconds(library) / Double(runs), perProgram = seconds(program) / Double(runs)
        libraryTotal += perLibrary
        programTotal += perProgram
        logRatios.append(log(perProgram / perLibrary))
        print(
            String(
                format: "%4d actors, %4d ties, graph %d, engine %-5@ %3d renders: library %8.2f ms/render (%.2f ms of it building the graph), %@ program %8.2f ms/render, program/library %.2fx",
                size, diagram.ties.count, seed + 1, diagram.engine as NSString, runs, perLibrary * 1000,
                seconds(unlaid) * 1000 / Double(runs), diagram.engine as NSString, perProgram * 1000, perProgram / perLibrary))
    }
    if graphs > 1 {
        let mean = exp(logRatios.reduce(0, +) / Double(logRatios.count))
        print(
            String(
                format: "%4d actors over %d graphs: library %.2f ms/render, program %.2f ms/render on average; program/library %.2fx (geometric mean)",
                size, graphs, libraryTotal * 1000 / Double(graphs), programTotal * 1000 / Double(graphs), mean))
    }
}

/// Resident memory over many renders of one diagram, after a first render has loaded the
/// plugins and fonts: flat means Graphviz and Entente free what each render allocates.
func measureMemory(actors: Int, renders: Int, style: StyleSheet, legend: Bool, connected: Bool = true) throws {
    let diagram = try view(actors: actors, legend: legend, connected: connected)
    let start = residentKilobytes()
    _ = try DiagramRenderer.render(diagram, style: style, format: .svg)
    let afterFirst = residentKilobytes()
    let clock = ContinuousClock()
    var half = 0
    let elapsed = try clock.measure {
        for index in 0..<renders {
            if index == renders / 2 { half = residentKilobytes() }
            _ = try DiagramRenderer.render(diagram, style: style, format: .svg)
        }
    }
    let end = residentKilobytes()
    // The second half alone shows steady growth; the first includes the heap settling.
    let perRender = Double(end - half) * 1024 / Double(max(renders - renders / 2, 1))
    print(
        String(
            format: "RSS over %d renders of the %d-actor diagram%@ (%@): start %d kB, after first render %d kB, halfway %d kB, end %d kB; second half %.0f bytes/render; %.2f ms/render",
            renders, actors, connected ? "" : " in parts", diagram.engine, start, afterFirst, half, end, perRender, seconds(elapsed) * 1000 / Double(max(renders, 1))))
}

func writeExports(to directory: String, style: StyleSheet) throws {
    let url = URL(fileURLWithPath: directory, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let graph = try sampleGraph(actors: 30)
    // With denials, so their separate ties (keys like `conflict-negated`) are checked too.
    let exported = DiagramView(exporting: graph, includeNegated: true)
    try GraphExport.json(exported).write(to: url.appendingPathComponent("graph.json"))
    try GraphExport.graphml(exported).write(to: url.appendingPathComponent("graph.graphml"))
    try GraphExport.cypher(exported).write(to: url.appendingPathComponent("graph.cypher"))
    try DiagramRenderer.render(exported, style: style, format: .dot).write(to: url.appendingPathComponent("graph.dot"))
    let csv = GraphExport.csv(exported)
    let csvDirectory = url.appendingPathComponent("csv", isDirectory: true)
    try FileManager.default.createDirectory(at: csvDirectory, withIntermediateDirectories: true)
    try csv.actors.write(to: csvDirectory.appendingPathComponent(CSVExport.actorsFileName))
    try csv.relations.write(to: csvDirectory.appendingPathComponent(CSVExport.relationsFileName))
    try Data(GraphExport.kuzuSchema.utf8).write(to: csvDirectory.appendingPathComponent(CSVExport.schemaFileName))
    print("wrote \(exported.actors.count) actors, \(exported.ties.count) ties to \(url.path)")
}

do {
    let settings = try Settings(arguments: Array(CommandLine.arguments.dropFirst()))
    drawBlocs = settings.blocs
    var style = try StyleSheet.resolve(settings.style)
    style.graph.merge(settings.graphAttributes) { _, new in new }
    if let size = settings.printDot {
        FileHandle.standardOutput.write(try DiagramRenderer.render(view(actors: size, legend: settings.legend), style: style, format: .dot))
    } else if let directory = settings.exportsDirectory {
        try writeExports(to: directory, style: style)
    } else if let renders = settings.renders {
        let diagram = try view(actors: settings.actors, legend: settings.legend, connected: settings.connected)
        var bytes = 0
        for _ in 0..<renders { bytes = try DiagramRenderer.render(diagram, style: style, format: .svg).count }
        print("rendered the \(settings.actors)-actor diagram \(renders) times: \(bytes) bytes of SVG")
    } else {
        // Memory first: after a 300-actor layout the heap has room to spare, which would hide
        // growth from the 1,000 small renders.
        if settings.rssRenders > 0 {
            try measureMemory(actors: 30, renders: settings.rssRenders, style: style, legend: settings.legend)
            try measureMemory(actors: 100, renders: max(settings.rssRenders / 5, 2), style: style, legend: settings.legend)
            try measureMemory(actors: 30, renders: settings.rssRenders, style: style, legend: settings.legend, connected: false)
        }
        for size in settings.sizes {
            try compare(size: size, runs: settings.runs(for: size), graphs: settings.graphs(for: size), style: style, legend: settings.legend)
        }
    }
} catch {
    FileHandle.standardError.write(Data("entente-bench-render: \(error)\n".utf8))
    exit(1)
}
