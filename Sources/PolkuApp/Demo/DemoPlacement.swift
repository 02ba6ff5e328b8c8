import Foundation
import PolkuDomain

/// Queues at the fullest places (and at the coach login's), familiarization visits with their outcomes, and
/// shop-steward notices for the periods in own production — one left missing and one given late, so the
/// front page and the decision page have something to show. Drawn from streams of their own.
struct DemoPlacement {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5550_4C41  // "POLKUPLA"
    private static let idSeed: UInt64 = 0x504F_4C4B_5550_4944  // "POLKUPID"

    let today: LocalDate
    /// Social workers and counsellors, who search places.
    let writers: [UUID]

    struct Made {
        var queueEntries: [QueueEntry] = []
        var visits: [FamiliarizationVisit] = []
        var notices: [ShopStewardNoticeRecord] = []
    }

    func make(clients: [Client], periods: [Period], places: [WorkActivityPlace], decisions: [Decision]) -> Made {
        var ids = SplitMix64(seed: Self.idSeed)
        var random = SplitMix64(seed: Self.dataSeed)
        var made = Made()
        let placeIndex = Dictionary(places.enumerated().compactMap { i, p in p.id.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })

        // Who waits: clients with no period at all, in a fixed shuffled order.
        let withPeriod = Set(periods.map { $0.$client.id })
        var waiting = clients.filter { !withPeriod.contains($0.id!) }
        random.shuffle(&waiting)

        // The fullest places this week (as the registry counts seats), and Ekotori's IT recycling so that the
        // coach login has a queue.
        let bookings = Dictionary(grouping: periods, by: { $0.$place.id }).mapValues { $0.compactMap(\.seatBooking) }
        let seats = { (place: WorkActivityPlace) in
            SeatOccupancy.thisWeek(capacity: place.capacity, openDays: Set(place.weekdays), bookings: bookings[place.id!] ?? [], today: today)
        }
        let free = { (place: WorkActivityPlace) in seats(place).free }
        let itRecycling = places.first { $0.name == "IT-kierrätys" }
        var queuePlaces = Array(places.sorted { (free($0), $0.name) < (free($1), $1.name) }.prefix(3))
        if let itRecycling, !queuePlaces.contains(where: { $0 === itRecycling }) { queuePlaces.append(itRecycling) }
        // At demo size the periods fill about half of the seats; the fullest place is made exactly full so that
        // the demo shows what the queue is for (seeds 001, 002: queues at full places).
        if let fullest = queuePlaces.first { fullest.capacity = seats(fullest).occupied }

        for place in queuePlaces {
            for position in 0..<min(4, waiting.count) {
                let client = waiting.removeFirst()
                let days = random.int(in: 3...75)
                let entry = makeEntry(client, place, daysAgo: days, urgent: position == 2, ids: &ids, random: &random)
                made.queueEntries.append(entry)
                // Most of those waiting longer have seen the place already.
                if days > 20 || position == 3 {
                    // The last in each queue did not come to the visit booked; the others liked the place.
                    let outcome: VisitOutcome = position == 3 ? .didNotCome : .wentWell
                    made.visits.append(makeVisit(client, place, on: workday(today.adding(days: -random.int(in: 1...max(1, days - 2)))), outcome: outcome,
                                             ids: &ids, random: &random))
                }
            }
            // One who found something else meanwhile.
            if let client = waiting.first {
                waiting.removeFirst()
                let entry = makeEntry(client, place, daysAgo: random.int(in: 40...90), urgent: false, ids: &ids, random: &random)
                entry.state = .withdrawn
                entry.openKey = nil
                entry.closedOn = today.adding(days: -random.int(in: 1...30)).isoString
                entry.withdrawalReason = random.pick(Self.withdrawals)
                entry.version = 2
                made.queueEntries.append(entry)
                made.visits.append(makeVisit(client, place, on: workday(today.adding(days: -35)), outcome: .notSuitable, ids: &ids, random: &random))
            }
        }

        // Clients about to start were placed from a queue after a visit that went well.
        let decisionByID = Dictionary(decisions.compactMap { d in d.id.map { ($0, d) } }, uniquingKeysWith: { a, _ in a })
        for period in periods where period.intended(today: today) == .planned {
            guard let decision = period.$decision.id.flatMap({ decisionByID[$0] }), let decided = LocalDate(isoString: decision.decidedOn),
                  let client = clients.first(where: { $0.id == period.$client.id }), let index = placeIndex[period.$place.id] else { continue }
            let place = places[index]
            let placedOn = min(today, decided)
            let entry = makeEntry(client, place, daysAgo: placedOn.days(until: today) + random.int(in: 10...40), urgent: false, ids: &ids, random: &random)
            entry.state = .placed
            entry.openKey = nil
            entry.closedOn = placedOn.isoString
            entry.$decision.id = decision.id
            entry.version = 2
            made.queueEntries.append(entry)
            made.visits.append(makeVisit(client, place, on: workday(placedOn.adding(days: -random.int(in: 5...12))), outcome: .wentWell,
                                     ids: &ids, random: &random))
        }

        // Visits booked for this week and next at the coach login's places, not yet made.
        for (offset, place) in zip([1, 2, 6], places.filter { $0.name.hasPrefix("Kierrätysmyymälä Ekotori") || $0.name == "IT-kierrätys" }.cycled(3)) {
            guard let client = waiting.first else { break }
            waiting.removeFirst()
            made.visits.append(makeVisit(client, place, on: workday(today.adding(days: offset)), outcome: nil, ids: &ids, random: &random))
        }

        // The notices for own production: given a week before the start, except one missing and one late.
        let own = Set(places.enumerated().filter { DemoCatalog.places[$0.offset].provider == DemoCatalog.ownWorkshops }.compactMap { $0.element.id })
        var leftMissing = false
        var gaveLate = false
        for period in periods where own.contains(period.$place.id) && (period.intended(today: today) == .planned || period.intended(today: today) == .active) {
            guard let start = LocalDate(isoString: period.startsOn) else { continue }
            if !leftMissing, period.intended(today: today) == .planned, today.days(until: start) <= 14 { leftMissing = true; continue }
            let notice = ShopStewardNoticeRecord()
            notice.id = ids.uuid()
            notice.$client.id = period.$client.id
            notice.$period.id = period.id!
            notice.$author.id = random.pick(writers)
            notice.version = 1
            let late = !gaveLate && period.intended(today: today) == .active
            gaveLate = gaveLate || late
            notice.notifiedOn = min(today, start.adding(days: late ? 3 : -random.int(in: 5...10))).isoString
            notice.recipient = random.pick(Self.stewards)
            made.notices.append(notice)
        }
        return made
    }

