import ArgumentParser
import EntenteGraph
import Foundation

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-csv",
        abstract: "Build a snapshot from an actors CSV and a relations CSV exported by other tools.",
        discussion: """
            actors.csv needs the columns id,name,type (type: state, person, organization, \
            armed_group, igo, other); relations.csv needs source,target,kind and may have \
            polarity,weight,code (checked against the kind when given). A kind from elsewhere \
            (e.g. sign) is read as the nearest Entente kind by its CAMEO code column or its \
            polarity and weight; the import says once per such kind how it was read. Columns are found by their \
            header names. The snapshot is JSON unless --binary is given or the file ends in \
            .bin or .entente; the binary one is a graph file that queries map and read in place, \
            so each command opens it in milliseconds. Every command reads both with --graph.
            """)

    @Argument(help: "Actors CSV: id,name,type.", completion: .file(extensions: ["csv"]))
    var actors: String

    @Argument(help: "Relations CSV: source,target,kind[,polarity,weight,code]; omit it to read an event table from 'export --format events'.", completion: .file(extensions: ["csv"]))
    var relations: String?

    @Option(name: .shortAndLong, help: "Snapshot file to write.", completion: .file())
    var graph: String

    @Flag(help: "Write the binary graph file (opened in milliseconds), whatever the extension.")
    var binary = false

    @Flag(help: "Overwrite the snapshot if it exists (import builds a new graph; it does not merge).")
    var replace = false

    @Flag(name: .shortAndLong, help: "Print no summary.")
    var quiet = false

    var writesBinary: Bool {
        binary || ["bin", "entente"].contains(URL(fileURLWithPath: graph).pathExtension.lowercased())
    }

    private func refuseToOverwrite() throws {
        if FileManager.default.fileExists(atPath: graph) && !replace {
            throw ValidationErrorMessage("\(graph) already exists; pass --replace to overwrite it, or choose another --graph")
        }
    }

    func validate() throws {
        for file in [actors, relations].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no file '\(file)'; give the actors CSV, then the relations CSV")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: graph)
        try refuseToOverwrite()
        // Read and check the CSVs before touching the snapshot: a bad row leaves nothing behind.
        var notes: [String] = []
        let store = try relations.map { try GraphImport.load(actors: URL(fileURLWithPath: actors), relations: URL(fileURLWithPath: $0), notes: &notes) }
            ?? EventTable.read(csv: String(contentsOfFile: actors, encoding: .utf8))
        if !quiet { for note in notes { FileHandle.standardError.write(Data("entente: note: \(note)\n".utf8)) } }
        let lock = try SnapshotLock(for: graph)
        try refuseToOverwrite()
        if writesBinary {
            try GraphFile.save(store, to: url)
        } else {
            try Snapshot.save(store, to: url)
        }
        _ = consume lock
        if !quiet {
            print("\(graph): \(store.actorCount) actors, \(store.relationCount) relations imported (\(writesBinary ? "binary" : "JSON") snapshot)")
        }
    }
}
