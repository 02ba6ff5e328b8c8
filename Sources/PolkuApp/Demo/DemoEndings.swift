import Foundation
import PolkuDomain

/// Endings for the demo's ended periods, with varied reasons and further paths, and the follow-ups
/// done for most of the points already due. An ending before the period's planned last day moves that
/// day, as recording one does in the app. Drawn from streams of their own, like `DemoAssessments`.
struct DemoEndings {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5545_4E44  // "POLKUEND"
    private static let idSeed: UInt64 = 0x504F_4C4B_5545_4944  // "POLKUEID"

    let today: LocalDate
    /// Social workers, counsellors and employment specialists, who record endings and follow-ups.
    let writers: [UUID]
    /// The demo organizer's timings, whose follow-up points are recorded once due.
    let timings: PolicyTimings

    func make(periods: [Period]) -> (endings: [Ending], followUps: [FollowUp]) {
        var ids = SplitMix64(seed: Self.idSeed)
        var random = SplitMix64(seed: Self.dataSeed)
        var endings: [Ending] = []
        var followUps: [FollowUp] = []
        for period in periods where period.recorded == .ended {
            guard let planned = LocalDate(isoString: period.endsOn), let start = LocalDate(isoString: period.startsOn) else { continue }
            let path = Self.paths[random.weightedIndex(Self.paths.map(\.weight))]
            // Those who leave early leave some weeks before the planned end.
            let endedOn = path.early ? max(start.adding(days: 14), planned.adding(days: -random.int(in: 10...40))) : planned
            period.endsOn = min(planned, endedOn).isoString
            let ending = Ending()
            ending.id = ids.uuid()
            ending.$client.id = period.$client.id
            ending.$period.id = period.id
            ending.$author.id = random.pick(writers)
            ending.version = 1
            ending.endedOn = endedOn.isoString
            ending.reason = path.reason
            ending.nextPath = random.pick(path.next)
            if let to = Self.receivers[ending.nextPath] {
                ending.handedOverTo = to
                // The warm hand-over (saattaen vaihtaen) is done in the last days, most of the time.
                if random.chance(0.6) { ending.handedOverOn = endedOn.adding(days: -random.int(in: 0...7)).isoString }
            }
            ending.notes = random.chance(0.5) ? random.pick(Self.notes) : nil
            endings.append(ending)

            for point in FollowUpPoint.allCases {
                let due = point.dueOn(afterEndOn: endedOn, timings: timings)
                guard due <= today, random.chance(0.7) else { continue }
                let followUp = FollowUp()
                followUp.id = ids.uuid()
                followUp.$client.id = period.$client.id
                followUp.$ending.id = ending.id!
                followUp.$author.id = random.pick(writers)
                followUp.version = 1
                followUp.point = point
                followUp.doneOn = min(today, due.adding(days: random.int(in: 0...14))).isoString
                followUp.situation = random.chance(0.7) ? ending.nextPath : random.pick(NextPath.allCases)
                followUp.inWorkOrEducation = [.openLabourMarketJob, .paySubsidisedJob, .education].contains(followUp.situation)
                followUp.notes = random.chance(0.3) ? random.pick(Self.followUpNotes) : nil
                followUps.append(followUp)
            }
        }
        return (endings, followUps)
    }

    /// A reason, the further paths that go with it, how often, and whether it ends the period early.
    static let paths: [(reason: EndingReason, next: [NextPath], weight: Int, early: Bool)] = [
        (.completed, [.employmentServices, .workTrial, .multisectoralService, .kelaVocationalRehabilitation], 6, false),
        (.employment, [.openLabourMarketJob, .paySubsidisedJob], 3, true),
        (.education, [.education], 2, false),
        (.anotherService, [.socialRehabilitation, .workAbilityAssessment, .kelaVocationalRehabilitation], 2, true),
        (.health, [.healthCare, .workAbilityAssessment, .pension], 2, true),
        (.absences, [.employmentServices, .socialRehabilitation, .noNextService], 1, true),
        (.movedAway, [.noNextService], 1, true),
        (.clientsOwnDecision, [.noNextService, .employmentServices], 1, true),
    ]

    static let receivers: [NextPath: String] = [
        .paySubsidisedJob: "Pohjois-Karjalan Kierrätys ry, työnohjaaja",
        .workTrial: "Joensuun seudun työllisyysalue, vastuuasiantuntija",
        .education: "Riveria, opinto-ohjaaja",
        .employmentServices: "Joensuun seudun työllisyysalue, vastuuasiantuntija",
        .multisectoralService: "Pohjois-Karjalan TYP, työkykykoordinaattori",
        .workAbilityAssessment: "Siun soten työkyvyn tuen palvelut",
        .kelaVocationalRehabilitation: "Kela, työkykyneuvoja",
        .socialRehabilitation: "Siun soten sosiaalinen kuntoutus, ryhmänohjaaja",
        .healthCare: "Joensuun terveysasema, omalääkäri",
    ]

    static let notes = [
        "Jatko sovittiin väliarvion yhteydessä; asiakas tietää, kenelle soittaa.",
        "Loppuarvio tehty yhdessä työvalmentajan kanssa.",
        "Asiakas toivoo mahdollisuutta palata myöhemmin.",
    ]

    static let followUpNotes = [
        "Puhelimessa: tilanne on pysynyt hyvänä.",
        "Asiakas ei vastannut kahteen yhteydenottoon; tieto työllisyyspalveluista.",
        "Jatko on alkanut suunnitellusti.",
    ]
}
