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
        return command.report(in: graph, filter: filter)
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
