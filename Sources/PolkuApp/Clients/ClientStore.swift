import Fluent
import PolkuDomain
import SQLKit
import Vapor

/// Saving clients: encryption of the identity code, uniqueness, and the version check.
enum ClientStore {
    static func create(_ draft: ClientDraft, on req: Request) async throws -> Client {
        try await ensureUnique(draft.identityCode, except: nil, on: req)
        let client = Client()
        try apply(draft, to: client, crypto: req.application.fieldCrypto)
        client.version = 1
        do {
            try await client.create(on: req.db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw duplicate  // someone saved the same code a moment ago
        }
        return client
    }

    /// Saves changes only if nobody else saved since `version` was read; otherwise 409.
    static func update(_ client: Client, with draft: ClientDraft, expectedVersion: Int, on req: Request) async throws {
        try await ensureUnique(draft.identityCode, except: client.id, on: req)
        try apply(draft, to: client, crypto: req.application.fieldCrypto)
        guard let sql = req.db as? any SQLDatabase, let id = client.id else { throw Abort(.internalServerError) }
        let now = req.now
        let rows: [SQLRow]
        do {
            rows = try await sql.update("clients")
                .set("first_name", to: client.firstName).set("last_name", to: client.lastName)
                .set("search_name", to: client.searchName).set("pic_ciphertext", to: client.picCiphertext)
                .set("pic_lookup", to: client.picLookup).set("birth_date", to: client.birthDate)
                .set("municipality_code", to: client.municipalityCode).set("language", to: client.language)
                .set("phone", to: client.phone).set("email", to: client.email)
                .set("version", to: expectedVersion + 1).set("updated_at", to: now)
                .where("id", .equal, id).where("version", .equal, expectedVersion)
                .returning("id")
                .all()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw duplicate
        }
        guard !rows.isEmpty else {
            throw Abort(.conflict, reason: req.texts[.errorVersionConflict])
        }
        client.version = expectedVersion + 1
        client.updatedAt = now
    }

    static func identityCode(of client: Client, crypto: FieldCrypto) throws -> String {
        try crypto.decrypt(client.picCiphertext)
    }

    /// Finds a client by exact identity code through its keyed hash.
    static func find(identityCode: PersonalIdentityCode, on req: Request) async throws -> Client? {
        let lookup = req.application.fieldCrypto.lookupHash(identityCode.value)
        return try await Client.query(on: req.db).filter(\.$picLookup == lookup).first()
    }

    private static let duplicate = ValidationFailure([FieldProblem(field: "personalIdentityCode", key: .errorPicDuplicate)], status: .conflict)

    private static func ensureUnique(_ code: PersonalIdentityCode, except id: UUID?, on req: Request) async throws {
        if let existing = try await find(identityCode: code, on: req), existing.id != id { throw duplicate }
    }

    private static func apply(_ draft: ClientDraft, to client: Client, crypto: FieldCrypto) throws {
        client.firstName = draft.firstName
        client.lastName = draft.lastName
        client.searchName = Client.searchName(first: draft.firstName, last: draft.lastName)
        client.picCiphertext = try crypto.encrypt(draft.identityCode.value)
        client.picLookup = crypto.lookupHash(draft.identityCode.value)
        client.birthDate = draft.identityCode.birthDate.isoString
        client.municipalityCode = draft.municipalityCode
        client.language = draft.language.rawValue
        client.phone = draft.phone
        client.email = draft.email
    }
}
