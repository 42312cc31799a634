import Foundation
import Testing

/// The whole flow over the sample articles in seeds/, through the built executable.
@Suite("End to end over seeds/", .serialized)
struct EndToEndTests {
    @Test func extractPrintsTheJSONContract() throws {
        let result = try CLIRunner.run(["extract", CLIRunner.seeds, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        #expect(documents.count >= 6)
        var polarities: Set<String> = []
        for document in documents {
            #expect(document["document"] != nil)
            let actors = try #require(document["actors"] as? [[String: Any]])
            for actor in actors {
                #expect(actor["id"] is String && actor["name"] is String && actor["kind"] is String && actor["aliases"] is [String])
            }
            let relations = try #require(document["relations"] as? [[String: Any]])
            for relation in relations {
                let polarity = try #require(relation["polarity"] as? String)
                polarities.insert(polarity)
                #expect(["cooperation", "conflict", "affiliation"].contains(polarity))
                #expect(["asserted", "reported", "hypothetical", "negated"].contains(relation["certainty"] as? String ?? ""))
                let evidence = try #require(relation["evidence"] as? [String: Any])
                #expect(!(evidence["text"] as? String ?? "").isEmpty)
                #expect(relation["cameo"] is String && relation["weight"] is Double)
            }
        }
        #expect(polarities.isSuperset(of: ["cooperation", "conflict", "affiliation"]))
    }

    @Test func ingestRenderPathAndExport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let graph = dir.appendingPathComponent("g.json").path
        let ingest = try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("documents added"))

        // A second ingest of the same articles adds nothing.
        let again = try CLIRunner.run(["ingest", CLIRunner.seeds, "--graph", graph])
        #expect(again.stdout.contains("0 documents added"), "\(again.stdout)")

        let svg = dir.appendingPathComponent("a.svg").path
        let render = try CLIRunner.run(["render", "--graph", graph, "-o", svg])
        #expect(render.status == 0, "\(render.stderr)")
        let svgText = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(svgText.contains("<svg"))
        #expect(svgText.contains("Wagner Group"))

        let png = dir.appendingPathComponent("a.png").path
        #expect(try CLIRunner.run(["render", "--graph", graph, "-o", png, "--focus", "Belarus", "--depth", "1"]).status == 0)
        let pngBytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(pngBytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let path = try CLIRunner.run(["path", "Wagner", "Poland", "--graph", graph])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("Wagner Group"))
        #expect(path.stdout.contains("“"), "a hop shows its evidence sentence")

        let dot = dir.appendingPathComponent("g.dot").path
        #expect(try CLIRunner.run(["export", "--graph", graph, "--format", "dot", "-o", dot]).status == 0)
        #expect(try String(contentsOfFile: dot, encoding: .utf8).contains("digraph"))

        let json = try CLIRunner.run(["export", "--graph", graph, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.isEmpty == false)
    }

    @Test func everyExportFormatWritesItsFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        for format in ["graphml", "cypher"] {
            let out = dir.appendingPathComponent("g.\(format)").path
            let result = try CLIRunner.run(["export", CLIRunner.seeds, "--format", format, "-o", out])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(!(try Data(contentsOf: URL(fileURLWithPath: out))).isEmpty)
        }
        let graphml = try String(contentsOf: dir.appendingPathComponent("g.graphml"), encoding: .utf8)
        #expect(graphml.contains("<graphml") && graphml.contains("<edge"))
        let csv = dir.appendingPathComponent("csv")
        #expect(try CLIRunner.run(["export", CLIRunner.seeds, "--format", "csv", "-o", csv.path]).status == 0)
        let actors = try String(contentsOf: csv.appendingPathComponent("actors.csv"), encoding: .utf8)
        #expect(actors.hasPrefix("id:ID,name,kind,code,affiliation,:LABEL"))
        for file in ["relations.csv", "kuzu-schema.cypher", "neo4j-import.sh"] {
            #expect(FileManager.default.fileExists(atPath: csv.appendingPathComponent(file).path), "\(file)")
        }
        let refused = try CLIRunner.run(["export", CLIRunner.seeds, "--format", "csv"])
        #expect(refused.status != 0 && refused.stderr.contains("directory"))
    }

    static let sharedSeeds = CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let sharedSeedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: sharedSeeds.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }

    /// The user's own article sits beside the repository in ../shared, where CI puts it.
    @Test(.enabled(if: !sharedSeedFiles.isEmpty, "needs the user's article in ../shared/seeds"))
    func pathOnTheUsersArticleWithEvidence() throws {
        let shared = Self.sharedSeeds
        let files = Self.sharedSeedFiles
        let result = try CLIRunner.run(["path", "Wagner", "Poland"] + files.map { shared.appendingPathComponent($0).path })
        #expect(result.status == 0)
        #expect(result.stdout.contains("path 1"))
    }

    @Test func unknownActorSuggestsTheClosest() throws {
        let result = try CLIRunner.run(["path", "Belaruss", "Poland", CLIRunner.seeds])
        #expect(result.status != 0)
        #expect(result.stderr.contains("did you mean"), "\(result.stderr)")
        #expect(result.stderr.contains("Belarus"))
    }

    @Test func actorsAndRelationsListTheGraph() throws {
        let actors = try CLIRunner.run(["actors", CLIRunner.seeds, "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: actors.stdoutData) as? [[String: Any]])
        #expect(list.contains { $0["name"] as? String == "Houthis" })
        let relations = try CLIRunner.run(["relations", CLIRunner.seeds, "--actor", "Houthis"])
        #expect(relations.status == 0)
        #expect(relations.stdout.contains("attack"))
    }

    @Test func contradictoryInputsAreRefused() throws {
        let result = try CLIRunner.run(["actors", CLIRunner.seeds, "--graph", "x.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not both"))
    }
}
