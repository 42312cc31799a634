import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ExportFormatTests {
    let graph: KnowledgeGraph
    let view: DiagramView

    init() throws {
        graph = try HostileFixtures.graph()
        view = DiagramView(exporting: graph)
    }

    /// What a hostile name should read as once an export is parsed back.
    private func cleaned(_ id: String) -> String { LabelText.clean(HostileFixtures.names[id] ?? "") }

    // MARK: The export view

    @Test func exportViewHoldsEveryAdmittedActorAndTie() throws {
        #expect(view.actors.count == 12)
        #expect(view.ties.count == 8)
        #expect(view.actors.contains { view.actor($0).id == "LONELY" })
        #expect(!view.ties.contains { $0.certainty == .negated })
        #expect(!view.options.legend)
        let conflictOnly = DiagramView(exporting: graph, filter: RelationFilter(polarities: [.conflict]))
        #expect(conflictOnly.ties.allSatisfy { $0.polarity == .conflict })
        #expect(conflictOnly.actors.count == 12)
        let people = DiagramView(exporting: graph, filter: RelationFilter(actorKinds: [.person]))
        #expect(people.actors.map { people.actor($0).id } == ["LONELY"])
        #expect(people.ties.isEmpty)
    }

    @Test func deniedClaimsOnlyWhenAskedAndNeverMerged() throws {
        let withDenials = DiagramView(exporting: graph, includeNegated: true)
        #expect(withDenials.ties.count == 9)
        let denial = try #require(withDenials.ties.first { $0.certainty == .negated })
        #expect(denial.key == "conflict-negated")
        #expect(denial.kinds == [.invade])
        #expect(Set([withDenials.actor(denial.tail).id, withDenials.actor(denial.head).id]) == ["BIDI", "CONTROL"])
        let made = try #require(withDenials.ties.first { $0.key == "conflict" && withDenials.actor($0.head).id == "CONTROL" })
        #expect(made.kinds == [.fight])
        let json = try #require(try JSONSerialization.jsonObject(with: GraphExport.json(withDenials)) as? [String: Any])
        #expect((json["links"] as? [Any])?.count == 9)
        // The filter's other rules apply to denials as well.
        let cooperationOnly = DiagramView(exporting: graph, filter: RelationFilter(polarities: [.cooperation]), includeNegated: true)
        #expect(!cooperationOnly.ties.contains { $0.certainty == .negated })
    }

    // MARK: GraphML

    @Test func graphmlIsWellFormedAndComplete() throws {
        let data = GraphExport.graphml(view)
        let document = try XMLDocument(data: data, options: [])
        let root = try #require(document.rootElement())
        #expect(root.localName == "graphml")
        let graphElement = try #require(root.elements(forLocalName: "graph", uri: nil).first ?? children(root, named: "graph").first)
        let nodes = children(graphElement, named: "node")
        let edges = children(graphElement, named: "edge")
        #expect(nodes.count == view.actors.count)
        #expect(edges.count == view.ties.count)
        let ids = nodes.compactMap { $0.graphmlAttribute("id") }
        #expect(Set(ids).count == ids.count, "ids stay unique after cleaning")
        for edge in edges {
            #expect(ids.contains(edge.graphmlAttribute("source") ?? ""))
            #expect(ids.contains(edge.graphmlAttribute("target") ?? ""))
        }
        // Names read back as written, minus what XML cannot hold.
        let names = nodes.compactMap { value(of: $0, key: "n_name") }
        for id in ["SCRIPT", "QUOTE", "FORMULA", "SLASH", "CONTROL", "BIDI", "CYPHER"] {
            #expect(names.contains(cleaned(id)), "\(id)")
        }
        #expect(!children(root, named: "script", deep: true).contains { _ in true })
        let quote = try #require(nodes.first { $0.graphmlAttribute("id") == "QUOTE" })
        #expect(value(of: quote, key: "n_code") == "Q\"1")
        #expect(value(of: quote, key: "n_affiliation") == nil)
    }

    @Test func graphmlEdgesCarryTheTieAttributes() throws {
        let document = try XMLDocument(data: GraphExport.graphml(view), options: [])
        let edges = children(try #require(document.rootElement()), named: "edge", deep: true)
        let attack = try #require(edges.first { value(of: $0, key: "e_polarity") == "conflict" && $0.graphmlAttribute("source") == "SCRIPT" })
        #expect(value(of: attack, key: "e_kind") == "attack")
        #expect(value(of: attack, key: "e_weight") == "20.0", "Gephi wants a positive strength")
        #expect(value(of: attack, key: "e_goldstein") == "-20.0")
        #expect(value(of: attack, key: "e_sign") == "-1")
        #expect(value(of: attack, key: "e_codes") == "190")
        #expect(value(of: attack, key: "e_evidence_count") == "2")
        #expect(value(of: attack, key: "e_certainty") == "asserted")
        #expect(value(of: attack, key: "e_first_date") == "2024-01-01")
        #expect(value(of: attack, key: "e_last_date") == "2024-02-03")
        let threat = try #require(edges.first { value(of: $0, key: "e_kind") == "threaten" })
        #expect(value(of: threat, key: "e_first_date") == nil, "unknown dates are left out, not empty")
    }

    // MARK: CSV

    @Test func csvFollowsNeo4jImportLayout() throws {
        let export = GraphExport.csv(view)
        let actors = try ExportReaders.csv(export.actors)
        let relations = try ExportReaders.csv(export.relations)
        #expect(actors.first == GraphExport.actorColumns)
        #expect(relations.first == GraphExport.relationColumns)
        #expect(actors.count == view.actors.count + 1)
        #expect(relations.count == view.ties.count + 1)
        #expect(actors.allSatisfy { $0.count == GraphExport.actorColumns.count })
        #expect(relations.allSatisfy { $0.count == GraphExport.relationColumns.count })
        let ids = Set(actors.dropFirst().map { $0[0] })
        #expect(ids.count == actors.count - 1)
        for row in relations.dropFirst() {
            #expect(ids.contains(row[0]) && ids.contains(row[1]))
            #expect((Double(row[8]) ?? 0) > 0, "weight \(row[8]) is a positive number")
            #expect(Int(row[11]) != nil)
            #expect(["COOPERATION", "CONFLICT", "AFFILIATION"].contains(row[2]))
        }
        let byID = Dictionary(uniqueKeysWithValues: actors.dropFirst().map { ($0[0], $0) })
        #expect(byID["QUOTE"]?[1] == cleaned("QUOTE"))
        #expect(byID["SCRIPT"]?[1] == cleaned("SCRIPT"))
        #expect(byID["SCRIPT"]?[5] == "Actor;ArmedGroup")
        #expect(byID["LONELY"]?[5] == "Actor;Person")
        #expect(byID["LONELY"]?[1] == "'-Lonely, isolated")
    }

    @Test(arguments: ["FORMULA", "PLUS", "AT"])
    func csvCellsNeverStartAFormula(id: String) throws {
        let actors = try ExportReaders.csv(GraphExport.csv(view).actors)
        let row = try #require(actors.first { $0[0] == id })
        #expect(row[1] == "'" + cleaned(id))
        for row in actors.dropFirst() {
            for cell in row {
                #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(cell)")
            }
        }
    }

    @Test func csvNegativeWeightsAreNumbersNotText() throws {
        let relations = try ExportReaders.csv(GraphExport.csv(view).relations)
        #expect(relations.contains { $0[9] == "-20.0" && $0[7] == "-1" })
        #expect(relations.contains { $0[13] == "2024-01-01" }, "whole ISO dates fill Neo4j's date columns")
    }

    // MARK: Cypher

    @Test func cypherLiteralsCloseWhereTheyShould() throws {
        let text = try #require(String(data: GraphExport.cypher(view), encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let statements = lines.filter { !$0.hasPrefix("//") }
        #expect(statements.count == view.actors.count + view.ties.count)
        #expect(statements.allSatisfy { $0.hasSuffix(";") })
        let merges = statements.filter { $0.hasPrefix("MERGE (a:Actor {id: ") }
        #expect(merges.count == view.actors.count)
        var names: [String] = []
        for merge in merges {
            let literals = try ExportReaders.cypherLiterals(merge)
            // id, name, kind, then optional code and affiliation; the text outside the
            // literals is fixed, so nothing from a name leaked into the statement.
            #expect(literals.count >= 3)
            names.append(literals[1])
            var skeleton = merge
            for literal in literals {
                let escaped = ExportText.cypher(literal)
                if let range = skeleton.range(of: escaped) { skeleton.replaceSubrange(range, with: "''") }
            }
            #expect(skeleton.hasPrefix("MERGE (a:Actor {id: ''}) SET a.name = '', a.kind = ''"), "\(skeleton)")
        }
        for id in ["SCRIPT", "QUOTE", "SLASH", "CONTROL", "CYPHER"] {
            #expect(names.contains(cleaned(id)), "\(id)")
        }
        let creates = statements.filter { $0.hasPrefix("MATCH ") }
        #expect(creates.count == view.ties.count)
        for create in creates { _ = try ExportReaders.cypherLiterals(create) }
        #expect(creates.contains {
            $0.contains("MERGE (s)-[r:CONFLICT {key: 'conflict'}]->(t) SET r.kind = ['attack'], r.polarity = 'conflict', r.sign = -1, r.weight = 20.0, r.goldstein = -20.0")
                && $0.contains("r.first_date = date('2024-01-01')")
        })
        #expect(lines.filter { $0.hasPrefix("// kuzu: CREATE ") }.count == GraphExport.kuzuCypherSchema.count)
    }

    @Test func cypherEscapesBackslashQuoteAndBreaks() {
        #expect(ExportText.cypher(#"a\b'c"d"#) == #"'a\\b\'c"d'"#)
        // Line breaks become spaces when cleaned, so a statement stays on one line.
        #expect(ExportText.cypher("a\nb") == "'a b'")
    }

    // MARK: Every format

    @Test func sameGraphSameBytes() throws {
        var reversed = KnowledgeGraph()
        for actor in graph.actors.reversed() { reversed.add(actor) }
        for relation in graph.relations.reversed() { try reversed.add(relation) }
        for includeNegated in [false, true] {
            let first = DiagramView(exporting: graph, includeNegated: includeNegated)
            let again = DiagramView(exporting: graph, includeNegated: includeNegated)
            let shuffled = DiagramView(exporting: reversed, includeNegated: includeNegated)
            for other in [again, shuffled] {
                #expect(GraphExport.graphml(first) == GraphExport.graphml(other))
                #expect(GraphExport.csv(first) == GraphExport.csv(other))
                #expect(GraphExport.cypher(first) == GraphExport.cypher(other))
                #expect(GraphExport.json(first) == GraphExport.json(other))
            }
        }
    }

    @Test func dotOfTheExportViewParsesWithEveryActorAndTie() throws {
        let style = try StyleSheet.resolve("default")
        let dot = try DiagramRenderer.render(DiagramView(exporting: graph, includeNegated: true), style: style, format: .dot)
        let parsed = try GraphvizBridge.parse(dot: String(decoding: dot, as: UTF8.self))
        #expect(parsed.nodes == 12)
        #expect(parsed.edges == 9)
    }

    // MARK: Helpers

    private func children(_ element: XMLElement, named name: String, deep: Bool = false) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in element.children ?? [] {
            guard let child = child as? XMLElement else { continue }
            if child.localName == name || child.name == name { found.append(child) }
            if deep { found += children(child, named: name, deep: true) }
        }
        return found
    }

    private func value(of element: XMLElement, key: String) -> String? {
        children(element, named: "data").first { $0.graphmlAttribute("key") == key }?.stringValue
    }
}

