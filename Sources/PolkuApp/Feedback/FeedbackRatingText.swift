import PolkuDomain

extension FeedbackForm {
    var titleKey: TextKey { self == .client ? .feedbackClientForm : .feedbackPlaceForm }
    /// The two free-text questions: what was good and what to improve, in the form's own words.
    var goodKey: TextKey { self == .client ? .feedbackWhatWasGood : .feedbackWhatWorked }
    var improveKey: TextKey { self == .client ? .feedbackWhatToImprove : .feedbackWhatToDevelop }
}

extension FeedbackQuestion {
    var textKey: TextKey {
        switch self {
        case .welcomed: .questionWelcomed
        case .tasksSuited: .questionTasksSuited
        case .guidanceAndSupport: .questionGuidanceAndSupport
        case .atmosphere: .questionAtmosphere
        case .helpedTowardGoals: .questionHelpedTowardGoals
        case .wouldRecommend: .questionWouldRecommend
        case .informationBeforeStart: .questionInformationBeforeStart
        case .referralSuitable: .questionReferralSuitable
        case .cooperationWithWorker: .questionCooperationWithWorker
        case .goalClear: .questionGoalClear
        case .processWorked: .questionProcessWorked
        }
    }
}

extension FeedbackChannel {
    var textKey: TextKey { self == .online ? .feedbackChannelOnline : .feedbackChannelPaper }
}

enum FeedbackRatingText {
    static let keys: [TextKey] = [.agreement1, .agreement2, .agreement3, .agreement4, .agreement5]
    static func key(_ rating: Int) -> TextKey { keys[min(max(rating, 1), 5) - 1] }
}
