import Fluent
import PolkuDomain
import Vapor

extension PolicyBooks {
    /// The books of the clients' organizers, in one query besides the books kept for the data generation:
    /// `book(client, day)` is the policies of the organizer that serves the client's municipality on that day; a
    /// client whose organizer is not found gets an empty book, whose timings are what a new policy starts from.
    static func of(clients ids: [UUID], on req: Request) async throws -> @Sendable (UUID, LocalDate) -> PolicyBook {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return { _, _ in PolicyBook([]) } }
        let books = try await req.policyBooks()
        let clients = try await Client.query(on: req.db).filter(\.$id ~~ unique).field(\.$id).field(\.$municipalityCode).all()
        let municipalityOf = Dictionary(clients.compactMap { c in c.id.map { ($0, c.municipalityCode) } }, uniquingKeysWith: { a, _ in a })
        return { client, day in municipalityOf[client].flatMap { books.book(for: $0, on: day) } ?? PolicyBook([]) }
    }

    /// The longest of a timing over every organizer's policies and the defaults, to bound what a query fetches before
    /// each row is judged by its own policy.
    static func longest(_ timing: KeyPath<PolicyTimings, Int>, on db: any Database) async throws -> Int {
        try await PolicyRecord.query(on: db).all().map { $0.timings[keyPath: timing] }.reduce(PolicyTimings()[keyPath: timing], max)
    }
}

extension Request {
    /// Every organizer's policies, kept for one data generation like the organizers (decision 79): a client's page
    /// asks for them in several of its sections.
    func policyBooks() async throws -> PolicyBooks {
        let db = self.db
        return try await cached("policy-books") { try await PolicyBooks.load(on: db) }
    }
}
