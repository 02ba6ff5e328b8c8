import PolkuDomain

extension DecisionConflict {
    /// The conflict as a field problem in the user's language (weekday names are words, not values).
    func problem(_ texts: Texts) -> FieldProblem {
        switch self {
        case .overlapsPeriod(let start, let end):
            FieldProblem(field: field, key: .ruleOverlapsPeriod, values: ["start": FinnishFormat.date(start), "end": FinnishFormat.date(end)])
        case .placeClosed(let days):
            FieldProblem(field: field, key: .rulePlaceClosed, values: ["days": days.map { texts[$0.shortTextKey] }.joined(separator: ", ")])
        case .moreDaysThanPlaceOpen(let open):
            FieldProblem(field: field, key: .rulePlaceOpenDays, values: ["days": "\(open)"])
        case .noPlan:
            FieldProblem(field: field, key: .ruleNoPlan)
        case .decidedAfterStartWithoutReason:
            FieldProblem(field: field, key: .ruleLateDecision)
        case .eligibilityNotConfirmed:
            FieldProblem(field: field, key: .ruleEligibilityConfirmation)
        }
    }
}
