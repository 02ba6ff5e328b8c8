import Foundation
import PolkuDomain

/// The records of `DemoHistory`, each filled as the app's own forms fill it, by a user whose role may write it.
extension DemoHistory {
    mutating func makeReferral(_ c: Int, receivedOn: LocalDate) -> Referral {
        let state = clients[c]
        let code = state.client.municipalityCode
        let referral = Referral()
        referral.id = ids.uuid()
        referral.$client.id = state.client.id!
        // Employment services, the county's adult social work, or the area's own worker, as in seed 003.
        let roll = random.int(in: 0...9)
        if roll < 4 {
            let office = unit.employmentServices(of: code)
            referral.$referrerOrganization.id = office.id!
            referral.$referrerUser.id = random.chance(0.7) ? staff.employmentSpecialists[office.id!].map { random.pick($0).id } ?? nil : nil
        } else if roll < 6 {
            referral.$referrerOrganization.id = unit.county.id!
            referral.$referrerUser.id = random.pick(staff.countyWorkers.isEmpty ? staff.workers(inArea: state.area) : staff.countyWorkers).id
        } else {
            referral.$referrerOrganization.id = unit.areas[state.area].id!
            referral.$referrerUser.id = random.pick(staff.workers(inArea: state.area)).id
        }
        referral.$organizer.id = unit.county.id!
        referral.reason = random.pick(DemoReferrals.reasons)
        referral.urgency = random.chance(0.15) ? .urgent : .normal
        referral.source = .demo(referralID: referral.id!, employmentServices: roll < 4)
        referral.consentToShare = random.chance(0.85)
        referral.state = .received
        referral.receivedOn = receivedOn.isoString
        // A client with an accepted referral before comes back to the service (`ReferralStore.isReturn`).
        referral.isReturn = state.hadAccepted
        referral.version = 1
        out.referrals.append(referral)
        return referral
    }

    /// The responsible worker from the client's area, and for some an employment specialist in the team.
    mutating func assignTeam(_ c: Int) {
        let worker = random.pick(staff.workers(inArea: clients[c].area))
        clients[c].responsible = worker
        out.team.append(member(c, user: worker, role: worker.role == .socialCounsellor ? .socialCounsellor : .socialWorker, responsible: true))
        let office = unit.employmentServices(of: clients[c].client.municipalityCode)
        if random.chance(0.25), let specialist = staff.employmentSpecialists[office.id!].map({ random.pick($0) }) {
            out.team.append(member(c, user: specialist, role: .employmentSpecialist, responsible: false))
        }
    }

    private mutating func member(_ c: Int, user: User, role: TeamRole, responsible: Bool) -> TeamMember {
        let member = TeamMember()
        member.id = ids.uuid()
        member.$client.id = clients[c].client.id!
        member.$user.id = user.id
        member.name = user.name
        member.role = role
        member.$organization.id = user.$organization.id
        member.organizationName = ""
        member.contact = user.email
        member.isResponsible = responsible
        member.version = 1
        return member
    }

    mutating func makeAssessment(_ c: Int, on day: LocalDate, elsewhere: Bool) {
        let assessment = Assessment()
        assessment.id = ids.uuid()
        assessment.$client.id = clients[c].client.id!
        assessment.$author.id = (clients[c].responsible ?? random.pick(staff.workers(inArea: clients[c].area))).id!
        assessment.version = 1
        assessment.assessedOn = day.isoString
        assessment.needs = random.pick(DemoAssessments.needs)
        assessment.supportAndGuidance = random.pick(DemoAssessments.support)
        var others: Set<OtherServiceNeed> = []
        for _ in 0..<random.int(in: 0...2) { others.insert(random.pick(OtherServiceNeed.allCases)) }
        assessment.otherServices = Assessment.stored(others)
        assessment.otherServicesNote = others.isEmpty ? nil : random.pick(DemoAssessments.otherNotes)
        if elsewhere {
            let other = random.pick(DemoAssessments.elsewhere)
            assessment.conclusion = other.conclusion
            assessment.conclusionNote = other.note
        } else {
            assessment.conclusion = .rehabilitativeWorkActivity
        }
        assessment.interests = CodeList.stored(clients[c].interests)
        assessment.supportNeed = random.chance(0.9) ? random.pick([SupportLevel.light, .moderate, .moderate, .intensive]).rawValue : nil
        assessment.needsRemote = random.chance(0.1)
        assessment.needsSpecialSupport = false  // the demo's teams were named before the rule (decision 110)
        assessment.eligibilityFlags = ""
        out.assessments.append(assessment)
    }