extension XMLElement {
    /// By scanning, because `attribute(forName:)` misses attributes in a default namespace
    /// on Linux.
    fileprivate func graphmlAttribute(_ name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}

@Suite struct ExportIdentifierTests {
    @Test func anIdThatWasAlreadyCleanKeepsIt() throws {
        let view = DiagramView(exporting: try HostileFixtures.graph())
        let rows = try ExportReaders.csv(GraphExport.csv(view).actors)
        let names = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[1]) })
        #expect(names["IDTWIN"] == "Twin two")
        #expect(names["IDTWIN~2"] == "Twin one")
    }
}

@Suite struct ExportAgreementTests {
    /// Every format of one export view holds the same actors and ties, so a tool never sees
    /// a different graph from the JSON one.
    @Test(arguments: [false, true])
    func everyFormatCountsTheSame(includeNegated: Bool) throws {
        for graph in [try Fixtures.europe(), try HostileFixtures.graph()] {
            let view = DiagramView(exporting: graph, includeNegated: includeNegated)
            let json = try #require(try JSONSerialization.jsonObject(with: GraphExport.json(view)) as? [String: Any])
            let nodes = (json["nodes"] as? [Any])?.count, links = (json["edges"] as? [Any])?.count
            #expect(nodes == view.actors.count && links == view.ties.count)
            #expect((json["links"] as? [Any])?.count == links, "networkx before 3.6 reads links")
            let csv = GraphExport.csv(view)
            #expect(try ExportReaders.csv(csv.actors).count - 1 == nodes)
            #expect(try ExportReaders.csv(csv.relations).count - 1 == links)
            let cypher = String(decoding: GraphExport.cypher(view), as: UTF8.self).split(separator: "\n")
            #expect(cypher.filter { $0.hasPrefix("MERGE ") }.count == nodes)
            #expect(cypher.filter { $0.hasPrefix("MATCH ") }.count == links)
            let graphml = String(decoding: GraphExport.graphml(view), as: UTF8.self)
            #expect(graphml.components(separatedBy: "<node id=").count - 1 == nodes)
            #expect(graphml.components(separatedBy: "<edge id=").count - 1 == links)
        }
    }
}
