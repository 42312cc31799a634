import Foundation

/// The page: one HTML file, its script and its style sheet, read once from the target's
/// resources. No build step, nothing fetched from elsewhere.
struct WebAssets: Sendable {
    struct Asset: Sendable {
        var data: Data
        var contentType: String
    }

    let files: [String: Asset]

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
        "json": "application/json; charset=utf-8",
    ]

    init() throws {
        var files: [String: Asset] = [:]
        for name in ["index.html", "app.js", "app.css", "openapi.json"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Web") else {
                throw APIError(
                    status: 500, "the page's file \(name) is missing from the EntenteServe resources; rebuild entente")
            }
            let ext = URL(fileURLWithPath: name).pathExtension
            files[name] = Asset(
                data: try Data(contentsOf: url), contentType: Self.contentTypes[ext] ?? "application/octet-stream")
        }
        self.files = files
    }
}
