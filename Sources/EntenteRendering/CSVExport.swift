public import Foundation

/// The files of a CSV export, in the layout of Neo4j's `neo4j-admin database import`
/// (`--nodes=actors.csv --relationships=relations.csv`, typed headers), which Kùzu's
/// `COPY FROM` also reads once the tables of `kuzuSchema` exist. Both loaders ship with the
/// data: `schemaFileName` creates the Kùzu tables and copies the files in,
/// `neo4jScriptFileName` runs Neo4j's importer on them.
public struct CSVExport: Sendable, Hashable {
    /// `id:ID,name,kind,code,affiliation,:LABEL`: one row per actor; labels are `Actor;<Kind>`.
    public var actors: Data
    /// One row per tie (see `GraphExport.relationColumns`); the type is the polarity in
    /// capitals (`COOPERATION`, `CONFLICT`, `AFFILIATION`), `kind` and `codes` are lists
    /// joined by `;` (Neo4j's array delimiter), `weight` the positive strength, `sign` and
    /// `goldstein` its direction on the cooperation–conflict scale.
    public var relations: Data

    public init(actors: Data, relations: Data) {
        self.actors = actors
        self.relations = relations
    }

    /// The file names the CLI writes into its output directory.
    public static let actorsFileName = "actors.csv"
    public static let relationsFileName = "relations.csv"
    public static let schemaFileName = "kuzu-schema.cypher"
    public static let neo4jScriptFileName = "neo4j-import.sh"
}

extension GraphExport {
    static let actorColumns = ["id:ID", "name", "kind", "code", "affiliation", ":LABEL"]
    static let relationColumns = [
        ":START_ID", ":END_ID", ":TYPE", "key", "kind:string[]", "codes:string[]", "polarity", "sign:int",
        "weight:float", "goldstein:float", "certainty", "evidence:int", "direction", "first_date:date", "last_date:date",
    ]

    /// The Kùzu statements that load a CSV export, one per line, run from the directory that
    /// holds `actors.csv` and `relations.csv` (`kuzu db < kuzu-schema.cypher`). Kùzu matches
    /// columns by position, so Neo4j's typed headers are fine; every tie goes into one `Tie`
    /// table whose `type` column holds Neo4j's `:TYPE`. Lists stay `;`-joined strings here,
    /// as Kùzu reads lists in CSV only in its own bracket syntax.
    public static let kuzuSchema = """
        CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, code STRING, affiliation STRING, labels STRING);
        CREATE REL TABLE Tie(FROM Actor TO Actor, type STRING, key STRING, kind STRING, codes STRING, polarity STRING, sign INT64, weight DOUBLE, goldstein DOUBLE, certainty STRING, evidence INT64, direction STRING, first_date DATE, last_date DATE);
        COPY Actor FROM 'actors.csv' (HEADER=true);
        COPY Tie FROM 'relations.csv' (HEADER=true);

        """

    /// Neo4j's bulk importer for the export, run from its directory into an empty database.
    public static let neo4jImportScript = """
        #!/bin/sh
        # Loads actors.csv and relations.csv into an empty Neo4j database named by $1 (default: neo4j).
        # The CSV headers carry Neo4j's types (id:ID, kind:string[], weight:float, first_date:date);
        # lists use ';', Neo4j's default array delimiter.
        set -e
        cd "$(dirname "$0")"
        exec neo4j-admin database import full --overwrite-destination --nodes=actors.csv --relationships=relations.csv "${1:-neo4j}"

        """

    /// Neo4j bulk-import CSV (see `CSVExport`): RFC 4180 fields and CRLF line ends, text
    /// cleaned like every label, and text cells starting with `=`, `+`, `-` or `@` prefixed
    /// with `'` so no spreadsheet runs them as formulas; ids get the same treatment in both
    /// files, so references still match. Dates are written only when they are whole ISO
    /// dates (`YYYY-MM-DD`), the form Neo4j's and Kùzu's date columns take.
    ///
    /// Pass `DiagramView(exporting:filter:includeNegated:)` to export everything a filter
    /// admits rather than what a diagram draws.
    /// - Complexity: O(A + T) for A actors and T ties.
    public static func csv(_ view: DiagramView) -> CSVExport {
        let ids = ExportIdentifiers(view)
        var actors = [actorColumns.joined(separator: ",")]
        for index in view.actors {
            let actor = view.actor(index)
            actors.append(
                [
                    ExportText.csvText(ids[index]), ExportText.csvText(actor.name),
                    ExportText.csvText(actor.kind.rawValue), ExportText.csvText(actor.code ?? ""),
                    ExportText.csvText(actor.affiliation ?? ""), ExportText.csvText("Actor;\(actor.kind.label)"),
                ].joined(separator: ","))
        }
        var relations = [relationColumns.joined(separator: ",")]
        for tie in view.ties {
            relations.append(
                [
                    ExportText.csvText(ids[tie.tail]), ExportText.csvText(ids[tie.head]),
                    ExportText.csvText(tie.polarity.rawValue.uppercased()), ExportText.csvText(tie.key),
                    ExportText.csvText(tie.kindList), ExportText.csvText(tie.eventCodes(in: view.graph).joined(separator: ";")),
                    ExportText.csvText(tie.polarity.rawValue), ExportText.csvNumber(String(tie.sign)),
                    ExportText.csvNumber("\(tie.strength)"), ExportText.csvNumber("\(tie.goldstein)"),
                    ExportText.csvText(tie.certainty.rawValue), ExportText.csvNumber(String(tie.evidenceCount)),
                    ExportText.csvText(tie.direction.rawValue),
                    ExportText.csvText(ExportText.isoDate(tie.tie.firstDate) ?? ""),
                    ExportText.csvText(ExportText.isoDate(tie.tie.lastDate) ?? ""),
                ].joined(separator: ","))
        }
        return CSVExport(actors: lines(actors), relations: lines(relations))
    }

    private static func lines(_ rows: [String]) -> Data {
        Data(rows.map { $0 + "\r\n" }.joined().utf8)
    }
}
