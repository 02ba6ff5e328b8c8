import Fluent
import PolkuDomain
import Vapor

/// One version of an organizer's own text (decision 123): the appeal instructions, the insurance text or the
/// instructions for providers, in Finnish, Swedish and English, in force from its first day until the next
/// version of the same document begins.
final class OrganizerDocument: Model, @unchecked Sendable {
    static let schema = "organizer_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organizer_id") var organizer: Organization
    @Enum(key: "kind") var kind: OrganizerDocumentKind
    /// ISO date, compared as text in every database.
    @Field(key: "valid_from") var validFrom: String
    @Field(key: "text_fi") var textFi: String
    @Field(key: "text_sv") var textSv: String
    @Field(key: "text_en") var textEn: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, organizerID: UUID, kind: OrganizerDocumentKind, validFrom: String, fi: String, sv: String, en: String) {
        self.id = id
        self.$organizer.id = organizerID
        self.kind = kind
        self.validFrom = validFrom
        self.textFi = fi
        self.textSv = sv
        self.textEn = en
        self.version = 1
    }

    func text(in language: Language) -> String {
        switch language {
        case .fi: textFi
        case .sv: textSv
        case .en: textEn
        }
    }

    var firstDay: LocalDate { LocalDate(isoString: validFrom) ?? LocalDate(year: 2000, month: 1, day: 1)! }
}

extension OrganizerDocumentKind {
    /// The text a decision or contract prints when the organizer has no version in force.
    var builtInText: TextKey {
        switch self {
        case .appealInstructions: .decisionAppealDefault
        case .insurance: .contractInsuranceDefault
        case .providerInstructions: .providerInstructionsDefault
        case .legalBasis: .legalBasisDefault
        }
    }

    var textKey: TextKey {
        switch self {
        case .appealInstructions: .documentKindAppeal
        case .insurance: .documentKindInsurance
        case .providerInstructions: .documentKindProviderInstructions
        case .legalBasis: .documentKindLegalBasis
        }
    }
}
