import Fluent
import SQLKit
import PolkuDomain
import Vapor

/// The span of days answers are counted in, by the day each was given. The default is the last 12 months.
struct FeedbackSpan: Sendable {
    var from: LocalDate
    var to: LocalDate

    static func read(_ req: Request) throws -> FeedbackSpan {
        let parameters = QueryParameters(req)
        var problems: [FieldProblem] = []
        func date(_ name: String) -> LocalDate? {
            guard let raw = parameters.raw(name) else { return nil }
            // The API takes ISO dates as its contract says; a page also takes the Finnish 1.3.2026.
            let value = req.wantsJSON ? LocalDate(isoString: raw) : FinnishFormat.parseDate(raw)
            if value == nil { problems.append(FieldProblem(field: name, key: .errorDate)) }
            return value
        }
        let from = date("from")
        let to = date("to")
        if !problems.isEmpty { throw BadQuery(problems: problems) }
        // A year back from the end, but never before the first date there is (1.1.0001).
        let yearBack = (to ?? req.today).adding(months: -12).adding(days: 1)
        let span = FeedbackSpan(from: from ?? (yearBack.year < 1 ? LocalDate(year: 1, month: 1, day: 1)! : yearBack), to: to ?? req.today)
        guard span.from <= span.to else {
            // Two well-formed dates that contradict each other: in the API a 409 like an end before a start
            // elsewhere (the contract cannot say it); the page shows the message next to the field.
            let problem = FieldProblem(field: "to", key: .errorEndBeforeStart)
            if req.wantsJSON { throw ValidationFailure([problem], status: .conflict) }
            throw BadQuery(problems: [problem])
        }
        return span
    }
}

/// One place's results in a span: per form, what the threshold lets show.
struct PlaceFeedbackResults: Sendable {
    var placeID: PlaceID
    var placeName: String
    var providerName: String
    var summaries: [(form: FeedbackForm, summary: FeedbackSummary)]
}

enum FeedbackResultsQuery {
    /// The places whose results the signed-in user sees; 403 for a role that never sees results.
    static func places(for req: Request) async throws -> [PlaceDTO] {
        try await req.require(.feedbackResults(.read))
        let principal = try await req.principal()
        // Each organizer's municipalities today (decision 120).
        let organizers = try await req.organizers().map
        let counties = organizers.organizers.map { organizers.municipalities(servedBy: $0.id, on: req.today) }
        let scope = FeedbackAccess.resultScope(role: principal.role, coveredMunicipalityCodes: principal.coveredMunicipalityCodes,
                                               organizationID: principal.organizationID, counties: counties)
        if scope == .forbidden { throw Abort(.forbidden) }
        return try await req.placeCatalog().filter { FeedbackAccess.sees(scope, placeOf: $0.providerId.rawValue, in: $0.municipalityCode) }
    }

    /// One place within the user's scope, or the same 404 as a missing place.
    static func place(_ id: PlaceID, for req: Request) async throws -> PlaceDTO {
        guard let place = try await places(for: req).first(where: { $0.id == id }) else { throw Abort(.notFound) }
        return place
    }

    /// The results of `places` in the span, in two queries whatever the number of places.
    static func results(of places: [PlaceDTO], in span: FeedbackSpan, on db: any Database) async throws -> [PlaceFeedbackResults] {
        let ids = places.map(\.id.rawValue)
        guard !ids.isEmpty else { return [] }
        let answers = try await answerFacts(at: ids, in: span, on: db)
        return places.map { place in
            let summaries = FeedbackForm.allCases.map { form in
                (form, FeedbackResults.summarize(form, answers[PlaceForm(place: place.id.rawValue, form: form)] ?? []))
            }
            return PlaceFeedbackResults(placeID: place.id, placeName: place.name, providerName: place.providerName, summaries: summaries)
        }
    }

    private struct PlaceForm: Hashable {
        var place: UUID
        var form: FeedbackForm
    }

    /// What the summaries need of each answer, read as plain rows: a county's answers over a year are tens of
    /// thousands, and as Fluent models they took a hundred megabytes and most of the time.
    private static func answerFacts(at places: [UUID], in span: FeedbackSpan,
                                    on db: any Database) async throws -> [PlaceForm: [FeedbackAnswerFacts]] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select()
            .columns("place_id", "form", "ratings", "what_was_good", "what_to_improve").from(FeedbackAnswer.schema)
            .where("place_id", .in, SQLBind.group(places))
            .where("given_on", .greaterThanOrEqual, SQLBind(span.from.isoString))
            .where("given_on", .lessThanOrEqual, SQLBind(span.to.isoString))
            .all()
        var facts: [PlaceForm: [FeedbackAnswerFacts]] = [:]
        for row in rows {
            guard let form = FeedbackForm(rawValue: try row.decode(column: "form", as: String.self)) else { continue }
            let key = PlaceForm(place: try row.decode(column: "place_id", as: UUID.self), form: form)
            facts[key, default: []].append(FeedbackAnswerFacts(
                ratings: FeedbackAnswer.ratings(json: try row.decode(column: "ratings", as: String.self)),
                whatWasGood: try row.decode(column: "what_was_good", as: String?.self),
                whatToImprove: try row.decode(column: "what_to_improve", as: String?.self)))
        }
        return facts
    }
}

/// The results as the API shows them: below the threshold only `enoughAnswers: false`.
struct FeedbackResultsDTO: Content {
    struct Question: Content {
        var question: FeedbackQuestion
        var count: Int
        var mean: Double
        /// Answers rating 1, 2, 3, 4 and 5.
        var distribution: [Int]
    }

    struct Form: Content {
        var form: FeedbackForm
        var enoughAnswers: Bool
        var answerCount: Int?
        var questions: [Question]
        var whatWasGood: [String]
        var whatToImprove: [String]
    }

    var placeId: PlaceID
    var placeName: String
    var providerName: String
    var from: String
    var to: String
    var minimumAnswers: Int
    var forms: [Form]

    init(_ results: PlaceFeedbackResults, span: FeedbackSpan) {
        placeId = results.placeID
        placeName = results.placeName
        providerName = results.providerName
        from = span.from.isoString
        to = span.to.isoString
        minimumAnswers = FeedbackResults.minimumAnswers
        forms = results.summaries.map { form, summary in
            switch summary {
            case .tooFew:
                return Form(form: form, enoughAnswers: false, answerCount: nil, questions: [], whatWasGood: [], whatToImprove: [])
            case let .shown(count, questions, good, improve):
                // Rounded so that the mean carries no more than the distribution already says.
                return Form(form: form, enoughAnswers: true, answerCount: count,
                            questions: questions.map { Question(question: $0.question, count: $0.count, mean: ($0.mean * 100).rounded() / 100,
                                                                distribution: $0.distribution) },
                            whatWasGood: good, whatToImprove: improve)
            }
        }
    }
}
