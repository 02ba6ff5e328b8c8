import Fluent
import PolkuDomain
import Vapor

/// Saving provider contracts: a contract, its places and the audit event commit together, or none of them does.
enum ProviderContractStore {
    static func create(_ draft: ProviderContractDraft, on req: Request) async throws -> ProviderContract {
        try await req.auditedChange(.providerContractCreate) { tx in
            let contract = ProviderContract()
            apply(draft, to: contract)
            contract.version = 1
            try await contract.create(on: tx)
            try await replacePlaces(of: try contract.requireID(), with: draft.placeIDs, on: tx)
            return (contract, [])
        }
    }

    static func update(_ contract: ProviderContract, with draft: ProviderContractDraft, expectedVersion: Int, on req: Request) async throws {
        apply(draft, to: contract)
        let id = try contract.requireID()
        let placeIDs = draft.placeIDs
        try await req.versionedSave(.providerContractUpdate, table: ProviderContract.schema, id: id, expectedVersion: expectedVersion, fields: [
            ("provider_id", contract.$provider.id), ("valid_from", contract.validFrom), ("valid_to", contract.validTo),
            ("price_cents_per_day", contract.priceCentsPerDay), ("contact_name", contract.contactName),
            ("contact_phone", contract.contactPhone), ("contact_email", contract.contactEmail), ("notes", contract.notes),
        ], clients: []) { tx in
            try await replacePlaces(of: id, with: placeIDs, on: tx)
        }
        contract.version = expectedVersion + 1
    }

    private static func replacePlaces(of contractID: UUID, with placeIDs: Set<UUID>, on db: any Database) async throws {
        try await ProviderContractPlace.query(on: db).filter(\.$contract.$id == contractID).delete()
        for placeID in placeIDs.sorted(by: UUID.inStringOrder) {
            try await ProviderContractPlace(contractID: contractID, placeID: placeID).create(on: db)
        }
    }

    private static func apply(_ draft: ProviderContractDraft, to contract: ProviderContract) {
        contract.$provider.id = draft.providerID
        contract.validFrom = draft.validFrom.isoString
        contract.validTo = draft.validTo?.isoString
        contract.priceCentsPerDay = draft.priceCentsPerDay
        contract.contactName = draft.contactName
        contract.contactPhone = draft.contactPhone
        contract.contactEmail = draft.contactEmail
        contract.notes = draft.notes
    }

    static func find(_ id: ContractID, on db: any Database) async throws -> ProviderContract {
        guard let contract = try await ProviderContract.query(on: db).filter(\.$id == id.rawValue).with(\.$provider).first() else { throw Abort(.notFound) }
        return contract
    }
}

extension Request {
    /// Contracts with their providers and places in two queries, whatever their number.
    func providerContractViews(_ contracts: [ProviderContract]) async throws -> [ProviderContractDTO] {
        let ids = contracts.compactMap(\.id)
        let links = ids.isEmpty ? [] : try await ProviderContractPlace.query(on: db).filter(\.$contract.$id ~~ ids).with(\.$place).all()
        var places: [UUID: [ProviderContractDTO.PlaceRef]] = [:]
        for link in links { places[link.$contract.id, default: []].append(.init(id: link.$place.typedID, name: link.place.name)) }
        return try contracts.map { contract in
            ProviderContractDTO(id: try contract.typedID, providerId: contract.$provider.typedID, providerName: contract.provider.name,
                                 providerKind: contract.provider.providerKind, validFrom: contract.validFrom, validTo: contract.validTo,
                                 places: (places[contract.id!] ?? []).sorted { $0.name < $1.name }, priceCentsPerDay: contract.priceCentsPerDay,
                                 contactName: contract.contactName, contactPhone: contract.contactPhone, contactEmail: contract.contactEmail,
                                 notes: contract.notes, version: contract.version)
        }
    }
}
