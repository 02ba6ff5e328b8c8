import Fluent
import Plot
import PolkuDomain
import Vapor

struct DecisionFormPage {
    let client: Client
    let form: DecisionForm
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let clientID = try client.typedID
        let places = try await WorkActivityPlace.query(on: req.db).sort(\.$name).all()
        // The organizer's limits in force on the first day typed (else today), beside the fields before anything is typed.
        let limits = try await RuleLimits.hintValues(for: client, on: form.startsOn.flatMap(FinnishFormat.parseDate) ?? req.today, db: req.db)
        var messages: [String: String] = [:]
        for problem in failure?.problems ?? [] {
            let field = problem.field == "minutesPerDay" ? "hoursPerDay" : problem.field
            if messages[field] == nil { messages[field] = t(problem.key, problem.values) }
        }
        return req.page(t[.decisionNew], status: status) {
            link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.decisionNew])
            p([("class", "lead")], t[.decisionIntro])
            FormAlerts(failure: failure, texts: t)
            Tag("form", [("method", "post"), ("action", SiteRoute.decisions(clientID).path), ("class", "stack"), ("novalidate", ""), ("data-qa", "decision-form")]) {
                CSRFField(token: req.csrfToken)
                FormField(name: "decidedOn", label: t[.decisionDecidedOn], value: form.decidedOn ?? "", autocomplete: "off", required: true,
                          error: messages["decidedOn"], hint: t[.dateHint])
                SelectField(name: "placeId", label: t[.decisionPlace], options: places.map { ($0.id!.uuidString, $0.name) },
                            selected: form.placeId ?? "", required: true, error: messages["placeId"], includeEmpty: t[.choose])
                div([("class", "inline-fields")]) {
                    FormField(name: "startsOn", label: t[.decisionStartsOn], value: form.startsOn ?? "", autocomplete: "off", required: true,
                              error: messages["startsOn"], hint: t[.dateHint])
                    FormField(name: "endsOn", label: t[.decisionEndsOn], value: form.endsOn ?? "", autocomplete: "off",
                              error: messages["endsOn"], hint: limits.map { t(.decisionEndsOnRuleHint, $0) } ?? t[.decisionEndsOnHint])
                }
                div([("class", "inline-fields")]) {
                    FormField(name: "daysPerWeek", label: t[.planDaysPerWeek], value: form.daysPerWeek ?? "", type: "number", autocomplete: "off",
                              required: true, error: messages["daysPerWeek"], hint: limits.map { t(.decisionDaysRuleHint, $0) })
                    FormField(name: "hoursPerDay", label: t[.planHoursPerDay], value: form.hoursPerDay ?? "", autocomplete: "off", required: true,
                              error: messages["hoursPerDay"], hint: limits.map { t(.decisionHoursRuleHint, $0) } ?? t[.planHoursHint])
                }
                CheckboxGroup(name: "weekdays", legend: t[.decisionWeekdays],
                              options: Weekday.allCases.filter { !$0.isWeekend }.map { ("\($0.rawValue)", t[$0.shortTextKey]) },
                              checked: Set(form.weekdays ?? []), hint: t[.decisionWeekdaysHint], error: messages["weekdays"])
                TextAreaField(name: "tasks", label: t[.contractTasks], value: form.tasks ?? "", required: true, error: messages["tasks"])
                TextAreaField(name: "goals", label: t[.contractGoals], value: form.goals ?? "", required: true, error: messages["goals"])
                TextAreaField(name: "travel", label: t[.contractTravel], value: form.travel ?? "", rows: 2, error: messages["travel"],
                              hint: t[.contractTravelHint])
                TextAreaField(name: "lateReason", label: t[.decisionLateReason], value: form.lateReason ?? "", rows: 2,
                              maxLength: DecisionInput.maxReasonLength, error: messages["lateReason"], hint: t[.decisionLateReasonHint])
                TextAreaField(name: "eligibilityConfirmation", label: t[.decisionEligibilityConfirmation], value: form.eligibilityConfirmation ?? "",
                              rows: 2, maxLength: DecisionInput.maxReasonLength, error: messages["eligibilityConfirmation"],
                              hint: t[.decisionEligibilityConfirmationHint])
                // How the decision reaches the client sets when the time for a review begins (decision 201).
                SelectField(name: "notification", label: t[.adocNotificationField],
                            options: DecisionNotification.allCases.map { ($0.rawValue, t[DecisionDocument.optionKey($0)]) },
                            selected: form.notification ?? DecisionNotification.default.rawValue, error: messages["notification"],
                            hint: t[.adocNotificationHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "decision-submit")]) { Txt(t[.decisionMake]) }
                    link(t[.cancel], to: SiteRoute.client(clientID).path)
                    // Refusing the service is a decision of its own (decision 207).
                    link(t[.pdocRefusalLink], to: SiteRoute.pathDecisionNew(clientID).path + "?kind=refusal", [("data-qa", "path-decision-refusal")])
                }
            }
        }
    }
}

