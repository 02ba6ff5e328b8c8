import Fluent
import Vapor

extension Request {
    /// Names of the places a page of records refers to, looked up once for all of them.
    func placeNames(_ ids: [UUID]) async throws -> [UUID: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        // Only the two columns: a place is a wide row, and its name is all a list shows.
        let places = try await WorkActivityPlace.query(on: db).filter(\.$id ~~ unique).field(\.$id).field(\.$name).all()
        return Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
    }
}
