import Foundation

/// How `GraphImport` reads a relation kind that is not Entente's own (`sign`, `trade`,
/// `050`…): as the nearest `RelationKind`, chosen by the CAMEO code, the polarity and the
/// weight the row gives. The original label stays in the relation's evidence text, so
/// `explain` still shows what the source called it.
struct ForeignKind {
    var kind: RelationKind
    var code: String?

    /// - Parameters:
    ///   - code: a CAMEO event code (`0231`, `19`); its two-digit root picks the candidates.
    ///   - polarity: the polarity the row states; candidates must have it.
    ///   - weight: a Goldstein-like weight; the candidate with the nearest weight wins.
    /// - Returns: nil when neither a code nor a polarity says what the kind is.
    static func read(code: String?, polarity: Polarity?, weight: Double?) -> ForeignKind? {
        let root = code.flatMap { text -> String? in
            let digits = text.trimmingCharacters(in: .whitespaces)
            return digits.count >= 2 && digits.allSatisfy(\.isNumber) ? String(digits.prefix(2)) : nil
        }
        guard root != nil || polarity != nil else { return nil }
        var candidates = RelationKind.allCases.filter { kind in
            (root.map { kind.root == $0 } ?? true) && (polarity.map { kind.polarity == $0 } ?? true)
        }
        // A root with no kind of the stated polarity (or none of Entente's) falls back to the polarity.
        if candidates.isEmpty, let polarity { candidates = RelationKind.allCases.filter { $0.polarity == polarity } }
        guard !candidates.isEmpty else { return nil }
        // Without a weight, the kind nearest the candidates' mean weight: the most ordinary one.
        let target = weight ?? candidates.map(\.weight).reduce(0, +) / Double(candidates.count)
        let chosen = candidates.min { abs($0.weight - target) < abs($1.weight - target) } ?? candidates[0]
        return ForeignKind(kind: chosen, code: root == nil ? nil : code?.trimmingCharacters(in: .whitespaces))
    }
}
