import PolkuDomain

extension PlaceTask {
    var textKey: TextKey {
        switch self {
        case .workshop: .taskWorkshop
        case .kitchenCatering: .taskKitchenCatering
        case .cleaning: .taskCleaning
        case .it: .taskIT
        case .recycling: .taskRecycling
        case .outdoorProperty: .taskOutdoorProperty
        case .textile: .taskTextile
        case .wood: .taskWood
        case .metal: .taskMetal
        case .office: .taskOffice
        case .shopCustomerService: .taskShopCustomerService
        case .careAssistance: .taskCareAssistance
        case .other: .taskOther
        }
    }
}

extension SupportLevel {
    var textKey: TextKey {
        switch self {
        case .light: .supportLight
        case .moderate: .supportModerate
        case .intensive: .supportIntensive
        }
    }
}

extension AccessibilityFeature {
    var textKey: TextKey {
        switch self {
        case .stepFree: .accessStepFree
        case .accessibleToilet: .accessToilet
        case .hearingLoop: .accessHearingLoop
        case .accessibleParking: .accessParking
        case .publicTransport: .accessPublicTransport
        case .quietSpace: .accessQuietSpace
        }
    }
}

extension PlaceLanguage {
    var textKey: TextKey {
        switch self {
        case .fi: .languageFinnish
        case .sv: .languageSwedish
        case .en: .languageEnglish
        case .other: .languageOther
        }
    }
}

extension Texts {
    /// "ma–pe 8.00–15.00" style: the open days and hours of a place.
    func openingHours(days: [Int], opensAt: String?, closesAt: String?) -> String {
        let names = days.compactMap(Weekday.init(rawValue:)).map { self[$0.shortTextKey] }.joined(separator: ", ")
        guard let opensAt, let closesAt else { return names }
        return names + " " + opensAt.replacingOccurrences(of: ":", with: ".") + "–" + closesAt.replacingOccurrences(of: ":", with: ".")
    }
}
