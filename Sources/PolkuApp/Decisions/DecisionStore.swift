import Fluent
import PolkuDomain
import Vapor

/// Making a decision starts its period and writes its contract, in one transaction, after the
/// schedule and the dates pass the organizer's rules in force on the start (the continuous maximum
/// and the break after it included). A breach is a 409 naming the rule.
enum DecisionStore {
    /// What the organizer's rules and the stored records judge: the dates, the place and the schedule.
    struct Terms {
        var decidedOn: LocalDate
        var startsOn: LocalDate
        var endsOn: LocalDate?
        var place: WorkActivityPlace
        var schedule: Schedule
        var weekdays: [Weekday]
        var hasLateReason: Bool
        var hasEligibilityConfirmation: Bool
    }

    /// The rules' findings, and when there are none, the organizer and its policy and the period's last day.
    struct Judgement {
        var problems: [FieldProblem]
        var organizer: Organization?
        var policy: Policy?
        var endsOn: LocalDate?
    }

    /// The first day of the period a change decision moved to `terms`' place from `terms`' first day, if there is
    /// one: the new decision continues it (decision 228).
    private static func changedPeriodStart(continuedBy terms: Terms, clientID: UUID, on db: any Database) async throws -> LocalDate? {
        let change = try await PathDecision.query(of: clientID, on: db).filter(\.$kind == .change)
            .filter(\.$place.$id == terms.place.requireID()).filter(\.$effectiveOn == terms.startsOn.isoString).first()
        guard let changed = change?.$decision.id, let decision = try await Decision.find(changed, on: db) else { return nil }
        return LocalDate(isoString: decision.startsOn)
    }

    /// The organizer serving the client on the decision day decides, by its own rules in force that day (decisions
    /// 120, 123); its policy on the first day, the periods stored, the plan and the assessment's flags judge the terms.
    static func rules(_ terms: Terms, for client: Client, on req: Request) async throws -> Judgement {
        let clientID = try client.requireID()
        let organizer = try await Organizer.of(client, on: terms.decidedOn, db: req.db)
        var book = PolicyBook([])
        if let organizerID = organizer?.id { book = try await PolicyRecord.book(for: organizerID, on: req.db) }
        guard let policy = book.policy(on: terms.startsOn) else {
            return Judgement(problems: [PolicyViolation.noPolicyInForce(on: terms.startsOn).problem], organizer: organizer)
        }
        let ends = terms.endsOn ?? policy.usualEnd(of: terms.startsOn)
        let previous = try await Period.query(on: req.db).filter(\.$client.$id == clientID).all().compactMap(\.dateRange)
        let violations = PolicyRules.check(terms.schedule, on: terms.startsOn, book: book)
            + PolicyRules.checkPeriod(startsOn: terms.startsOn, endsOn: ends, previousPeriods: previous, book: book,
                                      minimumCountsFrom: try await changedPeriodStart(continuedBy: terms, clientID: clientID, on: req.db))
        let assessment = try await Assessment.query(on: req.db).filter(\.$client.$id == clientID).sort(\.$assessedOn, .descending).first()
        let hasPlan = try await PlanVersion.query(on: req.db).join(Plan.self, on: \PlanVersion.$plan.$id == \Plan.$id)
            .filter(Plan.self, \.$client.$id == clientID).filter(\.$madeOn <= terms.decidedOn.isoString).first() != nil
        let conflicts = DecisionRules.check(startsOn: terms.startsOn, endsOn: ends, daysPerWeek: terms.schedule.daysPerWeek,
                                            weekdays: terms.weekdays, placeOpenDays: Set(terms.place.weekdays), otherPeriods: previous,
                                            hasPlan: hasPlan, decidedOn: terms.decidedOn, hasLateReason: terms.hasLateReason,
                                            eligibilityFlags: Set(assessment?.eligibilityFlagCodes ?? []),
                                            hasEligibilityConfirmation: terms.hasEligibilityConfirmation)
        return Judgement(problems: violations.map(\.problem) + conflicts.map { $0.problem(req.texts) }, organizer: organizer,
                         policy: policy, endsOn: ends)
    }

    static func create(_ valid: DecisionInput.Valid, for client: Client, by user: User, on req: Request) async throws -> Decision {
        let clientID = try client.requireID()
        // Judged again at the save, so that nothing stored in between slips past.
        let judgement = try await rules(Terms(decidedOn: valid.decidedOn, startsOn: valid.startsOn, endsOn: valid.endsOn, place: valid.place,
                                              schedule: valid.schedule, weekdays: valid.weekdays, hasLateReason: valid.lateReason != nil,
                                              hasEligibilityConfirmation: valid.eligibilityConfirmation != nil), for: client, on: req)
        guard judgement.problems.isEmpty, let policy = judgement.policy, let ends = judgement.endsOn else {
            throw ValidationFailure(judgement.problems, status: .conflict)
        }
        let organizer = judgement.organizer
        let language = Language(rawValue: client.language) ?? .fi
        let texts = Texts(language: language)
        let documents = try await OrganizerDocumentStore.texts(of: organizer?.id, on: valid.decidedOn, in: language, db: req.db)
        let today = req.today
        let organizerID = organizer?.id
        // The decision, its period and contract, the queue entry it closes and the audit event commit together.
        return try await req.auditedChange(.decisionCreate) { tx in
            let decision = Decision()
            decision.$client.id = clientID
            decision.$decisionMaker.id = try user.requireID()
            decision.decidedOn = valid.decidedOn.isoString
            decision.startsOn = valid.startsOn.isoString
            decision.endsOn = ends.isoString
            decision.$place.id = try valid.place.requireID()
            decision.daysPerWeek = valid.schedule.daysPerWeek
            decision.minutesPerDay = valid.schedule.minutesPerDay
            decision.weekdays = Weekday.stored(valid.weekdays)
            decision.appealInstructions = valid.appealInstructions ?? documents[.appealInstructions]!
            decision.lateReason = valid.lateReason
            decision.eligibilityConfirmation = valid.eligibilityConfirmation
            // The administrative decision (decisions 200–203): its case number from the organizer's counter in this
            // transaction, how it is notified, the legal basis in force on its day and the maker's title.
            if let organizerID {
                decision.caseNumber = try await CaseNumberStore.next(organizerID: organizerID, year: valid.decidedOn.year, on: tx)
            }
            decision.notification = valid.notification.rawValue
            decision.legalBasis = documents[.legalBasis]
            decision.decisionMakerTitle = user.title.flatMap { $0.isEmpty ? nil : $0 }
            decision.version = 1
            try await decision.create(on: tx)
            let period = Period(clientID: clientID, placeID: try valid.place.requireID(), startsOn: valid.startsOn.isoString,
                                endsOn: ends.isoString)
            period.$decision.id = decision.id
            try await period.create(on: tx)
            let contract = Contract()
            contract.$period.id = try period.requireID()
            contract.$client.id = clientID
            contract.tasks = valid.tasks
            contract.goals = valid.goals
            contract.travel = valid.travel ?? policy.travelRules
            contract.insurance = documents[.insurance]!
            contract.providerInstructions = documents[.providerInstructions]
            contract.confidentiality = texts[.contractConfidentialityDefault]
            contract.compensationCentsPerDay = policy.compensationCentsPerDay
            contract.version = 1
            try await contract.create(on: tx)
            try await QueueStore.place(clientID: clientID, placeID: try valid.place.requireID(), decisionID: try decision.requireID(), on: today, db: tx)
            return (decision, [clientID])
        }
    }
}
