import ArgumentParser
import EntenteGraph

struct Rivals: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List an actor's rivals: its conflict ties, most hostile first.",
        discussion: """
            Each tie shows the conflict relations behind it counted per kind, their net \
            Goldstein weight, how many sentences attest them, and the first and last date.
            """)

    @OptionGroup var arguments: TieListingArguments
    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    func run() throws {
        try arguments.run(polarity: .conflict, input: input, filterOptions: filterOptions)
    }
}
