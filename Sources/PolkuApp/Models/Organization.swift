import Fluent
import Vapor

/// Any organization taking part: the organizer (county) and its areas and municipalities,
/// employment services, and providers of work activity.
final class Organization: Model, @unchecked Sendable {
    static let schema = "organizations"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case county, area, municipality, employmentServices, provider
    }

    /// How a provider's work activity is produced (seeds 001, 004).
    enum ProviderKind: String, Codable, CaseIterable, Sendable {
        case ownProduction, partnership, purchasedService, serviceVoucher
    }

    /// The legal form of a provider; companies are not allowed to produce the service.
    enum OrganizationForm: String, Codable, CaseIterable, Sendable {
        case county, municipality, association, foundation, parish
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Enum(key: "kind") var kind: Kind
    @OptionalParent(key: "parent_id") var parent: Organization?
    /// Statistics Finland code, for municipalities.
    @OptionalField(key: "municipality_code") var municipalityCode: String?
    @OptionalEnum(key: "provider_kind") var providerKind: ProviderKind?
    @OptionalEnum(key: "organization_form") var organizationForm: OrganizationForm?
    /// Municipality codes this organization serves, comma-separated. Derived from the tree for
    /// counties, areas and municipalities; set by an admin for employment services and providers.
    @Field(key: "covered_municipality_codes") var coveredMunicipalityCodes: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, kind: Kind, parentID: UUID? = nil, municipalityCode: String? = nil,
         providerKind: ProviderKind? = nil, organizationForm: OrganizationForm? = nil, coveredMunicipalityCodes: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.$parent.id = parentID
        self.municipalityCode = municipalityCode
        self.providerKind = providerKind
        self.organizationForm = organizationForm
        self.coveredMunicipalityCodes = coveredMunicipalityCodes.joined(separator: ",")
    }

    var coveredCodes: Set<String> {
        Set(coveredMunicipalityCodes.split(separator: ",").map(String.init))
    }
}
