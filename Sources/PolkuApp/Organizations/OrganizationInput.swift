import Fluent
import PolkuDomain
import Vapor

/// An admin's form for an organization.
struct OrganizationInput: Content {
    var name: String?
    var kind: String?
    var parentId: String?
    var municipalityCode: String?
    var providerKind: String?
    var organizationForm: String?
    /// Comma- or space-separated municipality codes, for employment services and providers.
    var coveredMunicipalityCodes: String?
    /// The days it organizes the service (decision 120), ISO or Finnish dates.
    var organizesFrom: String?
    var organizesUntil: String?

    static let maxNameLength = TextRules.maxNameLength

    init(name: String? = nil, kind: String? = nil, parentId: String? = nil, municipalityCode: String? = nil,
         providerKind: String? = nil, organizationForm: String? = nil, coveredMunicipalityCodes: String? = nil,
         organizesFrom: String? = nil, organizesUntil: String? = nil) {
        self.name = name; self.kind = kind; self.parentId = parentId; self.municipalityCode = municipalityCode
        self.providerKind = providerKind; self.organizationForm = organizationForm; self.coveredMunicipalityCodes = coveredMunicipalityCodes
        self.organizesFrom = organizesFrom; self.organizesUntil = organizesUntil
    }

    init(_ org: Organization) {
        self.init(name: org.name, kind: org.kind.rawValue, parentId: org.$parent.id?.uuidString, municipalityCode: org.municipalityCode,
                  providerKind: org.providerKind?.rawValue, organizationForm: org.organizationForm?.rawValue,
                  coveredMunicipalityCodes: org.coveredMunicipalityCodes.replacingOccurrences(of: ",", with: ", "),
                  organizesFrom: org.organizesFrom.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date),
                  organizesUntil: org.organizesUntil.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date))
    }

    /// Checks the fields and writes them to `org`; nothing is saved here.
    func apply(to org: Organization, existing: [Organization]) throws {
        var v = Validator()
        let name = v.requiredText("name", name, maxLength: Self.maxNameLength)
        let kind = Organization.Kind(rawValue: kind ?? "")
        if kind == nil { v.add("kind", .errorInvalidChoice) }
        var parentID: UUID?
        if let raw = parentId, !raw.isEmpty {
            parentID = UUID(uuidString: raw)
            if parentID == nil || !existing.contains(where: { $0.id == parentID }) || parentID == org.id { v.add("parentId", .errorInvalidChoice) }
        }
        // An area belongs to a region that organizes; a municipality to an area, or to nobody when it organizes
        // the service itself after the reform (decision 120).
        let parentKind = existing.first(where: { $0.id == parentID })?.kind
        switch kind {
        case .area where ![.county, .jointAuthority].contains(parentKind): v.add("parentId", .errorParentKind)
        case .municipality where parentID != nil && parentKind != .area: v.add("parentId", .errorParentKind)
        default: break
        }
        let code = municipalityCode?.trimmingCharacters(in: .whitespaces) ?? ""
        if kind == .municipality {
            if code.count != 3 || !code.allSatisfy(\.isNumber) { v.add("municipalityCode", .errorMunicipalityCode) }
            else if existing.contains(where: { $0.municipalityCode == code && $0.id != org.id }) { v.add("municipalityCode", .errorDuplicate) }
        }
        let providerKind = Organization.ProviderKind(rawValue: providerKind ?? "")
        let form = Organization.OrganizationForm(rawValue: organizationForm ?? "")
        if kind == .provider {
            if providerKind == nil { v.add("providerKind", .errorRequired) }
            if form == nil { v.add("organizationForm", .errorRequired) }
        }
        let covered = (coveredMunicipalityCodes ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        if covered.contains(where: { $0.count != 3 || !$0.allSatisfy(\.isNumber) }) { v.add("coveredMunicipalityCodes", .errorMunicipalityCode) }
        let from = v.date("organizesFrom", organizesFrom, required: false)
        let until = v.date("organizesUntil", organizesUntil, required: false)
        if let from, let until, until < from { v.add("organizesUntil", .errorEndBeforeStart) }
        if kind?.mayOrganize == false, from != nil || until != nil { v.add("organizesFrom", .errorNotAnOrganizerKind) }
        if kind == .municipality, parentID == nil, from == nil { v.add("organizesFrom", .errorMunicipalityOrganizesFrom) }
        try v.finish()
        org.name = name!
        org.kind = kind!
        org.$parent.id = parentID
        org.municipalityCode = kind == .municipality ? code : nil
        org.providerKind = kind == .provider ? providerKind : nil
        org.organizationForm = kind == .provider ? form : nil
        if kind == .employmentServices || kind == .provider {
            org.coveredMunicipalityCodes = covered.joined(separator: ",")
        } else if org.id == nil {
            org.coveredMunicipalityCodes = ""
        }
        org.organizesFrom = from?.isoString
        org.organizesUntil = until?.isoString
    }
}

/// Counties, joint authorities, areas and municipalities cover the municipalities below them; kept up to date after
/// each change.
enum OrganizationTree {
    static func recomputeCoverage(on db: any Database) async throws {
        let all = try await Organization.query(on: db).all()
        let children = Dictionary(grouping: all, by: { $0.$parent.id })
        func codes(of org: Organization) -> [String] {
            if org.kind == .municipality { return org.municipalityCode.map { [$0] } ?? [] }
            return (children[org.id] ?? []).flatMap(codes(of:))
        }
        for org in all where [.county, .jointAuthority, .area, .municipality].contains(org.kind) {
            let covered = Array(Set(codes(of: org))).sorted().joined(separator: ",")
            if org.coveredMunicipalityCodes != covered {
                org.coveredMunicipalityCodes = covered
                try await org.save(on: db)
            }
        }
    }
}
