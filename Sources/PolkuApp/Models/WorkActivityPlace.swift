import Fluent
import Vapor

/// A place where work activity happens, run by a provider. The registry (issue 5) adds the rest.
final class WorkActivityPlace: Model, @unchecked Sendable {
    static let schema = "work_activity_places"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: Organization
    @Field(key: "name") var name: String
    @OptionalParent(key: "area_id") var area: Organization?
    @Field(key: "municipality_code") var municipalityCode: String
    @Field(key: "capacity") var capacity: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(providerID: UUID, name: String, areaID: UUID?, municipalityCode: String, capacity: Int) {
        self.$provider.id = providerID
        self.name = name
        self.$area.id = areaID
        self.municipalityCode = municipalityCode
        self.capacity = capacity
    }
}
