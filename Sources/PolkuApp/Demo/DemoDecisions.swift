import Foundation
import PolkuDomain

/// Decisions, contracts, responsible workers and meetings for the demo's clients in a period, so the
/// decision, the contract's acceptances, the team and the client's next meeting all have something to show.
enum DemoDecisions {
    struct Made {
        var decisions: [Decision] = []
        var contracts: [Contract] = []
        var team: [TeamMember] = []
        var meetings: [Meeting] = []
    }

    /// Two usual patterns for 2, 3 and 4 days a week (ISO weekday numbers).
    static let weekdayPatterns = [["1,3", "2,4"], ["1,3,5", "2,3,4"], ["1,2,3,4", "2,3,4,5"]]

    /// Links each period that is not over to a new decision (the period is changed in place).
    static func make(periods: [Period], clients: [Client], decider: User, counsellor: User, today: LocalDate, ids: inout SplitMix64) -> Made {
        var made = Made()
        let texts = Texts(language: .fi)
        let names = Dictionary(clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        for (index, period) in periods.enumerated() where period.recorded != .ended {
            guard let start = LocalDate(isoString: period.startsOn) else { continue }
            let decision = Decision()
            decision.id = ids.uuid()
            decision.$client.id = period.$client.id
            decision.$decisionMaker.id = decider.id!
            decision.decidedOn = start.adding(days: -7).isoString
            decision.startsOn = period.startsOn
            decision.endsOn = period.endsOn
            decision.$place.id = period.$place.id
            decision.daysPerWeek = 2 + index % 3
            decision.minutesPerDay = 300
            // Most decisions name the weekdays; every fifth leaves them to be agreed at the place.
            decision.weekdays = index % 5 == 4 ? "" : Self.weekdayPatterns[decision.daysPerWeek - 2][index % 2]
            decision.appealInstructions = DemoOrganizerDocuments.countyText(.appealInstructions, on: decision.decidedOn)
            decision.version = 1
            period.$decision.id = decision.id
            made.decisions.append(decision)

            let contract = Contract()
            contract.id = ids.uuid()
            contract.$period.id = period.id!
            contract.$client.id = period.$client.id
            contract.tasks = "Työtoimintapaikan tehtävät työvalmentajan ohjauksessa."
            contract.goals = "Päivärytmin vakiintuminen ja työelämätaitojen vahvistuminen."
            contract.travel = DemoCatalog.travelRules
            contract.insurance = DemoOrganizerDocuments.countyText(.insurance, on: decision.decidedOn)
            contract.providerInstructions = DemoOrganizerDocuments.countyText(.providerInstructions, on: decision.decidedOn)
            contract.confidentiality = texts[.contractConfidentialityDefault]
            contract.compensationCentsPerDay = 900
            // Planned periods still wait for the place's and the organizer's acceptance.
            contract.clientAcceptedOn = decision.decidedOn
            if period.intended(today: today) == .active {
                contract.placeAcceptedOn = decision.decidedOn
                contract.placeAcceptedBy = "Työvalmentaja"
                contract.organizerAcceptedOn = decision.decidedOn
                contract.organizerAcceptedBy = decider.name
            }
            contract.version = 1
            made.contracts.append(contract)

            let responsible = index % 2 == 0 ? counsellor : decider
            let member = TeamMember()
            member.id = ids.uuid()
            member.$client.id = period.$client.id
            member.$user.id = responsible.id
            member.name = responsible.name
            member.role = responsible.role == .socialCounsellor ? .socialCounsellor : .socialWorker
            member.$organization.id = responsible.$organization.id
            member.organizationName = ""
            member.contact = responsible.email
            member.isResponsible = true
            member.version = 1
            made.team.append(member)

            if index % 3 == 0, names[period.$client.id] != nil {
                let meeting = Meeting()
                meeting.id = ids.uuid()
                meeting.$client.id = period.$client.id
                meeting.meetsOn = today.adding(days: 7 + index % 14).isoString
                meeting.timeOfDay = "10.00"
                meeting.location = "Työtoimintapaikka"
                meeting.participants = "\(responsible.name), työvalmentaja"
                meeting.purpose = "Väliarviointi ja jatkosuunnitelma"
                meeting.$author.id = responsible.id!
                made.meetings.append(meeting)
            }
        }
        return made
    }
}
