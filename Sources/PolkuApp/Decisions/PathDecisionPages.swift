import Fluent
import Plot
import PolkuDomain
import Vapor

/// The form of a refusal, a change or an ending decision, in the worker's language (decision 207).
struct PathDecisionFormPage {
    let client: Client
    let form: PathDecisionForm
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        let kind = PathDecision.Kind(rawValue: form.kind ?? "") ?? .refusal
        var messages: [String: String] = [:]
        for problem in failure?.problems ?? [] {
            let field = problem.field == "minutesPerDay" ? "hoursPerDay" : problem.field
            if messages[field] == nil { messages[field] = t(problem.key, problem.values) }
        }
        let places = kind == .change ? try await WorkActivityPlace.query(on: req.db).sort(\.$name).all() : []
        let title = t[PathDecisionPage.titleKey(kind)]
        return req.page(title, status: status) {
            link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, title)
            p([("class", "lead")], t[.pdocIntro])
            FormAlerts(failure: failure, texts: t)
            Tag("form", [("method", "post"), ("action", SiteRoute.pathDecisions(clientID).path), ("class", "stack"), ("novalidate", ""),
                         ("data-qa", "path-decision-form")]) {
                CSRFField(token: req.csrfToken)
                Tag("input", [("type", "hidden"), ("name", "kind"), ("value", kind.rawValue)])
                if kind != .refusal { Tag("input", [("type", "hidden"), ("name", "decisionId"), ("value", form.decisionId ?? "")]) }
                if let problem = messages["decisionId"] { p([("class", "field-error"), ("data-qa", "error-decisionId")], problem) }
                FormField(name: "decidedOn", label: t[.decisionDecidedOn], value: form.decidedOn ?? "", autocomplete: "off", required: true,
                          error: messages["decidedOn"], hint: t[.dateHint])
                if kind == .change {
                    FormField(name: "effectiveOn", label: t[.pdocChangeFrom], value: form.effectiveOn ?? "", autocomplete: "off", required: true,
                              error: messages["effectiveOn"], hint: t[.dateHint])
                    div([("class", "inline-fields")]) {
                        FormField(name: "daysPerWeek", label: t[.planDaysPerWeek], value: form.daysPerWeek ?? "", type: "number", autocomplete: "off",
                                  error: messages["daysPerWeek"], hint: t[.pdocUnchangedHint])
                        FormField(name: "hoursPerDay", label: t[.planHoursPerDay], value: form.hoursPerDay ?? "", autocomplete: "off",
                                  error: messages["hoursPerDay"], hint: t[.pdocUnchangedHint])
                    }
                    SelectField(name: "placeId", label: t[.decisionPlace], options: places.map { ($0.id!.uuidString, $0.name) },
                                selected: form.placeId ?? "", error: messages["placeId"], includeEmpty: t[.pdocUnchangedHint])
                }
                if kind == .ending {
                    FormField(name: "effectiveOn", label: t[.adocLastDay], value: form.effectiveOn ?? "", autocomplete: "off", required: true,
                              error: messages["effectiveOn"], hint: t[.dateHint])
                }
                TextAreaField(name: "reasons", label: t[.adocReasons], value: form.reasons ?? "", maxLength: PathDecisionInput.maxReasonsLength,
                              required: true, error: messages["reasons"], hint: t[.pdocReasonsHint])
                SelectField(name: "notification", label: t[.adocNotificationField],
                            options: DecisionNotification.allCases.map { ($0.rawValue, t[DecisionDocument.optionKey($0)]) },
                            selected: form.notification ?? DecisionNotification.default.rawValue, error: messages["notification"],
                            hint: t[.adocNotificationHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "path-decision-submit")]) { Txt(t[.pdocMake]) }
                    link(t[.cancel], to: SiteRoute.client(clientID).path)
                }
            }
        }
    }
}

/// A refusal, change or ending decision as it prints: the document in the client's language, the page around it in
/// the worker's (decision 207).
struct PathDecisionPage {
    let client: Client
    let record: PathDecision
    let document: DecisionDocument
    let continuation: Continuation?
    /// The client's own copy (`/me/path-decisions/…`): back to their page, the changed decision as their copy.
    var ownView = false

    /// A change of place whose decision for the new place is still to be made.
    struct Continuation {
        var placeName: String
        var from: LocalDate
        var pathDecision: PathDecisionID
    }

    func render(on req: Request) async throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        return req.page(t[Self.titleKey(record.kind)]) {
            if ownView {
                link("← " + t[.myPageTitle], to: SiteRoute.me.path, [("class", "back-link")])
            } else {
                link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            }
            heading(1, t[Self.titleKey(record.kind)], [("class", "no-print")])
            if let continuation {
                NextStepBox(text: t(.pdocContinuesAt, ["place": continuation.placeName, "date": FinnishFormat.date(continuation.from)]),
                            linkText: t[.pdocContinueDecision],
                            href: SiteRoute.decisionNew(clientID).path + "?continues=\(continuation.pathDecision)",
                            qa: "continue-at-place", texts: t)
            }
            p([("class", "hint no-print")], t(.pdocPrintLanguage, ["language": t[DecisionPage.languageKey(document.language)]]))
            PrintButton(t)
            if let decision = record.$decision.id {
                link(t[.pdocOriginal], to: ownView ? SiteRoute.myDecision(DecisionID(decision)).path
                                                   : SiteRoute.decision(client: clientID, decision: DecisionID(decision)).path, [("class", "no-print")])
            }
            DecisionDocumentView(document)
        }
    }

    static func titleKey(_ kind: PathDecision.Kind) -> TextKey {
        switch kind {
        case .refusal: .pdocTitleRefusal
        case .change: .pdocTitleChange
        case .ending: .pdocTitleEnding
        }
    }
}
