import Fluent
import SQLKit

/// What the public registry shows of a place (issue 5): address, what one does and learns there,
/// support, accessibility, remote activity, languages, days and hours, contact. Codes are stored
/// comma-separated; the task filter has its own table (`CreateWorkActivityPlaceTask`).
struct UpdateWorkActivityPlaceAddDetails: AsyncMigration {
    private static let texts = ["street_address", "postal_code", "town", "description", "learning", "support_text", "accessibility",
                                "accessibility_text", "languages", "open_days", "opens_at", "closes_at", "contact_name", "contact_phone",
                                "contact_email", "tasks"]

    func prepare(on database: Database) async throws {
        for field in Self.texts {
            try await database.schema("work_activity_places").field(.definition(name: .key(.string(field)), dataType: .string,
                                                                                 constraints: [.required, .sql(.default(""))])).update()
        }
        try await database.schema("work_activity_places").field("support_level", .string, .required, .sql(.default("moderate"))).update()
        try await database.schema("work_activity_places").field("remote_possible", .bool, .required, .sql(.default(false))).update()
        try await database.schema("work_activity_places").field("version", .int, .required, .sql(.default(1))).update()
        try await database.schema("work_activity_places").field("updated_at", .datetime).update()
        try await database.createIndex("work_activity_places_municipality", on: "work_activity_places", columns: ["municipality_code"])
        try await database.createIndex("work_activity_places_area", on: "work_activity_places", columns: ["area_id"])
        try await database.createIndex("work_activity_places_support", on: "work_activity_places", columns: ["support_level"])
        try await database.createIndex("work_activity_places_remote", on: "work_activity_places", columns: ["remote_possible"])
        try await database.createIndex("work_activity_places_name", on: "work_activity_places", columns: ["name"])
    }

    func revert(on database: Database) async throws {
        if let sql = database as? any SQLDatabase {
            for index in ["municipality", "area", "support", "remote", "name"] {
                try await sql.drop(index: "work_activity_places_\(index)").run()
            }
        }
        for field in ["updated_at", "version", "remote_possible", "support_level"] + Self.texts.reversed() {
            try await database.schema("work_activity_places").deleteField(.key(.string(field))).update()
        }
    }
}

/// One row per task a place offers, so that the public list's task filter uses an index.
struct CreateWorkActivityPlaceTask: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("work_activity_place_tasks")
            .id()
            .field("place_id", .uuid, .required, .references("work_activity_places", "id", onDelete: .cascade))
            .field("task", .string, .required)
            .unique(on: "place_id", "task")
            .create()
        try await database.createIndex("work_activity_place_tasks_task", on: "work_activity_place_tasks", columns: ["task", "place_id"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("work_activity_place_tasks").delete()
    }
}
