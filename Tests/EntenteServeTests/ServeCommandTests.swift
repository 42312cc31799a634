import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `entente serve` as a user runs it: the built binary, a free port, Ctrl-C to stop.
@Suite("Serve command", .serialized)
struct ServeCommandTests {
    /// Starts the binary, waits for its "serving … at URL" line, and returns the process, the
    /// URL and the stderr pipe.
    static func start(_ arguments: [String]) throws -> (Process, String, Pipe) {
        let process = Process()
        process.executableURL = ServeFixture.executable
        process.arguments = ["serve"] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        var seen = Data()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            seen += err.fileHandleForReading.availableData
            let text = String(decoding: seen, as: UTF8.self)
            if let range = text.range(of: #"http://[^ ]+"#, options: .regularExpression) {
                return (process, String(text[range]), err)
            }
        }
        process.terminate()
        throw CancellationError()
    }

    @Test("serve answers on the port it prints, on loopback, and stops cleanly on SIGINT")
    func servesAndStops() async throws {
        let fixture = try await ServeFixture.shared.value
        let (process, url, _) = try Self.start(["--graph", fixture.snapshot, "--port", "0"])
        #expect(url.hasPrefix("http://127.0.0.1:"))
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url + "api/meta")))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("\"actors\""))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Ctrl-C is a clean stop")
    }

    @Test("a port in use, a bad port and a missing graph are clear errors")
    func badStarts() async throws {
        let fixture = try await ServeFixture.shared.value
        let taken = try ServeFixture.runCLI([
            "serve", "--graph", fixture.snapshot, "--port", String(fixture.port), "-q",
        ])
        #expect(taken.status != 0)
        #expect(
            taken.stderr.contains("cannot serve on 127.0.0.1:\(fixture.port)") && taken.stderr.contains("--port"),
            "\(taken.stderr)")
        let port = try ServeFixture.runCLI(["serve", "--graph", fixture.snapshot, "--port", "70000"])
        #expect(port.status != 0 && port.stderr.contains("--port must be between"), "\(port.stderr)")
        let missing = try ServeFixture.runCLI(["serve", "--graph", "/nonexistent/graph.json"])
        #expect(missing.status != 0 && missing.stderr.contains("/nonexistent/graph.json"), "\(missing.stderr)")
    }

    @Test("other methods than GET are refused with JSON")
    func methods() async throws {
        let fixture = try await ServeFixture.shared.value
        for method in ["POST", "PUT", "DELETE"] {
            var request = URLRequest(
                url: try #require(URL(string: "http://127.0.0.1:\(fixture.port)/api/path?source=Wagner&target=Poland")))
            request.httpMethod = method
            request.httpBody = Data("x".utf8)
            let (data, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            #expect((400...499).contains(status), "\(method): \(status)")
            #expect(try JSONValue.parse(data)["error"] != nil, "\(method): \(String(decoding: data, as: UTF8.self))")
        }
    }
}
