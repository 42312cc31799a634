import ArgumentParser

@main
struct Entente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Read conflict news, build a graph of who allies with and who threatens whom, and draw it.",
        discussion: """
            Give articles (.txt with the headline on the first line, .html, .jsonl; directories are \
            read recursively) or a snapshot built by 'entente ingest' (--graph). Actor names match \
            names and aliases case-insensitively.
            """,
        version: EntenteVersion.string,
        subcommands: [
            Extract.self, Ingest.self, ImportCSV.self, Actors.self, Relations.self, Path.self, Neighbors.self,
            Allies.self, Rivals.self, Blocs.self, Balance.self, Central.self,
            Explain.self, Render.self, Export.self, Styles.self, TimelineCommand.self, Serve.self,
        ]
    )

    /// A mistyped command (`entente pth`) gets the closest one, which the parser alone would
    /// only call an unexpected argument.
    static func checkCommandName() throws {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let word = CommandLine.arguments.dropFirst().first, !word.hasPrefix("-"), !names.contains(word) {
            throw Choices.unknownCommand(word, known: names)
        }
    }
}

enum EntenteVersion {
    static let string = "0.1.0"
}
