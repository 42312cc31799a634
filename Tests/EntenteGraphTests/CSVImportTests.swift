import EntenteGraph
import Foundation
import Testing

@Suite struct CSVImportTests {
    let actors = """
        id,name,type
        RUS,Russia,state
        BLR,"Belarus, Republic of",country
        WAG,Wagner Group,armed_group

        """
    let relations = """
        source,target,kind,polarity,weight
        RUS,BLR,ally,cooperation,8
        WAG,BLR,host_troops,,
        BLR,RUS,threaten,conflict,-7\r

        """

    func load(_ actors: String, _ relations: String) throws(ImportError) -> KnowledgeGraph {
        try GraphImport.load(actorsCSV: Data(actors.utf8), relationsCSV: Data(relations.utf8))
    }

    @Test func loadsActorsRelationsAndEvidence() throws {
        let graph = try load(actors, relations)
        #expect(graph.actorCount == 3)
        #expect(graph.relationCount == 3)
        #expect(graph.actor(id: "BLR")?.name == "Belarus, Republic of")
        #expect(graph.actor(id: "WAG")?.kind == .armedGroup)
        #expect(graph.relations.map(\.kind) == [.ally, .hostTroops, .threaten])
        #expect(graph.relations[0].evidence.document == "relations.csv")
        #expect(graph.relations.map(\.evidence.sentence) == [2, 3, 4])
        #expect(graph.relations[0].evidence.text == "")
        #expect(graph.contains(document: "relations.csv"))
        #expect(graph.outgoingRelations(of: graph.at("BLR")) == [2])
        #expect(graph.incomingRelations(of: graph.at("BLR")) == [0, 1])
        #expect(graph.actors(named: "belarus republic of") == [graph.at("BLR")])
    }

    @Test func columnsInAnyOrder() throws {
        let graph = try load("type,name,id\nstate,Russia,RUS\nstate,Belarus,BLR\n", "kind,target,source\nmeet,RUS,BLR\n")
        #expect(graph.sources == [graph.at("BLR")])
    }

    @Test(arguments: [
        ("id,name\nRUS,Russia\n", "source,target,kind\n",
         ImportError.missingColumn(file: "actors.csv", column: "type")),
        ("id,name,type\nRUS,Russia,planet\n", "source,target,kind\n",
         ImportError.badValue(file: "actors.csv", line: 2, column: "type", columnNumber: 3, value: "planet",
                              reason: "is not an actor kind; use one of state, person, organization, armedGroup, igo, other")),
        ("id,name,type\nRUS,Russia,state\nRUS,Russia,state\n", "source,target,kind\n",
         ImportError.badValue(file: "actors.csv", line: 3, column: "id", columnNumber: 1, value: "RUS",
                              reason: "is a duplicate; actor ids must be unique")),
        ("id,name,type\nRUS,Russia,state\n", "source,target,kind\nRUS,XXX,meet\n",
         ImportError.badValue(file: "relations.csv", line: 2, column: "target", columnNumber: 2, value: "XXX",
                              reason: "is not an actor id in the actors file")),
        ("id,name,type\nRUS,Russia,state\n", "source,target,kind\nRUS,RUS\n",
         ImportError.missingField(file: "relations.csv", line: 2, column: "kind", columnNumber: 3)),
        ("id,name,type\nRUS,Russia,state\n", "source,target,kind,polarity\nRUS,RUS,meet,conflict\n",
         ImportError.badValue(file: "relations.csv", line: 2, column: "polarity", columnNumber: 4, value: "conflict",
                              reason: "contradicts kind 'meet', which is cooperation")),
        ("id,name,type\nRUS,Russia,state\n", "source,target,kind,weight\nRUS,RUS,meet,heavy\n",
         ImportError.badValue(file: "relations.csv", line: 2, column: "weight", columnNumber: 4, value: "heavy",
                              reason: "is not a number from -10 to 10")),
        ("id,name,type\nRUS,\"Russia,state\n", "source,target,kind\n",
         ImportError.unterminatedQuote(file: "actors.csv", line: 2)),
    ])
    func badInputNamesFileLineAndColumn(actors: String, relations: String, expected: ImportError) {
        #expect(throws: expected) { try load(actors, relations) }
    }

