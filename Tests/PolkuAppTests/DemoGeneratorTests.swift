import Fluent
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTest

/// The generated sizes (`polku demo --size county|country`), scaled down so they build in a moment, keep every rule
/// the app checks: the policy's days and hours, the 24-month maximum and the break, weekdays that match the days,
/// seats never overbooked in any week, evaluations and feedback in their windows, and the unique keys.
final class DemoGeneratorTests: XCTestCase {
    private let today = LocalDateFixture.day(2026, 5, 28)

    private func generate(_ shape: DemoShape, app: Application) throws -> (core: DemoSeeder.DemoData, bulks: [DemoBulk]) {
        let core = try DemoSeeder.build(crypto: app.fieldCrypto, passwordHash: "x", clientCount: 200, today: today)
        let bulks = try DemoGenerator(shape: shape, core: core, crypto: app.fieldCrypto, passwordHash: "x", today: today,
                                      progress: .silent).buildAll()
        return (core, bulks)
    }

    func testAScaledDownCountyKeepsEveryRuleOverFiveYears() async throws {
        try await withApp { app, _ in
            // setup / act
            let shape = DemoShape.county.scaled(0.05)
            let (core, bulks) = try self.generate(shape, app: app)
            XCTAssertEqual(bulks.count, 1, "one organizer: the demo county")
            let bulk = bulks[0]

            // check
            try self.checkRules(core: core, bulk: bulk)
            let active = self.activeNow(bulk)
            XCTAssertEqual(Double(active.total), Double(shape.activeClients), accuracy: Double(shape.activeClients) * 0.35,
                           "active now: \(active)")
            XCTAssertGreaterThan(active.inPeriod, active.waiting, "most active clients are in a period")
            XCTAssertGreaterThan(active.waiting, 0, "some wait in a queue")
            XCTAssertGreaterThan(active.referred, 0, "some are being referred or assessed")
            let years = Set(bulk.periods.map { $0.startsOn.prefix(4) })
            XCTAssertGreaterThanOrEqual(years.count, 5, "periods in every year of the history: \(years.sorted())")
            XCTAssertTrue(bulk.referrals.contains { $0.isReturn }, "returns to the service")
            XCTAssertTrue(bulk.referrals.contains { $0.state == .returned })
            XCTAssertTrue(bulk.queueEntries.contains { $0.state == .withdrawn })
            XCTAssertTrue(bulk.visits.contains { $0.outcome == .notSuitable })
            XCTAssertTrue(bulk.planVersions.contains { $0.number > 1 }, "amended plans")
            XCTAssertTrue(bulk.periods.contains { $0.recorded == .open && $0.startsOn > "2026-05-28" })
            XCTAssertEqual(Set(bulk.followUps.map(\.point)), Set(FollowUpPoint.allCases))
            XCTAssertTrue(bulk.evaluations.contains { $0.kind == .final } && bulk.feedback.contains { $0.form == .place })

            // The coach login's provider grew, and the social worker login has a caseload as a responsible worker.
            let ekotori = core.organizations.providers[DemoCatalog.ekotori].id!
            XCTAssertEqual(bulk.places.filter { $0.$provider.id == ekotori }.count, 3)
            let socialWorker = core.users.first { $0.email == "social.worker@demo.polku.fi" }!.id!
            XCTAssertTrue(bulk.team.contains { $0.$user.id == socialWorker && $0.isResponsible })

            // The same every time.
            let again = try self.generate(shape, app: app).bulks[0]
            XCTAssertEqual(again.periods.map(\.id), bulk.periods.map(\.id))
            XCTAssertEqual(again.evaluations.map(\.evaluatedOn), bulk.evaluations.map(\.evaluatedOn))
        }
    }

