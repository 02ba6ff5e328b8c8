import Foundation

/// The sizes `polku demo --size` knows. `small` is the hand-made demo of `DemoSeeder` (200 clients, the
/// walkthroughs and the end-to-end tests rely on it); the larger sizes add generated organizations and five
/// years of synthetic history around it (`DemoHistory`), for benchmarks and for seeing pages at real volumes.
enum DemoSize: String, CaseIterable, Sendable {
    case small, county, country

    /// The size named on the command line or in `POLKU_DEMO_SIZE`; unknown names are refused with the known ones.
    static func parse(_ text: String) throws -> DemoSize {
        guard let size = DemoSize(rawValue: text.lowercased()) else {
            throw CommandFailure("Unknown demo size \"\(text)\": use one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return size
    }

    /// What the generator adds; nil for `small`, which is the hand-made demo alone.
    var shape: DemoShape? {
        switch self {
        case .small: nil
        case .county: .county
        case .country: .country
        }
    }
}

/// How much synthetic history to generate around the hand-made demo.
struct DemoShape: Sendable {
    /// Clients active on the last day (in a period, waiting in a queue, or referred and being assessed),
    /// over all organizers. The generator sizes the places and the arrivals to reach about this many.
    var activeClients: Int
    /// Years of history before today.
    var years: Int
    /// Which organizers: only the demo county, or every wellbeing services county of the country.
    var organizers: Organizers

    enum Organizers: Sendable { case demoCounty, country }

    /// A big county: Pohjois-Karjala made to serve about 5,000 active clients (the size the design names for a
    /// county's benchmarks), with the places and staff that takes.
    static let county = DemoShape(activeClients: 5_000, years: 5, organizers: .demoCounty)

    /// The whole country: about 50,000 clients a year (THL: 45,100 in 2019), so about 25,000 active on a day,
    /// spread over the 22 organizers by population.
    static let country = DemoShape(activeClients: 25_000, years: 5, organizers: .country)

    /// The same shape at `factor` of its volume, so tests can build a multi-year county in a second.
    func scaled(_ factor: Double) -> DemoShape {
        var shape = self
        shape.activeClients = max(20, Int((Double(activeClients) * factor).rounded()))
        return shape
    }
}

extension DemoSize {
    /// `POLKU_DEMO_SIZE`, read here rather than in `AppConfig` because only the demo commands use it; nil when unset.
    static func fromEnvironment() throws -> DemoSize? {
        guard let text = ProcessInfo.processInfo.environment["POLKU_DEMO_SIZE"], !text.isEmpty else { return nil }
        return try parse(text)
    }
}
