import Fluent
import Vapor

extension Request {
    /// Names of the places a page of records refers to, looked up once for all of them.
    func placeNames(_ ids: [UUID]) async throws -> [UUID: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        let places = try await WorkActivityPlace.query(on: db).filter(\.$id ~~ unique).all()
        return Dictionary(places.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
    }
}