    func testAScaledDownCountryHasEveryOrganizerWithItsOwnPeopleAndRules() async throws {
        try await withApp { app, _ in
            let (core, bulks) = try self.generate(DemoShape.country.scaled(0.004), app: app)
            XCTAssertEqual(bulks.count, 1 + DemoCountryCatalog.organizers.count)
            var emails = Set(core.users.map(\.email))
            var lookups = Set(core.clients.map(\.picLookup))
            for bulk in bulks {
                try self.checkRules(core: core, bulk: bulk)
                for user in bulk.users { XCTAssertTrue(emails.insert(user.email).inserted, "unique e-mail \(user.email)") }
                for client in bulk.clients { XCTAssertTrue(lookups.insert(client.picLookup).inserted, "unique identity code") }
            }
            // Each organizer's clients live in its own municipalities.
            for bulk in bulks.dropFirst() {
                let codes = Set(bulk.organizations.flatMap { $0 }.filter { $0.kind == .municipality }.compactMap(\.municipalityCode))
                XCTAssertTrue(bulk.clients.allSatisfy { codes.contains($0.municipalityCode) })
            }
        }
    }

    func testUnknownSizesAreRefusedWithTheKnownOnes() throws {
        XCTAssertEqual(try DemoSize.parse("County"), .county)
        XCTAssertThrowsError(try DemoSize.parse("huge")) { error in
            XCTAssertTrue("\(error)".contains("small, county, country"), "\(error)")
        }
        XCTAssertNil(DemoSize.small.shape, "small is the hand-made demo alone")
    }

    // MARK: - Checks

    private struct Active: CustomStringConvertible {
        var inPeriod = 0, waiting = 0, referred = 0
        var total: Int { inPeriod + waiting + referred }
        var description: String { "\(inPeriod) in a period, \(waiting) waiting, \(referred) referred or assessed" }
    }

    /// Clients active on the last day: in a period, else waiting in a queue, else with a referral under way.
    private func activeNow(_ bulk: DemoBulk) -> Active {
        var active = Active()
        let inPeriod = Set(bulk.periods.filter { $0.recorded == .open && $0.endsOn >= today.isoString }.map { $0.$client.id })
        let waiting = Set(bulk.queueEntries.filter { $0.state == .waiting }.map { $0.$client.id }).subtracting(inPeriod)
        let recent = today.adding(days: -60).isoString
        let referred = Set(bulk.referrals.filter { $0.state.isOpen || ($0.state == .accepted && ($0.decidedOn ?? "") >= recent) }
            .map { $0.$client.id }).subtracting(inPeriod).subtracting(waiting)
        active.inPeriod = inPeriod.count
        active.waiting = waiting.count
        active.referred = referred.count
        return active
    }

