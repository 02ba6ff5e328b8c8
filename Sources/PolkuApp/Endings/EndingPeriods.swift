import Fluent
import PolkuDomain
import Vapor

/// A client's periods as an ending form offers them and an ending page names them: "place, start–end".
enum EndingPeriods {
    /// The periods an ending may still close, newest first: those no other ending has closed.
    static func labels(of clientID: UUID, except endingID: UUID? = nil, on db: any Database) async throws -> [(value: String, label: String)] {
        let periods = try await Period.query(on: db).filter(\.$client.$id == clientID).with(\.$place)
            .sort(\.$startsOn, .descending).all()
        let taken = Set(try await Ending.query(on: db).filter(\.$client.$id == clientID).all()
            .filter { $0.id != endingID }.compactMap { $0.$period.id })
        return periods.compactMap { period in
            period.id.flatMap { taken.contains($0) ? nil : ($0.uuidString, label(period)) }
        }
    }

    static func label(_ period: Period) -> String {
        let place = period.$place.value?.name ?? ""
        return "\(place), \(EndingInput.finnish(period.startsOn))–\(EndingInput.finnish(period.endsOn))"
    }

    /// The label of one period, if the ending names one.
    static func label(of periodID: UUID?, on db: any Database) async throws -> String? {
        guard let periodID, let period = try await Period.query(on: db).filter(\.$id == periodID).with(\.$place).first() else { return nil }
        return label(period)
    }
}
