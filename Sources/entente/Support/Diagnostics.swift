import Foundation
import Logging

/// Diagnostics for `--verbose`: what was read and how long each stage took, on standard error
/// through swift-log so a host program can route them elsewhere.
enum Diagnostics {
    private static let bootstrap: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .debug
            return handler
        }
    }()

    static func logger(verbose: Bool) -> Logger {
        _ = bootstrap
        var logger = Logger(label: "entente")
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }

    /// Runs `body`, logging its wall time under `stage`.
    static func timed<T>(_ stage: String, _ logger: Logger, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now()
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            logger.debug("\(stage) took \(String(format: "%.3f", seconds)) s")
        }
        return try body()
    }
}
