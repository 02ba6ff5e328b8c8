import Fluent
import PolkuDomain
import Vapor

/// After an interruption the responsible pair evaluates the situation (seed 002, decision 106); when that cannot be
/// done — the client cannot be reached, has moved away — the worker records why instead (decision 115). The reason
/// answers the reminder, like an evaluation would, and is kept with the period: the day and who recorded it, by name.
struct NoEvaluationInput: Content {
    var reason: String?
    /// The period's version, as the interruption names it.
    var version: Int?

    static let maxReasonLength = 2000
}

enum NoEvaluationStore {
    /// 422 without a reason or a version; 409 naming `reason` when the period is not interrupted or the matter is
    /// already settled (a reason recorded, or the worker's final evaluation made); 409 on a stale version.
    static func record(_ input: NoEvaluationInput, decision: Decision, by user: User, on req: Request) async throws {
        var v = Validator()
        let reason = v.longText("reason", input.reason, maxLength: NoEvaluationInput.maxReasonLength, required: true)
        if input.version == nil { v.add("version", .errorRequired) }
        try v.finish()
        guard let period = try await Period.query(on: req.db).filter(\.$decision.$id == decision.requireID()).first() else { throw Abort(.notFound) }
        let id = try period.requireID()
        guard period.recorded == .interrupted else {
            throw ValidationFailure([FieldProblem(field: "reason", key: .errorNoEvaluationNotInterrupted)], status: .conflict)
        }
        let evaluated = try await Evaluation.query(on: req.db).filter(\.$period.$id == id).filter(\.$kind == .final)
            .filter(\.$perspective == .worker).first() != nil
        guard period.noEvaluationReason == nil, !evaluated else {
            throw ValidationFailure([FieldProblem(field: "reason", key: .errorNoEvaluationRecorded)], status: .conflict)
        }
        let clientID = decision.$client.id, expectedVersion = input.version!
        let fields: [(String, any Encodable & Sendable)] = [
            ("no_evaluation_reason", reason!), ("no_evaluation_on", req.today.isoString), ("no_evaluation_by", user.name),
        ]
        // The reason and its audit event commit together; a stale version changes and records nothing.
        try await req.versionedSave(.periodNoEvaluation, table: Period.schema, id: id, expectedVersion: expectedVersion,
                                    fields: fields, clients: [clientID])
    }
}
