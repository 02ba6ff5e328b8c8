import Fluent
import SQLKit

struct CreateFeedbackAnswer: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("feedback_answers")
            .id()
            .field("form", .string, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("period_id", .uuid, .required, .references("periods", "id"))
            .field("place_id", .uuid, .required, .references("work_activity_places", "id"))
            .field("given_on", .string, .required)
            .field("channel", .string, .required)
            .field("ratings", .string, .required)
            .field("what_was_good", .string)
            .field("what_to_improve", .string)
            .field("author_id", .uuid, .required, .references("users", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // Once per period and form.
            .unique(on: "period_id", "form")
            .create()
        try await database.createIndex("feedback_answers_client", on: "feedback_answers", columns: ["client_id"])
        // Results: one place, one form, a span of days.
        try await database.createIndex("feedback_answers_place_form_given", on: "feedback_answers", columns: ["place_id", "form", "given_on"])
    }

    func revert(on database: Database) async throws {
        try await database.schema("feedback_answers").delete()
    }
}
