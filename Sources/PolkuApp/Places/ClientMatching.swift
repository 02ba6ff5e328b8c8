import Fluent
import PolkuDomain
import Vapor

/// Places ranked for one client, with reasons: the facts come from the client (municipality and its
/// area, language) and their newest assessment (interests, support need, remote), the places from
/// the registry of the client's organizer with their free seats over the coming weeks.
struct ClientMatching {
    struct Row {
        var place: PlaceDTO
        var score: Int
        var reasons: [PlaceMatching.Reason]
    }

    var profile: PlaceMatching.ClientProfile
    /// The assessment the profile comes from; nil when the client has none yet.
    var assessedOn: String?
    var rows: [Row]

    static let horizonWeeks = 4

    static func load(for client: Client, on req: Request) async throws -> ClientMatching {
        let db = req.db
        let assessment = try await Assessment.query(on: db).filter(\.$client.$id == client.requireID())
            .sort(\.$assessedOn, .descending).sort(\.$createdAt, .descending).first()
        let municipality = try await Organization.query(on: db).filter(\.$kind == .municipality)
            .filter(\.$municipalityCode == client.municipalityCode).first()
        let profile = PlaceMatching.ClientProfile(
            municipalityCode: client.municipalityCode, areaID: municipality?.$parent.id,
            interests: Set(assessment?.interestCodes ?? []), supportNeed: assessment?.supportNeedLevel,
            needsRemote: assessment?.needsRemote ?? false, language: PlaceLanguage(rawValue: client.language) ?? .fi)
        // The places of the client's own organizer: those in the municipalities it serves today (decision 121).
        let today = req.today
        let organizers = try await req.organizers().map
        let organizer = organizers.organizer(of: client.municipalityCode, on: today)?.id
        let places = try await WorkActivityPlace.query(on: db).with(\.$provider).all()
            .filter { organizers.organizer(of: $0.municipalityCode, on: today)?.id == organizer }
        let weeks = try await PlaceStore.occupancy(of: places, today: today, weeks: horizonWeeks, on: db)
        let views = Dictionary(uniqueKeysWithValues: try await req.placeViews(places, weeks: weeks).map { ($0.id.rawValue, $0) })
        let candidates = places.compactMap { place -> PlaceMatching.Candidate? in
            guard let id = place.id else { return nil }
            return .init(id: id, name: place.name, municipalityCode: place.municipalityCode, areaID: place.$area.id, tasks: Set(place.taskCodes),
                         supportLevel: place.support, remotePossible: place.remotePossible, languages: Set(place.languageCodes),
                         freeSeats: (weeks[id] ?? []).map(\.free))
        }
        let rows = PlaceMatching.rank(candidates, for: profile).compactMap { match in
            views[match.candidate.id].map { Row(place: $0, score: match.score, reasons: match.reasons) }
        }
        return ClientMatching(profile: profile, assessedOn: assessment?.assessedOn, rows: rows)
    }
}

extension Request {
    /// The client a matcher may read; 403 for other roles before the client is looked up.
    func clientForMatching(_ id: ClientID) async throws -> Client {
        try await authorizedClient(id, for: .matching(.read))
    }
}
