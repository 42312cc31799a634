import Foundation
import Testing

/// What `render` writes for print: the sample overview prints legibly on one page; a picture
/// that would not (people drawn apart) comes with pages that do, unless `--no-pages`.
@Suite("render and its pages", .serialized)
struct RenderPagesTests {
    static func seedsGraph() throws -> (dir: URL, graph: String) {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json").path
        let ingest = try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (dir, graph)
    }

    /// The pictures in `dir` (the graph and its lock aside).
    static func files(in dir: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("g.json") })
    }

    /// The printed size `render` reports for each file it wrote, by file name.
    static func reportedSizes(_ stdout: String) -> [String: Double] {
        var sizes: [String: Double] = [:]
        for line in stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let at = line.range(of: "labels print at ") else { continue }
            let name = URL(fileURLWithPath: String(line[..<colon])).lastPathComponent
            sizes[name] = Double(line[at.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        return sizes
    }

    @Test func theDefaultOverviewPrintsLegiblyAndNeedsNoPages() throws {
        let (dir, graph) = try Self.seedsGraph()
        let output = dir.appendingPathComponent("map.png").path
        let render = try CLIRunner.run(["render", "--graph", graph, "-o", output])
        #expect(render.status == 0, "\(render.stderr)")
        let size = try #require(Self.reportedSizes(render.stdout)["map.png"], "\(render.stdout)")
        #expect(size >= 6, "\(render.stdout)")
        #expect(!render.stderr.contains("warning"), "\(render.stderr)")
        #expect(try Self.files(in: dir) == ["map.png"])
    }

    @Test func aPictureTooSmallToReadComesWithPagesThatAreNot() throws {
        let (dir, graph) = try Self.seedsGraph()
        let output = dir.appendingPathComponent("people.svg").path
        let render = try CLIRunner.run(["render", "--graph", graph, "-o", output, "--people", "show"])
        #expect(render.status == 0, "\(render.stderr)")
        let sizes = Self.reportedSizes(render.stdout)
        #expect(try #require(sizes["people.svg"]) < 6)
        let pages = try Self.files(in: dir).filter { $0.hasPrefix("people-") }
        #expect(pages.count > 1, "\(render.stdout)")
        for page in pages {
            #expect(try #require(sizes[page], "\(page) not reported") >= 6, "\(render.stdout)")
        }
        // The picture and the terminal both name the pages.
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        // Graphviz writes a hyphen in SVG text as &#45;.
        #expect(svg.replacingOccurrences(of: "&#45;", with: "-").contains("or print its pages people-1.svg to people-\(pages.count).svg"))
        #expect(render.stderr.contains("its \(pages.count) pages print legibly"), "\(render.stderr)")

        let alone = dir.appendingPathComponent("alone.svg").path
        let single = try CLIRunner.run(["render", "--graph", graph, "-o", alone, "--people", "show", "--no-pages"])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(try Self.files(in: dir).filter { $0.hasPrefix("alone") } == ["alone.svg"])
        #expect(single.stderr.contains("--pages"), "\(single.stderr)")
    }
}
