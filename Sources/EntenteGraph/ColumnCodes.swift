/// Narrow codes for the per-relation columns: a kind or certainty in one byte, so that a
/// filter is a table lookup rather than a comparison of enums inside 150-byte records.
extension RelationKind {
    static let byCode: [RelationKind] = allCases
    private static let codes: [RelationKind: UInt8] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, UInt8($0.offset)) })

    /// Position in `allCases`; stable within one build, stored in binary snapshots by name.
    var code: UInt8 { Self.codes[self] ?? 0 }
}

extension Certainty {
    static let byCode: [Certainty] = allCases
    var code: UInt8 {
        switch self {
        case .asserted: return 0
        case .reported: return 1
        case .hypothetical: return 2
        case .negated: return 3
        }
    }
}

extension ActorKind {
    static let byCode: [ActorKind] = allCases
    var code: UInt8 {
        switch self {
        case .state: return 0
        case .person: return 1
        case .organization: return 2
        case .armedGroup: return 3
        case .igo: return 4
        case .other: return 5
        }
    }
}

/// A `RelationFilter` turned into lookup tables over the graph's columns.
struct CompiledFilter {
    /// Indexed by `kind code * 4 + certainty code`.
    let admitsCode: [Bool]
    /// Per actor; empty when every actor kind is admitted.
    let admitsActor: [Bool]
    let filter: RelationFilter
    private let checksDates: Bool

    init(_ filter: RelationFilter, graph: KnowledgeGraph) {
        self.filter = filter
        var table = [Bool](repeating: false, count: RelationKind.byCode.count * 4)
        // The table answers for kind and certainty only; dates are checked per relation.
        var undated = filter
        undated.from = nil
        undated.through = nil
        for kind in RelationKind.allCases {
            for certainty in Certainty.allCases {
                let probe = Relation(
                    source: "", target: "", kind: kind, certainty: certainty,
                    evidence: Evidence(document: "", sentence: 0, start: 0, end: 0, text: ""))
                table[Int(kind.code) * 4 + Int(certainty.code)] = undated.admits(probe)
            }
        }
        admitsCode = table
        admitsActor = filter.actorKinds.isEmpty ? [] : graph.actors.map { filter.admits($0) }
        checksDates = filter.from != nil || filter.through != nil
    }

    /// Whether relation `r` is an edge under the filter (before evidence counting), loops excluded.
    @inline(__always)
    func admits(_ r: Int, in graph: KnowledgeGraph, source: Int32, target: Int32) -> Bool {
        guard source != target,
            admitsCode[Int(graph.kindCodes[r]) &* 4 &+ Int(graph.certaintyCodes[r])]
        else { return false }
        if !admitsActor.isEmpty && !(admitsActor[Int(source)] && admitsActor[Int(target)]) { return false }
        if checksDates && !filter.admitsDate(graph.date(of: r)) { return false }
        return true
    }
}
