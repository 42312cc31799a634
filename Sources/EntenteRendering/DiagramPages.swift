import EntenteGraph

/// A diagram too dense for one A4 page, cut into pages that print legibly.
///
/// The sample articles' overview with its people drawn apart (65 actors) prints its labels
/// at about 4.5 pt on A4 whatever the layout. Cut into parts of a few actors each (a bloc with the actors it deals with most),
/// every page draws its part and every tie that touches it; the actor at the other end of a
/// tie that leaves the part is drawn dashed with the page it belongs to, so each tie can be
/// followed from page to page and every tie of the overview is on some page.
extension DiagramView {
    /// Most actors drawn on one page, its part's and those at the far end of its ties: with
    /// labels at 12 pt, pages of 16 actors of the sample articles print at 7.8–9.5 pt.
    static let actorsPerPage = 16

    /// The view cut into pages, in order; one page when the view is small.
    /// - Complexity: O(A² + T) for A actors and T ties: fine for views that need pages (a
    ///   few dozen actors).
    public func pages() -> [DiagramView] {
        let parts = Self.parts(of: self)
        guard parts.count > 1 else { return [self] }
        var pageOf: [ActorIndex: Int] = [:]
        for (number, part) in parts.enumerated() { for actor in part { pageOf[actor] = number + 1 } }
        return parts.enumerated().map { number, part in page(number + 1, of: parts.count, core: Set(part), pageOf: pageOf) }
    }

    /// The actors of each page: cooperation blocs first (their drawn members, when the page
    /// would not be crowded), then every other actor joins the part it has most ties with
    /// while that part has room, or starts one; small parts are then packed together.
    static func parts(of view: DiagramView) -> [[ActorIndex]] {
        let drawn = Set(view.actors)
        var neighbours: [ActorIndex: [ActorIndex]] = [:]
        for tie in view.ties where tie.tail != tie.head {
            neighbours[tie.tail, default: []].append(tie.head)
            neighbours[tie.head, default: []].append(tie.tail)
        }
        /// How many actors a page of this part draws.
        func drawnCount(_ part: [ActorIndex]) -> Int {
            var present = Set(part)
            for actor in part { present.formUnion(neighbours[actor] ?? []) }
            return present.count
        }
        var parts: [[ActorIndex]] = []
        var partOf: [ActorIndex: Int] = [:]
        for bloc in view.graph.blocs(filter: view.options.effectiveFilter).blocs {
            let members = bloc.members.filter(drawn.contains)
            // A bloc whose page would be too crowded is cut like everything else.
            guard members.count > 1, drawnCount(members) <= actorsPerPage else { continue }
            for member in members { partOf[member] = parts.count }
            parts.append(members)
        }
        // Best-connected first, then by the view's order (actor id), so the cut is repeatable.
        let order = view.actors.enumerated().sorted {
            (neighbours[$0.element]?.count ?? 0, -$0.offset) > (neighbours[$1.element]?.count ?? 0, -$1.offset)
        }.map(\.element)
        while partOf.count < view.actors.count {
            var best: (actor: ActorIndex, part: Int, ties: Int)?
            for actor in order where partOf[actor] == nil {
                var counts: [Int: Int] = [:]
                for other in neighbours[actor] ?? [] {
                    if let part = partOf[other], drawnCount(parts[part] + [actor]) <= actorsPerPage { counts[part, default: 0] += 1 }
                }
                guard let (part, ties) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
                if best == nil || ties > best!.ties { best = (actor, part, ties) }
            }
            if let best {
                partOf[best.actor] = best.part
                parts[best.part].append(best.actor)
            } else if let seed = order.first(where: { partOf[$0] == nil }) {
                partOf[seed] = parts.count
                parts.append([seed])
            }
        }
        // First fit, largest first: small parts (a pair, a lone conflict) share a page.
        var pages: [[ActorIndex]] = []
        for part in parts.sorted(by: { $0.count > $1.count }) {
            if let fit = pages.firstIndex(where: { drawnCount($0 + part) <= actorsPerPage }) {
                pages[fit] += part
            } else {
                pages.append(part)
            }
        }
        let id = { (actor: ActorIndex) in view.graph.actors[Int(actor)].id }
        return pages.map { $0.sorted { id($0) < id($1) } }
    }

    /// Page `number` of `count`: the actors of `core`, every tie touching them, and the
    /// actors at the far end of those ties marked with their own page.
    private func page(_ number: Int, of count: Int, core: Set<ActorIndex>, pageOf: [ActorIndex: Int]) -> DiagramView {
        let kept = ties.filter { core.contains($0.tail) || core.contains($0.head) }
        var present = core
        for tie in kept { present.formUnion([tie.tail, tie.head]) }
        var options = options
        // Short: a heading wider than the drawing would shrink the whole page on paper.
        let heading = (options.title.flatMap { $0.isEmpty ? nil : $0 } ?? defaultTitle)
        options.title = "\(heading), page \(number) of \(count)"
        var page = DiagramView(graph: graph, options: options, actors: TieAssembly.sortedActors(present, in: graph), ties: kept)
        page.highlighted = highlighted.intersection(present)
        page.foldedPeople = foldedPeople
        for actor in present where !core.contains(actor) { page.elsewhere[actor] = pageOf[actor] }
        return page
    }
}
