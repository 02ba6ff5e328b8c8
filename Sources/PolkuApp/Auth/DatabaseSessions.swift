import Fluent
import Foundation
import Vapor

/// Sessions in the database, in Fluent's `_fluent_sessions` table, written only when they change
/// (decision 67). Vapor writes the session back after every request that has one; with Fluent's
/// driver every page shown was an UPDATE. Here a session read at the start of a request is written at
/// its end only if its data differs from what was read.
struct DatabaseSessions: SessionDriver {
    private struct AsRead: StorageKey { typealias Value = SessionData }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let id = Self.newID()
        return SessionRecord(key: id, data: data).create(on: request.db).map { id }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        SessionRecord.query(on: request.db).filter(\.$key == sessionID).first().map { record in
            if let data = record?.data { request.storage[AsRead.self] = data }
            return record?.data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if request.storage[AsRead.self] == data {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        return SessionRecord.query(on: request.db).filter(\.$key == sessionID).set(\.$data, to: data).update().map { sessionID }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.storage[AsRead.self] = nil
        return SessionRecord.query(on: request.db).filter(\.$key == sessionID).delete()
    }

    /// 32 random bytes, as Fluent's driver makes them.
    private static func newID() -> SessionID {
        SessionID(string: Data([UInt8].random(count: 32)).base64EncodedString())
    }
}
