public import Foundation

/// What went wrong reading `actors.csv` / `relations.csv`; each case names the file and,
/// for a bad row, the line (from 1, header included) and the column.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case missingColumn(file: String, column: String)
    case unterminatedQuote(file: String, line: Int)
    case missingField(file: String, line: Int, column: String, columnNumber: Int)
    case badValue(file: String, line: Int, column: String, columnNumber: Int, value: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "cannot read \(file): \(reason)"
        case .missingColumn(let file, let column):
            return "\(file): the header has no '\(column)' column; the first line must name the columns"
        case .unterminatedQuote(let file, let line):
            return "\(file):\(line): a quoted field never closes; check for a stray '\"'"
        case .missingField(let file, let line, let column, let number):
            return "\(file):\(line): column \(number) ('\(column)') is missing; the row has too few fields"
        case .badValue(let file, let line, let column, let number, let value, let reason):
            return "\(file):\(line): column \(number) ('\(column)'): '\(value)' \(reason)"
        }
    }
}

/// Loads a graph from two CSV files, as other tools export them:
///
/// - `actors.csv`: columns `id,name,type`; `type` is an actor kind in any spelling
///   `ActorKind(loose:)` accepts (`state`, `armed_group`, `IGO`…); ids must be unique.
/// - `relations.csv`: columns `source,target,kind,polarity,weight`; `source` and `target` are
///   actor ids, `kind` a `RelationKind` (loose spelling). `polarity`, `weight` and `code` (or
///   `cameo`) may be empty; when given, the polarity must be the kind's and the weight a
///   number from -10 to 10 (the kind's Goldstein weight is what queries use), and the code is
///   kept as the relation's CAMEO event code.
/// - A kind from elsewhere (`sign`, `trade`) is read as the nearest `RelationKind` its row's
///   code, polarity and weight point to (see `ForeignKind`); its label stays in the evidence
///   text, and `notes` says once per label and polarity how it was read. A foreign kind with neither a
///   polarity nor a code is an error.
///
/// Columns are found by header name, in any order; other columns are ignored. Each relation
/// is asserted and carries an `Evidence` whose document is the relations file's name and
/// whose sentence is the row's line number, with empty text.
public enum GraphImport {
    /// - Complexity: O(size of the files).
    public static func load(actors actorsURL: URL, relations relationsURL: URL) throws(ImportError) -> KnowledgeGraph {
        var notes: [String] = []
        return try load(actors: actorsURL, relations: relationsURL, notes: &notes)
    }

    /// As `load(actors:relations:)`, adding to `notes` one line per foreign relation kind
    /// saying how it was read.
    public static func load(actors actorsURL: URL, relations relationsURL: URL, notes: inout [String]) throws(ImportError) -> KnowledgeGraph {
        let actorsData = try read(actorsURL), relationsData = try read(relationsURL)
        return try load(
            actorsCSV: actorsData, actorsFile: actorsURL.lastPathComponent,
            relationsCSV: relationsData, relationsFile: relationsURL.lastPathComponent, notes: &notes)
    }

    /// Loads from bytes already in memory; the file names appear in errors and evidence.
    /// - Complexity: O(size of the files).
    public static func load(
        actorsCSV: Data, actorsFile: String = "actors.csv", relationsCSV: Data,
        relationsFile: String = "relations.csv"
    ) throws(ImportError) -> KnowledgeGraph {
        var notes: [String] = []
        return try load(actorsCSV: actorsCSV, actorsFile: actorsFile, relationsCSV: relationsCSV, relationsFile: relationsFile, notes: &notes)
    }

