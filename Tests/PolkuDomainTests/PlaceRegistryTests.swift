import Foundation
import PolkuDomain
import Testing

struct SeatOccupancyTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }
    private let weekdays = Set(Weekday.allCases.filter { !$0.isWeekend })

    @Test func aPeriodStartingMidWeekOccupiesThatWeek() {
        // Wednesday 4.3.2026 to Friday 13.3.2026.
        let booking = SeatOccupancy.Booking(startsOn: day(2026, 3, 4), endsOn: day(2026, 3, 13))
        let weeks = SeatOccupancy.weeks(capacity: 2, openDays: weekdays, bookings: [booking], from: day(2026, 3, 2), count: 3)
        #expect(weeks.map(\.occupied) == [1, 1, 0])
        #expect(weeks.map(\.free) == [1, 1, 2])
    }

    @Test func aPeriodOnlyOverTheWeekendOfAWeekdayPlaceDoesNotOccupyIt() {
        // Starts on Saturday 7.3.2026: nothing in week 10 for a place open Monday to Friday.
        let booking = SeatOccupancy.Booking(startsOn: day(2026, 3, 7), endsOn: day(2026, 6, 5))
        let weekdayPlace = SeatOccupancy.weeks(capacity: 1, openDays: weekdays, bookings: [booking], from: day(2026, 3, 2), count: 2)
        #expect(weekdayPlace.map(\.occupied) == [0, 1])
        let saturdayPlace = SeatOccupancy.weeks(capacity: 1, openDays: [.saturday], bookings: [booking], from: day(2026, 3, 2), count: 1)
        #expect(saturdayPlace.map(\.occupied) == [1])
    }

    @Test func freeSeatsNeverGoBelowZeroButOverbookingIsFlagged() {
        let booking = SeatOccupancy.Booking(startsOn: day(2026, 1, 1), endsOn: day(2026, 12, 31))
        let weeks = SeatOccupancy.weeks(capacity: 2, openDays: weekdays, bookings: Array(repeating: booking, count: 3),
                                        from: day(2026, 5, 5), count: 1)
        #expect(weeks[0].occupied == 3)
        #expect(weeks[0].free == 0)
        #expect(weeks[0].overbooked)
        #expect(weeks[0].isFull)
        let exactlyFull = SeatOccupancy.weeks(capacity: 3, openDays: weekdays, bookings: Array(repeating: booking, count: 3),
                                              from: day(2026, 5, 5), count: 1)
        #expect(exactlyFull[0].isFull && !exactlyFull[0].overbooked)
    }

    @Test func theLastDayStillHoldsTheSeatAndThisWeekIsTheWeekOfToday() {
        // Thursday 28.5.2026; one period ended on Monday of the week, one starts next Monday.
        let ended = SeatOccupancy.Booking(startsOn: day(2026, 4, 1), endsOn: day(2026, 5, 25))
        let next = SeatOccupancy.Booking(startsOn: day(2026, 6, 1), endsOn: day(2026, 8, 31))
        let week = SeatOccupancy.thisWeek(capacity: 1, openDays: weekdays, bookings: [ended, next], today: day(2026, 5, 28))
        #expect(week.week.isoString == "2026-W22")
        #expect(week.occupied == 1 && week.free == 0 && week.isFull)
        let before = SeatOccupancy.thisWeek(capacity: 1, openDays: weekdays, bookings: [ended], today: day(2026, 5, 18))
        #expect(before.occupied == 1)
        let after = SeatOccupancy.thisWeek(capacity: 1, openDays: weekdays, bookings: [ended], today: day(2026, 6, 1))
        #expect(after.occupied == 0 && !after.isFull)
    }

    @Test(arguments: [(10, 9, false, 1), (10, 10, true, 0), (10, 12, true, 0), (0, 0, true, 0)])
    func fullAndFree(capacity: Int, occupied: Int, full: Bool, free: Int) {
        let booking = SeatOccupancy.Booking(startsOn: day(2026, 5, 25), endsOn: day(2026, 5, 29))
        let week = SeatOccupancy.thisWeek(capacity: capacity, openDays: weekdays, bookings: Array(repeating: booking, count: occupied),
                                          today: day(2026, 5, 28))
        #expect(week.isFull == full)
        #expect(week.free == free)
    }

    @Test func aPlaceWithNoOpenDaysRecordedCountsWeekdays() {
        let weekend = SeatOccupancy.Booking(startsOn: day(2026, 5, 30), endsOn: day(2026, 5, 31))
        let weekday = SeatOccupancy.Booking(startsOn: day(2026, 5, 29), endsOn: day(2026, 5, 29))
        #expect(SeatOccupancy.thisWeek(capacity: 2, openDays: [], bookings: [weekend, weekday], today: day(2026, 5, 28)).occupied == 1)
    }

    @Test func periodsAreCountedAcrossTheYearEnd() {
        // Ends on Thursday 31.12.2026 (week 53); the next period starts on Monday 4.1.2027 (week 1).
        let ending = SeatOccupancy.Booking(startsOn: day(2026, 10, 1), endsOn: day(2026, 12, 31))
        let starting = SeatOccupancy.Booking(startsOn: day(2027, 1, 4), endsOn: day(2027, 3, 31))
        let weeks = SeatOccupancy.weeks(capacity: 1, openDays: weekdays, bookings: [ending, starting], from: day(2026, 12, 21), count: 3)
        #expect(weeks.map(\.week.description) == ["2026-W52", "2026-W53", "2027-W01"])
        #expect(weeks.map(\.occupied) == [1, 1, 1])
    }
}

