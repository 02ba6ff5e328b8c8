import Fluent
import PolkuDomain
import Vapor

/// A place where work activity happens, run by a provider, as the public registry shows it.
final class WorkActivityPlace: Model, @unchecked Sendable {
    static let schema = "work_activity_places"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: Organization
    @Field(key: "name") var name: String
    @OptionalParent(key: "area_id") var area: Organization?
    @Field(key: "municipality_code") var municipalityCode: String
    /// Seats: clients at a time.
    @Field(key: "capacity") var capacity: Int
    @Field(key: "street_address") var streetAddress: String
    @Field(key: "postal_code") var postalCode: String
    @Field(key: "town") var town: String
    @Field(key: "description") var details: String
    /// `PlaceTask` codes, comma-separated; mirrored row by row in `work_activity_place_tasks` for the filter.
    @Field(key: "tasks") var tasks: String
    @Field(key: "learning") var learning: String
    @Field(key: "support_level") var supportLevel: String
    @Field(key: "support_text") var supportText: String
    /// `AccessibilityFeature` codes, comma-separated.
    @Field(key: "accessibility") var accessibility: String
    @Field(key: "accessibility_text") var accessibilityText: String
    @Field(key: "remote_possible") var remotePossible: Bool
    /// `PlaceLanguage` codes, comma-separated.
    @Field(key: "languages") var languages: String
    /// ISO weekday numbers (1 = Monday), comma-separated.
    @Field(key: "open_days") var openDays: String
    /// "08:00"; empty when not given.
    @Field(key: "opens_at") var opensAt: String
    @Field(key: "closes_at") var closesAt: String
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_phone") var contactPhone: String
    @Field(key: "contact_email") var contactEmail: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(providerID: UUID, name: String, areaID: UUID?, municipalityCode: String, capacity: Int) {
        self.$provider.id = providerID
        self.name = name
        self.$area.id = areaID
        self.municipalityCode = municipalityCode
        self.capacity = capacity
        streetAddress = ""; postalCode = ""; town = ""; details = ""; tasks = ""; learning = ""
        supportLevel = SupportLevel.moderate.rawValue; supportText = ""; accessibility = ""; accessibilityText = ""
        remotePossible = false; languages = PlaceLanguage.fi.rawValue; openDays = "1,2,3,4,5"; opensAt = ""; closesAt = ""
        contactName = ""; contactPhone = ""; contactEmail = ""; version = 1
    }

    var taskCodes: [PlaceTask] { CodeList.parse(tasks) }
    var support: SupportLevel { SupportLevel(rawValue: supportLevel) ?? .moderate }
    var accessibilityFeatures: [AccessibilityFeature] { CodeList.parse(accessibility) }
    var languageCodes: [PlaceLanguage] { CodeList.parse(languages) }
    var weekdays: [Weekday] { openDays.split(separator: ",").compactMap { Int($0).flatMap(Weekday.init(rawValue:)) } }
}

/// One task a place offers: the row the public list's task filter finds through an index.
final class WorkActivityPlaceTask: Model, @unchecked Sendable {
    static let schema = "work_activity_place_tasks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "place_id") var place: WorkActivityPlace
    @Field(key: "task") var task: String

    init() {}

    init(placeID: UUID, task: PlaceTask) {
        self.$place.id = placeID
        self.task = task.rawValue
    }
}
