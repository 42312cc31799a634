import EntenteGraph
import Foundation
import Testing

@testable import EntenteRendering

@Suite struct StyleSheetTests {
    static let sample = """
        description: test sheet
        graph:
          rankdir: LR
        node:
          shape: ellipse
          fontsize: 12
        edge:
          color: black
          penwidth: 1
        actorKinds:
          state:
            shape: box
        polarities:
          conflict:
            color: red
            style: dashed
        kinds:
          attack:
            color: darkred
        certainties:
          hypothetical:
            style: dotted
        """

    @Test func cascadeOrdersDefaultPolarityKindCertainty() throws {
        let sheet = try StyleSheet.parse(Self.sample, source: "sample.yaml")
        #expect(sheet.name == "sample")
        #expect(sheet.description == "test sheet")
        #expect(sheet.graph == ["rankdir": "LR"])

        let plain = sheet.edgeAttributes(polarity: .conflict, kind: .threaten, certainty: .asserted)
        #expect(plain == ["color": "red", "style": "dashed", "penwidth": "1"])
        let attack = sheet.edgeAttributes(polarity: .conflict, kind: .attack, certainty: .asserted)
        #expect(attack["color"] == "darkred")
        #expect(attack["style"] == "dashed")
        let possible = sheet.edgeAttributes(polarity: .conflict, kind: .attack, certainty: .hypothetical)
        #expect(possible == ["color": "darkred", "style": "dotted", "penwidth": "1"])
        let cooperation = sheet.edgeAttributes(polarity: .cooperation, kind: nil, certainty: .asserted)
        #expect(cooperation == ["color": "black", "penwidth": "1"])
    }

    @Test func nodeAttributesCascadeByActorKind() throws {
        let sheet = try StyleSheet.parse(Self.sample, source: "sample.yaml")
        #expect(sheet.nodeAttributes(for: .state) == ["shape": "box", "fontsize": "12"])
        #expect(sheet.nodeAttributes(for: .person) == ["shape": "ellipse", "fontsize": "12"])
    }

    @Test func emptyDocumentIsAnEmptySheet() throws {
        let sheet = try StyleSheet.parse("", source: "empty.yaml")
        #expect(sheet.graph.isEmpty && sheet.polarities.isEmpty)
    }