struct PlaceMatchingTests {
    private let north = UUID(), south = UUID()

    private func place(_ name: String, municipality: String = "167", area: UUID? = nil, tasks: Set<PlaceTask> = [],
                       support: SupportLevel = .moderate, remote: Bool = false, languages: Set<PlaceLanguage> = [.fi],
                       free: [Int] = [1, 1]) -> PlaceMatching.Candidate {
        .init(id: UUID(), name: name, municipalityCode: municipality, areaID: area ?? north, tasks: tasks, supportLevel: support,
              remotePossible: remote, languages: languages, freeSeats: free)
    }

    private var client: PlaceMatching.ClientProfile {
        .init(municipalityCode: "167", areaID: north, interests: [.wood, .kitchenCatering], supportNeed: .moderate, needsRemote: false, language: .fi)
    }

    @Test func theSameMunicipalityComesBeforeTheSameAreaAndTheAreaBeforeTheRestOfTheCounty() {
        let ranked = PlaceMatching.rank([place("C", municipality: "260", area: south), place("B", municipality: "422"), place("A")], for: client)
        #expect(ranked.map(\.candidate.name) == ["A", "B", "C"])
        #expect(ranked.map { $0.reasons[0] } == [.sameMunicipality, .sameArea, .elsewhereInCounty])
    }

    @Test func interestsAndSupportOutweighDistanceWithinTheArea() {
        let near = place("Near", tasks: [.cleaning], support: .light)
        let fitting = place("Fitting", municipality: "422", tasks: [.wood, .kitchenCatering], support: .moderate)
        let ranked = PlaceMatching.rank([near, fitting], for: client)
        #expect(ranked.map(\.candidate.name) == ["Fitting", "Near"])
        #expect(ranked[0].reasons.contains(.tasksMatch([.kitchenCatering, .wood])))
        #expect(ranked[0].reasons.contains(.supportFits(.moderate)))
        #expect(ranked[1].reasons.contains(.noTaskMatch))
        #expect(ranked[1].reasons.contains(.supportTooLight(.light)))
        #expect(ranked[1].reasons.filter { !$0.isPositive }.count == 2)
    }

    @Test func moreSupportThanNeededFitsButLessThanExact() {
        let exact = PlaceMatching.score(place("A", support: .moderate), for: client)
        let more = PlaceMatching.score(place("B", support: .intensive), for: client)
        #expect(exact.score - more.score == 10)
        #expect(more.reasons.contains(.supportMoreThanNeeded(.intensive)))
    }

    @Test func aClientWhoNeedsRemoteActivityGetsPlacesOfferingIt() {
        var remoteClient = client
        remoteClient.needsRemote = true
        let ranked = PlaceMatching.rank([place("A"), place("B", remote: true)], for: remoteClient)
        #expect(ranked.map(\.candidate.name) == ["B", "A"])
        #expect(ranked[0].reasons.contains(.remotePossible))
        #expect(ranked[1].reasons.contains(.remoteNotPossible))
        // A client who does not need it is not told about it.
        #expect(!PlaceMatching.score(place("A"), for: client).reasons.contains(.remoteNotPossible))
    }

    @Test func freeSeatsNowBeatLaterAndAFullPlaceSinks() {
        let ranked = PlaceMatching.rank([place("Full", free: [0, 0, 0]), place("Later", free: [0, 0, 2]), place("Now", free: [3, 3])], for: client)
        #expect(ranked.map(\.candidate.name) == ["Now", "Later", "Full"])
        #expect(ranked[0].reasons.contains(.freeNow(3)))
        #expect(ranked[1].reasons.contains(.freeLater(weeksAhead: 2)))
        #expect(ranked[2].reasons.contains(.full))
    }

    @Test func aSwedishSpeakingClientGetsPlacesWorkingInSwedish() {
        var swedish = client
        swedish.language = .sv
        let ranked = PlaceMatching.rank([place("A"), place("B", languages: [.fi, .sv])], for: swedish)
        #expect(ranked.map(\.candidate.name) == ["B", "A"])
        #expect(ranked[0].reasons.contains(.language(.sv)))
    }

    @Test func withoutAnAssessmentOnlyPlaceAndSeatsCountAndTiesGoByName() {
        let unknown = PlaceMatching.ClientProfile(municipalityCode: "167", areaID: north, interests: [], supportNeed: nil, needsRemote: false, language: .fi)
        let ranked = PlaceMatching.rank([place("Beta"), place("Alfa")], for: unknown)
        #expect(ranked.map(\.candidate.name) == ["Alfa", "Beta"])
        #expect(ranked[0].reasons == [.sameMunicipality, .freeNow(1)])
        #expect(ranked[0].score == 45)
    }
}

struct PlaceMatchingAccessTests {
    @Test func onlyThoseWhoPlaceClientsMatchPlaces() {
        #expect(Role.allCases.filter(PlaceMatching.matchers.contains) == [.socialWorker, .socialCounsellor, .employmentSpecialist])
    }
}
