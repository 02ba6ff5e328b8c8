import Fluent
import PolkuDomain
import Vapor

/// Results per place: counts, means, distributions and free texts, only where a form has at least
/// `FeedbackResults.minimumAnswers` answers in the span. Nothing names a client, so these pages are open
/// to managers and admins, and are not audited per client.
struct FeedbackResultsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.feedbackResults.pathComponents, use: list)
        routes.get(SiteRoute.Kind.placeFeedbackResults.pathComponents, use: place)
    }

    func list(req: Request) async throws -> Response {
        let places = try await FeedbackResultsQuery.places(for: req)
        let (span, failure) = Self.span(req)
        // Counts over every place's answers: the same for everyone who sees these places, until the data changes.
        let key = "feedback|\(span.from.isoString)|\(span.to.isoString)|" + Digest.sha256Hex(places.map(\.id.uuidString).joined(separator: ","))
        let results = try await req.cached(key) { [db = req.db] in try await FeedbackResultsQuery.results(of: places, in: span, on: db) }
        return FeedbackResultsPage(span: span, failure: failure, results: results, pending: try await req.pendingPlaceFeedback()).render(on: req)
    }

    func place(req: Request) async throws -> Response {
        let place = try await FeedbackResultsQuery.place(try req.id(WorkActivityPlace.self), for: req)
        let (span, failure) = Self.span(req)
        let results = try await FeedbackResultsQuery.results(of: [place], in: span, on: req.db)
        guard let first = results.first else { throw Abort(.notFound) }
        return PlaceFeedbackResultsPage(span: span, failure: failure, results: first).render(on: req)
    }

    /// A page shows a mistyped date next to its field and the default span meanwhile.
    private static func span(_ req: Request) -> (FeedbackSpan, ValidationFailure?) {
        do {
            return (try FeedbackSpan.read(req), nil)
        } catch let bad as BadQuery {
            let today = req.today
            return (FeedbackSpan(from: today.adding(months: -12).adding(days: 1), to: today), ValidationFailure(bad.problems))
        } catch {
            return (FeedbackSpan(from: req.today.adding(months: -12).adding(days: 1), to: req.today), nil)
        }
    }
}
