import Fluent
import PolkuDomain
import Vapor

/// Saving the organizer's documents and finding the text in force (decision 123). A version is never changed
/// once in force and none begins before tomorrow, so what a decision printed stays what was in force on its day.
/// Every save and its audit event commit together, or neither does.
enum OrganizerDocumentStore {
    /// The texts of the organizer in force on `day`, in `language`; the built-in text where it has no version.
    static func texts(of organizerID: UUID?, on day: LocalDate, in language: Language,
                      db: any Database) async throws -> [OrganizerDocumentKind: String] {
        let versions = organizerID == nil ? [] : try await OrganizerDocument.query(on: db).filter(\.$organizer.$id == organizerID!)
            .filter(\.$validFrom <= day.isoString).all()
        let builtIn = Texts(language: language)
        var texts: [OrganizerDocumentKind: String] = [:]
        for kind in OrganizerDocumentKind.allCases {
            let inForce = OrganizerDocumentRules.inForce(on: day, among: versions.filter { $0.kind == kind }, validFrom: \.firstDay)
            texts[kind] = inForce?.text(in: language) ?? builtIn[kind.builtInText]
        }
        return texts
    }

    static func create(_ valid: OrganizerDocumentInput.Valid, on req: Request) async throws -> OrganizerDocument {
        try await check(valid, current: nil, except: nil, on: req)
        let document = OrganizerDocument(organizerID: valid.organizerID, kind: valid.kind, validFrom: valid.validFrom.isoString,
                                         fi: valid.fi, sv: valid.sv, en: valid.en)
        try await req.auditedChange(.organizerDocumentCreate) { tx in
            try await document.create(on: tx)
            return ((), [])
        }
        return document
    }

    /// Changes the first day and the texts of a version not yet in force; its organizer and kind stay.
    static func update(_ document: OrganizerDocument, to valid: OrganizerDocumentInput.Valid, expectedVersion: Int,
                       on req: Request) async throws {
        var valid = valid
        valid.organizerID = document.$organizer.id
        valid.kind = document.kind
        try await check(valid, current: document.firstDay, except: document.id, on: req)
        let id = try document.requireID()
        let fields: [(String, any Encodable & Sendable)] = [("valid_from", valid.validFrom.isoString), ("text_fi", valid.fi),
                                                            ("text_sv", valid.sv), ("text_en", valid.en)]
        try await req.versionedSave(.organizerDocumentUpdate, table: OrganizerDocument.schema, id: id, expectedVersion: expectedVersion, fields: fields,
                                    clients: [])
    }

    /// 409 naming `validFrom` for a version in force, one beginning today or earlier, or a second one on the same day.
    private static func check(_ valid: OrganizerDocumentInput.Valid, current: LocalDate?, except id: UUID?, on req: Request) async throws {
        let others = try await OrganizerDocument.query(on: req.db).filter(\.$organizer.$id == valid.organizerID)
            .filter(\.$kind == valid.kind).all().filter { $0.id != id }.map(\.firstDay)
        let problems = OrganizerDocumentRules.problems(validFrom: valid.validFrom, current: current, others: others, today: req.today)
        guard !problems.isEmpty else { return }
        throw ValidationFailure(problems.map { problem in
            switch problem {
            case .beginsTooEarly: FieldProblem(field: "validFrom", key: .errorDocumentTooEarly)
            case .alreadyInForce: FieldProblem(field: "validFrom", key: .errorDocumentInForce)
            case .sameDay: FieldProblem(field: "validFrom", key: .errorDocumentSameDay)
            }
        }, status: .conflict)
    }
}
