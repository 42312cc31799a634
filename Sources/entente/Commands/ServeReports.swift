import EntenteGraph
import EntenteServe
import Foundation

/// `blocs --format json` for `/api/blocs`, built from the command's own record types.
/// `ServeTests` compares it with the command's output byte for byte.
enum ServeBlocs {
    static func report(_ command: Blocs, graph: KnowledgeGraph) throws -> Blocs.Report {
        let filter = try command.filterOptions.filter()
        guard filter.polarities.contains(.cooperation) else {
            throw APIError.badRequest(
                "blocs are held together by cooperation; drop polarity or include cooperation in it")
        }
        let result = graph.blocs(filter: filter, splitAbove: command.splitAbove)
        let shown = command.limit.map { Array(result.blocs.prefix($0)) } ?? result.blocs
        let shownIDs = Set(shown.map(\.id))
        return Blocs.Report(
            blocs: shown.map { bloc in
                Blocs.BlocRecord(
                    bloc: bloc.id + 1, size: bloc.members.count, members: bloc.members.map(graph.name(of:)),
                    memberIds: bloc.members.map { graph.actors[Int($0)].id }, component: bloc.component + 1)
            },
            conflicts: result.conflicts.filter { shownIDs.contains($0.a) && shownIDs.contains($0.b) }.map {
                Blocs.ConflictRecord(
                    a: $0.a + 1, b: $0.b + 1, ties: $0.tieCount, relations: $0.relationCount,
                    netWeight: Formatting.rounded($0.netWeight))
            },
            totalBlocs: result.blocs.count)
    }
}

/// `timeline --format json` for `/api/timeline`; the same keys as the command prints.
enum ServeTimeline {
    struct Record: Encodable {
        var actors: [String]
        var period: String
        var undated: Int
        var buckets: [Timeline.Bucket]
    }

    static func record(_ command: TimelineCommand, graph: KnowledgeGraph) throws -> Record {
        let first = graph.actors[Int(try graph.resolve(command.actor))]
        let second = try command.other.map { graph.actors[Int(try graph.resolve($0))] }
        let timeline = Timeline(
            graph, actor: first.id, other: second?.id, period: Timeline.Period(rawValue: command.by) ?? .month,
            filter: try command.filterOptions.filter())
        return Record(
            actors: [first.id, second?.id].compactMap { $0 }, period: command.by, undated: timeline.undated,
            buckets: timeline.buckets)
    }
}