    @Test func unknownAttributeNamesItsLineAndASuggestion() {
        let yaml = "node:\n  shape: box\n  fontsise: 12\n"
        #expect {
            try StyleSheet.parse(yaml, source: "bad.yaml")
        } throws: { error in
            guard case .unknownAttribute(let location, let name, _, let suggestion) = error as? StyleError else { return false }
            return location == .init(file: "bad.yaml", line: 3, column: 3) && name == "fontsise" && suggestion == "fontsize"
                && (error as? StyleError)?.description.contains("bad.yaml:3:3") == true
        }
    }

    @Test func misplacedAttributeSaysWhereItBelongs() throws {
        let yaml = "edge:\n  color: red\n  shape: box\n"
        let error = try #require(throws: StyleError.self) { try StyleSheet.parse(yaml, source: "s.yaml") }
        guard case .misplacedAttribute(let location, "shape", _, let appliesTo) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(location.line == 3)
        #expect(appliesTo == "nodes")
    }

    @Test func unknownSectionsAndKindsListTheValidOnes() throws {
        let section = try #require(throws: StyleError.self) { try StyleSheet.parse("graph: {}\nnodes:\n  shape: box\n", source: "s.yaml") }
        #expect(section.location?.line == 2)
        #expect(section.description.contains("actorKinds"))

        let kind = try #require(throws: StyleError.self) {
            try StyleSheet.parse("actorKinds:\n  state: {shape: box}\n  armed_group: {shape: octagon}\n", source: "s.yaml")
        }
        guard case .unknownKey(let location, "armed_group", _, let expected) = kind else {
            Issue.record("unexpected \(kind)")
            return
        }
        #expect(location.line == 3)
        #expect(expected.contains("armedGroup"))

        let negated = try #require(throws: StyleError.self) { try StyleSheet.parse("certainties:\n  negated: {style: invis}\n", source: "s.yaml") }
        #expect(negated.location?.line == 2)
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let yaml = "graph:\n  rankdir: LR\n node:\n  shape: [box\n"
        let error = try #require(throws: StyleError.self) { try StyleSheet.parse(yaml, source: "broken.yaml") }
        guard case .syntax(let location, _, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(location.file == "broken.yaml")
        #expect(location.line >= 2)
        #expect(error.description.contains("broken.yaml:\(location.line):"))
    }

    @Test func duplicateKeysAreAnError() throws {
        let error = try #require(throws: StyleError.self) { try StyleSheet.parse("node:\n  shape: box\n  shape: ellipse\n", source: "d.yaml") }
        guard case .syntax(let location, _, let text) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(location.line > 0)
        #expect(text == "shape")
    }

    @Test func reservedAndMalformedValuesAreRejected() throws {
        let reserved = try #require(throws: StyleError.self) { try StyleSheet.parse("node:\n  label: hi\n", source: "r.yaml") }
        guard case .reservedAttribute(let location, "label", _) = reserved else {
            Issue.record("unexpected \(reserved)")
            return
        }
        #expect(location.line == 2)

        let layout = try #require(throws: StyleError.self) { try StyleSheet.parse("graph:\n  layout: neato\n", source: "r.yaml") }
        #expect(layout.description.contains("--layout"))
        #expect(layout.location?.line == 2)

        let list = try #require(throws: StyleError.self) { try StyleSheet.parse("node:\n  shape: [box, ellipse]\n", source: "r.yaml") }
        guard case .invalidValue(let listLocation, "shape", _, _) = list else {
            Issue.record("unexpected \(list)")
            return
        }
        #expect(listLocation.line == 2)

        let empty = try #require(throws: StyleError.self) { try StyleSheet.parse("node:\n  shape:\n", source: "r.yaml") }
        guard case .invalidValue(_, "shape", _, _) = empty else {
            Issue.record("unexpected \(empty)")
            return
        }
    }

    @Test(arguments: ["default", "print", "dark", "colorblind"])
    func shippedStylesLoadAndCoverEveryKind(name: String) throws {
        let sheet = try StyleSheet.resolve(name)
        #expect(sheet.name == name)
        #expect(!sheet.description.isEmpty)
        for kind in ActorKind.allCases { #expect(sheet.actorKinds[kind]?["shape"] != nil, "\(name): \(kind)") }
        for polarity in Polarity.allCases { #expect(sheet.polarities[polarity] != nil, "\(name): \(polarity)") }
        #expect(sheet.certainties[.reported] != nil && sheet.certainties[.hypothetical] != nil)
        #expect(sheet.graph["overlap"] == "false")
    }

    @Test func resolveTakesNilNamesAndPaths() throws {
        #expect(try StyleSheet.resolve(nil).name == "default")
        let path = try StyleSheet.resolve("dark").source
        let byPath = try StyleSheet.resolve(path)
        #expect(byPath.graph == (try StyleSheet.resolve("dark")).graph)
        let missing = try #require(throws: StyleError.self) { try StyleSheet.resolve("no-such-style") }
        guard case .notFound(let name, let searched) = missing else {
            Issue.record("unexpected \(missing)")
            return
        }
        #expect(name == "no-such-style")
        #expect(!searched.isEmpty)
        #expect(throws: StyleError.self) { try StyleSheet.resolve("/nonexistent/style.yaml") }
    }

    @Test func availableStylesListsTheShippedOnes() {
        let names = StyleSheet.availableStyles().map(\.name)
        for name in ["colorblind", "dark", "default", "print"] { #expect(names.contains(name)) }
        #expect(names == names.sorted())
    }
}
