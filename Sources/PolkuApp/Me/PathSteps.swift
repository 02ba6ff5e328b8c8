import Plot
import PolkuDomain

/// The steps of the client's path with their current one marked, "you are here", and each step done with its
/// day; a client back for a new round sees that round and the earlier ones as dates (decisions 127, 128).
/// Every state is said in words, not only by colour.
struct PathSteps: Component {
    let progress: PathProgress
    let texts: Texts

    var body: Component {
        let t = texts
        return div([("class", "path")]) {
            if progress.round > 1 {
                p([("data-qa", "path-round")], t(.pathRound, ["n": "\(progress.round)", "date": progress.startedOn.map(FinnishFormat.date) ?? "–"]))
            }
            Tag("ol", [("class", "path-steps"), ("data-qa", "path-steps")]) {
                for item in progress.steps {
                    Tag("li", [("class", Self.cssClass(item.state)), ("aria-current", item.state == .current ? "step" : nil),
                               ("data-step", item.step.rawValue), ("data-state", Self.cssClass(item.state))]) {
                        Tag("span", [("class", "step-name")]) { Txt(t[item.step.textKey]) }
                        switch item.state {
                        case .current: Tag("span", [("class", "you-are-here")]) { Txt(t[.pathYouAreHere]) }
                        case .done(let day):
                            Tag("span", [("class", "step-state"), ("data-qa", "step-done")]) {
                                Txt(day.map { t(.pathStepDoneOn, ["date": FinnishFormat.date($0)]) } ?? t[.pathStepDone])
                            }
                        case .notRecorded: Tag("span", [("class", "step-state")]) { Txt(t[.pathStepNotRecorded]) }
                        case .ahead: ComponentGroup(members: [])
                        }
                    }
                }
            }
            if !progress.earlierRounds.isEmpty {
                Tag("div", [("data-qa", "path-earlier-rounds")]) {
                    heading(3, t[.pathEarlierRounds])
                    Tag("ul") {
                        for round in progress.earlierRounds {
                            Tag("li") {
                                Txt(t(.pathEarlierRound, ["n": "\(round.number)", "start": round.startedOn.map(FinnishFormat.date) ?? "–",
                                                          "end": FinnishFormat.date(round.endedOn)]))
                            }
                        }
                    }
                }
            }
        }
    }

    private static func cssClass(_ state: PathProgress.State) -> String {
        switch state {
        case .done: "done"
        case .current: "current"
        case .notRecorded: "not-recorded"
        case .ahead: "ahead"
        }
    }
}

extension PathStep {
    var textKey: TextKey {
        switch self {
        case .referral: .stepReferral
        case .assessment: .stepAssessment
        case .plan: .stepPlan
        case .placement: .stepPlacement
        case .visit: .stepVisit
        case .decision: .stepDecision
        case .period: .stepPeriod
        case .ending: .stepEnding
        case .followUp: .stepFollowUp
        }
    }
}
