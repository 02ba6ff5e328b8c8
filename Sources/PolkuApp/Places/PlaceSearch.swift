import Fluent
import PolkuDomain
import Vapor

/// The public list's filters, from the page's form or the API's query, applied to the place catalog
/// (`Request.placeCatalog`): a county has hundreds of places, not thousands, and the catalog with every
/// place's seats is computed once per data generation and day (decision 82). Then the result is paged.
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
        var places: [PlaceDTO]
        var total: Int
    }

    func run(on req: Request) async throws -> Result {
        var places = try await req.placeCatalog()
        if let municipalityCode { places = places.filter { $0.municipalityCode == municipalityCode } }
        if let areaID { places = places.filter { $0.areaId == areaID } }
        if let supportLevel { places = places.filter { $0.supportLevel == supportLevel } }
        if remoteOnly { places = places.filter(\.remotePossible) }
        if let task { places = places.filter { $0.tasks.contains(task) } }
        if !text.isEmpty {
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            places = places.filter { place in
                let haystack = [place.name, place.town, place.description, place.learning, place.providerName].joined(separator: " ")
                return words.allSatisfy { haystack.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
            }
        }
        if freeNowOnly { places = places.filter { ($0.weeks.first?.free ?? 0) > 0 } }
        return Result(places: Array(places.dropFirst((page - 1) * perPage).prefix(perPage)), total: places.count)
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
