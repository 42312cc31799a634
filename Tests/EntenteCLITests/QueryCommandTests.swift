import Foundation
import Testing

/// The query commands (allies, rivals, blocs, balance, central, path, neighbors, import-csv),
/// through the built executable, on seeds/ and on small CSV graphs written here.
@Suite("Query commands", .serialized)
struct QueryCommandTests {
    // MARK: Fixtures

    /// Two camps: Russia–Belarus–Wagner and Poland–Lithuania, Poland and Belarus at odds;
    /// Russia threatens Wagner, a friend of its friend (one unbalanced triad).
    static let actorsCSV = """
        id,name,type
        RUS,Russia,state
        BLR,Belarus,state
        WAG,Wagner Group,armed_group
        POL,Poland,state
        LTU,Lithuania,state
        NATO,NATO,igo

        """

    static let relationsCSV = """
        source,target,kind,polarity,weight
        RUS,BLR,ally,cooperation,
        RUS,BLR,defend,,
        BLR,WAG,host,,
        WAG,BLR,train,cooperation,
        RUS,WAG,threaten,conflict,
        POL,LTU,ally,,
        POL,BLR,mobilize,conflict,
        BLR,POL,threaten,,
        LTU,NATO,member_of,affiliation,

        """

    /// Writes the CSV pair (or the given texts) into a fresh directory.
    static func csvPair(actors: String = actorsCSV, relations: String = relationsCSV) throws -> (dir: URL, actors: String, relations: String) {
        let dir = try CLIRunner.temporaryDirectory()
        let a = dir.appendingPathComponent("actors.csv"), r = dir.appendingPathComponent("relations.csv")
        try Data(actors.utf8).write(to: a)
        try Data(relations.utf8).write(to: r)
        return (dir, a.path, r.path)
    }

    /// Imports the CSV pair into a snapshot and returns its path.
    static func importedGraph(binary: Bool = false) throws -> String {
        let pair = try csvPair()
        let graph = pair.dir.appendingPathComponent(binary ? "g.entente" : "g.json").path
        let result = try CLIRunner.run(["import-csv", pair.actors, pair.relations, "--graph", graph])
        #expect(result.status == 0, "\(result.stderr)")
        return graph
    }

    static func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    // MARK: import-csv

    @Test func importCSVRoundTripsToPath() throws {
        let pair = try Self.csvPair()
        let graph = pair.dir.appendingPathComponent("g.json").path
        let result = try CLIRunner.run(["import-csv", pair.actors, pair.relations, "--graph", graph])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("6 actors, 9 relations"), "\(result.stdout)")
        #expect(result.stdout.contains("JSON snapshot"))
        let text = try String(contentsOfFile: graph, encoding: .utf8)
        #expect(text.contains("entente-snapshot"))

