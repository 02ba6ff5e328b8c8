import Foundation
import PolkuDomain
import Vapor

/// The administrator's provider contract form: dates in Finnish or ISO, the price in euros ("42,50").
struct ProviderContractInput: Content {
    var providerId: String?
    var validFrom: String?
    var validTo: String?
    /// `placeIds[]` checkboxes: the provider's places the contract covers.
    var placeIds: [String]?
    var pricePerDay: String?
    var contactName: String?
    var contactPhone: String?
    var contactEmail: String?
    var notes: String?
    var version: Int?

    /// Cents per client day: up to 1,000 €, as the form's message says.
    static let priceRange = 0...100_000
    static let maxContactNameLength = TextRules.maxNameLength
    static let maxNotesLength = 2000
}

struct ProviderContractDraft {
    var providerID: UUID
    var validFrom: LocalDate
    var validTo: LocalDate?
    var placeIDs: Set<UUID>
    var priceCentsPerDay: Int?
    var contactName: String
    var contactPhone: String?
    var contactEmail: String?
    var notes: String?
}

extension ProviderContractInput {
    /// The places must be the provider's own; a price is required where the service is bought
    /// (purchased service, service voucher) and refused for own production.
    func validated(providers: [Organization], places: [WorkActivityPlace]) throws -> ProviderContractDraft {
        var v = Validator()
        var provider: Organization?
        if (providerId ?? "").isEmpty { v.add("providerId", .errorRequired) } else if let id = v.optionalID("providerId", providerId) {
            provider = providers.first { $0.id == id }
            if provider == nil { v.add("providerId", .errorInvalidChoice) }
        }
        let from = v.date("validFrom", validFrom, required: true)
        let to = v.date("validTo", validTo, required: false)
        if let from, let to, to < from { v.add("validTo", .errorEndBeforeStart) }
        var placeIDs: Set<UUID> = []
        for raw in placeIds ?? [] {
            guard let id = UUID(uuidString: raw), let place = places.first(where: { $0.id == id }),
                  provider == nil || place.$provider.id == provider?.id
            else { v.add("placeIds", .errorInvalidChoice); break }
            placeIDs.insert(id)
        }
        if (placeIds ?? []).isEmpty { v.add("placeIds", .errorRequired) }
        let price = v.cents("pricePerDay", euros: pricePerDay, in: Self.priceRange)
        if let kind = provider?.providerKind {
            if kind.isBought && price == nil && !v.hasProblem("pricePerDay") { v.add("pricePerDay", .errorPriceRequired) }
            if kind == .ownProduction && price != nil { v.add("pricePerDay", .errorPriceOwnProduction) }
        }
        let name = v.requiredText("contactName", contactName, maxLength: Self.maxContactNameLength)
        let phone = v.optionalText("contactPhone", contactPhone, maxLength: TextRules.maxPhoneLength, pattern: TextRules.phonePattern, invalid: .errorPhone)
        let email = v.optionalText("contactEmail", contactEmail, maxLength: TextRules.maxEmailLength, pattern: TextRules.emailPattern, invalid: .errorEmail)
        let notes = v.note("notes", notes, required: false, maxLength: Self.maxNotesLength)
        try v.finish()
        return ProviderContractDraft(providerID: provider!.id!, validFrom: from!, validTo: to, placeIDs: placeIDs, priceCentsPerDay: price,
                                     contactName: name!, contactPhone: phone, contactEmail: email, notes: notes)
    }

    init(_ contract: ProviderContract, placeIDs: [UUID]) {
        providerId = contract.$provider.id.uuidString
        validFrom = LocalDate(isoString: contract.validFrom).map(FinnishFormat.date)
        validTo = contract.validTo.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date)
        placeIds = placeIDs.map(\.uuidString)
        pricePerDay = contract.priceCentsPerDay.map { FinnishFormat.decimal(Double($0) / 100, fractionDigits: 2) }
        contactName = contract.contactName
        contactPhone = contract.contactPhone
        contactEmail = contract.contactEmail
        notes = contract.notes
        version = contract.version
    }


}

extension Organization.ProviderKind {
    /// The county pays the provider per client day.
    var isBought: Bool { self == .purchasedService || self == .serviceVoucher }
}
