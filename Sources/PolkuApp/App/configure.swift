import Fluent
import Foundation
import Vapor

/// Sets up the whole application: database, migrations, sessions, middleware, routes, commands.
/// Tests run this same function with a testing config.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.polkuConfig = config
    app.fieldCrypto = FieldCrypto(config: config)
    app.querySeal = QuerySeal(encryptionKey: config.encryptionKey)
    app.auditSeal = AuditSeal(key: config.auditKey)
    app.auditWriter = AuditWriter(seal: app.auditSeal)
    app.computedCache = ComputedCache()
    app.passwords.use(.bcrypt(cost: config.bcryptCost))

    try await DatabaseSetup.use(config, on: app)
    app.databases.middleware.use(DataGenerationModelMiddleware())
    app.registerMigrations()
    // Every form's texts at their limits fit in it twice over (decision 96); Vapor's default is 16 kB.
    app.routes.defaultMaxBodySize = ByteCount(value: FormBody.maxBytes)

    app.sessions.use { _ in DatabaseSessions() }
    app.sessions.configuration = SessionsConfiguration(cookieName: "polku_session") { id in
        HTTPCookies.Value(string: id.string, maxAge: 8 * 3600, path: "/", isSecure: config.secureCookies,
                          isHTTPOnly: true, sameSite: .lax)
    }

    // Outermost first: errors become pages or problem+json; unknown methods become 405.
    app.middleware = Middlewares()
    let inFlight = InFlightRequests()
    app.inFlightRequests = inFlight
    app.lifecycle.use(DrainOnShutdown(requests: inFlight))
    app.middleware.use(InFlightMiddleware(requests: inFlight))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(PolkuErrorMiddleware())
    app.middleware.use(MethodNotAllowedMiddleware())
    app.middleware.use(DataGenerationMiddleware())
    // Global so that error pages, wherever they come from, know the user and their language.
    // The API never accepts the session cookie: it would need CSRF protection; it takes bearer tokens.
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(PagesOnly(User.sessionAuthenticator()))
    app.middleware.use(SavedNoticeMiddleware())

    Metrics.bootstrapOnce()
    try routes(app)
    app.registerCommands()
}
