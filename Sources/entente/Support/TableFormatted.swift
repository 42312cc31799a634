/// Commands whose `--format` may ask for tab-separated tables.
protocol TableFormatted {
    var format: TextFormat { get }
}

extension Actors: TableFormatted {}
extension Relations: TableFormatted {}
extension Path: TableFormatted {}
extension Neighbors: TableFormatted {}
extension Central: TableFormatted {}
extension Explain: TableFormatted {}
extension Balance: TableFormatted {}
extension Blocs: TableFormatted {}
extension Allies: TableFormatted { var format: TextFormat { arguments.format } }
extension Rivals: TableFormatted { var format: TextFormat { arguments.format } }
