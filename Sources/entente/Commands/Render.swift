import ArgumentParser
import EntenteGraph
import EntenteRendering
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the alliance and threat diagram as SVG, PNG, PDF or DOT.")

    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions
    @OptionGroup var diagram: DiagramArguments

    @Option(name: .shortAndLong, help: "Output file; its extension (.svg, .png, .pdf, .dot) picks the format.", completion: .file())
    var output: String

    @Option(help: "Output format, overriding the extension: svg, png, pdf, dot.", completion: .list(Choices.diagramFormats))
    var format: String?

    @Flag(
        inversion: .prefixedNo,
        help: """
            When the picture would print under 6 pt on A4, also cut it into pages FILE-1.ext, FILE-2.ext, ... \
            that print at 6 pt or more (the default); --no-pages writes FILE alone.
            """)
    var pages = true

    func run() throws {
        let graph = try input.load()
        try filterOptions.noteUndated(in: graph, quiet: input.quiet)
        let format = try self.format.map(DiagramArguments.format(named:)) ?? DiagramArguments.format(forOutput: output)
        let view = try diagram.view(of: graph, filter: try filterOptions.filter())
        let style = try diagram.styleSheet()
        guard format != .dot else {
            try Console.writeFile(try DiagramRenderer.render(view, style: style, format: format), to: output)
            if !input.quiet { print("\(output): \(view.actors.count) actors, \(view.ties.count) ties (DOT, not laid out)") }
            return
        }
        // Cut before drawing (no layout needed), so a picture too small to read can name its pages.
        let cut = pages && !view.actors.isEmpty ? view.pages() : [view]
        let paths = cut.count > 1 ? cut.indices.map { pagePath($0 + 1, format: format) } : []
        let name = { (path: String) in URL(fileURLWithPath: path).lastPathComponent }
        let pagesAdvice = paths.isEmpty ? nil : "or print its pages \(name(paths[0])) to \(name(paths[paths.count - 1]))"
        let drawn = try DiagramRenderer.draw(view, style: style, format: format, smallPrintAdvice: pagesAdvice)
        try Console.writeFile(drawn.data, to: output)
        if !input.quiet {
            let leftOut = drawn.labelsLeftOut == 0 ? "" : ", \(drawn.labelsLeftOut) labels left out for room"
            print("\(output): \(view.actors.count) actors, \(view.ties.count) ties (\(drawn.engine) layout; labels print at \(drawn.printed.labelSizeText) on A4\(leftOut))")
        }
        guard !drawn.printed.isLegible && !view.actors.isEmpty else { return }
        if !paths.isEmpty {
            try write(pages: cut, to: paths, style: style, format: format)
            Console.warn("""
                \(output) prints its labels at \(drawn.printed.labelSizeText) on A4 (\(Int(PrintedSize.legible)) pt reads); \
                its \(paths.count) pages print legibly (--no-pages writes \(name(output)) alone)
                """)
            return
        }
        var remedies = pages ? [] : ["--pages"]
        if view.options.focus == nil { remedies.append("--focus ACTOR") }
        if view.options.layers.count > 1 { remedies.append("--layers threats") }
        if view.options.people != .hide { remedies.append("--people hide") }
        Console.warn("""
            \(output) prints its labels at \(drawn.printed.labelSizeText) on A4 (\(Int(PrintedSize.legible)) pt reads); \
            draw less with \(remedies.joined(separator: ", ")), or print it on A3 or larger
            """)
    }

    /// Where page `number` goes: beside the output, as FILE-N.ext.
    private func pagePath(_ number: Int, format: OutputFormat) -> String {
        let ext = URL(fileURLWithPath: output).pathExtension
        let stem = ext.isEmpty ? output : String(output.dropLast(ext.count + 1))
        return "\(stem)-\(number).\(ext.isEmpty ? format.rawValue : ext)"
    }

    /// Each page drawn and written to its path.
    private func write(pages: [DiagramView], to paths: [String], style: StyleSheet, format: OutputFormat) throws {
        for (page, path) in zip(pages, paths) {
            let drawn = try DiagramRenderer.draw(page, style: style, format: format)
            try Console.writeFile(drawn.data, to: path)
            if !input.quiet {
                print("\(path): \(page.actors.count) actors, \(page.ties.count) ties (\(drawn.engine) layout; labels print at \(drawn.printed.labelSizeText) on A4)")
            }
        }
    }
}


/// What every diagram command shares: which part of the graph to draw and how.
struct DiagramArguments: ParsableArguments {
    @Option(help: "Draw only the actors around this one.")
    var focus: String?

    @Option(help: "With --focus: how many hops out to draw.")
    var depth: Int = 2

    @Option(help: "Layers to draw, comma-separated: alliances, threats.", completion: .list(Choices.layers))
    var layers: String = "alliances,threats"

    @Option(help: "Style name (see 'entente styles') or path to a style YAML file.", completion: Choices.styleCompletion)
    var style: String?

    @Option(help: "Diagram title.")
    var title: String?

    @Option(
        help: "Graphviz layout engine (dot, neato, fdp, sfdp, circo, twopi); when absent, the one whose drawing prints largest on A4.",
        completion: .list(Choices.layouts))
    var layout: String?

    @Option(help: "Refuse to draw more actors than this.")
    var maxNodes: Int = 500

    @Flag(help: "Draw cooperation blocs as boxed groups.")
    var blocs = false

    @Option(
        help: """
            People (leaders, ministers, commanders): fold draws their relations on their state or group, \
            naming them in the tie's tooltip; show draws them apart; hide leaves them out.
            """,
        completion: .list(Choices.people))
    var people: String = PeopleMode.fold.rawValue

    func view(of graph: KnowledgeGraph, filter: RelationFilter) throws -> DiagramView {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
        var options = DiagramOptions(filter: filter, title: title, layout: layout, maxNodes: maxNodes)
        options.depth = depth
        options.blocs = blocs
        guard let mode = PeopleMode(rawValue: people.lowercased()) else {
            throw Choices.unknown(people, what: "people mode", option: "--people", known: Choices.people)
        }
        options.people = mode
        options.layers = try Set(layers.split(separator: ",").map { raw in
            let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard let layer = DiagramLayer(rawValue: word) ?? (word == "alliance" ? .alliances : word == "threat" ? .threats : nil) else {
                throw Choices.unknown(word, what: "layer", option: "--layers", known: Choices.layers)
            }
            return layer
        })
        if let layout, !Choices.layouts.contains(layout) {
            throw Choices.unknown(layout, what: "layout engine", option: "--layout", known: Choices.layouts)
        }
        if let focus { options.focus = try graph.resolve(focus) }
        return try DiagramView(graph: graph, options: options)
    }

    func styleSheet() throws -> StyleSheet { try StyleSheet.resolve(style) }

    static func format(named name: String) throws -> OutputFormat {
        guard let format = OutputFormat(fileExtension: name.lowercased()), format != .json else {
            throw Choices.unknown(name, what: "diagram format", option: "--format", known: Choices.diagramFormats)
        }
        return format
    }

    static func format(forOutput path: String) throws -> OutputFormat {
        let ext = URL(fileURLWithPath: path).pathExtension
        guard let format = OutputFormat(fileExtension: ext) else {
            throw ValidationError("cannot tell the format from '\(path)'; end it in .svg, .png, .pdf or .dot, or pass --format")
        }
        return format
    }
}
