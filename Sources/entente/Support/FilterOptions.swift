import ArgumentParser
import EntenteGraph

/// The relation filters every query takes.
struct FilterOptions: ParsableArguments {
    @Option(help: "Polarities to keep, comma-separated: cooperation, conflict, affiliation.", completion: .list(Choices.polarities))
    var polarity: String?

    @Option(help: "Relation kinds to keep, comma-separated (e.g. attack,threaten).", completion: .list(Choices.kinds))
    var kinds: String?

    @Option(
        help: "Certainties to keep, comma-separated: asserted, reported, hypothetical (negated is never traversed).",
        completion: .list(Choices.certainties))
    var certainty: String?

    @Option(help: "Keep ties with at least this many evidence sentences.")
    var minEvidence: Int = 1

    @Option(help: "Keep relations dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep relations dated on or before this day (YYYY-MM-DD).")
    var through: String?

    func filter() throws -> RelationFilter {
        var filter = RelationFilter()
        if let polarity {
            filter.polarities = Set(try list(polarity, "polarity", "--polarity", Choices.polarities) { Polarity(rawValue: $0) })
        }
        if let kinds {
            filter.kinds = Set(try list(kinds, "relation kind", "--kinds", Choices.kinds) { RelationKind(loose: $0) })
        }
        if let certainty {
            let chosen = Set(try list(certainty, "certainty", "--certainty", Certainty.allCases.map(\.rawValue)) { Certainty(rawValue: $0) })
            if chosen.contains(.negated) {
                throw ValidationError("negated relations are denied by the text and are never traversed; use 'entente relations --include-negated' to see them")
            }
            filter.certainties = chosen
        }
        guard minEvidence >= 1 else { throw ValidationError("--min-evidence must be at least 1") }
        filter.minimumEvidence = minEvidence
        for date in [from, through].compactMap({ $0 }) where !CalendarDate.isValid(date) {
            throw ValidationError("'\(date)' is not a date; write a real day as YYYY-MM-DD")
        }
        if let from, let through, from > through {
            throw ValidationError("--from \(from) is after --through \(through)")
        }
        filter.from = from
        filter.through = through
        return filter
    }

    /// Says on standard error how many relations --from/--through leave out for having no
    /// date, so an empty answer over undated articles is not mistaken for "nothing happened".
    func noteUndated(in graph: KnowledgeGraph, quiet: Bool) throws {
        let undated = try filter().undatedLeftOut(in: graph)
        guard undated > 0, !quiet else { return }
        Console.warn("\(undated) undated \(undated == 1 ? "event" : "events") left out by --from/--through; give 'entente ingest --date' for articles without one")
    }

    private func list<T>(_ text: String, _ what: String, _ option: String, _ known: [String], _ make: (String) -> T?) throws -> [T] {
        try text.split(separator: ",").map { raw in
            let word = raw.trimmingCharacters(in: .whitespaces)
            guard let value = make(word.lowercased()) ?? make(word) else {
                throw Choices.unknown(word, what: what, option: option, known: known)
            }
            return value
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
