import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Saving clients: encryption of the identity code, uniqueness, and the version check.
enum ClientStore {
    static func create(_ draft: ClientDraft, on req: Request) async throws -> Client {
        try await ensureUnique(draft, except: nil, on: req)
        let client = Client()
        try apply(draft, to: client, crypto: req.application.fieldCrypto)
        client.version = 1
        do {
            // The creation and its audit event commit together.
            try await req.auditedChange(.clientCreate) { tx in
                try await client.create(on: tx)
                return ((), [try client.requireID()])
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw duplicate  // someone saved the same code a moment ago
        }
        return client
    }

    /// Saves changes only if nobody else saved since `version` was read; otherwise 409.
    static func update(_ client: Client, with draft: ClientDraft, expectedVersion: Int, on req: Request) async throws {
        try await ensureUnique(draft, except: client.id, on: req)
        try apply(draft, to: client, crypto: req.application.fieldCrypto)
        let id = try client.requireID()
        let fields: [(String, any Encodable & Sendable)] = [
            ("first_name", client.firstName), ("last_name", client.lastName), ("search_name", client.searchName),
            ("pic_ciphertext", client.picCiphertext), ("pic_lookup", client.picLookup), ("birth_date", client.birthDate),
            ("municipality_code", client.municipalityCode), ("language", client.language), ("phone", client.phone), ("email", client.email),
        ]
        let now: Date
        do {
            now = try await req.versionedSave(.clientUpdate, table: Client.schema, id: id, expectedVersion: expectedVersion,
                                              fields: fields, clients: [id])
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw duplicate
        }
        client.version = expectedVersion + 1
        client.updatedAt = now
    }

    static func identityCode(of client: Client, crypto: FieldCrypto) throws -> String {
        try crypto.decrypt(client.picCiphertext)
    }

    private static let duplicate = ValidationFailure([FieldProblem(field: "personalIdentityCode", key: .errorPicDuplicate)], status: .conflict)

    /// Refuses a code that has a record in the new record's municipality or anywhere else in the user's reach
    /// (decision 93). Records beyond the reach are not looked at: the answer must not tell they exist.
    private static func ensureUnique(_ draft: ClientDraft, except id: UUID?, on req: Request) async throws {
        let reach = try await req.principal().coveredMunicipalityCodes.union([draft.municipalityCode])
        let lookups = req.application.fieldCrypto.identityLookups(draft.identityCode.value, municipalities: reach)
        let query = Client.query(on: req.db).filter(\.$picLookup ~~ lookups)
        if let id { query.filter(\.$id != id) }
        if try await query.first() != nil { throw duplicate }
    }

    private static func apply(_ draft: ClientDraft, to client: Client, crypto: FieldCrypto) throws {
        client.firstName = draft.firstName
        client.lastName = draft.lastName
        client.searchName = Client.searchName(first: draft.firstName, last: draft.lastName)
        client.picCiphertext = try crypto.encrypt(draft.identityCode.value)
        client.picLookup = crypto.identityLookup(draft.identityCode.value, municipality: draft.municipalityCode)
        client.birthDate = draft.identityCode.birthDate.isoString
        client.municipalityCode = draft.municipalityCode
        client.language = draft.language.rawValue
        client.phone = draft.phone
        client.email = draft.email
    }
}
