import Fluent
import Foundation
import Plot
import PolkuDomain
import Vapor

/// Administrators' list of places, with links to change each.
struct PlaceAdminListPage {
    let places: [PlaceDTO]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.placesAdminTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.placesAdminTitle])
                link(t[.placeNew], to: SiteRoute.adminPlaceNew.path, [("class", "button primary"), ("data-qa", "place-new")])
            }
            p([("class", "lead")], t[.placesAdminIntro])
            p([], t[.placesPublicLink] + " ")
            link(SiteRoute.places.path, to: SiteRoute.places.path, [("data-qa", "public-places-link")])
            DataTable(qa: "admin-place-list", caption: t[.placesAdminTitle],
                      headers: [t[.placeName], t[.placeProvider], t[.municipality], t[.placeCapacity], t[.placeFreeNow]],
                      rows: places.map { place in
                          DataTable.Row(qa: "admin-place-row", cells: [
                              link(place.name, to: SiteRoute.adminPlace(place.id).path),
                              Txt(place.providerName),
                              Txt(place.municipalityName ?? place.municipalityCode),
                              Txt("\(place.capacity)"),
                              Txt("\(place.freeNow)"),
                          ])
                      }, numericColumns: [3, 4])
        }
    }
}

/// Create or change a place. On bad input the page comes back with what was typed and a message
/// next to each invalid field.
struct PlaceFormPage {
    let id: PlaceID?
    let input: PlaceInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let providers = try await Organization.query(on: req.db).filter(\.$kind == .provider).sort(\.$name).all()
        let municipalities = try await req.municipalities()
        let title = id == nil ? t[.placeNew] : t[.placeEdit]
        let action = id.map { SiteRoute.adminPlace($0).path } ?? SiteRoute.adminPlaces.path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        func text(_ name: String, _ label: TextKey, _ value: String?, required: Bool = false, hint: String? = nil, type: String = "text",
                  autocomplete: String? = "off") -> FormField {
            FormField(name: name, label: t[label], value: value ?? "", type: type, autocomplete: autocomplete, required: required,
                      error: error(name), hint: hint)
        }
        return req.page(title, status: status) {
            link("← " + t[.placesAdminTitle], to: SiteRoute.adminPlaces.path, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "place-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                text("name", .placeName, input.name, required: true)
                SelectField(name: "providerId", label: t[.placeProvider], options: providers.map { ($0.id!.uuidString, $0.name) },
                            selected: input.providerId ?? "", required: true, error: error("providerId"), includeEmpty: t[.choose])
                Tag("fieldset") {
                    Tag("legend") { Txt(t[.placeAddress]) }
                    text("streetAddress", .placeStreetAddress, input.streetAddress, required: true)
                    text("postalCode", .placePostalCode, input.postalCode, required: true)
                    text("town", .placeTown, input.town, required: true)
                    SelectField(name: "municipalityCode", label: t[.municipality], options: municipalities.map { ($0.code, $0.name) },
                                selected: input.municipalityCode ?? "", required: true, error: error("municipalityCode"), includeEmpty: t[.choose],
                                hint: t[.placeMunicipalityHint])
                }
                TextAreaField(name: "description", label: t[.placeDescription], value: input.description ?? "", rows: 4, required: true,
                              error: error("description"))
                CheckboxGroup(name: "tasks", legend: t[.placeTasks], options: PlaceTask.allCases.map { ($0.rawValue, t[$0.textKey]) },
                              checked: Set(input.tasks ?? []), hint: nil, error: error("tasks"))
                TextAreaField(name: "learning", label: t[.placeLearning], value: input.learning ?? "", rows: 3, error: error("learning"),
                              hint: t[.placeLearningHint])
                RadioGroup(name: "supportLevel", legend: t[.placeSupportLevel], options: SupportLevel.allCases.map { ($0.rawValue, t[$0.textKey]) },
                           selected: input.supportLevel ?? "", required: true, error: error("supportLevel"))
                TextAreaField(name: "supportText", label: t[.placeSupport], value: input.supportText ?? "", rows: 3, error: error("supportText"))
                CheckboxGroup(name: "accessibility", legend: t[.placeAccessibility],
                              options: AccessibilityFeature.allCases.map { ($0.rawValue, t[$0.textKey]) },
                              checked: Set(input.accessibility ?? []), hint: nil, error: error("accessibility"))
                TextAreaField(name: "accessibilityText", label: t[.placeAccessibilityText], value: input.accessibilityText ?? "", rows: 3,
                              error: error("accessibilityText"))
                CheckboxField(name: "remotePossible", label: t[.placeRemotePossible], checked: input.remotePossible == true)
                CheckboxGroup(name: "languages", legend: t[.placeLanguages], options: PlaceLanguage.allCases.map { ($0.rawValue, t[$0.textKey]) },
                              checked: Set(input.languages ?? []), hint: nil, error: error("languages"))
                CheckboxGroup(name: "openDays", legend: t[.placeOpenDays], options: Weekday.allCases.map { ("\($0.rawValue)", t[$0.shortTextKey]) },
                              checked: Set(input.openDays ?? []), hint: nil, error: error("openDays"))
                text("opensAt", .placeOpensAt, input.opensAt, hint: t[.placeTimeHint])
                text("closesAt", .placeClosesAt, input.closesAt, hint: t[.placeTimeHint])
                text("capacity", .placeCapacity, input.capacity, required: true, hint: t[.placeCapacityHint])
                Tag("fieldset") {
                    Tag("legend") { Txt(t[.placeContact]) }
                    text("contactName", .placeContactName, input.contactName, autocomplete: "name")
                    text("contactPhone", .phone, input.contactPhone, type: "tel", autocomplete: "tel")
                    text("contactEmail", .email, input.contactEmail, type: "email", autocomplete: "email")
                }
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "place-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: SiteRoute.adminPlaces.path)
                }
            }
        }
    }
}