    private func makeEntry(_ client: Client, _ place: WorkActivityPlace, daysAgo: Int, urgent: Bool,
                       ids: inout SplitMix64, random: inout SplitMix64) -> QueueEntry {
        let entry = QueueEntry()
        entry.id = ids.uuid()
        entry.$client.id = client.id!
        entry.$place.id = place.id!
        let day = today.adding(days: -max(0, daysAgo))
        entry.queuedOn = day.isoString
        // Office hours in Helsinki (UTC+2/+3): 6–13 UTC.
        entry.queuedAt = Self.instant(day, hourUTC: random.int(in: 6...12), minute: random.int(in: 0...59))
        entry.isUrgent = urgent
        entry.reason = random.pick(Self.reasons)
        entry.state = .waiting
        entry.openKey = QueueEntry.openKey(client: client.id!, place: place.id!)
        entry.$author.id = random.pick(writers)
        entry.version = 1
        return entry
    }

    private func makeVisit(_ client: Client, _ place: WorkActivityPlace, on day: LocalDate, outcome: VisitOutcome?,
                       ids: inout SplitMix64, random: inout SplitMix64) -> FamiliarizationVisit {
        let visit = FamiliarizationVisit()
        visit.id = ids.uuid()
        visit.$client.id = client.id!
        visit.$place.id = place.id!
        visit.visitOn = day.isoString
        visit.timeOfDay = random.pick(["9.00", "9.30", "10.00", "12.30", "13.00"])
        visit.accompaniedBy = random.pick(Self.companions)
        visit.outcome = day <= today ? outcome : nil
        if visit.outcome == .notSuitable { visit.outcomeReason = random.pick(Self.unsuitable) }
        visit.notes = visit.outcome == .wentWell && random.chance(0.5) ? random.pick(Self.notes) : nil
        visit.$author.id = random.pick(writers)
        visit.version = 1
        return visit
    }

    private func workday(_ date: LocalDate) -> LocalDate {
        var day = date
        while !FinnishCalendar.isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    private static func instant(_ day: LocalDate, hourUTC: Int, minute: Int) -> Date {
        var components = DateComponents()
        components.year = day.year; components.month = day.month; components.day = day.day
        components.hour = hourUTC; components.minute = minute
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }

    static let reasons = [
        "Toivoo puutöitä; paja on kotia lähellä.", "Kiinnostunut kierrätyksestä ja asiakaspalvelusta.",
        "Tarvitsee pienen ryhmän ja rauhallisen ympäristön.", "Haluaa harjoitella atk-taitoja.",
        "Keittiötyö tuttua aiemmasta työstä.", "Ulkotyö sopii parhaiten; sisätiloissa jaksaminen heikkoa.",
    ]
    static let withdrawals = [
        "Aloitti palkkatukityön.", "Pääsi koulutukseen.", "Muutti toiselle paikkakunnalle.", "Valitsi toisen paikan tutustumiskäynnin jälkeen.",
    ]
    static let companions = [
        "Olli Ohjaaja (sosiaaliohjaaja)", "Sari Sosiaalityöntekijä (omatyöntekijä)", "Minna Hyvönen (sosiaaliohjaaja)",
        "Äiti", "Tukihenkilö Raimo", "Ei saattajaa, työvalmentaja vastassa",
    ]
    static let unsuitable = [
        "Liian meluisa ympäristö.", "Matka liian pitkä ilman autoa.", "Tehtävät liian fyysisiä selän takia.",
    ]
    static let notes = [
        "Sovittiin aloitus kolmena päivänä viikossa.", "Asiakas innostui, haluaa aloittaa pian.", "Työvalmentaja esitteli tehtävät ja tilat.",
    ]
    static let stewards = [
        "Päivi Pääluottamusmies, JHL Siun sote", "Jari Luottamusmies, JHL", "Tarja Heikkinen, Jyty Pohjois-Karjala",
    ]
}

private extension Array {
    /// The elements repeated until there are `count` of them (none when empty).
    func cycled(_ count: Int) -> [Element] {
        isEmpty ? [] : (0..<count).map { self[$0 % self.count] }
    }
}