    @Test func looseSpellingsAndQuotedIDsTakeTheSlowPath() throws {
        let graph = try load(
            "id,name,type\nRUS,Russia,state\n\"B\"\"LR\",Belarus,state\n",
            "source,target,kind,polarity,weight\n\"RUS\",\"B\"\"LR\",Supply-Arms,Cooperation, 8.3\nRUS,\"B\"\"LR\",meet,,-1\n")
        #expect(graph.relations.map(\.kind) == [.supplyArms, .meet])
        #expect(graph.relations[0].target == "B\"LR")
        #expect(throws: ImportError.self) { try load("id,name,type\nRUS,Russia,state\n", "source,target,kind,weight\nRUS,RUS,meet,11\n") }
    }

    @Test func errorMessagesAreReadable() {
        let error = ImportError.badValue(file: "relations.csv", line: 7, column: "kind", columnNumber: 3, value: "hug", reason: "is not a relation kind")
        #expect(error.description == "relations.csv:7: column 3 ('kind'): 'hug' is not a relation kind")
    }

    @Test func loadsFromFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entente-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(actors.utf8).write(to: directory.appendingPathComponent("a.csv"))
        try Data(relations.utf8).write(to: directory.appendingPathComponent("r.csv"))
        let graph = try GraphImport.load(actors: directory.appendingPathComponent("a.csv"), relations: directory.appendingPathComponent("r.csv"))
        #expect(graph.relations[0].evidence.document == "r.csv")
        #expect(throws: ImportError.self) {
            try GraphImport.load(actors: directory.appendingPathComponent("missing.csv"), relations: directory.appendingPathComponent("r.csv"))
        }
    }
}

@Suite struct ForeignKindImportTests {
    static let actors = "id,name,type\nA,Alpha,state\nB,Beta,state\n"

    @Test func foreignKindsAreReadByPolarityAndWeight() throws {
        let relations = "source,target,kind,polarity,weight\nA,B,sign,conflict,-10\nB,A,sign,cooperation,\nA,B,sign,conflict,-10\n"
        var notes: [String] = []
        let graph = try GraphImport.load(actorsCSV: Data(Self.actors.utf8), relationsCSV: Data(relations.utf8), notes: &notes)
        #expect(graph.relations.count == 3)
        #expect(graph.relations[0].kind.polarity == .conflict && graph.relations[0].kind.weight == -10)
        #expect(graph.relations[1].kind.polarity == .cooperation)
        #expect(graph.relations[0].evidence.text == "kind: sign", "the source's label is kept")
        #expect(notes.count == 2, "one note per foreign label and polarity: \(notes)")
        #expect(notes.first?.contains("'sign'") == true)
    }

    @Test func aCAMEOCodeColumnPicksTheKindAndIsKept() throws {
        let relations = "source,target,kind,code\nA,B,airstrike,195\nA,B,attack,183\n"
        var notes: [String] = []
        let graph = try GraphImport.load(actorsCSV: Data(Self.actors.utf8), relationsCSV: Data(relations.utf8), notes: &notes)
        #expect(graph.relations[0].kind.root == "19")
        #expect(graph.relations[0].eventCode == "195")
        #expect(graph.relations[1].kind == .attack && graph.relations[1].eventCode == "183")
        #expect(notes.first?.contains("CAMEO") == true)
    }

    @Test func aForeignKindWithNothingToGoOnIsRefused() {
        let relations = "source,target,kind\nA,B,sign\n"
        #expect(throws: ImportError.self) {
            try GraphImport.load(actorsCSV: Data(Self.actors.utf8), relationsCSV: Data(relations.utf8))
        }
    }
}