    /// The first version of the client's plan, or an amendment of it (a return, a continuation).
    mutating func makePlanVersion(_ c: Int, on day: LocalDate, reason: String?) {
        let state = clients[c]
        let plan: Plan
        if let existing = state.plan {
            plan = existing
            plan.currentNumber += 1
        } else {
            plan = Plan(clientID: state.client.id!, kind: random.chance(0.35) ? .multisectoralEmploymentPlan : .activationPlan)
            plan.id = ids.uuid()
            out.plans.append(plan)
        }
        let version = PlanVersion()
        version.id = ids.uuid()
        version.$plan.id = plan.id!
        version.number = plan.currentNumber
        // An amendment is never dated before the version it amends.
        version.madeOn = max(day, state.latest.flatMap { LocalDate(isoString: $0.madeOn) } ?? day).isoString
        version.$author.id = (state.responsible ?? random.pick(staff.workers(inArea: state.area))).id!
        let office = unit.employmentServices(of: state.client.municipalityCode)
        let specialist = staff.employmentSpecialists[office.id!].map { random.pick($0) }
        version.employmentParticipant = specialist.map { "\($0.name), \(office.name)" } ?? office.name
        version.clientParticipated = random.chance(0.95)
        version.goalsJSON = state.latest?.goalsJSON ?? Self.goalsJSON[random.int(in: 0...(Self.goalsJSON.count - 1))]
        version.supportAndGuidance = random.pick(DemoAssessments.support)
        // Days a week by the rules (1–4), most often 2–3; hours 4–6 a day, so never over 32 hours a week.
        let previous = state.latest?.daysPerWeek
        version.daysPerWeek = previous.map { min(4, max(1, $0 + (reason != nil && random.chance(0.5) ? 1 : 0))) }
            ?? [1, 2, 2, 3, 3, 3, 4, 4][random.int(in: 0...7)]
        version.minutesPerDay = state.latest?.minutesPerDay ?? random.pick([240, 270, 300, 330, 360])
        version.nextStepPlan = random.pick(DemoPlans.nextSteps)
        version.amendmentReason = reason
        plan.version = plan.currentNumber
        out.planVersions.append(version)
        clients[c].plan = plan
        clients[c].latest = version
    }

    /// One or two of the demo's goal-attainment scales, encoded once; of two, one may weigh more (decision 129).
    static let goalsJSON: [String] = {
        let goals = DemoPlans.goals
        func weighing(_ goal: PlanGoal, _ weight: Int) -> PlanGoal { var goal = goal; goal.weight = weight; return goal }
        let sets = [[goals[0]], [goals[1]], [goals[2]], [goals[0], weighing(goals[1], 2)], [weighing(goals[1], 3), goals[2]]]
        return sets.map { String(decoding: try! JSONEncoder().encode($0), as: UTF8.self) }
    }()

