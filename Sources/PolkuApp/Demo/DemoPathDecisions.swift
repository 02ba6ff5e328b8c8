import Foundation
import PolkuDomain

/// The demo's decisions as administrative decisions (issue 13, item 4): each numbered from the county's counter in
/// the order they were made, with the legal basis and the way of notification; some periods' hours changed by a
/// change decision (decision 228), and the first returned referrals answered with a refusal.
enum DemoPathDecisions {
    struct Made {
        var pathDecisions: [PathDecision] = []
        /// The county's counter after the demo, per year: the next decision made continues from it.
        var lastNumbers: [Int: Int] = [:]
    }

    static func make(decisions: [Decision], periods: [Period], referrals: [Referral], decider: User, today: LocalDate,
                     ids: inout SplitMix64) -> Made {
        var made = Made()
        let periodOf = Dictionary(periods.compactMap { p in p.$decision.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        for (index, decision) in decisions.enumerated() {
            decision.legalBasis = DemoOrganizerDocuments.countyText(.legalBasis, on: decision.decidedOn)
            decision.notification = (index % 3 == 0 ? DecisionNotification.hand : .post).rawValue
            // Every twelfth running period went from five hours a day to four a week ago.
            guard index % 12 == 6, let period = decision.id.flatMap({ periodOf[$0] }), let range = period.dateRange,
                  period.state(on: today) == .active else { continue }
            let effective = max(range.start.adding(days: 14), today.adding(days: -7))
            let decided = effective.adding(days: -7)
            guard range.contains(effective), decided.isoString >= decision.decidedOn, effective <= today else { continue }
            let change = record(.change, client: decision.$client.id, decidedOn: decided, by: decider, ids: &ids,
                                reasons: "Asiakas on toivonut lyhyempiä päiviä jaksamisensa vuoksi; työvalmentaja puoltaa muutosta.")
            change.$decision.id = decision.id
            change.effectiveOn = effective.isoString
            change.minutesPerDay = 240
            made.pathDecisions.append(change)
        }
        for referral in referrals.filter({ $0.state == .returned }).prefix(2) {
            guard let day = referral.decidedOn.flatMap(LocalDate.init(isoString:)) else { continue }
            made.pathDecisions.append(record(.refusal, client: referral.$client.id, decidedOn: day, by: decider, ids: &ids,
                                             reasons: "Palvelutarpeen arvioinnin mukaan asiakas hyötyy nyt enemmän terveyspalveluista; "
                                                 + "kuntouttavan työtoiminnan edellytyksiä arvioidaan uudelleen kuntoutuksen jälkeen."))
        }
        // The case numbers in the order the decisions were made, one counter per year.
        typealias Numbered = (day: String, id: String, assign: (String) -> Void)
        let dated: [Numbered] = decisions.map { decision in (decision.decidedOn, decision.id?.uuidString ?? "", { decision.caseNumber = $0 }) }
            + made.pathDecisions.map { record in (record.decidedOn, record.id?.uuidString ?? "", { record.caseNumber = $0 }) }
        for (day, _, assign) in dated.sorted(by: { ($0.day, $0.id) < ($1.day, $1.id) }) {
            guard let year = LocalDate(isoString: day)?.year else { continue }
            let number = (made.lastNumbers[year] ?? 0) + 1
            made.lastNumbers[year] = number
            assign(CaseNumber.format(year: year, number: number))
        }
        return made
    }

    private static func record(_ kind: PathDecision.Kind, client: UUID, decidedOn: LocalDate, by decider: User, ids: inout SplitMix64,
                               reasons: String) -> PathDecision {
        let record = PathDecision()
        record.id = ids.uuid()
        record.$client.id = client
        record.kind = kind
        record.caseNumber = ""
        record.decidedOn = decidedOn.isoString
        record.$decisionMaker.id = decider.id!
        record.decisionMakerTitle = decider.title
        record.notification = DecisionNotification.post.rawValue
        record.reasons = reasons
        record.legalBasis = DemoOrganizerDocuments.countyText(.legalBasis, on: decidedOn.isoString)
        record.appealInstructions = DemoOrganizerDocuments.countyText(.appealInstructions, on: decidedOn.isoString)
        record.version = 1
        return record
    }
}
