import Fluent
import PolkuDomain
import Vapor

/// Any organization taking part: the organizers (a county, a joint municipal authority, or after the reform a
/// municipality; decision 120) and their areas and municipalities, employment services, and providers of work activity.
final class Organization: Model, @unchecked Sendable {
    static let schema = "organizations"

    enum Kind: String, Codable, CaseIterable, Sendable {
        case county, area, municipality, employmentServices, provider, jointAuthority

        /// The kinds that may organize the service: a county or joint authority for its whole organization,
        /// a municipality for its residents from the day it takes the service over.
        var mayOrganize: Bool { [.county, .jointAuthority, .municipality].contains(self) }
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
    /// ISO dates: the first and last day the organization organizes the service. A county or joint authority
    /// without them always does; a municipality only from its first day (decision 120).
    @OptionalField(key: "organizes_from") var organizesFrom: String?
    @OptionalField(key: "organizes_until") var organizesUntil: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, kind: Kind, parentID: UUID? = nil, municipalityCode: String? = nil,
         providerKind: ProviderKind? = nil, organizationForm: OrganizationForm? = nil, coveredMunicipalityCodes: [String] = [],
         organizesFrom: String? = nil, organizesUntil: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.$parent.id = parentID
        self.municipalityCode = municipalityCode
        self.providerKind = providerKind
        self.organizationForm = organizationForm
        self.coveredMunicipalityCodes = coveredMunicipalityCodes.joined(separator: ",")
        self.organizesFrom = organizesFrom
        self.organizesUntil = organizesUntil
    }

    var coveredCodes: Set<String> {
        Set(coveredMunicipalityCodes.split(separator: ",").map(String.init))
    }
}

extension Organization {
    /// Whether it may hold policies, documents and referrals: a county or joint authority, or a municipality
    /// given the day it takes the service over (it may be in the future).
    var isOrganizer: Bool {
        switch kind {
        case .county, .jointAuthority: true
        case .municipality: organizesFrom != nil
        default: false
        }
    }

    /// What `OrganizerMap` needs; nil for an organization that never organizes.
    var organizerFacts: OrganizerFacts? {
        guard isOrganizer, let id else { return nil }
        return OrganizerFacts(id: id, scope: kind == .municipality ? .ownMunicipality : .region, municipalityCodes: coveredCodes,
                              from: organizesFrom.flatMap(LocalDate.init(isoString:)),
                              until: organizesUntil.flatMap(LocalDate.init(isoString:)))
    }
}