/// The decision and the contract on one page that prints as a document.
struct DecisionPage {
    let client: Client
    let decision: DecisionDTO
    /// What the user may do with the decision: each form and link is shown exactly when its request is allowed.
    let permitted: Set<Action.Decision>
    let message: String?
    /// Own production only: the notice to the shop steward.
    var notice: ShopStewardNoticeSection? = nil
    /// An acceptance or an interruption that came back: what was typed, with each problem next to its field.
    var acceptance: (input: AcceptanceInput, failure: ValidationFailure)? = nil
    var interruption: (input: DecisionsAPIController.InterruptionInput, failure: ValidationFailure)? = nil
    var noEvaluation: (input: NoEvaluationInput, failure: ValidationFailure)? = nil
    /// Where the back link goes: the client's page unless set (the client's own copy goes back to /me).
    var back: (path: String, label: String)? = nil

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let date = { (iso: String?) in iso.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) ?? "–" }
        let clientID = decision.clientId
        let parties = try await DecisionParties.load(client: client, placeID: decision.placeId, decidedOn: decision.decidedOn, on: req)
        // The documents print in the client's language of service; the page around them is in the worker's (decision 204).
        let document = try await DecisionDocument.placement(decision, client: client, parties: parties, on: req)
        let related = try await PathDecision.query(of: clientID.rawValue, on: req.db).filter(\.$decision.$id == decision.id.rawValue)
            .sort(\.$decidedOn).sort(\.$createdAt).all()
        return req.page(t[.decisionTitle], status: status) {
            link("← \(back?.label ?? client.fullName)", to: back?.path ?? SiteRoute.client(clientID).path, [("class", "back-link")])
            if let message { Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "decision-message")]) { Txt(message) } }
            heading(1, t[.decisionTitle], [("class", "no-print")])
            p([("class", "hint no-print")], t[.decisionPrint] + " " + t(.adocPrintLanguage, ["language": t[Self.languageKey(document.language)]]))
            PrintButton(t)
            // What the screen shows of the period today; never printed, as the decision states what was decided.
            if decision.periodStatus != nil || decision.interruptionReason != nil || decision.noEvaluationReason != nil {
                Tag("dl", [("class", "facts no-print"), ("data-qa", "period-state")]) {
                    if let status = decision.periodStatus { fact(t[.decisionPeriodStatus], t[Self.statusKey(status)]) }
                    if let reason = decision.interruptionReason { fact(t[.periodInterruptionReason], reason) }
                    if let reason = decision.noEvaluationReason {
                        fact(t[.noEvaluationTitle], t(.noEvaluationRecorded, ["reason": reason, "date": date(decision.noEvaluationOn),
                                                                              "name": decision.noEvaluationBy ?? ""]))
                    }
                }
            }
            DecisionDocumentView(document)
            if !related.isEmpty {
                Tag("section", [("class", "no-print"), ("data-qa", "path-decisions")]) {
                    heading(2, t[.pdocRelated])
                    Tag("ul") {
                        for other in related {
                            Tag("li") {
                                link(t[PathDecisionPage.titleKey(other.kind)] + " " + other.caseNumber + ", "
                                     + (LocalDate(isoString: other.decidedOn).map(FinnishFormat.date) ?? ""),
                                     to: SiteRoute.pathDecision(client: clientID, pathDecision: PathDecisionID(other.id!)).path)
                            }
                        }
                    }
                }
            }
            if let contract = decision.contract {
                // A document of its own: the printout starts it on a new page.
                ContractDocumentView(contract, decision: decision, document: document, parties: parties)
                Tag("section", [("class", "no-print"), ("data-qa", "acceptances-section")]) {
                    heading(3, t[.contractAcceptances])
                    DataTable(qa: "acceptances", caption: t[.contractAcceptances], headers: [t[.contractParty], t[.contractAcceptedOn]], rows: [
                        DataTable.Row(cells: [Txt(t[.partyClient]), Txt(date(contract.clientAcceptedOn))]),
                        DataTable.Row(cells: [Txt(t[.partyPlace]), Txt(date(contract.placeAcceptedOn) + (contract.placeAcceptedBy.map { $0.isEmpty ? "" : ", " + $0 } ?? ""))]),
                        DataTable.Row(cells: [Txt(t[.partyOrganizer]), Txt(date(contract.organizerAcceptedOn) + (contract.organizerAcceptedBy.map { $0.isEmpty ? "" : ", " + $0 } ?? ""))]),
                    ])
                    if permitted.contains(.accept) {
                        Tag("form", [("method", "post"), ("action", SiteRoute.decisionAccept(client: clientID, decision: decision.id).path), ("class", "inline-form no-print")]) {
                            CSRFField(token: req.csrfToken)
                            VersionField(version: contract.version)
                            SelectField(name: "party", label: t[.contractParty], options: AcceptanceInput.Party.allCases.map { ($0.rawValue, t[Self.partyKey($0)]) },
                                        selected: acceptance?.input.party ?? "", error: acceptance?.failure.message(for: "party", texts: t))
                            FormField(name: "acceptedBy", label: t[.contractAcceptedBy], value: acceptance?.input.acceptedBy ?? "", autocomplete: "off",
                                      error: acceptance?.failure.message(for: "acceptedBy", texts: t))
                            Tag("button", [("type", "submit"), ("data-qa", "accept-submit")]) { Txt(t[.contractRecordAcceptance]) }
                        }
                    }
                }
                if let notice { notice }
            }
            if !permitted.isDisjoint(with: [.make, .interrupt, .excuseEvaluation]) {
                if permitted.contains(.make) {
                    div([("class", "actions no-print")]) {
                        link(t[.decisionContinue], to: SiteRoute.decisionNew(clientID).path, [("class", "button"), ("data-qa", "decision-continue")])
                        // The other decisions of this period (decision 207).
                        link(t[.pdocTitleChange], to: SiteRoute.pathDecisionNew(clientID).path + "?kind=change&decisionId=\(decision.id.rawValue.uuidString)",
                             [("class", "button"), ("data-qa", "path-decision-change")])
                        link(t[.pdocTitleEnding], to: SiteRoute.pathDecisionNew(clientID).path + "?kind=ending&decisionId=\(decision.id.rawValue.uuidString)",
                             [("class", "button"), ("data-qa", "path-decision-ending")])
                    }
                }
                if permitted.contains(.interrupt), let version = decision.periodVersion, decision.periodStatus == "active" || decision.periodStatus == "planned" {
                    Tag("form", [("method", "post"), ("action", SiteRoute.decisionInterrupt(client: clientID, decision: decision.id).path), ("class", "stack no-print")]) {
                        CSRFField(token: req.csrfToken)
                        AskToConfirm()
                        VersionField(version: version)
                        TextAreaField(name: "reason", label: t[.periodInterruptionReason], value: interruption?.input.reason ?? "", rows: 2,
                                      error: interruption?.failure.message(for: "reason", texts: t))
                        Tag("button", [("type", "submit"), ("data-qa", "interrupt-submit")]) { Txt(t[.periodInterrupt]) }
                    }
                }
                // After an interruption, why the situation is not evaluated, if it is not (decision 115).
                if permitted.contains(.excuseEvaluation), let version = decision.periodVersion, decision.periodStatus == "interrupted",
                   decision.noEvaluationReason == nil {
                    Tag("form", [("method", "post"), ("action", SiteRoute.decisionNoEvaluation(client: clientID, decision: decision.id).path), ("class", "stack no-print"),
                                 ("data-qa", "no-evaluation-form")]) {
                        CSRFField(token: req.csrfToken)
                        VersionField(version: version)
                        heading(2, t[.noEvaluationTitle])
                        p([("class", "hint")], t[.noEvaluationIntro])
                        TextAreaField(name: "reason", label: t[.noEvaluationReason], value: noEvaluation?.input.reason ?? "", rows: 2,
                                      maxLength: NoEvaluationInput.maxReasonLength, error: noEvaluation?.failure.message(for: "reason", texts: t))
                        Tag("button", [("type", "submit"), ("data-qa", "no-evaluation-submit")]) { Txt(t[.noEvaluationSubmit]) }
                    }
                }
            }
        }
    }

    private func fact(_ label: String, _ value: String) -> Component {
        ComponentGroup(members: [Tag("dt") { Txt(label) }, Tag("dd", [("class", "pre-line")]) { Txt(value) }])
    }

    static func partyKey(_ party: AcceptanceInput.Party) -> TextKey {
        switch party {
        case .client: .partyClient
        case .place: .partyPlace
        case .organizer: .partyOrganizer
        }
    }

    static func languageKey(_ language: Language) -> TextKey {
        switch language {
        case .fi: .languageFinnish
        case .sv: .languageSwedish
        case .en: .languageEnglish
        }
    }

    static func statusKey(_ status: String) -> TextKey {
        switch status {
        case "planned": .periodPlanned
        case "active": .periodActive
        case "interrupted": .periodInterrupted
        default: .periodEnded
        }
    }
}
