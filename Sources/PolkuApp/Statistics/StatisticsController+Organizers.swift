import Fluent
import PolkuDomain
import Vapor

extension StatisticsController {
    /// One organizer's share: the municipalities it serves today with their clients and active periods, and every
    /// referral it has received (decision 120).
    struct OrganizerRow: Sendable {
        var name: String
        var municipalities: Int
        var clients: Int
        var activePeriods: Int
        var referrals: Int
    }

    static func organizerRows(_ rows: [Row], today: LocalDate, on db: any Database) async throws -> [OrganizerRow] {
        let directory = try await Organizer.directory(on: db)
        var result: [OrganizerRow] = []
        for organizer in directory.choices {
            guard let id = organizer.id else { continue }
            let served = directory.map.municipalities(servedBy: id, on: today)
            let own = rows.filter { served.contains($0.code) }
            // An indexed count per organizer: there are a few dozen at most, even for the whole country.
            let received = try await Referral.query(on: db).filter(\.$organizer.$id == id).count()
            guard !served.isEmpty || received > 0 else { continue }
            result.append(OrganizerRow(name: organizer.name, municipalities: served.count, clients: own.map(\.clients).reduce(0, +),
                                       activePeriods: own.map(\.activePeriods).reduce(0, +), referrals: received))
        }
        return result
    }
}
