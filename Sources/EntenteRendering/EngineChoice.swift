/// Picks the layout engine whose finished drawing prints largest on A4.
///
/// No engine suits every view: dot draws a path or a chain of threats cleanly but lines a
/// 40-actor overview up into a strip four times wider than a page (labels print at 2.9 pt),
/// while neato packs the overview better and jams the threats. So each candidate draws the
/// view (layout, label placement and legend, as it would be rendered) and the one whose
/// labels print largest wins; the choice depends on nothing but the view and the style.
enum EngineChoice {
    /// A layout to try: an engine and the graph attributes it is tried with.
    struct Candidate: Sendable, Equatable {
        var engine: String
        /// A fixed seed, so a layout never depends on the ones tried before it.
        var graph: [String: String] = [:]
    }

    /// Layouts tried, in order of preference when two print alike. Not fdp: Graphviz 2.43's
    /// fdp draws differently after other layouts in the same process, and differently from
    /// run to run (memory left by earlier layouts), so a choice that included it would not
    /// be repeatable; `--layout fdp` still draws with it.
    static let candidates = [
        Candidate(engine: "dot"), Candidate(engine: "neato", graph: ["start": "1"]),
        Candidate(engine: "sfdp", graph: ["start": "1"]), Candidate(engine: "circo"),
    ]
    /// Above this many actors only the engine chosen by size is tried: each try is a full
    /// layout, and no layout of that many actors prints legibly on one page anyway.
    static let actorLimit = 80
    /// Two drawings whose labels print within this many points of each other are alike.
    static let tolerance = 0.05
    /// Labels that print at this size read comfortably; printing them larger is no reason to
    /// prefer a later engine (on a five-actor view neato's 12 pt beat dot's 11.9 pt by
    /// crowding the actors together, where dot drew the ties cleanly).
    static let comfortable = 9.0

    struct Trial: Sendable {
        var candidate: Candidate
        var printed: PrintedSize
        var labelsLeftOut: Int
    }

    /// Above this many actors circo is not tried: its single ring drew every view larger than
    /// this of the sample articles smallest (3.4 pt against sfdp's 7.2 on the overview) and
    /// took longest (a third of the whole choice there, 40 % at 65 actors); on a page of ten
    /// actors it can win.
    static let circoLimit = 20

    /// The layouts worth trying for a view: only the engine asked for or chosen by size when
    /// the user named one, the view is large, or it is a path (dot draws it top-down).
    static func candidates(for view: DiagramView) -> [Candidate] {
        if view.options.layout != nil || view.actors.count > actorLimit || !view.pathRank.isEmpty || view.actors.count < 2 {
            return [Candidate(engine: view.engine)]
        }
        return view.actors.count > circoLimit ? candidates.filter { $0.engine != "circo" } : candidates
    }

    /// Whether no later trial can beat this one: it leaves no label out and prints at full
    /// size or comfortably, and ties go to the earlier candidate. Small views stop at the
    /// first engine tried.
    static func cannotBeBeaten(_ trial: Trial) -> Bool {
        trial.labelsLeftOut == 0 && (trial.printed.scale >= 1 || trial.printed.labelSize >= comfortable)
    }

    /// The best trial: labels printed largest (up to `comfortable`) among the drawings that
    /// leave out the fewest labels (a drawing that fits by dropping labels says less); the
    /// earlier candidate when two print alike.
    static func best(of trials: [Trial]) -> Trial? {
        guard let fewest = trials.map(\.labelsLeftOut).min() else { return nil }
        var best: Trial?
        for trial in trials where trial.labelsLeftOut == fewest {
            if let current = best, size(trial) <= size(current) + tolerance { continue }
            best = trial
        }
        return best
    }

    private static func size(_ trial: Trial) -> Double { min(trial.printed.labelSize, comfortable) }
}
