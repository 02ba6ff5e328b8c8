import Fluent
import PolkuDomain
import Vapor

/// The public list's filters, from the page's form or the API's query. Municipality, area, support,
/// remote and task are indexed columns; the text and "free seats now" are applied to what those
/// leave (a county has dozens of places, not thousands), then the result is paged.
struct PlaceSearch {
    var municipalityCode: String?
    var areaID: UUID?
    var task: PlaceTask?
    var supportLevel: SupportLevel?
    var remoteOnly = false
    var freeNowOnly = false
    var text = ""
    var page = 1
    var perPage = 20

    init(_ req: Request) throws {
        var q = QueryParameters(req)
        municipalityCode = q.raw("municipality")
        if let code = municipalityCode, !(code.count == 3 && code.allSatisfy(\.isASCIIDigitCharacter)) {
            q.note("municipality", .errorMunicipalityCode)
        }
        areaID = q.uuid("area")
        task = q.choice("task", of: PlaceTask.self)
        supportLevel = q.choice("support", of: SupportLevel.self)
        remoteOnly = q.flag("remote")
        freeNowOnly = q.flag("free")
        text = q.text("q", maxLength: 100)
        (page, perPage) = q.paging(defaultPerPage: 20)
        try q.finish()
    }

    struct Result {
        var places: [WorkActivityPlace]
        var weeks: [UUID: [SeatOccupancy.Week]]
        var total: Int
    }

    func run(today: LocalDate, on db: any Database) async throws -> Result {
        let query = WorkActivityPlace.query(on: db).with(\.$provider).sort(\.$name)
        if let municipalityCode { query.filter(\.$municipalityCode == municipalityCode) }
        if let areaID { query.filter(\.$area.$id == areaID) }
        if let supportLevel { query.filter(\.$supportLevel == supportLevel.rawValue) }
        if remoteOnly { query.filter(\.$remotePossible == true) }
        if let task {
            let ids = try await WorkActivityPlaceTask.query(on: db).filter(\.$task == task.rawValue).all(\.$place.$id)
            query.filter(\.$id ~~ ids)
        }
        var places = try await query.all()
        if !text.isEmpty {
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            places = places.filter { place in
                let haystack = [place.name, place.town, place.details, place.learning, place.provider.name].joined(separator: " ")
                return words.allSatisfy { haystack.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }
        }
        var weeks = try await PlaceStore.occupancy(of: places, today: today, on: db)
        if freeNowOnly { places = places.filter { (weeks[$0.id!]?.first?.free ?? 0) > 0 } }
        let total = places.count
        let pageOfPlaces = Array(places.dropFirst((page - 1) * perPage).prefix(perPage))
        let shown = Set(pageOfPlaces.compactMap(\.id))
        weeks = weeks.filter { shown.contains($0.key) }
        return Result(places: pageOfPlaces, weeks: weeks, total: total)
    }

    /// The filters as query items, for the pager's links.
    var queryItems: [URLQueryItem] {
        var items: [URLQueryItem] = []
        if let municipalityCode { items.append(.init(name: "municipality", value: municipalityCode)) }
        if let areaID { items.append(.init(name: "area", value: areaID.uuidString)) }
        if let task { items.append(.init(name: "task", value: task.rawValue)) }
        if let supportLevel { items.append(.init(name: "support", value: supportLevel.rawValue)) }
        if remoteOnly { items.append(.init(name: "remote", value: "true")) }
        if freeNowOnly { items.append(.init(name: "free", value: "true")) }
        if !text.isEmpty { items.append(.init(name: "q", value: text)) }
        return items
    }
}

extension QueryParameters {
    /// "true" (the API) or "on" (a page's checkbox) is set; "false" or absent is not.
    mutating func flag(_ name: String) -> Bool {
        guard let raw = raw(name) else { return false }
        switch raw {
        case "true", "on": return true
        case "false": return false
        default: note(name, .errorInvalidChoice); return false
        }
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
