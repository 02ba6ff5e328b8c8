import Foundation
import PolkuDomain
import Vapor

/// The administrator's place form. Every field is optional so a missing one is named (422).
struct PlaceInput: Content {
    var providerId: String?
    var name: String?
    var municipalityCode: String?
    var streetAddress: String?
    var postalCode: String?
    var town: String?
    var description: String?
    var tasks: [String]?
    var learning: String?
    var supportLevel: String?
    var supportText: String?
    var accessibility: [String]?
    var accessibilityText: String?
    var remotePossible: Bool?
    var languages: [String]?
    /// ISO weekday numbers as text ("1" = Monday), the form's `openDays[]` checkboxes.
    var openDays: [String]?
    var opensAt: String?
    var closesAt: String?
    var contactName: String?
    var contactPhone: String?
    var contactEmail: String?
    var capacity: String?
    var version: Int?

    /// The description, what one learns, the support and the accessibility.
    static let maxTextLength = 2000
    /// The name and the street address.
    static let maxNameLength = TextRules.maxNameLength
    static let maxTownLength = 100
    static let capacityRange = 1...500
    static let timePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$"
}

/// A validated place, ready to save.
struct PlaceDraft {
    var providerID: UUID
    var name: String
    var municipalityCode: String
    var areaID: UUID?
    var streetAddress: String
    var postalCode: String
    var town: String
    var description: String
    var tasks: Set<PlaceTask>
    var learning: String
    var supportLevel: SupportLevel
    var supportText: String
    var accessibility: Set<AccessibilityFeature>
    var accessibilityText: String
    var remotePossible: Bool
    var languages: Set<PlaceLanguage>
    var openDays: Set<Weekday>
    var opensAt: String
    var closesAt: String
    var contactName: String
    var contactPhone: String
    var contactEmail: String
    var capacity: Int
}

extension PlaceInput {
    /// Checks every field against the organizations known: the provider must be a provider and the
    /// municipality one of the county's; the area follows from the municipality.
    func validated(providers: [Organization], municipalities: [Organization]) throws -> PlaceDraft {
        var v = Validator()
        var providerID: UUID?
        if (providerId ?? "").isEmpty { v.add("providerId", .errorRequired) } else {
            providerID = v.optionalID("providerId", providerId)
            if let id = providerID, !providers.contains(where: { $0.id == id }) { v.add("providerId", .errorInvalidChoice) }
        }
        let name = v.requiredText("name", name, maxLength: Self.maxNameLength)
        let code = (municipalityCode ?? "").trimmingCharacters(in: .whitespaces)
        let municipality = municipalities.first { $0.municipalityCode == code }
        if code.isEmpty { v.add("municipalityCode", .errorRequired) } else if municipality == nil { v.add("municipalityCode", .errorUnknownMunicipality) }
        let street = v.requiredText("streetAddress", streetAddress, maxLength: Self.maxNameLength)
        let postal = (postalCode ?? "").trimmingCharacters(in: .whitespaces)
        if postal.isEmpty { v.add("postalCode", .errorRequired) }
        else if !(postal.count == 5 && postal.allSatisfy { $0.isASCII && $0.isNumber }) { v.add("postalCode", .errorPostalCode) }
        let town = v.requiredText("town", town, maxLength: Self.maxTownLength)
        let description = v.note("description", description, required: true, maxLength: Self.maxTextLength)
        let tasks = v.choices("tasks", tasks, as: PlaceTask.self)
        if tasks.isEmpty && !v.problems.contains(where: { $0.field == "tasks" }) { v.add("tasks", .errorRequired) }
        let learning = v.note("learning", learning, required: false, maxLength: Self.maxTextLength)
        let support = v.choice("supportLevel", supportLevel, as: SupportLevel.self)
        let supportText = v.note("supportText", supportText, required: false, maxLength: Self.maxTextLength)
        let accessibility = v.choices("accessibility", accessibility, as: AccessibilityFeature.self)
        let accessibilityText = v.note("accessibilityText", accessibilityText, required: false, maxLength: Self.maxTextLength)
        let languages = v.choices("languages", languages, as: PlaceLanguage.self)
        if languages.isEmpty && !v.problems.contains(where: { $0.field == "languages" }) { v.add("languages", .errorRequired) }
        var days: Set<Weekday> = []
        for raw in openDays ?? [] {
            guard let day = Int(raw).flatMap(Weekday.init(rawValue:)) else { v.add("openDays", .errorInvalidChoice); break }
            days.insert(day)
        }
        if (openDays ?? []).isEmpty { v.add("openDays", .errorRequired) }
        let opens = time("opensAt", opensAt, &v)
        let closes = time("closesAt", closesAt, &v)
        if let opens, let closes, closes <= opens { v.add("closesAt", .errorClosesBeforeOpens) }
        let contactName = v.optionalText("contactName", contactName, maxLength: TextRules.maxNameLength, pattern: TextRules.namePattern, invalid: .errorInvalidCharacters)
        let phone = v.optionalText("contactPhone", contactPhone, maxLength: TextRules.maxPhoneLength, pattern: TextRules.phonePattern, invalid: .errorPhone)
        let email = v.optionalText("contactEmail", contactEmail, maxLength: TextRules.maxEmailLength, pattern: TextRules.emailPattern, invalid: .errorEmail)
        let seats = v.integer("capacity", text: capacity, in: Self.capacityRange)
        if seats == nil && !v.hasProblem("capacity") { v.add("capacity", .errorRequired) }
        try v.finish()
        return PlaceDraft(providerID: providerID!, name: name!, municipalityCode: code, areaID: municipality?.$parent.id,
                          streetAddress: street!, postalCode: postal, town: town!, description: description!, tasks: tasks,
                          learning: learning ?? "", supportLevel: support!, supportText: supportText ?? "", accessibility: accessibility,
                          accessibilityText: accessibilityText ?? "", remotePossible: remotePossible ?? false, languages: languages,
                          openDays: days, opensAt: opens ?? "", closesAt: closes ?? "", contactName: contactName ?? "",
                          contactPhone: phone ?? "", contactEmail: email ?? "", capacity: seats!)
    }

    /// "8:00" or "08.00" → "08:00"; blank is none.
    private func time(_ field: String, _ value: String?, _ v: inout Validator) -> String? {
        var text = (value ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ":")
        if text.isEmpty { return nil }
        if text.count == 4 { text = "0" + text }
        guard TextRules.matches(text, Self.timePattern) else { v.add(field, .errorTime); return nil }
        return text
    }

    /// The form filled with a stored place.
    init(_ place: WorkActivityPlace) {
        providerId = place.$provider.id.uuidString
        name = place.name
        municipalityCode = place.municipalityCode
        streetAddress = place.streetAddress
        postalCode = place.postalCode
        town = place.town
        description = place.details
        tasks = place.taskCodes.map(\.rawValue)
        learning = place.learning
        supportLevel = place.supportLevel
        supportText = place.supportText
        accessibility = place.accessibilityFeatures.map(\.rawValue)
        accessibilityText = place.accessibilityText
        remotePossible = place.remotePossible
        languages = place.languageCodes.map(\.rawValue)
        openDays = place.weekdays.map { "\($0.rawValue)" }
        opensAt = place.opensAt
        closesAt = place.closesAt
        contactName = place.contactName
        contactPhone = place.contactPhone
        contactEmail = place.contactEmail
        capacity = "\(place.capacity)"
        version = place.version
    }


}