    mutating func makeQueueEntry(_ c: Int, place: Int, on day: LocalDate) -> QueueEntry {
        let entry = QueueEntry()
        entry.id = ids.uuid()
        entry.$client.id = clients[c].client.id!
        entry.$place.id = unit.places[place].id!
        entry.queuedOn = day.isoString
        // Office hours in Helsinki (UTC+2/+3): 6–13 UTC.
        entry.queuedAt = Self.instant(day, secondsUTC: random.int(in: 6 * 3600...13 * 3600))
        entry.isUrgent = random.chance(0.1)
        entry.reason = random.pick(DemoPlacement.reasons)
        entry.state = .waiting
        entry.openKey = QueueEntry.openKey(client: clients[c].client.id!, place: unit.places[place].id!)
        entry.$author.id = (clients[c].responsible ?? random.pick(staff.workers(inArea: clients[c].area))).id!
        entry.version = 1
        out.queueEntries.append(entry)
        return entry
    }

    private static func instant(_ day: LocalDate, secondsUTC: Int) -> Date {
        // Days since 1970-01-01, which LocalDate counts from too.
        let epoch = LocalDate(year: 1970, month: 1, day: 1)!
        return Date(timeIntervalSince1970: Double(epoch.days(until: day) * 86_400 + secondsUTC))
    }

    mutating func makeVisit(_ c: Int, place: Int, on day: LocalDate, outcome: VisitOutcome?) {
        let visit = FamiliarizationVisit()
        visit.id = ids.uuid()
        visit.$client.id = clients[c].client.id!
        visit.$place.id = unit.places[place].id!
        visit.visitOn = day.isoString
        visit.timeOfDay = random.pick(["9.00", "9.30", "10.00", "12.30", "13.00"])
        let worker = clients[c].responsible ?? random.pick(staff.workers(inArea: clients[c].area))
        visit.accompaniedBy = random.chance(0.6) ? "\(worker.name) (omatyöntekijä)" : random.pick(Array(DemoPlacement.companions.suffix(3)))
        visit.outcome = day <= today ? outcome : nil
        if visit.outcome == .notSuitable { visit.outcomeReason = random.pick(DemoPlacement.unsuitable) }
        visit.notes = visit.outcome == .wentWell && random.chance(0.4) ? random.pick(DemoPlacement.notes) : nil
        visit.$author.id = worker.id!
        visit.version = 1
        out.visits.append(visit)
    }

