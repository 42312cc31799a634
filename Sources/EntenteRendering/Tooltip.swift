import EntenteGraph

/// Tooltip text: what a reader hovering over an actor or a tie wants to check, escaped like
/// any label and capped so a page does not carry whole articles.
enum Tooltip {
    static let maximumSentences = 5
    static let maximumSentenceLength = 200

    static func actor(_ actor: Actor, in graph: KnowledgeGraph) -> String {
        var lines = ["\(actor.name) (\(actor.kind.displayName))"]
        if !actor.aliases.isEmpty { lines.append("also: " + actor.aliases.prefix(5).joined(separator: ", ")) }
        if let affiliation = actor.affiliation.flatMap({ graph.actor(id: $0) }) {
            lines.append("affiliated with \(affiliation.name)")
        }
        return join(lines.map { LabelText.truncate(LabelText.clean($0), to: maximumSentenceLength) })
    }

    static func tie(_ tie: DiagramTie, in view: DiagramView) -> String {
        let graph = view.graph
        let heading = "\(graph.actors[Int(tie.tail)].name) – \(graph.actors[Int(tie.head)].name): "
            + "\(tie.polarity.rawValue), \(tie.kinds.map(\.displayName).joined(separator: ", ")); "
            + "\(tie.evidenceCount) sentence\(tie.evidenceCount == 1 ? "" : "s")"
        var lines = [LabelText.truncate(LabelText.clean(heading), to: maximumSentenceLength)]
        // Folded people: the tie is drawn on their state or group, so say whose words these are.
        var people: [ActorIndex] = []
        for relation in tie.tie.relations {
            for person in view.foldedPeople[relation] ?? [] where !people.contains(person) { people.append(person) }
        }
        if !people.isEmpty {
            let names = people.map { graph.actors[Int($0)].name }.joined(separator: ", ")
            lines.append(LabelText.truncate(LabelText.clean("through " + names), to: maximumSentenceLength))
        }
        // The same sentence often backs several relations (and is reprinted by several
        // articles); show each text once.
        var seen: Set<String> = []
        let evidence = tie.tie.relations.map { graph.relations[Int($0)].evidence }
            .sorted { ($0.date ?? "", $0.document, $0.sentence) < ($1.date ?? "", $1.document, $1.sentence) }
        for item in evidence where seen.insert(item.text).inserted {
            if seen.count > maximumSentences {
                lines.append("…")
                break
            }
            var line = "“" + LabelText.truncate(LabelText.clean(item.text), to: maximumSentenceLength) + "”"
            let origin = [item.date, item.url.flatMap { LabelText.isWebURL($0) ? $0 : nil }].compactMap { $0 }
            if !origin.isEmpty { line += " (" + LabelText.clean(origin.joined(separator: ", ")) + ")" }
            lines.append(line)
        }
        return join(lines)
    }

    /// Caps the text, then joins lines with Graphviz's `\n` and escapes what Graphviz would
    /// interpret (see `LabelText.tooltip`); capping first means a cut never splits an escape.
    private static func join(_ lines: [String]) -> String {
        var budget = LabelText.maximumTooltipLength
        var kept: [String] = []
        for line in lines where budget > 1 {
            let cut = LabelText.truncate(line, to: budget)
            kept.append(cut)
            budget -= cut.count + 1
        }
        return kept.map(LabelText.escapeTooltip).joined(separator: "\\n")
    }
}
