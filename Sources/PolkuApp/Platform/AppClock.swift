import Foundation
import PolkuDomain
import Vapor

/// The app's notion of "now", injected so tests control time.
public struct AppClock: Sendable {
    public var now: @Sendable () -> Date
    public init(now: @escaping @Sendable () -> Date) { self.now = now }
    public static let system = AppClock(now: { Date() })
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }
    public var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }

    /// Today in Finland, from the injected clock: the service's dates are Finnish dates. The one place that
    /// turns the clock into a day; pages, stores and commands ask this or `Request.today`.
    var today: LocalDate { LocalDate(clock.now(), in: .helsinki) }

    private struct ConfigKey: StorageKey { typealias Value = AppConfig }
    public var polkuConfig: AppConfig {
        get {
            guard let config = storage[ConfigKey.self] else { fatalError("configure(_:config:) has not run") }
            return config
        }
        set { storage[ConfigKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.clock.now() }
    var today: LocalDate { application.today }
    var config: AppConfig { application.polkuConfig }
}

extension TimeZone {
    /// Dates of the service are Finnish dates.
    static let helsinki = TimeZone(identifier: "Europe/Helsinki")!
}
