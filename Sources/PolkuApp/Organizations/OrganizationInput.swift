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

    static let maxNameLength = TextRules.maxNameLength

    init(name: String? = nil, kind: String? = nil, parentId: String? = nil, municipalityCode: String? = nil,
         providerKind: String? = nil, organizationForm: String? = nil, coveredMunicipalityCodes: String? = nil) {
        self.name = name; self.kind = kind; self.parentId = parentId; self.municipalityCode = municipalityCode
        self.providerKind = providerKind; self.organizationForm = organizationForm; self.coveredMunicipalityCodes = coveredMunicipalityCodes
    }

    init(_ org: Organization) {
        self.init(name: org.name, kind: org.kind.rawValue, parentId: org.$parent.id?.uuidString, municipalityCode: org.municipalityCode,
                  providerKind: org.providerKind?.rawValue, organizationForm: org.organizationForm?.rawValue,
                  coveredMunicipalityCodes: org.coveredMunicipalityCodes.replacingOccurrences(of: ",", with: ", "))
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
        let expectedParent: Organization.Kind? = switch kind {
        case .area: .county
        case .municipality: .area
        default: nil
        }
        if let expectedParent, existing.first(where: { $0.id == parentID })?.kind != expectedParent {
            v.add("parentId", .errorParentKind)
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
    }
}

/// Counties, areas and municipalities cover the municipalities below them; kept up to date after each change.
enum OrganizationTree {
    static func recomputeCoverage(on db: any Database) async throws {
        let all = try await Organization.query(on: db).all()
        let children = Dictionary(grouping: all, by: { $0.$parent.id })
        func codes(of org: Organization) -> [String] {
            if org.kind == .municipality { return org.municipalityCode.map { [$0] } ?? [] }
            return (children[org.id] ?? []).flatMap(codes(of:))
        }
        for org in all where [.county, .area, .municipality].contains(org.kind) {
            let covered = Array(Set(codes(of: org))).sorted().joined(separator: ",")
            if org.coveredMunicipalityCodes != covered {
                org.coveredMunicipalityCodes = covered
                try await org.save(on: db)
            }
        }
    }
}