    private func checkRules(core: DemoSeeder.DemoData, bulk: DemoBulk, file: StaticString = #filePath, line: UInt = #line) throws {
        let todayText = today.isoString
        let organizers = bulk.organizations.flatMap { $0 }.filter { $0.kind == .county }
        let organizer = organizers.first?.id ?? core.organizations.county.id!
        let book = PolicyBook(([core.policy] + bulk.policies).filter { $0.$organizer.id == organizer }.map(\.policy))
        let places = Dictionary(uniqueKeysWithValues: bulk.places.map { ($0.id!, $0) })
        let decisions = Dictionary(uniqueKeysWithValues: bulk.decisions.map { ($0.id!, $0) })
        let periods = Dictionary(uniqueKeysWithValues: bulk.periods.map { ($0.id!, $0) })

        // Decisions: the policy's days and hours, weekdays as many as the days and among the place's open days.
        for decision in bulk.decisions {
            let start = LocalDate(isoString: decision.startsOn)!
            XCTAssertEqual(PolicyRules.check(Schedule(daysPerWeek: decision.daysPerWeek, minutesPerDay: decision.minutesPerDay),
                                             on: start, book: book), [], file: file, line: line)
            let days = Weekday.days(stored: decision.weekdays)
            XCTAssertTrue(days.isEmpty || days.count == decision.daysPerWeek, "weekdays match the days", file: file, line: line)
            XCTAssertTrue(Set(days).isSubset(of: Set(places[decision.$place.id]!.weekdays)), "on open days", file: file, line: line)
            XCTAssertLessThanOrEqual(decision.decidedOn, decision.startsOn, file: file, line: line)
            XCTAssertLessThanOrEqual(decision.decidedOn, todayText, file: file, line: line)
        }
        for version in bulk.planVersions {
            XCTAssertEqual(PolicyRules.check(Schedule(daysPerWeek: version.daysPerWeek, minutesPerDay: version.minutesPerDay),
                                             on: LocalDate(isoString: version.madeOn)!, book: book), [], file: file, line: line)
        }
        let numbers = Dictionary(grouping: bulk.planVersions, by: { $0.$plan.id }).mapValues { $0.map(\.number) }
        for plan in bulk.plans {
            XCTAssertEqual(numbers[plan.id!]?.sorted(), Array(1...plan.currentNumber), "versions 1…n", file: file, line: line)
        }

        // Periods: each checked against the ones before it as the decision form checks it (24 months, then a break).
        for (_, own) in Dictionary(grouping: bulk.periods, by: { $0.$client.id }) {
            let sorted = own.sorted { $0.startsOn < $1.startsOn }
            for (index, period) in sorted.enumerated() {
                let decision = decisions[period.$decision.id!]!
                XCTAssertEqual(decision.startsOn, period.startsOn, file: file, line: line)
                XCTAssertLessThanOrEqual(period.endsOn, decision.endsOn, "an ending only shortens", file: file, line: line)
                let previous = sorted[..<index].map { DateRange(start: LocalDate(isoString: $0.startsOn)!, end: LocalDate(isoString: $0.endsOn)!) }
                XCTAssertEqual(PolicyRules.checkPeriod(startsOn: LocalDate(isoString: decision.startsOn)!, endsOn: LocalDate(isoString: decision.endsOn)!,
                                                       previousPeriods: previous, book: book), [], "\(sorted.map(\.startsOn))", file: file, line: line)
                if index > 0 { XCTAssertGreaterThan(period.startsOn, sorted[index - 1].endsOn, "no overlap", file: file, line: line) }
                XCTAssertEqual(period.state(on: LocalDate(isoString: todayText)!) == .planned, period.startsOn > todayText, file: file, line: line)
            }
        }

        // Seats: no ISO week has more clients at a place than it has seats, in any year.
        var perWeek: [UUID: [LocalDate: Int]] = [:]
        for period in bulk.periods where period.recorded != .interrupted {
            var monday = ISOWeek(containing: LocalDate(isoString: period.startsOn)!).monday
            let end = LocalDate(isoString: period.endsOn)!
            while monday <= end {
                perWeek[period.$place.id, default: [:]][monday, default: 0] += 1
                monday = monday.adding(days: 7)
            }
        }
        for (place, weeks) in perWeek {
            XCTAssertLessThanOrEqual(weeks.values.max() ?? 0, places[place]!.capacity, "seats at \(places[place]!.name)", file: file, line: line)
        }

        // Endings close their periods; follow-ups only once due.
        let endedPeriods = Set(bulk.periods.filter { $0.recorded == .ended }.compactMap(\.id))
        XCTAssertEqual(Set(bulk.endings.compactMap { $0.$period.id }), endedPeriods, file: file, line: line)
        let endings = Dictionary(uniqueKeysWithValues: bulk.endings.map { ($0.id!, $0) })
        for ending in bulk.endings { XCTAssertEqual(periods[ending.$period.id!]!.endsOn, ending.endedOn, file: file, line: line) }
        for followUp in bulk.followUps {
            let endedOn = LocalDate(isoString: endings[followUp.$ending.id]!.endedOn)!
            let due = followUp.point.dueOn(afterEndOn: endedOn, timings: book.timings(on: endedOn))
            XCTAssertTrue(due.isoString <= followUp.doneOn && followUp.doneOn <= todayText, file: file, line: line)
        }

        // Evaluations in their windows; feedback while it is open.
        for evaluation in bulk.evaluations {
            let period = periods[evaluation.$period.id]!
            let start = LocalDate(isoString: period.startsOn)!, end = LocalDate(isoString: period.endsOn)!
            let timings = book.timings(on: start)
            let from = evaluation.kind == .interim ? EvaluationSchedule.interimDueFrom(startsOn: start, endsOn: end, timings: timings)
                                                   : EvaluationSchedule.finalDueFrom(endsOn: end, timings: timings)
            XCTAssertTrue(from.isoString <= evaluation.evaluatedOn && evaluation.evaluatedOn <= todayText, file: file, line: line)
        }
        for answer in bulk.feedback {
            let period = periods[answer.$period.id]!
            let closes = FeedbackWindow.closesOn(endsOn: LocalDate(isoString: period.endsOn)!,
                                                 timings: book.timings(on: LocalDate(isoString: period.startsOn)!)).isoString
            XCTAssertTrue(period.startsOn <= answer.givenOn && answer.givenOn <= closes && answer.givenOn <= todayText, file: file, line: line)
        }

        // Referrals, queues and visits as their forms leave them.
        for referral in bulk.referrals {
            XCTAssertEqual(referral.decidedOn == nil, referral.state == .received, file: file, line: line)
            XCTAssertTrue(referral.decidedOn.map { referral.receivedOn <= $0 && $0 <= todayText } ?? true, file: file, line: line)
            XCTAssertTrue(referral.state != .returned || referral.decisionNote != nil, file: file, line: line)
        }
        for entry in bulk.queueEntries {
            XCTAssertEqual(entry.openKey != nil, entry.state == .waiting, file: file, line: line)
            XCTAssertTrue(entry.closedOn.map { entry.queuedOn <= $0 && $0 <= todayText } ?? true, file: file, line: line)
            if entry.state == .placed {
                let decision = decisions[entry.$decision.id!]!
                XCTAssertEqual(decision.$place.id, entry.$place.id, file: file, line: line)
                XCTAssertEqual(decision.$client.id, entry.$client.id, file: file, line: line)
            }
        }
        let waiting = bulk.queueEntries.filter { $0.state == .waiting }
        XCTAssertEqual(Set(waiting.map { $0.$client.id }).count, waiting.count, "one open queue entry per client", file: file, line: line)
        for visit in bulk.visits {
            XCTAssertTrue(visit.outcome == nil || visit.visitOn <= todayText, file: file, line: line)
            XCTAssertTrue(visit.outcome != .notSuitable || visit.outcomeReason != nil, file: file, line: line)
        }

        // The database's unique keys.
        func unique<T: Hashable>(_ values: [T], _ what: String) {
            XCTAssertEqual(Set(values).count, values.count, what, file: file, line: line)
        }
        unique(bulk.evaluations.map { "\($0.$period.id) \($0.kind) \($0.perspective)" }, "evaluation per period, kind, perspective")
        unique(bulk.feedback.map { "\($0.$period.id) \($0.form)" }, "feedback per period and form")
        unique(bulk.followUps.map { "\($0.$ending.id) \($0.point)" }, "follow-up per ending and point")
        unique(bulk.notices.map { $0.$period.id }, "notice per period")
        unique(bulk.achievements.map(\.id) + core.achievements.map(\.id), "achievement ids")
        unique(bulk.placeTasks.map { "\($0.$place.id) \($0.task)" }, "task per place")
        unique(bulk.providerContractPlaces.map { "\($0.$contract.id) \($0.$place.id)" }, "place per contract")
        unique(bulk.clients.map(\.picLookup) + core.clients.map(\.picLookup), "identity codes")
        unique(bulk.users.map(\.email) + core.users.map(\.email), "e-mails")

        // Who wrote what: decisions by social workers, coaches' evaluations by a coach of the place's provider.
        let users = Dictionary(uniqueKeysWithValues: (bulk.users + core.users).map { ($0.id!, $0) })
        XCTAssertTrue(bulk.decisions.allSatisfy { users[$0.$decisionMaker.id]?.role == .socialWorker }, file: file, line: line)
        for evaluation in bulk.evaluations where evaluation.perspective == .workCoach {
            let place = places[periods[evaluation.$period.id]!.$place.id]!
            XCTAssertEqual(users[evaluation.$author.id]?.$organization.id, place.$provider.id, file: file, line: line)
        }
        // Trainings and certificates (issue 13 item 9): of a period of their own client that had begun by the day gained,
        // recorded by a coach of the place's provider or a worker, never gained after today.
        XCTAssertFalse(bulk.achievements.isEmpty, "some clients gained something", file: file, line: line)
        for achievement in bulk.achievements {
            let period = periods[achievement.$period.id!]!
            XCTAssertEqual(period.$client.id, achievement.$client.id, file: file, line: line)
            XCTAssertTrue(period.startsOn <= achievement.gainedOn && achievement.gainedOn <= todayText, file: file, line: line)
            let author = users[achievement.$author.id]
            XCTAssertTrue(author?.role == .workCoach ? author?.$organization.id == places[period.$place.id]!.$provider.id
                          : Action.Achievement.write.isGranted(to: author!.role), file: file, line: line)
        }
    }
}
