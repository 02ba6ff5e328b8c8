import Fluent
import PolkuDomain
import Vapor

extension Request {
    /// The client whose `kind` record the signed-in user is about to write. A role that never writes
    /// such records gets 403 whatever the client (decision 2); then the client's own rules apply:
    /// `.update` on the client, 404 outside the user's reach.
    func clientForWriting(_ kind: PathRecordKind, _ id: UUID) async throws -> Client {
        guard kind.mayWrite(try requireUser().role) else { throw Abort(.forbidden) }
        return try await authorizedClient(id, for: .update)
    }

    /// Whether to offer the signed-in user the forms for `kind` records of this client.
    func mayWrite(_ kind: PathRecordKind, for client: Client) async throws -> Bool {
        guard kind.mayWrite(try requireUser().role) else { return false }
        return ClientAccess.decide(.update, by: try await principal(), on: client.facts) == .allow
    }
}
