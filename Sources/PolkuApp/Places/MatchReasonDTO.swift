import PolkuDomain
import Vapor

/// A reason as the API sends it: a code, whether it speaks for the place, and its details.
struct MatchReasonDTO: Content {
    var code: String
    var positive: Bool
    var tasks: [PlaceTask]?
    var supportLevel: SupportLevel?
    var language: PlaceLanguage?
    var freeSeats: Int?
    var weeksAhead: Int?

    init(_ reason: PlaceMatching.Reason) {
        positive = reason.isPositive
        switch reason {
        case .sameMunicipality: code = "sameMunicipality"
        case .sameArea: code = "sameArea"
        case .elsewhereInCounty: code = "elsewhereInCounty"
        case .tasksMatch(let tasks): code = "tasksMatch"; self.tasks = tasks
        case .noTaskMatch: code = "noTaskMatch"
        case .supportFits(let level): code = "supportFits"; supportLevel = level
        case .supportMoreThanNeeded(let level): code = "supportMoreThanNeeded"; supportLevel = level
        case .supportTooLight(let level): code = "supportTooLight"; supportLevel = level
        case .remotePossible: code = "remotePossible"
        case .remoteNotPossible: code = "remoteNotPossible"
        case .language(let language): code = "language"; self.language = language
        case .freeNow(let seats): code = "freeNow"; freeSeats = seats
        case .freeLater(let weeks): code = "freeLater"; weeksAhead = weeks
        case .full: code = "full"
        }
    }
}

extension Texts {
    func reason(_ reason: PlaceMatching.Reason) -> String {
        switch reason {
        case .sameMunicipality: self[.reasonSameMunicipality]
        case .sameArea: self[.reasonSameArea]
        case .elsewhereInCounty: self[.reasonElsewhere]
        case .tasksMatch(let tasks): self(.reasonTasks, ["tasks": tasks.map { self[$0.textKey] }.joined(separator: ", ")])
        case .noTaskMatch: self[.reasonNoTasks]
        case .supportFits(let level): self(.reasonSupportFits, ["level": self[level.textKey]])
        case .supportMoreThanNeeded(let level): self(.reasonSupportMore, ["level": self[level.textKey]])
        case .supportTooLight(let level): self(.reasonSupportLess, ["level": self[level.textKey]])
        case .remotePossible: self[.reasonRemote]
        case .remoteNotPossible: self[.reasonNoRemote]
        case .language(let language): self(.reasonLanguage, ["language": self[language.textKey]])
        case .freeNow(let seats): self(.reasonFreeNow, ["seats": "\(seats)"])
        case .freeLater(let weeks): self(.reasonFreeLater, ["weeks": "\(weeks)"])
        case .full: self[.reasonFull]
        }
    }
}
