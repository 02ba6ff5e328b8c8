import Fluent
import Foundation
import Plot
import PolkuDomain
import Vapor

struct ProviderContractListPage {
    let contracts: [ProviderContractDTO]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.contractsTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.contractsTitle])
                link(t[.contractNew], to: SiteRoute.adminContractNew.path, [("class", "button primary"), ("data-qa", "contract-new")])
            }
            p([("class", "lead")], t[.contractsIntro])
            DataTable(qa: "contract-list", caption: t[.contractsTitle],
                      headers: [t[.contractProvider], t[.providerKind], t[.contractValidity], t[.contractPlaces], t[.contractPrice], t[.contractContact]],
                      rows: contracts.map { contract in
                          DataTable.Row(qa: "contract-row", cells: [
                              link(contract.providerName, to: SiteRoute.adminContract(contract.id).path),
                              Txt(contract.providerKind.map { t[$0.textKey] } ?? "–"),
                              Txt(contract.validity),
                              Txt(contract.places.map(\.name).joined(separator: ", ")),
                              Tag("span", [("data-qa", "contract-price")]) { Txt(contract.priceCentsPerDay.map { FinnishFormat.money(cents: $0) } ?? "–") },
                              ContactLinks.contact(name: contract.contactName, phone: contract.contactPhone, email: contract.contactEmail),
                          ])
                      }, numericColumns: [4])
            if contracts.isEmpty { p([("class", "muted")], t[.contractsEmpty]) }
        }
    }
}

struct ProviderContractFormPage {
    let id: ContractID?
    let input: ProviderContractInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let providers = try await Organization.query(on: req.db).filter(\.$kind == .provider).sort(\.$name).all()
        let places = try await WorkActivityPlace.query(on: req.db).with(\.$provider).sort(\.$name).all()
        let title = id == nil ? t[.contractNew] : t[.contractEdit]
        let action = id.map { SiteRoute.adminContract($0).path } ?? SiteRoute.adminContracts.path
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.contractsTitle], to: SiteRoute.adminContracts.path, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            Tag("form", [("method", "post"), ("action", action), ("class", "stack"), ("novalidate", ""), ("data-qa", "contract-form")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                SelectField(name: "providerId", label: t[.contractProvider],
                            options: providers.map { ($0.id!.uuidString, $0.name + ($0.providerKind.map { " (" + t[$0.textKey] + ")" } ?? "")) },
                            selected: input.providerId ?? "", required: true, error: error("providerId"), includeEmpty: t[.choose])
                FormField(name: "validFrom", label: t[.policyValidFrom], value: input.validFrom ?? "", autocomplete: "off", required: true,
                          error: error("validFrom"), hint: t[.dateHint])
                FormField(name: "validTo", label: t[.policyValidTo], value: input.validTo ?? "", autocomplete: "off",
                          error: error("validTo"), hint: t[.policyValidToHint])
                CheckboxGroup(name: "placeIds", legend: t[.contractPlaces],
                              options: places.map { ($0.id!.uuidString, $0.name + " – " + $0.provider.name) },
                              checked: Set(input.placeIds ?? []), hint: t[.contractPlacesHint], error: error("placeIds"))
                FormField(name: "pricePerDay", label: t[.contractPricePerDay], value: input.pricePerDay ?? "", autocomplete: "off",
                          error: error("pricePerDay"), hint: t[.contractPriceHint])
                Tag("fieldset") {
                    Tag("legend") { Txt(t[.contractContact]) }
                    FormField(name: "contactName", label: t[.placeContactName], value: input.contactName ?? "", autocomplete: "name",
                              required: true, error: error("contactName"))
                    FormField(name: "contactPhone", label: t[.phone], value: input.contactPhone ?? "", type: "tel", autocomplete: "tel",
                              error: error("contactPhone"))
                    FormField(name: "contactEmail", label: t[.email], value: input.contactEmail ?? "", type: "email", autocomplete: "email",
                              error: error("contactEmail"))
                }
                TextAreaField(name: "notes", label: t[.contractNotes], value: input.notes ?? "", rows: 3, error: error("notes"))
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "contract-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: SiteRoute.adminContracts.path)
                }
            }
        }
    }
}
