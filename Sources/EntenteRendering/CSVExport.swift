public import Foundation

/// The two files of a CSV export, in the layout of Neo4j's `neo4j-admin database import`
/// (`--nodes=actors.csv --relationships=relations.csv`), which Kùzu's `COPY FROM` also reads
/// with the schema in `GraphExport.kuzuSchema`.
public struct CSVExport: Sendable, Hashable {
    /// `id:ID,name,kind,:LABEL`: one row per actor; labels are `Actor;<Kind>`.
    public var actors: Data
    /// `:START_ID,:END_ID,:TYPE,kind,polarity,weight:float,certainty,evidence`: one row per
    /// tie; the type is the polarity in capitals (`COOPERATION`, `CONFLICT`, `AFFILIATION`),
    /// `kind` the kinds joined by `;`, `evidence` the number of distinct sentences.
    public var relations: Data

    public init(actors: Data, relations: Data) {
        self.actors = actors
        self.relations = relations
    }

    /// The file names the CLI writes into its output directory.
    public static let actorsFileName = "actors.csv"
    public static let relationsFileName = "relations.csv"
}

extension GraphExport {
    /// The Kùzu statements that load a CSV export (written as `actors.csv` and
    /// `relations.csv`). Kùzu matches columns by position, so Neo4j's typed headers are fine;
    /// every tie goes into one `Tie` table whose `type` column holds Neo4j's `:TYPE`.
    public static let kuzuSchema = """
        CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, labels STRING);
        CREATE REL TABLE Tie(FROM Actor TO Actor, type STRING, kind STRING, polarity STRING, weight DOUBLE, certainty STRING, evidence INT64);
        COPY Actor FROM 'actors.csv' (HEADER=true);
        COPY Tie FROM 'relations.csv' (HEADER=true);
        """

    /// Neo4j bulk-import CSV (see `CSVExport`): RFC 4180 fields and CRLF line ends, text
    /// cleaned like every label, and text cells starting with `=`, `+`, `-` or `@` prefixed
    /// with `'` so no spreadsheet runs them as formulas; ids get the same treatment in both
    /// files, so references still match.
    ///
    /// Pass `DiagramView(exporting:filter:includeNegated:)` to export everything a filter
    /// admits rather than what a diagram draws.
    /// - Complexity: O(A + T) for A actors and T ties.
    public static func csv(_ view: DiagramView) -> CSVExport {
        let ids = ExportIdentifiers(view)
        var actors = ["id:ID,name,kind,:LABEL"]
        for index in view.actors {
            let actor = view.actor(index)
            actors.append(
                [
                    ExportText.csvText(ids[index]), ExportText.csvText(actor.name),
                    ExportText.csvText(actor.kind.rawValue), ExportText.csvText("Actor;\(actor.kind.label)"),
                ].joined(separator: ","))
        }
        var relations = [":START_ID,:END_ID,:TYPE,kind,polarity,weight:float,certainty,evidence"]
        for tie in view.ties {
            relations.append(
                [
                    ExportText.csvText(ids[tie.tail]), ExportText.csvText(ids[tie.head]),
                    ExportText.csvText(tie.polarity.rawValue.uppercased()), ExportText.csvText(tie.kindList),
                    ExportText.csvText(tie.polarity.rawValue), ExportText.csvNumber(ExportText.weight(tie.tie.netWeight)),
                    ExportText.csvText(tie.certainty.rawValue), ExportText.csvNumber(String(tie.evidenceCount)),
                ].joined(separator: ","))
        }
        return CSVExport(actors: lines(actors), relations: lines(relations))
    }

    private static func lines(_ rows: [String]) -> Data {
        Data(rows.map { $0 + "\r\n" }.joined().utf8)
    }
}
