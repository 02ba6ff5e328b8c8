import Fluent
import PolkuDomain
import Vapor

extension PolicyBooks {
    /// The book of each client's organizer, in two queries for the policies and one for the clients; a client
    /// whose organizer is not found gets an empty book, whose timings are what a new policy starts from.
    static func of(clients ids: [UUID], on db: any Database) async throws -> [UUID: PolicyBook] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        let books = try await load(on: db)
        let clients = try await Client.query(on: db).filter(\.$id ~~ unique).field(\.$id).field(\.$municipalityCode).all()
        return Dictionary(clients.compactMap { c in c.id.map { ($0, books.book(for: c.municipalityCode) ?? PolicyBook([])) } },
                          uniquingKeysWith: { a, _ in a })
    }

    /// The longest of a timing over every organizer's policies and the defaults, to bound what a query fetches before
    /// each row is judged by its own policy.
    static func longest(_ timing: KeyPath<PolicyTimings, Int>, on db: any Database) async throws -> Int {
        try await PolicyRecord.query(on: db).all().map { $0.timings[keyPath: timing] }.reduce(PolicyTimings()[keyPath: timing], max)
    }
}