    /// Loads from bytes already in memory, adding to `notes` how foreign kinds were read.
    public static func load(
        actorsCSV: Data, actorsFile: String = "actors.csv", relationsCSV: Data,
        relationsFile: String = "relations.csv", notes: inout [String]
    ) throws(ImportError) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let estimate = relationsCSV.count / 24
        graph.reserveCapacity(actors: actorsCSV.count / 16, relations: estimate)
        // `withUnsafeBytes` rethrows untyped errors; carry ours out by value.
        var failure: ImportError?
        actorsCSV.withUnsafeBytes { bytes in
            do throws(ImportError) { try readActors(bytes, file: actorsFile, into: &graph) } catch { failure = error }
        }
        if let failure { throw failure }
        relationsCSV.withUnsafeBytes { bytes in
            do throws(ImportError) { try readRelations(bytes, file: relationsFile, into: &graph, notes: &notes) } catch { failure = error }
        }
        if let failure { throw failure }
        graph.register(DocumentInfo(id: relationsFile))
        return graph
    }

    private static func read(_ url: URL) throws(ImportError) -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw .unreadable(file: url.path, reason: FileErrorText.reason(error, path: url.path))
        }
    }

    /// Column positions from the header row.
    private struct Header {
        var names: [String]
        func position(of column: String, in file: String, required: Bool) throws(ImportError) -> Int? {
            if let found = names.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == column }) {
                return found
            }
            if required { throw .missingColumn(file: file, column: column) }
            return nil
        }
    }

    /// Runs the CSV reader with a typed error: the header goes to `header`, each later row to `row`.
    private static func scan(
        _ bytes: UnsafeRawBufferPointer, file: String,
        header: ([String]) throws(ImportError) -> Void,
        row: ([CSVReader.Field], Int) throws(ImportError) -> Void
    ) throws(ImportError) {
        var sawHeader = false
        do {
            try CSVReader.read(bytes) { fields, line in
                if !sawHeader {
                    sawHeader = true
                    try header(fields.map { CSVReader.string($0, in: bytes) })
                } else {
                    try row(fields, line)
                }
            }
        } catch let error as ImportError {
            throw error
        } catch CSVReader.Failure.unterminatedQuote(let line) {
            throw .unterminatedQuote(file: file, line: line)
        } catch {
            throw .unreadable(file: file, reason: "\(error)")
        }
        if !sawHeader { throw .missingColumn(file: file, column: "id") }
    }

    private static func readActors(
        _ bytes: UnsafeRawBufferPointer, file: String, into graph: inout KnowledgeGraph
    ) throws(ImportError) {
        var columns: (id: Int, name: Int, type: Int) = (0, 0, 0)
        var headerNames: [String] = []
        var kinds: [String: ActorKind] = [:]
        try scan(bytes, file: file) { (names: [String]) throws(ImportError) in
            let header = Header(names: names)
            headerNames = names
            columns = (
                try header.position(of: "id", in: file, required: true) ?? 0,
                try header.position(of: "name", in: file, required: true) ?? 1,
                try header.position(of: "type", in: file, required: true) ?? 2
            )
        } row: { (fields: [CSVReader.Field], line: Int) throws(ImportError) in
            func field(_ column: Int) throws(ImportError) -> String {
                guard column < fields.count else {
                    throw .missingField(file: file, line: line, column: headerNames[column], columnNumber: column + 1)
                }
                return CSVReader.string(fields[column], in: bytes)
            }
            let id = try field(columns.id)
            guard !id.isEmpty else {
                throw .badValue(file: file, line: line, column: "id", columnNumber: columns.id + 1, value: id, reason: "is empty; every actor needs an id")
            }
            guard graph.index(ofID: id) == nil else {
                throw .badValue(file: file, line: line, column: "id", columnNumber: columns.id + 1, value: id, reason: "is a duplicate; actor ids must be unique")
            }
            let name = try field(columns.name)
            let typeText = try field(columns.type)
            let kind: ActorKind
            if let known = kinds[typeText] {
                kind = known
            } else if let parsed = ActorKind(loose: typeText) {
                kinds[typeText] = parsed
                kind = parsed
            } else {
                throw .badValue(
                    file: file, line: line, column: "type", columnNumber: columns.type + 1, value: typeText,
                    reason: "is not an actor kind; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            graph.add(Actor(id: id, name: name.isEmpty ? id : name, kind: kind))
        }
    }

    /// Parses `-?digits(.digits)?` from bytes; nil for anything else (which then goes through
    /// `Double(String)` and gets a proper error message if it is not a number).
    static func quickNumber(_ text: UnsafeRawBufferPointer) -> Double? {
        var i = 0, negative = false
        if i < text.count && text[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value = 0.0, digits = 0, scale = 1.0, fraction = false
        while i < text.count {
            let byte = text[i]
            if byte >= 0x30 && byte <= 0x39 {
                if fraction { scale /= 10 }
                value = value * 10 + Double(byte - 0x30)
                digits += 1
            } else if byte == UInt8(ascii: ".") && !fraction {
                fraction = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, digits < 16 else { return nil }
        return (negative ? -value : value) * scale
    }

    private static func readRelations(
        _ bytes: UnsafeRawBufferPointer, file: String, into graph: inout KnowledgeGraph, notes: inout [String]
    ) throws(ImportError) {
        var columns: (source: Int, target: Int, kind: Int, polarity: Int?, weight: Int?, code: Int?) = (0, 1, 2, nil, nil, nil)
        // Foreign kinds by label, polarity, weight and code: rows of one label may differ.
        var foreign: [[String]: ForeignKind] = [:]
        var explained: Set<String> = []
        var headerNames: [String] = []
        var kinds: [String: RelationKind] = [:]
        var weights: [String: Double] = [:]
        let ids = ActorIDTable(ids: graph.actors.map(\.id))
        let kindNames = ActorIDTable(ids: RelationKind.byCode.map(\.rawValue))
        let polarityNames = ActorIDTable(ids: Polarity.allCases.map(\.rawValue))
        try scan(bytes, file: file) { (names: [String]) throws(ImportError) in
            let header = Header(names: names)
            headerNames = names
            columns = (
                try header.position(of: "source", in: file, required: true) ?? 0,
                try header.position(of: "target", in: file, required: true) ?? 1,
                try header.position(of: "kind", in: file, required: true) ?? 2,
                try header.position(of: "polarity", in: file, required: false),
                try header.position(of: "weight", in: file, required: false),
                try header.position(of: "code", in: file, required: false)
            )
            if columns.code == nil { columns.code = try header.position(of: "cameo", in: file, required: false) }
        } row: { (fields: [CSVReader.Field], line: Int) throws(ImportError) in
            func field(_ column: Int) throws(ImportError) -> String {
                guard column < fields.count else {
                    throw .missingField(file: file, line: line, column: headerNames[column], columnNumber: column + 1)
                }
                return CSVReader.string(fields[column], in: bytes)
            }
            func bad(_ column: Int, _ value: String, _ reason: String) -> ImportError {
                .badValue(file: file, line: line, column: headerNames[column], columnNumber: column + 1, value: value, reason: reason)
            }
            func endpoint(_ column: Int) throws(ImportError) -> ActorIndex {
                guard column < fields.count else {
                    throw .missingField(file: file, line: line, column: headerNames[column], columnNumber: column + 1)
                }
                let f = fields[column]
                // Unquoted ids (nearly all) are looked up by their bytes; quoted ones may hold
                // doubled quotes and go through a String.
                let found = f.quoted
                    ? graph.index(ofID: CSVReader.string(f, in: bytes))
                    : ids.index(of: UnsafeRawBufferPointer(rebasing: bytes[f.start..<f.end]))
                guard let found else { throw bad(column, CSVReader.string(f, in: bytes), "is not an actor id in the actors file") }
                return found
            }
            let source = try endpoint(columns.source)
            let target = try endpoint(columns.target)
            func raw(_ column: Int) -> UnsafeRawBufferPointer? {
                guard column < fields.count, !fields[column].quoted else { return nil }
                return UnsafeRawBufferPointer(rebasing: bytes[fields[column].start..<fields[column].end])
            }
            // Canonical spellings resolve from bytes; anything else takes the String path below.
            if let kindBytes = raw(columns.kind), let code = kindNames.index(of: kindBytes) {
                let kind = RelationKind.byCode[Int(code)]
                let polarityFits = columns.polarity.map { column in
                    raw(column).map { $0.isEmpty || polarityNames.index(of: $0).map { Polarity.allCases[Int($0)] } == kind.polarity } ?? false
                } ?? true
                let weightFits = columns.weight.map { column in
                    raw(column).map { $0.isEmpty || Self.quickNumber($0).map { (-10...10).contains($0) } == true } ?? false
                } ?? true
                if polarityFits && weightFits {
                    let code = try columns.code.map { column throws(ImportError) in try field(column) }.flatMap { $0.isEmpty ? nil : $0 }
                    let relation = Relation(
                        source: graph.actors[Int(source)].id, target: graph.actors[Int(target)].id, kind: kind, code: code,
                        evidence: Evidence(document: file, sentence: line, start: 0, end: 0, text: ""))
                    graph.append(relation, source: source, target: target)
                    return
                }
            }
            let kindText = try field(columns.kind)
            let codeText = try columns.code.map { column throws(ImportError) in try field(column) }.flatMap { $0.isEmpty ? nil : $0 }
            let kind: RelationKind
            let code = codeText
            if let known = kinds[kindText] {
                kind = known
            } else if let parsed = RelationKind(loose: kindText) {
                kinds[kindText] = parsed
                kind = parsed
            } else {
                let polarityText = try columns.polarity.map { column throws(ImportError) in try field(column) } ?? ""
                let weightText = try columns.weight.map { column throws(ImportError) in try field(column) } ?? ""
                let key = [kindText, polarityText, weightText, codeText ?? ""]
                var reading = foreign[key]
                if reading == nil {
                    var polarity: Polarity?
                    if !polarityText.isEmpty {
                        guard let stated = Polarity(rawValue: polarityText.lowercased()) else {
                            throw bad(columns.polarity ?? 0, polarityText, "is not a polarity; use cooperation, conflict or affiliation")
                        }
                        polarity = stated
                    }
                    var weight: Double?
                    if !weightText.isEmpty {
                        guard let value = Double(weightText.trimmingCharacters(in: .whitespaces)), value >= -10, value <= 10 else {
                            throw bad(columns.weight ?? 0, weightText, "is not a number from -10 to 10")
                        }
                        weight = value
                    }
                    reading = ForeignKind.read(code: codeText, polarity: polarity, weight: weight)
                    if let reading, foreign.count < 65536 { foreign[key] = reading }
                }
                guard let reading else {
                    throw bad(
                        columns.kind, kindText,
                        "is not a relation kind; give a polarity column (cooperation, conflict or affiliation) or a CAMEO code column to import kinds from elsewhere, or use one of Entente's kinds (e.g. ally, threaten, member_of)")
                }
                if explained.insert("\(kindText)\u{0}\(reading.kind.polarity.rawValue)").inserted {
                    let how = columns.code != nil && codeText != nil ? "by its CAMEO code" : "by its polarity"
                    notes.append(
                        "\(file): kind '\(kindText)' is not Entente's; read \(how) as \(reading.kind.rawValue) (\(reading.kind.polarity.rawValue)), label kept in the evidence")
                }
                let relation = Relation(
                    source: graph.actors[Int(source)].id, target: graph.actors[Int(target)].id, kind: reading.kind,
                    code: reading.code ?? codeText,
                    evidence: Evidence(document: file, sentence: line, start: 0, end: 0, text: "kind: \(kindText)"))
                graph.append(relation, source: source, target: target)
                return
            }
            if let column = columns.polarity {
                let text = try field(column)
                if !text.isEmpty && text != kind.polarity.rawValue {
                    guard let polarity = Polarity(rawValue: text.lowercased()) else {
                        throw bad(column, text, "is not a polarity; use cooperation, conflict or affiliation")
                    }
                    if polarity != kind.polarity {
                        throw bad(column, text, "contradicts kind '\(kind.rawValue)', which is \(kind.polarity.rawValue)")
                    }
                }
            }
            if let column = columns.weight {
                let text = try field(column)
                if !text.isEmpty && weights[text] == nil {
                    guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value >= -10, value <= 10 else {
                        throw bad(column, text, "is not a number from -10 to 10")
                    }
                    // Weights repeat (one per kind), so remembering them spares most parsing.
                    if weights.count < 4096 { weights[text] = value }
                }
            }
            let relation = Relation(
                source: graph.actors[Int(source)].id, target: graph.actors[Int(target)].id, kind: kind, code: code,
                evidence: Evidence(document: file, sentence: line, start: 0, end: 0, text: ""))
            graph.append(relation, source: source, target: target)
        }
    }
}
