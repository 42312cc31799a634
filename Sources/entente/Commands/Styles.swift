import ArgumentParser
import EntenteRendering

struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the diagram styles available to --style.")

    func run() throws {
        let styles = StyleSheet.availableStyles()
        if styles.isEmpty {
            print("no styles found; looked in \(StyleSheet.styleDirectories().map(\.path).joined(separator: ", "))")
            return
        }
        print(Tables.render(header: ["STYLE", "DESCRIPTION", "PATH"], rows: styles.map { [$0.name, $0.description, $0.path] }))
    }
}
