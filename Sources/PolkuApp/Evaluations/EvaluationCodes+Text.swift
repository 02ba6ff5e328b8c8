import PolkuDomain

extension EvaluationKind {
    var textKey: TextKey {
        switch self {
        case .interim: .evaluationKindInterim
        case .final: .evaluationKindFinal
        }
    }
}

extension EvaluationPerspective {
    var textKey: TextKey {
        switch self {
        case .worker: .perspectiveWorker
        case .workCoach: .perspectiveWorkCoach
        case .client: .perspectiveClient
        }
    }
}

extension EvaluationTopic {
    var textKey: TextKey {
        switch self {
        case .attendance: .topicAttendance
        case .workingSkills: .topicWorkingSkills
        case .cooperation: .topicCooperation
        case .dailyLife: .topicDailyLife
        case .wellbeing: .topicWellbeing
        case .openLabourMarketReadiness: .topicOpenLabourMarketReadiness
        }
    }
}

extension EvaluationSchedule.State {
    var windowKey: TextKey {
        switch self {
        case .due: .evaluationWindowDue
        case .upcoming: .evaluationWindowUpcoming
        case .lapsed, .done: .evaluationWindowLapsed
        }
    }
}

enum EvaluationText {
    /// "3 – manages well"; nil is "not assessed".
    static func rating(_ rating: Int?, _ t: Texts) -> String {
        switch rating {
        case 1: t[.rating1]
        case 2: t[.rating2]
        case 3: t[.rating3]
        case 4: t[.rating4]
        default: t[.evaluationNotAssessed]
        }
    }

    /// The link to write a perspective: the worker's, the coach's, the client's own, or the client's
    /// recorded on their behalf (`byClient` false).
    static func write(_ perspective: EvaluationPerspective, byClient: Bool, _ t: Texts) -> String {
        switch perspective {
        case .worker: t[.evaluationWriteWorker]
        case .workCoach: t[.evaluationWriteCoach]
        case .client: byClient ? t[.evaluationWriteOwn] : t[.evaluationRecordForClient]
        }
    }

    /// The link to change it: a worker changes the worker's evaluation, whichever worker wrote it.
    static func edit(_ perspective: EvaluationPerspective, byClient: Bool, _ t: Texts) -> String {
        switch perspective {
        case .worker: t[.evaluationEditWorker]
        case .workCoach: t[.evaluationEditCoach]
        case .client: byClient ? t[.evaluationEditOwn] : t[.evaluationEditForClient]
        }
    }

    /// "+1", "0", "−2": the sign a reader of the scale expects.
    static func level(_ level: Int) -> String {
        level > 0 ? "+\(level)" : level < 0 ? "−\(-level)" : "0"
    }

    /// One decimal with a decimal comma, as everywhere in Polku (the feedback results' means too); "–" for none.
    static func decimal(_ value: Double?) -> String {
        value.map { FinnishFormat.decimal($0, fractionDigits: 1) } ?? "–"
    }

    /// Validation names nested fields `goals[0].level` and `topics.attendance.rating`; the form names them
    /// `goals[0][level]` and `topics[attendance][rating]`.
    static func formField(_ field: String) -> String {
        let parts = field.split(separator: ".", omittingEmptySubsequences: false)
        return String(parts[0]) + parts.dropFirst().map { "[\($0)]" }.joined()
    }
}
