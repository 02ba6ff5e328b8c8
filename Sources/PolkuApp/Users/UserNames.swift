import Fluent
import Vapor

/// Names of the users who wrote records, looked up once for a page of them.
enum UserNames {
    static func of(_ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        // Only the two columns: a page asks for names in several sections, and a whole account is a wide row.
        let users = try await User.query(on: db).filter(\.$id ~~ unique).field(\.$id).field(\.$name).all()
        return Dictionary(users.compactMap { user in user.id.map { ($0, user.name) } }, uniquingKeysWith: { a, _ in a })
    }
}
