import Foundation
import Hummingbird

/// Headers on every response, and every failure turned into a JSON error.
///
/// The page's script is a file of its own (`/app.js`), so the policy allows scripts from this
/// origin only: a `<script>` or `onload=` that slipped into an actor name or a sentence could
/// not run even if escaping failed somewhere. Nothing is loaded from elsewhere, nothing may
/// frame the page, and no referrer leaks to the sources an analyst follows.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = Self.json(error)
        } catch let error as HTTPError {
            response = Self.json(
                APIError(
                    status: Int(error.status.code),
                    error.status == .notFound
                        ? "no such page or endpoint: \(QueryItems.clip(request.uri.path)); see /api/openapi.json"
                        : error.status.reasonPhrase))
        } catch {
            context.logger.error("request failed: \(error)")
            response = Self.json(APIError(status: 500, "the server could not answer this request"))
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        if let name = HTTPFields.Element.Name("X-Content-Type-Options") { response.headers[name] = "nosniff" }
        if let name = HTTPFields.Element.Name("Referrer-Policy") { response.headers[name] = "no-referrer" }
        if let name = HTTPFields.Element.Name("X-Frame-Options") { response.headers[name] = "DENY" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    static func json(_ error: APIError) -> Response {
        Response(
            status: HTTPResponse.Status(code: error.status),
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body)))
    }
}
