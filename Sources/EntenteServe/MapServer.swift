import EntenteRendering
import Foundation
public import Hummingbird
import Logging

/// `entente serve`: the page, its script, and the JSON API over one read-only graph.
public struct MapServer: Sendable {
    let service: any MapService
    let assets: WebAssets
    let renders = RenderQueue()

    public init(service: any MapService) throws {
        self.service = service
        self.assets = try WebAssets()
    }

    /// The routes; `Application(router:)` serves them, and tests call them the same way.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(SecurityHeaders())
        for (path, file) in [
            ("/", "index.html"), ("/app.js", "app.js"), ("/app.css", "app.css"), ("/api/openapi.json", "openapi.json"),
        ] {
            router.get(RouterPath(path)) { _, _ in try self.asset(file) }
        }
        for endpoint in APIEndpoint.allCases {
            router.get(RouterPath("/api/" + endpoint.rawValue)) { request, _ in
                let query = try QueryItems(
                    Self.pairs(request), allowed: self.service.parameters(for: endpoint.rawValue))
                return Self.response(
                    InertJSON.escape(try self.service.json(endpoint, query)), type: "application/json; charset=utf-8")
            }
        }
        router.get("/api/render") { request, _ in
            let query = try QueryItems(Self.pairs(request), allowed: self.service.parameters(for: "render"))
            return try await self.render(query)
        }
        return router
    }

    /// Runs until interrupted (SIGINT/SIGTERM end it gracefully). `onRunning` gets the bound port.
    public func run(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws
    {
        let app = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: Self.quietLogger())
        try await app.runService()
    }

    private func render(_ query: QueryItems) async throws -> Response {
        let asJSON: Bool
        switch query["format"] ?? "svg" {
        case "svg": asJSON = false
        case "json": asJSON = true
        case let other: throw APIError.badRequest("format '\(QueryItems.clip(other))' is not svg or json")
        }
        let type = asJSON ? "application/json; charset=utf-8" : "image/svg+xml; charset=utf-8"
        if let hit = renders.cached(query.canonical) { return Self.response(hit, type: type) }
        let job = try service.diagram(query)
        let data = try await renders.answer(for: query.canonical) {
            let svg = try DiagramRenderer.render(job.view, style: job.style, format: .svg)
            guard asJSON else { return svg }
            return InertJSON.escape(
                try JSONEncoder().encode(
                    RenderedMap(
                        svg: String(decoding: svg, as: UTF8.self), nodes: SVGNodeNames.nodes(of: job.view),
                        actors: job.view.actors.count, ties: job.view.ties.count, engine: job.view.engine)))
        }
        return Self.response(data, type: type)
    }

    private func asset(_ name: String) throws -> Response {
        guard let asset = assets.files[name] else { throw APIError.notFound("no file \(name)") }
        var response = Self.response(asset.data, type: asset.contentType)
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    static func pairs(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    static func response(_ data: Data, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Hummingbird logs every request at info level; a local tool prints only its own lines.
    static func quietLogger() -> Logger {
        var logger = Logger(label: "entente.serve")
        logger.logLevel = .warning
        return logger
    }
}
