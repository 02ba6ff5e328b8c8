import Fluent
import SQLKit
import PolkuDomain
import Vapor

/// Saving places and reading their seat bookings. A place, its tasks and the audit event commit together,
/// or none of them does.
enum PlaceStore {
    static func create(_ draft: PlaceDraft, on req: Request) async throws -> WorkActivityPlace {
        try await req.auditedChange(.placeCreate) { tx in
            let place = WorkActivityPlace(providerID: draft.providerID, name: draft.name, areaID: draft.areaID,
                                          municipalityCode: draft.municipalityCode, capacity: draft.capacity)
            apply(draft, to: place)
            try await place.create(on: tx)
            try await replaceTasks(of: try place.requireID(), with: draft.tasks, on: tx)
            return (place, [])
        }
    }

    /// Saves only if nobody else saved since `expectedVersion` was read (409 otherwise, nothing changes).
    static func update(_ place: WorkActivityPlace, with draft: PlaceDraft, expectedVersion: Int, on req: Request) async throws {
        apply(draft, to: place)
        let id = try place.requireID()
        let tasks = draft.tasks
        let now = try await req.versionedSave(.placeUpdate, table: WorkActivityPlace.schema, id: id, expectedVersion: expectedVersion, fields: [
            ("provider_id", place.$provider.id), ("name", place.name), ("area_id", place.$area.id), ("municipality_code", place.municipalityCode),
            ("capacity", place.capacity), ("street_address", place.streetAddress), ("postal_code", place.postalCode), ("town", place.town),
            ("description", place.details), ("tasks", place.tasks), ("learning", place.learning), ("support_level", place.supportLevel),
            ("support_text", place.supportText), ("accessibility", place.accessibility), ("accessibility_text", place.accessibilityText),
            ("remote_possible", place.remotePossible), ("languages", place.languages), ("open_days", place.openDays),
            ("opens_at", place.opensAt), ("closes_at", place.closesAt), ("contact_name", place.contactName),
            ("contact_phone", place.contactPhone), ("contact_email", place.contactEmail),
        ], clients: []) { tx in
            try await replaceTasks(of: id, with: tasks, on: tx)
        }
        place.version = expectedVersion + 1
        place.updatedAt = now
    }

    static func replaceTasks(of placeID: UUID, with tasks: Set<PlaceTask>, on db: any Database) async throws {
        try await WorkActivityPlaceTask.query(on: db).filter(\.$place.$id == placeID).delete()
        for task in PlaceTask.allCases where tasks.contains(task) {
            try await WorkActivityPlaceTask(placeID: placeID, task: task).create(on: db)
        }
    }

    private static func apply(_ draft: PlaceDraft, to place: WorkActivityPlace) {
        place.$provider.id = draft.providerID
        place.name = draft.name
        place.$area.id = draft.areaID
        place.municipalityCode = draft.municipalityCode
        place.capacity = draft.capacity
        place.streetAddress = draft.streetAddress
        place.postalCode = draft.postalCode
        place.town = draft.town
        place.details = draft.description
        place.tasks = CodeList.stored(draft.tasks)
        place.learning = draft.learning
        place.supportLevel = draft.supportLevel.rawValue
        place.supportText = draft.supportText
        place.accessibility = CodeList.stored(draft.accessibility)
        place.accessibilityText = draft.accessibilityText
        place.remotePossible = draft.remotePossible
        place.languages = CodeList.stored(draft.languages)
        place.openDays = Weekday.allCases.filter(draft.openDays.contains).map { "\($0.rawValue)" }.joined(separator: ",")
        place.opensAt = draft.opensAt
        place.closesAt = draft.closesAt
        place.contactName = draft.contactName
        place.contactPhone = draft.contactPhone
        place.contactEmail = draft.contactEmail
    }

    /// How many weeks the place page and the list look ahead.
    static let horizonWeeks = 8

    /// Seats week by week for each place, from one query of the periods that hold a seat (planned
    /// or active, not yet ended) — the numbers only, never who. The registry, the queues and matching
    /// all read their seats here, so every page says the same.
    static func occupancy(of places: [WorkActivityPlace], today: LocalDate, weeks: Int = horizonWeeks,
                          on db: any Database) async throws -> [UUID: [SeatOccupancy.Week]] {
        let ids = places.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let firstMonday = ISOWeek(containing: today).monday.isoString
        let bookings = try await seatBookings(at: ids, endingFrom: firstMonday, on: db)
        var result: [UUID: [SeatOccupancy.Week]] = [:]
        for place in places {
            guard let id = place.id else { continue }
            result[id] = SeatOccupancy.weeks(capacity: place.capacity, openDays: Set(place.weekdays), bookings: bookings[id] ?? [],
                                             from: today, count: weeks)
        }
        return result
    }

    /// The seats held at the places from `firstDay` on, read as plain rows: a county has tens of thousands of
    /// periods, and building a Fluent model of each cost more than the rest of the page.
    private static func seatBookings(at placeIDs: [UUID], endingFrom firstDay: String,
                                     on db: any Database) async throws -> [UUID: [SeatOccupancy.Booking]] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("place_id").column("starts_on").column("ends_on")
            .from(Period.schema)
            .where("place_id", .in, SQLBind.group(placeIDs))
            .where("ends_on", .greaterThanOrEqual, SQLBind(firstDay))
            .where("status", .equal, SQLBind(PeriodRecord.open.rawValue))
            .all()
        var bookings: [UUID: [SeatOccupancy.Booking]] = [:]
        for row in rows {
            guard let start = LocalDate(isoString: try row.decode(column: "starts_on", as: String.self)),
                  let end = LocalDate(isoString: try row.decode(column: "ends_on", as: String.self)) else { continue }
            bookings[try row.decode(column: "place_id", as: UUID.self), default: []].append(SeatOccupancy.Booking(startsOn: start, endsOn: end))
        }
        return bookings
    }

    /// This week's seats of each place: "free now" and "full" on every page.
    static func thisWeek(of places: [WorkActivityPlace], today: LocalDate, on db: any Database) async throws -> [UUID: SeatOccupancy.Week] {
        try await occupancy(of: places, today: today, weeks: 1, on: db).compactMapValues(\.first)
    }
}

extension Period {
    /// The seat this period holds by its dates while nothing ends it; nil for interrupted and ended ones.
    var seatBooking: SeatOccupancy.Booking? {
        guard recorded == .open,
              let start = LocalDate(isoString: startsOn), let end = LocalDate(isoString: endsOn) else { return nil }
        return SeatOccupancy.Booking(startsOn: start, endsOn: end)
    }
}
