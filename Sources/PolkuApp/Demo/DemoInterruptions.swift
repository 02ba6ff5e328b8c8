import Foundation
import PolkuDomain

/// Two periods of the demo interrupted some days ago (decisions 106, 115): one whose situation is still to be
/// evaluated, so the worker's front page asks for it, and one where the worker recorded why no evaluation is made.
/// Chosen among active periods without evaluations at places with a seat free (the demo's full places stay full),
/// the earliest started, so the choice is the same every time.
enum DemoInterruptions {
    static let reasons = ["Pitkittynyt sairausloma; asiakas ei jaksa jatkaa toimintaa nyt.",
                          "Asiakas muutti toiselle paikkakunnalle kesken jakson."]
    static let noEvaluationReason = "Asiakasta ei tavoitettu muuton jälkeen puhelimitse eikä kirjeellä; ohjattu uuden kotikunnan sosiaalipalveluihin."

    /// `exclude`: the client user's own period stays as it is, so that the client's own pages show a running one.
    static func apply(to periods: [Period], places: [WorkActivityPlace], evaluated: Set<UUID>, exclude clientID: UUID?, recorder: String,
                      today: LocalDate) {
        let active = periods.filter { $0.intended(today: today) == .active }
        let taken = Dictionary(grouping: active, by: { $0.$place.id }).mapValues(\.count)
        let roomy = Set(places.filter { taken[$0.id!, default: 0] < $0.capacity }.compactMap(\.id))
        let candidates = active
            .filter { $0.$client.id != clientID && !evaluated.contains($0.id!) && roomy.contains($0.$place.id) }
            .filter { LocalDate(isoString: $0.startsOn).map { $0.adding(days: 21) < today } ?? false }
            .sorted { ($0.startsOn, $0.id!.uuidString) < ($1.startsOn, $1.id!.uuidString) }
        for (index, period) in candidates.prefix(2).enumerated() {
            let cut = today.adding(days: -(10 + 10 * index))
            period.recorded = .interrupted
            period.endsOn = cut.isoString
            period.interruptionReason = reasons[index]
            if index == 1 {
                period.noEvaluationReason = noEvaluationReason
                period.noEvaluationOn = cut.adding(days: 6).isoString
                period.noEvaluationBy = recorder
            }
        }
    }
}
