import Fluent
import PolkuDomain
import Vapor

/// An ending as a page or the API shows it, with where each follow-up stands today.
struct EndingDTO: Content {
    /// One follow-up point of the ending: when it falls due and whether it was recorded.
    struct FollowUpDue: Content {
        var point: FollowUpPoint
        /// Months after the end, by the organizer's policy in force on the end day (decision 114).
        var monthsAfterEnd: Int
        var dueOn: String
        /// done, due (on or past its day and not recorded) or upcoming.
        var state: String
        var followUpId: FollowUpID?
        var doneOn: String?
    }

    var id: EndingID
    var clientId: ClientID
    var periodId: PeriodID?
    var endedOn: String
    var reason: EndingReason
    var nextPath: NextPath
    var handedOverTo: String?
    var handedOverOn: String?
    var notes: String?
    var authorId: UserID
    var authorName: String?
    var followUps: [FollowUpDue]
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    /// `timings`: the organizer's in force on the end day, whose follow-up points apply.
    init(_ ending: Ending, authorName: String?, followUps: [FollowUp], today: LocalDate, timings: PolicyTimings) throws {
        id = try ending.typedID
        clientId = ending.$client.typedID
        periodId = ending.$period.typedID
        endedOn = ending.endedOn
        reason = ending.reason
        nextPath = ending.nextPath
        handedOverTo = ending.handedOverTo
        handedOverOn = ending.handedOverOn
        notes = ending.notes
        authorId = ending.$author.typedID
        self.authorName = authorName
        let recorded = Dictionary(followUps.map { ($0.point, $0) }, uniquingKeysWith: { a, _ in a })
        let schedule = FollowUpSchedule(endedOn: LocalDate(isoString: ending.endedOn) ?? today, done: Set(recorded.keys), today: today,
                                        timings: timings)
        self.followUps = schedule.items.map {
            FollowUpDue(point: $0.point, monthsAfterEnd: timings.months(of: $0.point), dueOn: $0.dueOn.isoString, state: $0.state.rawValue,
                        followUpId: recorded[$0.point].flatMap { try? $0.typedID }, doneOn: recorded[$0.point]?.doneOn)
        }
        version = ending.version
        createdAt = ending.createdAt
        updatedAt = ending.updatedAt
    }

    var endedDate: String { EndingInput.finnish(endedOn) }
}

/// A follow-up as a page or the API shows it.
struct FollowUpDTO: Content {
    var id: FollowUpID
    var clientId: ClientID
    var endingId: EndingID
    var point: FollowUpPoint
    var doneOn: String
    var situation: NextPath
    var inWorkOrEducation: Bool
    var notes: String?
    var authorId: UserID
    var authorName: String?
    var version: Int
    var createdAt: Date?
    var updatedAt: Date?

    init(_ followUp: FollowUp, authorName: String?) throws {
        id = try followUp.typedID
        clientId = followUp.$client.typedID
        endingId = followUp.$ending.typedID
        point = followUp.point
        doneOn = followUp.doneOn
        situation = followUp.situation
        inWorkOrEducation = followUp.inWorkOrEducation
        notes = followUp.notes
        authorId = followUp.$author.typedID
        self.authorName = authorName
        version = followUp.version
        createdAt = followUp.createdAt
        updatedAt = followUp.updatedAt
    }

    var doneDate: String { EndingInput.finnish(doneOn) }
}

extension Request {
    /// Maps endings for display, with their follow-ups and authors looked up once for all of them.
    func endingViews(_ endings: [Ending]) async throws -> [EndingDTO] {
        let followUps = try await FollowUpStore.all(ofEndings: endings.compactMap(\.id), on: db)
        let byEnding = Dictionary(grouping: followUps) { $0.$ending.id }
        let names = try await UserNames.of(endings.map { $0.$author.id }, on: db)
        let books = try await PolicyBooks.of(clients: endings.map { $0.$client.id }, on: self)
        let today = self.today
        return try endings.map { ending in
            let endedOn = LocalDate(isoString: ending.endedOn) ?? today
            let timings = books(ending.$client.id, endedOn).timings(on: endedOn)
            return try EndingDTO(ending, authorName: names[ending.$author.id], followUps: byEnding[try ending.requireID()] ?? [], today: today,
                                  timings: timings)
        }
    }

    func followUpViews(_ followUps: [FollowUp]) async throws -> [FollowUpDTO] {
        let names = try await UserNames.of(followUps.map { $0.$author.id }, on: db)
        return try followUps.map { try FollowUpDTO($0, authorName: names[$0.$author.id]) }
    }
}
