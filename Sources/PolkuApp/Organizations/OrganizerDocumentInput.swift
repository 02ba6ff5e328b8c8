import Fluent
import PolkuDomain
import Vapor

/// An administrator's version of an organizer's document, from the form (Finnish dates) or as the API would
/// send it (ISO dates). The organizer and the kind are chosen when the version is added and stay with it.
struct OrganizerDocumentInput: Content {
    var organizerId: String?
    var kind: String?
    var validFrom: String?
    var textFi: String?
    var textSv: String?
    var textEn: String?
    /// The version read; required when changing one.
    var version: Int?

    /// A decision stores its appeal instructions and a contract its texts in columns that take this much.
    static let maxTextLength = DecisionInput.maxTextLength

    struct Valid {
        var organizerID: UUID
        var kind: OrganizerDocumentKind
        var validFrom: LocalDate
        var fi: String
        var sv: String
        var en: String
    }

    init(organizerId: String? = nil, kind: String? = nil, validFrom: String? = nil, textFi: String? = nil, textSv: String? = nil,
         textEn: String? = nil, version: Int? = nil) {
        self.organizerId = organizerId; self.kind = kind; self.validFrom = validFrom
        self.textFi = textFi; self.textSv = textSv; self.textEn = textEn; self.version = version
    }

    init(_ document: OrganizerDocument) {
        self.init(organizerId: document.$organizer.id.uuidString, kind: document.kind.rawValue,
                  validFrom: FinnishFormat.date(document.firstDay), textFi: document.textFi, textSv: document.textSv,
                  textEn: document.textEn, version: document.version)
    }

    /// 422 naming each malformed field: an organizer that is not one (decision 120), a missing text in any of the
    /// three languages.
    func validated(organizers: [Organization]) throws -> Valid {
        var v = Validator()
        let organizerID = organizerId.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        if (organizerId ?? "").isEmpty { v.add("organizerId", .errorRequired) }
        else if !organizers.contains(where: { $0.id == organizerID && $0.isOrganizer }) { v.add("organizerId", .errorInvalidChoice) }
        let kind = v.choice("kind", kind, as: OrganizerDocumentKind.self)
        let from = v.date("validFrom", validFrom, required: true)
        let fi = v.longText("textFi", textFi, maxLength: Self.maxTextLength, required: true)
        let sv = v.longText("textSv", textSv, maxLength: Self.maxTextLength, required: true)
        let en = v.longText("textEn", textEn, maxLength: Self.maxTextLength, required: true)
        try v.finish()
        return Valid(organizerID: organizerID!, kind: kind!, validFrom: from!, fi: fi!, sv: sv!, en: en!)
    }
}
