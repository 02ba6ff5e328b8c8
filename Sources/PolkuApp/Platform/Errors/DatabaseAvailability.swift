import FluentPostgresDriver  // and with it PostgresNIO and AsyncKit
import FluentSQLiteDriver  // and with it SQLiteNIO
import NIOCore
import NIOPosix

/// Errors that say the database cannot be reached or is held by someone else for longer than we wait:
/// not the user's fault and not a bug, so the answer is 503 with `Retry-After` (decision 65).
enum DatabaseAvailability {
    /// Seconds a client is asked to wait before trying again.
    static let retryAfterSeconds = 5

    static func isUnavailable(_ error: any Error) -> Bool {
        if let database = error as? any DatabaseError, database.isConnectionClosed { return true }
        switch error {
        case is ConnectionPoolTimeoutError, is ConnectionPoolError, is NIOConnectionError, is ChannelError:
            return true
        case let sqlite as SQLiteError:
            // Another process held the file past `busy_timeout`.
            return sqlite.reason == .busy || sqlite.reason == .locked || sqlite.reason == .busyTimeout
                || sqlite.reason == .busyInRecovery || sqlite.reason == .cantOpen
        case let postgres as PSQLError:
            switch postgres.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                return true
            case .server:
                // 53xxx: insufficient resources (too many connections); 57P0x: shutting down or starting up.
                let state = postgres.serverInfo?[.sqlState] ?? ""
                return state.hasPrefix("53") || ["57P01", "57P02", "57P03"].contains(state)
            default:
                return false
            }
        default:
            return false
        }
    }
}