    /// A period with its decision, contract and, at the county's own workshops, the notice to the shop steward.
    mutating func makePeriod(_ c: Int, place: Int, start: LocalDate, plannedEnd: LocalDate, end: LocalDate, status: PeriodStatus,
                             decidedOn: LocalDate) -> (Period, Decision) {
        let state = clients[c]
        let placeRecord = unit.places[place]
        let open = placeRecord.weekdays
        let days = min(open.count, state.latest?.daysPerWeek ?? 2)
        let decision = Decision()
        decision.id = ids.uuid()
        decision.$client.id = state.client.id!
        let deciders = staff.workers(inArea: state.area).filter { $0.role == .socialWorker }
        decision.$decisionMaker.id = (deciders.isEmpty ? random.pick(staff.countyWorkers) : random.pick(deciders)).id!
        decision.decidedOn = decidedOn.isoString
        decision.startsOn = start.isoString
        decision.endsOn = plannedEnd.isoString
        decision.$place.id = placeRecord.id!
        decision.daysPerWeek = days
        decision.minutesPerDay = state.latest?.minutesPerDay ?? 300
        // Most decisions name the client's days among the place's open days; some leave them to be agreed there.
        if random.chance(0.8) {
            var chosen = open
            random.shuffle(&chosen)
            decision.weekdays = Weekday.stored(Array(chosen.prefix(days)).sorted { $0.rawValue < $1.rawValue })
        } else {
            decision.weekdays = ""
        }
        // The demo county prints its own texts (decision 123); the generated organizers have none, so the built-in ones.
        decision.appealInstructions = unit.isDemoCounty ? DemoOrganizerDocuments.countyText(.appealInstructions, on: decision.decidedOn) : Self.appeal
        decision.version = 1
        out.decisions.append(decision)

        let period = Period(clientID: state.client.id!, placeID: placeRecord.id!, startsOn: start.isoString, endsOn: end.isoString, intended: status)
        period.id = ids.uuid()
        period.$decision.id = decision.id
        out.periods.append(period)

        let contract = Contract()
        contract.id = ids.uuid()
        contract.$period.id = period.id!
        contract.$client.id = state.client.id!
        contract.tasks = "Työtoimintapaikan tehtävät työvalmentajan ohjauksessa."
        contract.goals = "Päivärytmin vakiintuminen ja työelämätaitojen vahvistuminen."
        contract.travel = DemoCatalog.travelRules
        contract.insurance = unit.isDemoCounty ? DemoOrganizerDocuments.countyText(.insurance, on: decision.decidedOn) : Self.insurance
        if unit.isDemoCounty { contract.providerInstructions = DemoOrganizerDocuments.countyText(.providerInstructions, on: decision.decidedOn) }
        contract.confidentiality = Self.confidentiality
        contract.compensationCentsPerDay = policy.compensationCentsPerDay
        contract.clientAcceptedOn = decision.decidedOn
        // A planned period's contract may still wait for the place's and the organizer's acceptance.
        if status != .planned || random.chance(0.5) {
            contract.placeAcceptedOn = decision.decidedOn
            contract.placeAcceptedBy = "Työvalmentaja"
            contract.organizerAcceptedOn = decision.decidedOn
            contract.organizerAcceptedBy = staff.workers(inArea: state.area).first { $0.id == decision.$decisionMaker.id }?.name
                ?? staff.countyWorkers.first?.name ?? "Sosiaalityöntekijä"
        }
        contract.version = 1
        out.contracts.append(contract)

        // Own production: the shop steward is told before the start; a few are late or still missing.
        if ownProduction.contains(placeRecord.$provider.id) {
            let roll = random.int(in: 0...99)
            let notifiedOn = roll < 3 ? start.adding(days: random.int(in: 1...10)) : start.adding(days: -random.int(in: 3...10))
            if roll >= 1, notifiedOn <= today {
                let notice = ShopStewardNoticeRecord()
                notice.id = ids.uuid()
                notice.$client.id = state.client.id!
                notice.$period.id = period.id!
                notice.$author.id = (state.responsible ?? random.pick(staff.workers(inArea: state.area))).id!
                notice.notifiedOn = notifiedOn.isoString
                notice.recipient = random.pick(DemoPlacement.stewards)
                notice.version = 1
                out.notices.append(notice)
            }
        }
        return (period, decision)
    }

    private static let appeal: String = Texts(language: .fi)[.decisionAppealDefault]
    private static let insurance: String = Texts(language: .fi)[.contractInsuranceDefault]
    private static let confidentiality: String = Texts(language: .fi)[.contractConfidentialityDefault]

    /// The ending of a run, by its responsible worker, with the follow-ups already due (most of them done).
    mutating func makeEnding(_ c: Int, period: Period, endedOn: LocalDate,
                             path: (reason: EndingReason, next: [NextPath], weight: Int, early: Bool)) {
        let author = clients[c].responsible ?? random.pick(staff.workers(inArea: clients[c].area))
        let ending = Ending()
        ending.id = ids.uuid()
        ending.$client.id = clients[c].client.id!
        ending.$period.id = period.id
        ending.$author.id = author.id!
        ending.version = 1
        ending.endedOn = endedOn.isoString
        ending.reason = path.reason
        ending.nextPath = random.pick(path.next)
        if let to = DemoEndings.receivers[ending.nextPath] {
            ending.handedOverTo = to
            if random.chance(0.6) { ending.handedOverOn = endedOn.adding(days: -random.int(in: 0...7)).isoString }
        }
        ending.notes = random.chance(0.4) ? random.pick(DemoEndings.notes) : nil
        out.endings.append(ending)
        for point in FollowUpPoint.allCases {
            let due = point.dueOn(afterEndOn: endedOn, timings: policy.timings)
            guard due <= today, random.chance(0.75) else { continue }
            let followUp = FollowUp()
            followUp.id = ids.uuid()
            followUp.$client.id = clients[c].client.id!
            followUp.$ending.id = ending.id!
            followUp.$author.id = author.id!
            followUp.version = 1
            followUp.point = point
            followUp.doneOn = min(today, due.adding(days: random.int(in: 0...14))).isoString
            followUp.situation = random.chance(0.7) ? ending.nextPath : random.pick(NextPath.allCases)
            followUp.inWorkOrEducation = [.openLabourMarketJob, .paySubsidisedJob, .education].contains(followUp.situation)
            followUp.notes = random.chance(0.3) ? random.pick(DemoEndings.followUpNotes) : nil
            out.followUps.append(followUp)
        }
    }

