import Fluent
import Foundation
import PolkuDomain
import SQLKit
import Vapor

/// Sessions in the database, in Fluent's `_fluent_sessions` table (decisions 67 and 89).
///
/// - Written only when they change: Vapor writes the session back after every request that has one, and with
///   Fluent's driver every page shown was an UPDATE.
/// - Stored under the SHA-256 of their id, like API tokens: a copy of the table or a backup opens no session.
/// - Ended on the server: after `sessionIdleLifetime` without a request, or `sessionAbsoluteLifetime` after
///   sign-in, whatever the cookie says. The last use is written at most once a minute.
/// - Marked with their user, so that a password change ends every session of the account (`endSessions`).
struct DatabaseSessions: SessionDriver {
    private struct AsRead: StorageKey { typealias Value = SessionData }

    static let createdKey = "polku.created", seenKey = "polku.seen"
    /// Vapor's `ModelSessionAuthenticatable` keeps the signed-in user's id under this key.
    private static let userKey = "_UserSession"

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = Self.newID()
        var stamped = data
        let now = Self.stamp(request.now)
        stamped[Self.createdKey] = now
        stamped[Self.seenKey] = now
        let record = SessionRecord(key: Self.stored(id), data: stamped)
        return record.create(on: request.db).flatMap { markUser(of: stamped, key: Self.stored(id), on: request) }.map { id }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        let key = Self.stored(sessionID)
        return SessionRecord.query(on: request.db).filter(\.$key == key).first().flatMap { record in
            guard let record else { return request.eventLoop.makeSucceededFuture(nil) }
            var data = record.data
            let now = request.now
            guard let created = Self.time(data[Self.createdKey]), let seen = Self.time(data[Self.seenKey]),
                  now.timeIntervalSince(created) < request.config.sessionAbsoluteLifetime,
                  now.timeIntervalSince(seen) < request.config.sessionIdleLifetime else {
                // Over a lifetime: gone on the server, so the cookie opens nothing any more.
                return record.delete(on: request.db).map { nil }
            }
            guard now.timeIntervalSince(seen) >= 60 else {
                request.storage[AsRead.self] = data
                return request.eventLoop.makeSucceededFuture(data)
            }
            data[Self.seenKey] = Self.stamp(now)
            request.storage[AsRead.self] = data
            return SessionRecord.query(on: request.db).filter(\.$key == key).set(\.$data, to: data).update().map { data }
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if request.storage[AsRead.self] == data {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        let key = Self.stored(sessionID)
        return SessionRecord.query(on: request.db).filter(\.$key == key).set(\.$data, to: data).update()
            .flatMap { markUser(of: data, key: key, on: request) }.map { sessionID }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.storage[AsRead.self] = nil
        return SessionRecord.query(on: request.db).filter(\.$key == Self.stored(sessionID)).delete()
    }

    /// Every session and API token of a user: after their password was changed or reset.
    static func endSessions(of userID: UUID, on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.delete(from: SessionRecord.schema).where("user_id", .equal, SQLBind(userID)).run()
        }
        try await ApiToken.query(on: db).filter(\.$user.$id == userID).delete()
    }

    private func markUser(of data: SessionData, key: SessionID, on request: Request) -> EventLoopFuture<Void> {
        guard let sql = request.db as? any SQLDatabase else { return request.eventLoop.makeSucceededVoidFuture() }
        let userID = data[Self.userKey].flatMap(UUID.init(uuidString:))
        return request.eventLoop.makeFutureWithTask {
            try await sql.update(SessionRecord.schema).set("user_id", to: SQLBind(userID)).where("key", .equal, SQLBind(key.string)).run()
        }
    }

    /// 32 random bytes, as Fluent's driver makes them.
    private static func newID() -> SessionID {
        SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
    }

    /// What the table holds for an id: its SHA-256.
    static func stored(_ id: SessionID) -> SessionID {
        SessionID(string: Digest.sha256Hex(id.string))
    }

    private static func stamp(_ time: Date) -> String { String(Int64(time.timeIntervalSince1970)) }
    private static func time(_ stamp: String?) -> Date? { stamp.flatMap(Int64.init).map { Date(timeIntervalSince1970: TimeInterval($0)) } }
}
