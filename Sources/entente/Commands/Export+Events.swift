import EntenteGraph
import Foundation

extension Export {
    /// `--format events`: CSV, or JSON Lines when the output file ends in .jsonl or .ndjson.
    func exportEvents(_ graph: KnowledgeGraph) throws {
        let filter = try filterOptions.filter()
        let rows = EventTable.rows(graph, filter: filter, includeNegated: includeNegated)
        let lines = output.map { ["jsonl", "ndjson"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? false
        let data = lines ? EventTable.jsonLines(rows) : EventTable.csv(rows)
        if let output { try Console.writeFile(data, to: output) } else { Console.write(data) }
    }
}
