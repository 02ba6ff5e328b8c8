import Fluent
import PolkuDomain
import Vapor

/// A service needs assessment (palvelutarpeen arviointi): the client's needs, the support and
/// guidance they need, other services needed alongside, and the explicit conclusion whether the
/// client belongs to rehabilitative work activity or primarily to another service.
final class Assessment: Model, @unchecked Sendable {
    static let schema = "assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    /// ISO date (YYYY-MM-DD): compares as text in every database.
    @Field(key: "assessed_on") var assessedOn: String
    @Parent(key: "author_id") var author: User
    @Field(key: "needs") var needs: String
    @OptionalField(key: "support_and_guidance") var supportAndGuidance: String?
    /// `OtherServiceNeed` codes, comma-separated ("" for none): a short set that is only ever read whole.
    @Field(key: "other_services") var otherServices: String
    @OptionalField(key: "other_services_note") var otherServicesNote: String?
    @Enum(key: "conclusion") var conclusion: AssessmentConclusion
    /// Which service and how the client is handed over; required when the client belongs elsewhere.
    @OptionalField(key: "conclusion_note") var conclusionNote: String?
    /// `PlaceTask` codes the client is interested in, comma-separated: matched against places' tasks.
    @Field(key: "interests") var interests: String
    /// The support level the client needs (`SupportLevel`); nil when not assessed.
    @OptionalField(key: "support_need") var supportNeed: String?
    @Field(key: "needs_remote") var needsRemote: Bool
    /// A client in need of special support (social welfare act 1301/2014, 42 §): their responsible worker
    /// must be a social worker (seed 002, decision 110).
    @Field(key: "needs_special_support") var needsSpecialSupport: Bool
    /// `EligibilityFlag` codes, comma-separated (decision 112).
    @Field(key: "eligibility_flags") var eligibilityFlags: String
    /// Optimistic lock: a save must name the version it read.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var otherServiceNeeds: [OtherServiceNeed] {
        otherServices.split(separator: ",").compactMap { OtherServiceNeed(rawValue: String($0)) }
    }

    var interestCodes: [PlaceTask] { CodeList.parse(interests) }
    var eligibilityFlagCodes: [EligibilityFlag] { CodeList.parse(eligibilityFlags) }
    var supportNeedLevel: SupportLevel? { supportNeed.flatMap(SupportLevel.init(rawValue:)) }

    /// In the order of `OtherServiceNeed.allCases`, so equal sets are stored alike.
    static func stored(_ needs: some Collection<OtherServiceNeed>) -> String {
        OtherServiceNeed.allCases.filter(needs.contains).map(\.rawValue).joined(separator: ",")
    }
}
