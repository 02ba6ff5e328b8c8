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
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "decision-submit")]) { Txt(t[.decisionMake]) }
                    link(t[.cancel], to: SiteRoute.client(clientID).path)
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

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let date = { (iso: String?) in iso.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) ?? "–" }
        let clientID = decision.clientId
        let parties = try await DecisionParties.load(client: client, placeID: decision.placeId, decidedOn: decision.decidedOn, on: req)
        let weekdays = decision.weekdays.compactMap(Weekday.init(rawValue:)).map { t[$0.shortTextKey] }
        let schedule = t(.planScheduleValue, ["days": "\(decision.daysPerWeek)", "hours": PolicyForm.hours(decision.minutesPerDay)])
            + ", " + (weekdays.isEmpty ? t[.decisionWeekdaysAgreed] : weekdays.joined(separator: ", "))
        return req.page(t[.decisionTitle], status: status) {
            link("← \(client.fullName)", to: SiteRoute.client(clientID).path, [("class", "back-link")])
            if let message { Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "decision-message")]) { Txt(message) } }
            heading(1, t[.decisionTitle], [("class", "no-print")])
            p([("class", "hint no-print")], t[.decisionPrint])
            Tag("article", [("class", "document"), ("data-qa", "decision-page")]) {
                p([("class", "document-issuer")], parties.organizerName)
                heading(2, t[.decisionDocument])
                Tag("dl", [("class", "facts")]) {
                    fact(t[.colName], parties.clientName)
                    fact(t[.personalIdentityCode], parties.identityCode)
                    fact(t[.decisionDecidedOn], date(decision.decidedOn))
                    fact(t[.decisionMaker], decision.decisionMakerName)
                    fact(t[.decisionPlace], decision.placeName)
                    fact(t[.decisionPeriod], date(decision.startsOn) + "–" + date(decision.endsOn))
                    fact(t[.planSchedule], schedule)
                    if let status = decision.periodStatus { fact(t[.decisionPeriodStatus], t[Self.statusKey(status)]) }
                    if let reason = decision.interruptionReason { fact(t[.periodInterruptionReason], reason) }
                    if let reason = decision.noEvaluationReason {
                        fact(t[.noEvaluationTitle], t(.noEvaluationRecorded, ["reason": reason, "date": date(decision.noEvaluationOn),
                                                                              "name": decision.noEvaluationBy ?? ""]))
                    }
                    if let late = decision.lateReason { fact(t[.decisionLateReason], late) }
                    if let confirmed = decision.eligibilityConfirmation { fact(t[.decisionEligibilityConfirmation], confirmed) }
                }
                heading(3, t[.decisionAppeal])
                p([("class", "pre-line")], decision.appealInstructions)
            }
            if let contract = decision.contract {
                // A document of its own: the printout starts it on a new page.
                Tag("article", [("class", "document page-break"), ("data-qa", "contract-page")]) {
                    p([("class", "document-issuer")], parties.organizerName)
                    heading(2, t[.contractDocument])
                    heading(3, t[.contractParties])
                    Tag("dl", [("class", "facts")]) {
                        fact(t[.partyClient], parties.clientName + ", " + parties.identityCode)
                        fact(t[.partyPlace], decision.placeName)
                        fact(t[.contractProvider], parties.providerName)
                        fact(t[.partyOrganizer], parties.organizerName)
                    }
                    heading(3, t[.contractTitle])
                    Tag("dl", [("class", "facts")]) {
                        fact(t[.decisionPeriod], date(decision.startsOn) + "–" + date(decision.endsOn))
                        fact(t[.planSchedule], schedule)
                        fact(t[.contractTasks], contract.tasks)
                        fact(t[.contractGoals], contract.goals)
                        fact(t[.contractCompensation], FinnishFormat.money(cents: contract.compensationCentsPerDay))
                        fact(t[.contractTravel], contract.travel.isEmpty ? "–" : contract.travel)
                        fact(t[.contractInsurance], contract.insurance)
                        fact(t[.contractConfidentiality], contract.confidentiality)
                        // Contracts made before the organizer's documents print the built-in text (decision 123).
                        fact(t[.contractProviderInstructions], contract.providerInstructions
                             ?? Texts(language: Language(rawValue: client.language) ?? .fi)[.providerInstructionsDefault])
                    }
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
                    }
                }
                if permitted.contains(.interrupt), let version = decision.periodVersion, decision.periodStatus == "active" || decision.periodStatus == "planned" {
                    Tag("form", [("method", "post"), ("action", SiteRoute.decisionInterrupt(client: clientID, decision: decision.id).path), ("class", "stack no-print")]) {
                        CSRFField(token: req.csrfToken)
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

    static func statusKey(_ status: String) -> TextKey {
        switch status {
        case "planned": .periodPlanned
        case "active": .periodActive
        case "interrupted": .periodInterrupted
        default: .periodEnded
        }
    }
}
