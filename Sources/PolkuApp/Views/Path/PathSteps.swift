import Plot
import PolkuDomain

/// The steps of the service path with the client's current one marked: "you are here".
struct PathSteps: Component {
    let current: PathStep
    let texts: Texts

    var body: Component {
        Tag("ol", [("class", "path-steps"), ("data-qa", "path-steps")]) {
            for step in PathStep.allCases {
                let index = PathStep.allCases.firstIndex(of: step)!, currentIndex = PathStep.allCases.firstIndex(of: current)!
                Tag("li", [("class", index < currentIndex ? "done" : index == currentIndex ? "current" : "ahead"),
                           ("aria-current", step == current ? "step" : nil), ("data-step", step.rawValue)]) {
                    Tag("span", [("class", "step-name")]) { Txt(texts[step.textKey]) }
                    if step == current { Tag("span", [("class", "you-are-here")]) { Txt(texts[.pathYouAreHere]) } }
                }
            }
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