    mutating func makeMeeting(_ c: Int, on day: LocalDate, purpose: String) {
        let worker = clients[c].responsible ?? random.pick(staff.workers(inArea: clients[c].area))
        let meeting = Meeting()
        meeting.id = ids.uuid()
        meeting.$client.id = clients[c].client.id!
        meeting.meetsOn = day.isoString
        meeting.timeOfDay = random.pick(["9.00", "10.00", "12.30", "14.00"])
        meeting.location = random.chance(0.7) ? "Työtoimintapaikka" : "Sosiaalitoimisto"
        meeting.participants = "\(worker.name), työvalmentaja"
        meeting.purpose = purpose
        meeting.$author.id = worker.id!
        out.meetings.append(meeting)
    }
}

/// Clients of the generator with identity codes no other demo client has, encrypted as the app stores them.
struct DemoClientFactory {
    let crypto: FieldCrypto
    /// Code hashes (`FieldCrypto.codeHash`) of the hand-made demo's clients, whose codes are not to be dealt again.
    let taken: Set<String>
    private var used: Set<String> = []

    init(crypto: FieldCrypto, taken: Set<String>) {
        self.crypto = crypto
        self.taken = taken
    }

    /// Someone of working age throughout the history (born 23–64 years before today); about 5 % use Swedish, 2 % English.
    mutating func make(municipality: String, today: LocalDate, ids: inout SplitMix64, random: inout SplitMix64) throws -> Client {
        let roll = random.int(in: 0...99)
        let language: Language = roll < 5 ? .sv : roll < 7 ? .en : .fi
        let person = DemoNames.person(for: language, using: &random)
        var code: PersonalIdentityCode
        var lookup: String
        repeat {
            let year = random.int(in: (today.year - 64)...(today.year - 23))
            let month = random.int(in: 1...12)
            let day = random.int(in: 1...LocalDate.daysInMonth(year: year, month: month))
            // 002–899, odd for men and even for women; 900–999 are temporary codes.
            let number = person.sex == .male ? random.int(in: 2...449) * 2 - 1 : random.int(in: 1...449) * 2
            code = try DemoPeople.identityCode(born: LocalDate(year: year, month: month, day: day)!, individualNumber: number)
            lookup = crypto.lookupHash(code.value)
        } while taken.contains(lookup) || !used.insert(code.value).inserted
        lookup = FieldCrypto.identityLookup(hash: lookup, municipality: municipality)
        let client = Client()
        client.id = ids.uuid()
        client.firstName = person.first
        client.lastName = person.last
        client.searchName = Client.searchName(first: person.first, last: person.last)
        client.picCiphertext = try crypto.encrypt(code.value)
        client.picLookup = lookup
        client.birthDate = code.birthDate.isoString
        client.municipalityCode = municipality
        client.language = language.rawValue
        client.phone = random.chance(0.5) ? DemoPeople.phoneNumber(&random) : nil
        client.email = random.chance(0.3) ? DemoNames.emailLocalPart(first: person.first, last: person.last) + "@example.com" : nil
        client.version = 1
        return client
    }
}
