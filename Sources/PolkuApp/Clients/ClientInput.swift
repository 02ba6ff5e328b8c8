import PolkuDomain
import Vapor

/// What a form or an API call sends to create or change a client. Every field is optional here
/// so that a missing one is reported by name (422) rather than as a decoding failure.
struct ClientInput: Content {
    var firstName: String?
    var lastName: String?
    var personalIdentityCode: String?
    var municipalityCode: String?
    var language: String?
    var phone: String?
    var email: String?
    /// The version the editor read; required for updates.
    var version: Int?

    /// A first or last name.
    static let maxNameLength = 100
}

/// A validated client, ready to save.
struct ClientDraft {
    var firstName: String
    var lastName: String
    var identityCode: PersonalIdentityCode
    var municipalityCode: String
    var language: Language
    var phone: String?
    var email: String?
}

extension ClientInput {
    /// Checks every field and reports all problems at once. A code whose birth date is after `today` names
    /// nobody living (a mistyped century sign, usually).
    func validated(municipalities: Set<String>, today: LocalDate) throws -> ClientDraft {
        var v = Validator()
        let first = v.requiredText("firstName", firstName, maxLength: Self.maxNameLength)
        let last = v.requiredText("lastName", lastName, maxLength: Self.maxNameLength)
        var code: PersonalIdentityCode?
        do {
            code = try PersonalIdentityCode(validating: personalIdentityCode ?? "")
        } catch {
            v.add("personalIdentityCode", error.textKey)
        }
        let municipality = municipalityCode?.trimmingCharacters(in: .whitespaces) ?? ""
        if municipality.isEmpty { v.add("municipalityCode", .errorRequired) }
        else if !municipalities.contains(municipality) { v.add("municipalityCode", .errorUnknownMunicipality) }
        let lang = Language(rawValue: language ?? "")
        if lang == nil { v.add("language", (language ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let phone = v.optionalText("phone", phone, maxLength: TextRules.maxPhoneLength, pattern: TextRules.phonePattern, invalid: .errorPhone)
        let email = v.optionalText("email", email, maxLength: TextRules.maxEmailLength, pattern: TextRules.emailPattern, invalid: .errorEmail)
        if let version, version < 1 { v.add("version", .errorNumberRange, ["min": "1", "max": "\(Int.max)"]) }
        // A well-formed code that cannot be a living person's today: alone it is a conflict with the date (409),
        // as the contract's pattern allows it; with other problems it is named among them.
        if let born = code?.birthDate, today < born {
            v.add("personalIdentityCode", .errorPicFutureBirth)
            if v.problems.count == 1 { throw ValidationFailure(v.problems, status: .conflict) }
        }
        try v.finish()
        return ClientDraft(firstName: first!, lastName: last!, identityCode: code!, municipalityCode: municipality,
                           language: lang!, phone: phone, email: email?.lowercased())
    }
}

extension PersonalIdentityCode.ValidationError {
    var textKey: TextKey {
        switch self {
        case .empty: .errorRequired
        case .wrongLength: .errorPicLength
        case .invalidDate: .errorPicDate
        case .invalidCenturySign: .errorPicCentury
        case .invalidIndividualNumber: .errorPicIndividual
        case .invalidCheckCharacter: .errorPicCheck
        }
    }
}

extension String {
    /// local@domain.tld; deliverability is not our job.
    var isPlausibleEmail: Bool {
        !trimmingCharacters(in: .whitespaces).isEmpty && TextRules.matches(self, TextRules.emailPattern)
    }
}
