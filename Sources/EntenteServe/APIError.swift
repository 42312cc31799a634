import Foundation

/// A request the server refuses: a status in the 4xx range and a sentence saying what to change.
/// Every failure reaches the client as `{"error": "..."}`, never as a crash or an HTML page.
public struct APIError: Error, Sendable, Equatable {
    public var status: Int
    public var message: String

    public init(status: Int = 400, _ message: String) {
        self.status = status
        self.message = message
    }

    public static func badRequest(_ message: String) -> APIError { APIError(status: 400, message) }
    public static func notFound(_ message: String) -> APIError { APIError(status: 404, message) }

    /// The JSON body: one key, the message; keys sorted and slashes left alone like the CLI's JSON.
    var body: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Messages quote what the request said (an actor name may be `<script>…`).
        return InertJSON.escape((try? encoder.encode(["error": message])) ?? Data(#"{"error":"bad request"}"#.utf8))
    }
}
