import ArgumentParser
import EntenteGraph

struct Allies: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List an actor's allies: its cooperation ties, strongest first.",
        discussion: """
            Each tie shows the cooperation relations behind it counted per kind, their net \
            Goldstein weight, how many sentences attest them, and the first and last date.
            """)

    @OptionGroup var arguments: TieListingArguments
    @OptionGroup var input: GraphInput
    @OptionGroup var filterOptions: FilterOptions

    func run() throws {
        try arguments.run(polarity: .cooperation, input: input, filterOptions: filterOptions)
    }
}
