import Fluent
import SQLKit
import Vapor

/// Health, metrics, the OpenAPI document, the stylesheet and the print script: no session, no client data.
struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("health", use: health)
        routes.get("metrics", use: metrics)
        routes.get("openapi.json", use: openAPI)
        routes.get(SiteRoute.Kind.styles.pathComponents, use: styles)
        routes.get(SiteRoute.Kind.printScript.pathComponents, use: printScript)
    }

    struct Health: Content {
        var status: String
        var database: String
    }

    /// 200 when the database answers, 503 when it does not.
    func health(req: Request) async throws -> Response {
        let ok: Bool
        if let sql = req.db as? any SQLDatabase {
            ok = (try? await sql.raw("SELECT 1").run()) != nil
        } else {
            ok = false
        }
        let response = try await Health(status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable").encodeResponse(for: req)
        response.status = ok ? .ok : .serviceUnavailable
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if !ok { response.headers.replaceOrAdd(name: .retryAfter, value: String(DatabaseAvailability.retryAfterSeconds)) }
        return response
    }

    /// Only for the addresses configured for it (a Prometheus scraper on the host by default): the counts tell
    /// an outsider how Polku is used. Behind a proxy, do not forward `/metrics`.
    func metrics(req: Request) async throws -> Response {
        guard let address = req.remoteAddress?.ipAddress, req.config.metricsAddresses.contains(address) else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: Metrics.registry.emitToString()))
    }

    func openAPI(req: Request) async throws -> Response {
        let codes = try await req.municipalities().map(\.code).sorted()
        var headers = HTTPHeaders()
        headers.contentType = .json
        // Large (the identity-code pattern) and holds no secrets: safe and worth compressing.
        headers.responseCompression = .enable
        return Response(status: .ok, headers: headers, body: .init(data: try OpenAPIDocument.render(municipalityCodes: codes)))
    }

    func styles(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    /// The print button's script: a file of our own, as the content security policy allows no inline script.
    func printScript(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/javascript; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: PrintScript.source))
    }
}
