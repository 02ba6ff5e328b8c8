import Fluent
import Plot
import PolkuDomain
import Vapor

struct OrganizationListPage {
    let organizations: [Organization]

    func render(on req: Request) -> Response {
        let t = req.texts
        let names = Dictionary(organizations.compactMap { o in o.id.map { ($0, o.name) } }, uniquingKeysWith: { a, _ in a })
        return req.page(t[.organizationsTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.organizationsTitle])
                link(t[.organizationNew], to: SiteRoute.adminOrganizationNew.path, [("class", "button primary"), ("data-qa", "organization-new")])
            }
            DataTable(qa: "organization-list", caption: t[.organizationsTitle],
                      headers: [t[.colName], t[.organizationKind], t[.organizationParent], t[.organizationCovers], t[.organizationOrganizes]],
                      rows: organizations.map { org in
                          DataTable.Row(qa: "organization-row", cells: [
                              link(org.name, to: SiteRoute.adminOrganization(OrganizationID(org.id!)).path),
                              Txt(t[org.kind.textKey] + (org.providerKind.map { " · " + t[$0.textKey] } ?? "")),
                              Txt(org.$parent.id.flatMap { names[$0] } ?? "–"),
                              Txt(org.coveredMunicipalityCodes.replacingOccurrences(of: ",", with: ", ")),
                              Txt(Self.organizes(org, texts: t)),
                          ])
                      })
        }
    }
}

extension OrganizationListPage {
    /// "Kyllä", "1.1.2027–", "–": whether and when it organizes the service (decision 120).
    static func organizes(_ org: Organization, texts t: Texts) -> String {
        guard org.isOrganizer else { return "–" }
        let day = { (iso: String?) in iso.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) }
        if org.organizesFrom == nil && org.organizesUntil == nil { return t[.yes] }
        return (day(org.organizesFrom) ?? "") + "–" + (day(org.organizesUntil) ?? "")
    }
}

struct OrganizationFormPage {
    let id: OrganizationID?
    let input: OrganizationInput
    let failure: ValidationFailure?

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let parents = try await Organization.query(on: req.db).filter(\.$kind ~~ [.county, .jointAuthority, .area]).sort(\.$name).all()
        let title = id == nil ? t[.organizationNew] : (input.name ?? t[.organizationsTitle])
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        return req.page(title, status: status) {
            link("← " + t[.organizationsTitle], to: SiteRoute.adminOrganizations.path, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, texts: t)
            Tag("form", [("method", "post"), ("action", id.map { SiteRoute.adminOrganization($0).path } ?? SiteRoute.adminOrganizations.path),
                         ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                FormField(name: "name", label: t[.colName], value: input.name ?? "", required: true, error: error("name"))
                SelectField(name: "kind", label: t[.organizationKind], options: Organization.Kind.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.kind ?? "", required: true, error: error("kind"))
                SelectField(name: "parentId", label: t[.organizationParent], options: parents.map { ($0.id!.uuidString, $0.name) },
                            selected: input.parentId ?? "", error: error("parentId"), includeEmpty: t[.noChoice])
                FormField(name: "municipalityCode", label: t[.municipalityCode], value: input.municipalityCode ?? "",
                          error: error("municipalityCode"), hint: t[.municipalityCodeHint])
                SelectField(name: "providerKind", label: t[.providerKind], options: Organization.ProviderKind.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.providerKind ?? "", error: error("providerKind"), includeEmpty: t[.noChoice])
                SelectField(name: "organizationForm", label: t[.organizationForm],
                            options: Organization.OrganizationForm.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: input.organizationForm ?? "", error: error("organizationForm"), includeEmpty: t[.noChoice])
                FormField(name: "coveredMunicipalityCodes", label: t[.organizationCovers], value: input.coveredMunicipalityCodes ?? "",
                          error: error("coveredMunicipalityCodes"), hint: t[.organizationCoversHint])
                FormField(name: "organizesFrom", label: t[.organizationOrganizesFrom], value: input.organizesFrom ?? "", autocomplete: "off",
                          error: error("organizesFrom"), hint: t[.organizationOrganizesFromHint])
                FormField(name: "organizesUntil", label: t[.organizationOrganizesUntil], value: input.organizesUntil ?? "", autocomplete: "off",
                          error: error("organizesUntil"), hint: t[.dateHint])
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "organization-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: SiteRoute.adminOrganizations.path)
                }
            }
        }
    }
}

extension Organization.Kind {
    var textKey: TextKey {
        switch self {
        case .county: .kindCounty
        case .area: .kindArea
        case .municipality: .kindMunicipality
        case .employmentServices: .kindEmploymentServices
        case .provider: .kindProvider
        case .jointAuthority: .kindJointAuthority
        }
    }
}

extension Organization.ProviderKind {
    var textKey: TextKey {
        switch self {
        case .ownProduction: .providerOwnProduction
        case .partnership: .providerPartnership
        case .purchasedService: .providerPurchasedService
        case .serviceVoucher: .providerServiceVoucher
        }
    }
}

extension Organization.OrganizationForm {
    var textKey: TextKey {
        switch self {
        case .county: .formCounty
        case .municipality: .formMunicipality
        case .association: .formAssociation
        case .foundation: .formFoundation
        case .parish: .formParish
        }
    }
}
