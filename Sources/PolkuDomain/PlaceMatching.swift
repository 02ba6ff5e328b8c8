import Foundation

/// Ranks places for one client by fit, with the reasons shown to the worker. The points are a
/// plain sum so a worker can see why one place is above another:
/// - where: the same municipality 30, the same area 15, elsewhere in the county 0 (commuting
///   within an area is usually possible by bus; beyond it rarely daily);
/// - tasks: 10 for each of the client's interests the place offers, at most 30;
/// - support: exactly the level needed 20, more than needed 10, less than needed −20;
/// - remote: when the client needs remote or hybrid activity, 15 if the place offers it, −15 if not;
/// - language: 10 when the client's language is not Finnish and the place works in it;
/// - seats: free this week 15, free in a later week of the horizon 5, full throughout −25.
/// Ties are broken by the place's name.
public enum PlaceMatching {
    /// Those who plan and place clients look for places for them: the social workers and counsellors
    /// and the employment specialists. Work coaches run one place; managers, admins and clients do not.
    public static let matchers: Set<Role> = [.socialWorker, .socialCounsellor, .employmentSpecialist]

    public struct ClientProfile: Sendable {
        public var municipalityCode: String
        public var areaID: UUID?
        public var interests: Set<PlaceTask>
        public var supportNeed: SupportLevel?
        public var needsRemote: Bool
        public var language: PlaceLanguage

        public init(municipalityCode: String, areaID: UUID?, interests: Set<PlaceTask>, supportNeed: SupportLevel?,
                    needsRemote: Bool, language: PlaceLanguage) {
            self.municipalityCode = municipalityCode
            self.areaID = areaID
            self.interests = interests
            self.supportNeed = supportNeed
            self.needsRemote = needsRemote
            self.language = language
        }
    }

    public struct Candidate: Sendable {
        public var id: UUID
        public var name: String
        public var municipalityCode: String
        public var areaID: UUID?
        public var tasks: Set<PlaceTask>
        public var supportLevel: SupportLevel
        public var remotePossible: Bool
        public var languages: Set<PlaceLanguage>
        /// Free seats in the coming weeks, this week first.
        public var freeSeats: [Int]

        public init(id: UUID, name: String, municipalityCode: String, areaID: UUID?, tasks: Set<PlaceTask>, supportLevel: SupportLevel,
                    remotePossible: Bool, languages: Set<PlaceLanguage>, freeSeats: [Int]) {
            self.id = id
            self.name = name
            self.municipalityCode = municipalityCode
            self.areaID = areaID
            self.tasks = tasks
            self.supportLevel = supportLevel
            self.remotePossible = remotePossible
            self.languages = languages
            self.freeSeats = freeSeats
        }
    }

    public enum Reason: Sendable, Equatable {
        case sameMunicipality, sameArea, elsewhereInCounty
        case tasksMatch([PlaceTask])
        case noTaskMatch
        case supportFits(SupportLevel), supportMoreThanNeeded(SupportLevel), supportTooLight(SupportLevel)
        case remotePossible, remoteNotPossible
        case language(PlaceLanguage)
        case freeNow(Int)
        /// Free from the week with this index in the horizon (1 = next week).
        case freeLater(weeksAhead: Int)
        case full

        /// Whether the reason speaks for the place (shown as a plus) or against it.
        public var isPositive: Bool {
            switch self {
            case .sameMunicipality, .sameArea, .tasksMatch, .supportFits, .supportMoreThanNeeded, .remotePossible, .language, .freeNow, .freeLater:
                true
            case .elsewhereInCounty, .noTaskMatch, .supportTooLight, .remoteNotPossible, .full: false
            }
        }
    }

    public struct Match: Sendable {
        public let candidate: Candidate
        public let score: Int
        public let reasons: [Reason]
    }

    public static func rank(_ candidates: [Candidate], for client: ClientProfile) -> [Match] {
        candidates.map { score($0, for: client) }
            .sorted { ($0.score, $1.candidate.name) > ($1.score, $0.candidate.name) }
    }

    public static func score(_ place: Candidate, for client: ClientProfile) -> Match {
        var points = 0
        var reasons: [Reason] = []
        func add(_ value: Int, _ reason: Reason) {
            points += value
            reasons.append(reason)
        }
        if place.municipalityCode == client.municipalityCode { add(30, .sameMunicipality) }
        else if let area = client.areaID, place.areaID == area { add(15, .sameArea) }
        else { add(0, .elsewhereInCounty) }

        if !client.interests.isEmpty {
            let shared = PlaceTask.allCases.filter { client.interests.contains($0) && place.tasks.contains($0) }
            if shared.isEmpty { add(0, .noTaskMatch) } else { add(min(30, 10 * shared.count), .tasksMatch(shared)) }
        }

        if let need = client.supportNeed {
            if place.supportLevel == need { add(20, .supportFits(place.supportLevel)) }
            else if place.supportLevel > need { add(10, .supportMoreThanNeeded(place.supportLevel)) }
            else { add(-20, .supportTooLight(place.supportLevel)) }
        }

        if client.needsRemote { place.remotePossible ? add(15, .remotePossible) : add(-15, .remoteNotPossible) }

        if client.language != .fi, place.languages.contains(client.language) { add(10, .language(client.language)) }

        if let now = place.freeSeats.first, now > 0 { add(15, .freeNow(now)) }
        else if let later = place.freeSeats.firstIndex(where: { $0 > 0 }) { add(5, .freeLater(weeksAhead: later)) }
        else { add(-25, .full) }

        return Match(candidate: place, score: points, reasons: reasons)
    }
}