        let path = try CLIRunner.run(["path", "Wagner Group", "Lithuania", "--graph", graph])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("path 1 (3 hops): Wagner Group — Belarus — Poland — Lithuania"), "\(path.stdout)")
        #expect(path.stdout.contains("relations.csv#"), "a hop names the row behind it")
    }

    @Test func binarySnapshotsAreWrittenAndReadBack() throws {
        // By extension.
        let graph = try Self.importedGraph(binary: true)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: graph))
        #expect(bytes.starts(with: Array("ENTGRMAP".utf8)), "a .entente snapshot is a mapped graph file")
        let allies = try CLIRunner.run(["allies", "Belarus", "--graph", graph, "--format", "json"])
        #expect(allies.status == 0, "--graph reads binary snapshots: \(allies.stderr)")
        let ties = try #require(try Self.json(allies)["ties"] as? [[String: Any]])
        #expect(Set(ties.compactMap { $0["actor"] as? String }) == ["Russia", "Wagner Group"])

        // By flag, whatever the extension.
        let pair = try Self.csvPair()
        let flagged = pair.dir.appendingPathComponent("g.json").path
        let result = try CLIRunner.run(["import-csv", pair.actors, pair.relations, "--graph", flagged, "--binary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("binary snapshot"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: flagged)).starts(with: Array("ENTGRMAP".utf8)))
        let path = try CLIRunner.run(["path", "Russia", "Lithuania", "--graph", flagged])
        #expect(path.status == 0, "\(path.stderr)")
    }

    @Test func badCSVRowNamesFileLineAndColumn() throws {
        let relations = Self.relationsCSV.replacingOccurrences(of: "BLR,WAG,host,,", with: "BLR,WAG,hoast,,")
        let pair = try Self.csvPair(relations: relations)
        let graph = pair.dir.appendingPathComponent("g.json").path
        let result = try CLIRunner.run(["import-csv", pair.actors, pair.relations, "--graph", graph])
        #expect(result.status != 0)
        #expect(result.stderr.contains("relations.csv:4:"), "file and line: \(result.stderr)")
        #expect(result.stderr.contains("column 3"), "\(result.stderr)")
        #expect(result.stderr.contains("hoast"))
        #expect(!FileManager.default.fileExists(atPath: graph), "a failed import writes no snapshot")

        let actors = Self.actorsCSV.replacingOccurrences(of: "LTU,Lithuania,state", with: "LTU,Lithuania,kingdom")
        let badActors = try Self.csvPair(actors: actors)
        let second = try CLIRunner.run(["import-csv", badActors.actors, badActors.relations, "--graph", graph])
        #expect(second.status != 0)
        #expect(second.stderr.contains("actors.csv:6:"), "\(second.stderr)")
        #expect(second.stderr.contains("kingdom"))
    }

    @Test func importRefusesToOverwriteWithoutReplace() throws {
        let pair = try Self.csvPair()
        let graph = pair.dir.appendingPathComponent("g.json").path
        #expect(try CLIRunner.run(["import-csv", pair.actors, pair.relations, "-g", graph]).status == 0)
        let again = try CLIRunner.run(["import-csv", pair.actors, pair.relations, "-g", graph])
        #expect(again.status != 0)
        #expect(again.stderr.contains("--replace"), "\(again.stderr)")
        #expect(try CLIRunner.run(["import-csv", pair.actors, pair.relations, "-g", graph, "--replace"]).status == 0)

        let missing = try CLIRunner.run(["import-csv", pair.dir.appendingPathComponent("nope.csv").path, pair.relations, "-g", graph])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nope.csv"))
    }

    // MARK: allies and rivals

    @Test func alliesOnSeedsTableAndJSON() throws {
        let table = try CLIRunner.run(["allies", "Russia", CLIRunner.seeds])
        #expect(table.status == 0, "\(table.stderr)")
        let header = try #require(table.stdout.split(separator: "\n").first)
        for column in ["ACTOR", "KINDS", "NET", "EVIDENCE", "FIRST", "LAST"] { #expect(header.contains(column)) }
        #expect(table.stdout.contains("Belarus"))

        let result = try CLIRunner.run(["allies", "Russia", CLIRunner.seeds, "--format", "json"])
        let object = try Self.json(result)
        #expect(object["actor"] as? String == "Russia")
        #expect(object["polarity"] as? String == "cooperation")
        let ties = try #require(object["ties"] as? [[String: Any]])
        #expect(!ties.isEmpty)
        var previous = Double.infinity
        for tie in ties {
            #expect(tie["actor"] is String && tie["actor_id"] is String)
            let counts = try #require(tie["counts"] as? [String: Int])
            #expect(counts.values.reduce(0, +) == tie["relations"] as? Int)
            let net = try #require(tie["net_weight"] as? Double)
            #expect(net > 0)
            #expect(net <= previous, "strongest first")
            previous = net
            #expect((tie["evidence"] as? Int ?? 0) >= 1)
        }
    }

    @Test func rivalsAreConflictTiesMostHostileFirst() throws {
        let graph = try Self.importedGraph()
        let result = try CLIRunner.run(["rivals", "Belarus", "--graph", graph, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let ties = try #require(try Self.json(result)["ties"] as? [[String: Any]])
        #expect(ties.map { $0["actor"] as? String } == ["Poland"])
        #expect((ties[0]["counts"] as? [String: Int]) == ["mobilize": 1, "threaten": 1])
        #expect((ties[0]["net_weight"] as? Double ?? 0) < 0)

        let seeds = try CLIRunner.run(["rivals", "Iran", CLIRunner.seeds])
        #expect(seeds.status == 0)
        #expect(seeds.stdout.contains("Israel"))

        let limited = try CLIRunner.run(["allies", "Belarus", "--graph", graph, "--limit", "1", "--format", "json"])
        #expect((try Self.json(limited)["ties"] as? [Any])?.count == 1)
    }

    @Test func unknownActorsSuggestTheClosest() throws {
        let graph = try Self.importedGraph()
        for command in ["allies", "rivals", "neighbors"] {
            let result = try CLIRunner.run([command, "Belaruss", "--graph", graph])
            #expect(result.status != 0)
            #expect(result.stderr.contains("did you mean Belarus"), "\(command): \(result.stderr)")
        }
        let path = try CLIRunner.run(["path", "Rusia", "Poland", "--graph", graph])
        #expect(path.status != 0)
        #expect(path.stderr.contains("did you mean Russia"), "\(path.stderr)")
    }

    // MARK: blocs, balance, central

    @Test func blocsGroupCooperationAndListConflictsBetween() throws {
        let graph = try Self.importedGraph()
        let result = try CLIRunner.run(["blocs", "--graph", graph, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result)
        let blocs = try #require(object["blocs"] as? [[String: Any]])
        let members = blocs.map { Set($0["members"] as? [String] ?? []) }
        #expect(members == [["Russia", "Belarus", "Wagner Group"], ["Poland", "Lithuania"]])
        #expect(blocs.map { $0["bloc"] as? Int } == [1, 2])
        #expect(blocs[0]["member_ids"] is [String] && blocs[0]["size"] as? Int == 3)
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?["a"] as? Int == 1 && conflicts.first?["b"] as? Int == 2)
        #expect(conflicts.first?["relations"] as? Int == 2 && conflicts.first?["ties"] as? Int == 1)

        let table = try CLIRunner.run(["blocs", CLIRunner.seeds])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("BLOC  NAME"))
        #expect(blocs.allSatisfy { ($0["name"] as? String)?.hasSuffix("bloc") == true })
        #expect(table.stdout.contains("conflicts between blocs:"))
    }

    @Test func balanceFindsTheUnbalancedTriadAndTheSplit() throws {
        let graph = try Self.importedGraph()
        let result = try CLIRunner.run(["balance", "--graph", graph, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result)
        #expect(object["triad_count"] as? Int == 1)
        #expect(object["unbalanced_count"] as? Int == 1)
        let triads = try #require(object["unbalanced"] as? [[String: Any]])
        #expect(Set(triads.first?["actors"] as? [String] ?? []) == ["Russia", "Belarus", "Wagner Group"])
        #expect(triads.first?["hostile"] as? Int == 1)
        let ties = try #require(triads.first?["ties"] as? [[String: Any]])
        #expect(ties.count == 3)
        #expect(ties.filter { $0["sign"] as? String == "conflict" }.count == 1)
        let factions = try #require(object["factions"] as? [[String]])
        #expect(factions.count == 2)
        #expect(factions.flatMap { $0 }.count == 5, "every actor with a signed tie is placed")
        #expect(object["frustrated_count"] as? Int == 1, "one tie of the odd triangle cannot fit")
        #expect((object["frustrated"] as? [Any])?.count == 1)
        #expect(object["contradicted"] is [Any])

        let table = try CLIRunner.run(["balance", CLIRunner.seeds])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("unbalanced triads:"))
        #expect(table.stdout.contains("two-faction split"))
        #expect(table.stdout.contains("faction 1"))
    }

    @Test func centralRanksByDegreeThreatsCooperationAndBetweenness() throws {
        let graph = try Self.importedGraph()
        let result = try CLIRunner.run(["central", "--graph", graph, "--format", "json", "--limit", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result)
        for key in ["most_connected", "most_threatened", "most_cooperative", "most_between"] {
            let list = try #require(object[key] as? [[String: Any]], "\(key)")
            #expect(!list.isEmpty && list.count <= 2, "\(key)")
        }
        #expect(object["betweenness_estimated"] as? Bool == false)
        let connected = try #require(object["most_connected"] as? [[String: Any]])
        #expect(connected.first?["name"] as? String == "Belarus")
        #expect(connected.first?["degree"] as? Int == 3)
        #expect(connected.first?["cooperation_degree"] as? Int == 2)
        #expect(connected.first?["conflict_degree"] as? Int == 1)
        let between = try #require(object["most_between"] as? [[String: Any]])
        #expect(between.first?["name"] as? String == "Belarus" || between.first?["name"] as? String == "Poland")

        let table = try CLIRunner.run(["central", CLIRunner.seeds, "--limit", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        for heading in ["most connected", "most threatened", "most cooperative", "most between"] {
            #expect(table.stdout.contains(heading), "\(heading)")
        }
        let sampled = try CLIRunner.run(["central", "--graph", graph, "--samples", "2", "--format", "json"])
        #expect(try Self.json(sampled)["betweenness_estimated"] as? Bool == true)
        let fast = try CLIRunner.run(["central", "--graph", graph, "--no-betweenness"])
        #expect(fast.status == 0)
        #expect(!fast.stdout.contains("most between"))
    }

    // MARK: path

    @Test func pathKShortestAndWeightedJSON() throws {
        let graph = try Self.importedGraph()
        let k = try CLIRunner.run(["path", "Russia", "Poland", "--graph", graph, "--k", "3", "--format", "json"])
        #expect(k.status == 0, "\(k.stderr)")
        let object = try Self.json(k)
        #expect(object["mode"] as? String == "k-shortest")
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.count == 2, "Russia–Belarus–Poland and Russia–Wagner–Belarus–Poland")
        #expect(paths.map { $0["length"] as? Int } == [2, 3])
        let hop = try #require((paths[0]["hops"] as? [[String: Any]])?.first)
        #expect(hop["from"] as? String == "Russia" && hop["to"] as? String == "Belarus")
        #expect(hop["kinds"] as? [String] == ["ally", "defend"] || hop["kinds"] as? [String] == ["defend", "ally"])
        #expect(hop["direction"] as? String == "forward")
        #expect(hop["certainty"] as? String == "asserted")
        #expect(hop["evidence_count"] as? Int == 2)
        #expect((hop["evidence"] as? [String: Any])?["document"] as? String == "relations.csv")
        #expect((hop["relations"] as? [Any])?.count == 2)

        // Weighted: Belarus–Wagner (2 relations) is cheaper than the single-mention ties.
        let weighted = try CLIRunner.run(["path", "Wagner Group", "Poland", "--graph", graph, "--weighted", "--format", "json"])
        #expect(weighted.status == 0, "\(weighted.stderr)")
        let strongest = try Self.json(weighted)
        #expect(strongest["mode"] as? String == "strongest")
        let best = try #require((strongest["paths"] as? [[String: Any]])?.first)
        #expect(best["actors"] as? [String] == ["Wagner Group", "Belarus", "Poland"])
        #expect(best["cost"] as? Double == 1.0)
        let hops = try #require(best["hops"] as? [[String: Any]])
        #expect(hops[0]["direction"] as? String == "both")

        let table = try CLIRunner.run(["path", "Russia", "Poland", "--graph", graph, "--k", "2", "--weighted"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("cost"), "\(table.stdout)")
        #expect(table.stdout.contains("path 2"))
    }

    @Test func pathOnSeedsShowsEvidenceAndReportsTheCap() throws {
        let k = try CLIRunner.run(["path", "Wagner", "Poland", CLIRunner.seeds, "--k", "3"])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("path 3"))
        #expect(k.stdout.contains("“"))
        #expect(k.stdout.contains("sentence"))

        let capped = try CLIRunner.run(["path", "Wagner", "Poland", CLIRunner.seeds, "--all", "--max-hops", "5", "--limit", "1"])
        #expect(capped.status == 0, "\(capped.stderr)")
        #expect(capped.stdout.contains("stopped after 1 paths; raise --limit"), "\(capped.stdout)")
        let json = try CLIRunner.run(["path", "Wagner", "Poland", CLIRunner.seeds, "--all", "--max-hops", "5", "--limit", "1", "--format", "json"])
        let object = try Self.json(json)
        #expect(object["truncated"] as? Bool == true)
        #expect(object["limit"] as? Int == 1)
        #expect((object["paths"] as? [Any])?.count == 1)
    }

    @Test func pathWithoutAnswerExitsOneAndConflictingModesAreRefused() throws {
        let graph = try Self.importedGraph()
        let none = try CLIRunner.run(["path", "Wagner Group", "NATO", "--graph", graph, "--polarity", "conflict", "--format", "json"])
        #expect(none.status == 1)
        #expect((try Self.json(none)["paths"] as? [Any])?.isEmpty == true)
        let table = try CLIRunner.run(["path", "Wagner Group", "NATO", "--graph", graph, "--polarity", "conflict"])
        #expect(table.status == 1)
        #expect(table.stdout.contains("no path from Wagner Group to NATO"))

        let longer = try CLIRunner.run(["path", "Russia", "Poland", "--graph", graph, "--k", "3", "--max-hops", "2"])
        #expect(longer.status == 0)
        #expect(longer.stdout.contains("1 path longer than 2 hops left out"), "\(longer.stdout)")

        let both = try CLIRunner.run(["path", "Russia", "Poland", "--graph", graph, "--all", "--k", "2"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--all"))
    }

    @Test func pathAndNeighborsRender() throws {
        let graph = try Self.importedGraph()
        let dir = try CLIRunner.temporaryDirectory()
        let svg = dir.appendingPathComponent("path.svg").path
        let path = try CLIRunner.run(["path", "Wagner Group", "Lithuania", "--graph", graph, "--render", svg])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.contains("path 1"), "standard output keeps the answer")
        let drawn = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(drawn.contains("<svg"))
        for name in ["Wagner Group", "Belarus", "Poland", "Lithuania"] { #expect(drawn.contains(name), "\(name)") }
        #expect(!drawn.contains("Russia"), "only the path's actors are drawn")

        let dot = dir.appendingPathComponent("n.dot").path
        let neighbors = try CLIRunner.run(["neighbors", "Poland", "--graph", graph, "--depth", "1", "--render", dot])
        #expect(neighbors.status == 0, "\(neighbors.stderr)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("digraph"))
        #expect(text.contains("Lithuania") && text.contains("Belarus"))
        #expect(!text.contains("Wagner"), "two hops away")

        let bad = try CLIRunner.run(["neighbors", "Poland", "--graph", graph, "--render", dir.appendingPathComponent("n.txt").path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains(".svg"))
    }

    @Test func neighborsListsByDistance() throws {
        let graph = try Self.importedGraph()
        let result = try CLIRunner.run(["neighbors", "Poland", "--graph", graph, "--depth", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        #expect(records.map { $0["name"] as? String } == ["Belarus", "Lithuania", "NATO", "Russia", "Wagner Group"])
        #expect(records.map { $0["distance"] as? Int } == [1, 1, 2, 2, 2])
    }
}
