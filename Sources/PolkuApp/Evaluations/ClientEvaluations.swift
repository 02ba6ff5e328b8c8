import Foundation
import Plot
import PolkuDomain

/// The evaluations section of the client page and of the client's own view: each period's interim and
/// final evaluation, who has written theirs, what is due, and the way to write one's own.
struct ClientEvaluations: Component {
    /// Newest first.
    let periods: [PeriodEvaluations]
    /// The client's own view: the self-evaluation is invited when due.
    let ownView: Bool
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "evaluations-heading"), ("data-qa", "client-evaluations")]) {
            Tag("h2", [("id", "evaluations-heading")]) { Txt(t[.evaluationsTitle]) }
            p([("class", "muted")], ownView ? t[.myEvaluationsIntro] : t[.evaluationsIntro])
            if periods.isEmpty { p([("class", "muted")], t[.evaluationsNoPeriods]) }
            for period in periods {
                Tag("h3") { Txt(period.label) }
                if ownView {
                    for slot in period.slots where slot.window == .due && period.writablePerspectives.contains(.client)
                        && slot.byPerspective[.client] == nil {
                        Tag("div", [("class", "alert"), ("data-qa", "evaluation-invite")]) {
                            p([], t[slot.kind.textKey] + ": " + t[.evaluationInviteClient])
                            link(t[.evaluationWriteOwn], to: Self.newPath(period, slot.kind), [("class", "button"), ("data-qa", "evaluation-write-own")])
                        }
                    }
                }
                DataTable(qa: "evaluation-list", caption: t[.evaluationsTitle] + ": " + period.label,
                          headers: [t[.evaluationKind], t[.evaluationDueFrom]] + EvaluationPerspective.allCases.map { t[$0.textKey] } + [""],
                          rows: period.slots.map { slot in
                              DataTable.Row(qa: "evaluation-\(slot.kind.rawValue)", cells: [
                                  Txt(t[slot.kind.textKey]),
                                  Txt(FinnishFormat.date(slot.dueFrom)),
                              ] + EvaluationPerspective.allCases.map { perspective in
                                  Self.stateCell(slot, perspective, t)
                              } + [actions(period, slot)])
                          })
            }
        }
    }

    /// The form of `kind`; `perspective` when it is not the user's own (the client's, recorded on their behalf).
    static func newPath(_ period: PeriodEvaluations, _ kind: EvaluationKind, _ perspective: EvaluationPerspective? = nil) -> String {
        SiteRoute.clientEvaluationNew(period.clientID).path + "?periodId=\(period.periodID)&kind=\(kind.rawValue)"
            + (perspective == nil || perspective == period.writablePerspective ? "" : "&perspective=\(perspective!.rawValue)")
    }

    static func stateCell(_ slot: PeriodEvaluations.Slot, _ perspective: EvaluationPerspective, _ t: Texts) -> Component {
        if let done = slot.byPerspective[perspective] {
            return Tag("span", [("class", "state-done"), ("data-qa", "evaluation-state-\(perspective.rawValue)")]) {
                Txt(t(.evaluationDone, ["date": done.evaluatedDate]))
            }
        }
        return Tag("span", [("class", "state-\(slot.window.rawValue)"), ("data-qa", "evaluation-state-\(perspective.rawValue)")]) {
            Txt(t[slot.window.windowKey])
        }
    }

    private func actions(_ period: PeriodEvaluations, _ slot: PeriodEvaluations.Slot) -> Component {
        let t = texts
        let about = t[slot.kind.textKey] + ", " + period.label
        return ComponentGroup(content: {
            link(t[.evaluationOpen], to: SiteRoute.periodEvaluations(client: period.clientID, period: period.periodID, kind: slot.kind).path,
                 [("data-qa", "evaluation-open-\(slot.kind.rawValue)"), ("aria-label", t[.evaluationOpen] + ": " + about)])
            let byClient = period.writablePerspective == .client
            for perspective in period.writablePerspectives {
                let own = perspective == period.writablePerspective
                let qa = own ? slot.kind.rawValue : "\(slot.kind.rawValue)-\(perspective.rawValue)"
                if let written = slot.byPerspective[perspective] {
                    Txt(" · ")
                    link(EvaluationText.edit(perspective, byClient: byClient, t), to: SiteRoute.clientEvaluation(client: period.clientID, evaluation: written.id).path,
                         [("class", "no-print"), ("data-qa", "evaluation-edit-\(qa)"),
                          ("aria-label", EvaluationText.edit(perspective, byClient: byClient, t) + ": " + about)])
                } else if period.status != .planned {
                    Txt(" · ")
                    link(EvaluationText.write(perspective, byClient: byClient, t), to: Self.newPath(period, slot.kind, perspective),
                         [("class", "no-print"), ("data-qa", "evaluation-write-\(qa)"),
                          ("aria-label", EvaluationText.write(perspective, byClient: byClient, t) + ": " + about)])
                }
            }
        })
    }
}
