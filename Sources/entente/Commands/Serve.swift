import ArgumentParser
import Dispatch
import EntenteServe
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the map in a browser: pan, zoom, focus, paths, evidence, filters and time.",
        discussion: """
            Loads the graph once and answers read-only: the page at /, and a JSON API under /api \
            (actors, relations, ties, path, neighbors, blocs, timeline, render; described by \
            /api/openapi.json) with the same shapes as --format json. Listens on 127.0.0.1 unless \
            --host says otherwise; Ctrl-C stops it.
            """)

    @OptionGroup var input: GraphInput

    @Option(help: "Address to listen on; 0.0.0.0 makes the map reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and prints it).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        let graph = try input.load()
        let server = try MapServer(service: try ServeQueries(graph: graph))
        let host = self.host
        let port = self.port
        let quiet = input.quiet
        let done = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        // The CLI's entry point is synchronous; the server runs on Swift's concurrency threads
        // while this one waits for it to stop.
        Task {
            do {
                try await server.run(host: host, port: port) { bound in
                    if !quiet {
                        let shown = host.contains(":") ? "[\(host)]" : host
                        FileHandle.standardError.write(
                            Data(
                                "serving \(graph.actorCount) actors, \(graph.relationCount) relations at http://\(shown):\(bound)/ (Ctrl-C stops)\n"
                                    .utf8))
                    }
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            throw ValidationError(
                "cannot serve on \(host):\(port): \(error); is another server using the port? try --port")
        }
    }
}

/// The error a server task ended with, handed back to the waiting thread.
private final class ServeFailure: @unchecked Sendable {
    // Written once by the task before it signals, read after the wait: the semaphore orders them.
    var error: (any Error)?
}
