import Fluent
import PolkuDomain
import Vapor

/// An assessment as a page or the API shows it. Models never leave a handler; this does.
struct AssessmentDTO: Content {
    var id: AssessmentID
    var clientId: ClientID
    var assessedOn: String
    var authorId: UserID
    var authorName: String?
    var needs: String
    var supportAndGuidance: String?
    var otherServices: [OtherServiceNeed]
    var otherServicesNote: String?
    var conclusion: AssessmentConclusion
    /// The client belongs primarily to another service (derived from `conclusion`).
    var belongsElsewhere: Bool
    var conclusionNote: String?
    var interests: [PlaceTask]
    var supportNeed: SupportLevel?
    var needsRemote: Bool
    var needsSpecialSupport: Bool
    var eligibilityFlags: [EligibilityFlag]
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    init(_ assessment: Assessment, authorName: String?) throws {
        id = try assessment.typedID
        clientId = assessment.$client.typedID
        assessedOn = assessment.assessedOn
        authorId = assessment.$author.typedID
        self.authorName = authorName
        needs = assessment.needs
        supportAndGuidance = assessment.supportAndGuidance
        otherServices = assessment.otherServiceNeeds
        otherServicesNote = assessment.otherServicesNote
        conclusion = assessment.conclusion
        belongsElsewhere = assessment.conclusion.belongsElsewhere
        conclusionNote = assessment.conclusionNote
        interests = assessment.interestCodes
        supportNeed = assessment.supportNeedLevel
        needsRemote = assessment.needsRemote
        needsSpecialSupport = assessment.needsSpecialSupport
        eligibilityFlags = assessment.eligibilityFlagCodes
        version = assessment.version
        createdAt = assessment.createdAt
        updatedAt = assessment.updatedAt
    }

    var assessedDate: String { LocalDate(isoString: assessedOn).map(FinnishFormat.date) ?? assessedOn }
}

extension Request {
    /// Maps assessments for display, with one look-up of their authors' names.
    func assessmentViews(_ assessments: [Assessment]) async throws -> [AssessmentDTO] {
        let names = try await UserNames.of(assessments.map { $0.$author.id }, on: db)
        return try assessments.map { try AssessmentDTO($0, authorName: names[$0.$author.id]) }
    }
}
