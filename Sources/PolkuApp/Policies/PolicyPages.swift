import Fluent
import Plot
import PolkuDomain
import Vapor

struct PolicyListPage {
    let records: [PolicyRecord]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.policiesTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.policiesTitle])
                link(t[.policyNew], to: SiteRoute.adminPolicyNew.path, [("class", "button primary"), ("data-qa", "policy-new")])
            }
            p([("class", "lead")], t[.policiesIntro])
            DataTable(qa: "policy-list", caption: t[.policiesTitle],
                      headers: [t[.policyValidity], t[.policyOrganizer], t[.policyDays], t[.policyHours], t[.policyDuration], t[.policyCompensation],
                                t[.policyTimings]],
                      rows: records.map { record in
                          let policy = record.policy
                          return DataTable.Row(qa: "policy-row", cells: [
                              link(Self.validity(policy), to: SiteRoute.adminPolicy(PolicyID(record.id!)).path),
                              Txt(record.organizer.name),
                              Txt("\(policy.minDaysPerWeek)–\(policy.maxDaysPerWeek)"),
                              Txt(t(.policyHoursValue, ["min": PolicyForm.hours(policy.minMinutesPerDay), "max": PolicyForm.hours(policy.maxMinutesPerDay),
                                                        "week": PolicyForm.hours(policy.maxMinutesPerWeek)])),
                              Txt(t(.policyDurationValue, ["usual": "\(policy.usualPeriodMonths)", "max": "\(policy.maxContinuousMonths)",
                                                           "break": "\(policy.breakMonths)"])),
                              Txt(FinnishFormat.money(cents: policy.compensationCentsPerDay)),
                              Txt(Self.timings(policy, t)),
                          ])
                      })
        }
    }

    /// The minimum and every timing in one line, so that the list shows what each policy decides (decisions 113, 114).
    static func timings(_ policy: Policy, _ t: Texts) -> String {
        let values = PolicyTimingField.all.compactMap { field in field.placeholder.map { ($0, "\(policy[keyPath: field.policy])") } }
        return t(.policyMinMonths) + ": \(policy.minPeriodMonths); " + t(.policyTimingsValue, Dictionary(uniqueKeysWithValues: values))
    }

    static func validity(_ policy: Policy) -> String {
        FinnishFormat.date(policy.validFrom) + " – " + (policy.validTo.map(FinnishFormat.date) ?? "")
    }
}

struct PolicyFormPage {
    let id: PolicyID?
    let form: PolicyForm
    let failure: ValidationFailure?
    var conflict = false

    /// The API names fields in minutes and cents; the form in hours and euros.
    private static let formField = ["minMinutesPerDay": "minHoursPerDay", "maxMinutesPerDay": "maxHoursPerDay",
                                    "maxMinutesPerWeek": "maxHoursPerWeek", "compensationCentsPerDay": "compensationPerDay"]

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let organizers = try await Organizer.directory(on: req.db).choices
        let title = id == nil ? t[.policyNew] : t[.policyEdit]
        var messages: [String: String] = [:]
        for problem in failure?.problems ?? [] where messages[Self.formField[problem.field] ?? problem.field] == nil {
            messages[Self.formField[problem.field] ?? problem.field] = t(problem.key, problem.values)
        }
        func field(_ name: String, _ label: TextKey, _ value: String?, hint: String? = nil, required: Bool = true) -> FormField {
            FormField(name: name, label: t[label], value: value ?? "", autocomplete: "off", required: required, error: messages[name], hint: hint)
        }
        func timing(_ kept: PolicyTimingField) -> FormField { field(kept.name, kept.label, form[keyPath: kept.form]) }
        return req.page(title, status: status) {
            link("← " + t[.policiesTitle], to: SiteRoute.adminPolicies.path, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", id.map { SiteRoute.adminPolicy($0).path } ?? SiteRoute.adminPolicies.path),
                         ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                AskToConfirm()
                VersionField(version: form.version)
                SelectField(name: "organizerId", label: t[.policyOrganizer], options: organizers.map { ($0.id!.uuidString, $0.name) },
                            selected: form.organizerId ?? "", required: true, error: messages["organizerId"])
                field("validFrom", .policyValidFrom, form.validFrom, hint: t[.dateHint])
                field("validTo", .policyValidTo, form.validTo, hint: t[.policyValidToHint], required: false)
                Tag("fieldset") {
                    Tag("legend") { Txt(t[.policyScheduleLegend]) }
                    field("minDaysPerWeek", .policyMinDays, form.minDaysPerWeek)
                    field("maxDaysPerWeek", .policyMaxDays, form.maxDaysPerWeek)
                    field("minHoursPerDay", .policyMinHours, form.minHoursPerDay)
                    field("maxHoursPerDay", .policyMaxHours, form.maxHoursPerDay)
                    field("maxHoursPerWeek", .policyMaxHoursWeek, form.maxHoursPerWeek)
                }
                Tag("fieldset") {
                    Tag("legend") { Txt(t[.policyDurationLegend]) }
                    field("usualPeriodMonths", .policyUsualMonths, form.usualPeriodMonths)
                    timing(.minPeriod)
                    field("maxContinuousMonths", .policyMaxMonths, form.maxContinuousMonths)
                    field("breakMonths", .policyBreakMonths, form.breakMonths)
                    div([("class", "field checkbox")]) {
                        Tag("input", [("type", "checkbox"), ("id", "continuationPastMaximumAllowed"), ("name", "continuationPastMaximumAllowed"),
                                      ("value", "on"), ("checked", form.continuationPastMaximumAllowed == "on" ? "" : nil)])
                        Tag("label", [("for", "continuationPastMaximumAllowed")]) { Txt(t[.policyContinuationAllowed]) }
                    }
                }
                Tag("fieldset", [("data-qa", "policy-timings")]) {
                    Tag("legend") { Txt(t[.policyTimingsLegend]) }
                    p([("class", "hint")], t[.policyTimingsIntro])
                    for kept in PolicyTimingField.timings { timing(kept) }
                }
                field("compensationPerDay", .policyCompensationPerDay, form.compensationPerDay)
                div([("class", "field")]) {
                    Tag("label", [("for", "travelRules")]) { Txt(t[.policyTravelRules]) }
                    Tag("textarea", [("id", "travelRules"), ("name", "travelRules"), ("rows", "4"),
                                     ("aria-invalid", messages["travelRules"] == nil ? nil : "true"),
                                     ("aria-describedby", messages["travelRules"] == nil ? nil : "travelRules-error")]) { Txt(form.travelRules ?? "") }
                    if let error = messages["travelRules"] {
                        Tag("p", [("class", "field-error"), ("id", "travelRules-error"), ("data-qa", "error-travelRules")]) { Txt(error) }
                    }
                }
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "policy-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: SiteRoute.adminPolicies.path)
                }
            }
        }
    }
}
