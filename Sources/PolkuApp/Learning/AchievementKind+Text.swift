import PolkuDomain

extension AchievementKind {
    var textKey: TextKey {
        switch self {
        case .hygienePassport: .achievementKindHygienePassport
        case .occupationalSafetyCard: .achievementKindOccupationalSafetyCard
        case .firstAid: .achievementKindFirstAid
        case .hotWorkCard: .achievementKindHotWorkCard
        case .forkliftCard: .achievementKindForkliftCard
        case .competenceCertificate: .achievementKindCompetenceCertificate
        case .otherTraining: .achievementKindOtherTraining
        }
    }
}
