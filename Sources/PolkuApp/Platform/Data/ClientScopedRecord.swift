import Fluent
import Tagged
import Vapor

/// A record that belongs to one client: a plan, an assessment, a visit, an ending… It is found only under its
/// client's path, so another client's record is as unknown as a missing one (404) and its existence never leaks
/// through a path that names the wrong client.
protocol ClientScopedRecord: Model where IDValue == UUID {
    /// The record's parent client (`\.$client`).
    static var clientKey: KeyPath<Self, ParentProperty<Self, Client>> { get }
}

extension ClientScopedRecord {
    /// The record `id` of the client `clientID`, or 404: `Plan.find(try req.id(Plan.self), of: try client.typedID, on: req.db)`.
    static func find(_ id: Tagged<Self, UUID>, of clientID: ClientID, on db: any Database) async throws -> Self {
        guard let record = try await query(of: clientID.rawValue, on: db).filter(\._$id == id.rawValue).first() else { throw Abort(.notFound) }
        return record
    }

    /// The client's records of this kind, to narrow further.
    static func query(of clientID: UUID, on db: any Database) -> QueryBuilder<Self> {
        query(on: db).filter(clientKey.appending(path: \.$id) == clientID)
    }
}

extension Assessment: ClientScopedRecord { static var clientKey: KeyPath<Assessment, ParentProperty<Assessment, Client>> { \.$client } }
extension Plan: ClientScopedRecord { static var clientKey: KeyPath<Plan, ParentProperty<Plan, Client>> { \.$client } }
extension Decision: ClientScopedRecord { static var clientKey: KeyPath<Decision, ParentProperty<Decision, Client>> { \.$client } }
extension Period: ClientScopedRecord { static var clientKey: KeyPath<Period, ParentProperty<Period, Client>> { \.$client } }
extension Evaluation: ClientScopedRecord { static var clientKey: KeyPath<Evaluation, ParentProperty<Evaluation, Client>> { \.$client } }
extension Ending: ClientScopedRecord { static var clientKey: KeyPath<Ending, ParentProperty<Ending, Client>> { \.$client } }
extension FollowUp: ClientScopedRecord { static var clientKey: KeyPath<FollowUp, ParentProperty<FollowUp, Client>> { \.$client } }
extension QueueEntry: ClientScopedRecord { static var clientKey: KeyPath<QueueEntry, ParentProperty<QueueEntry, Client>> { \.$client } }
extension FamiliarizationVisit: ClientScopedRecord {
    static var clientKey: KeyPath<FamiliarizationVisit, ParentProperty<FamiliarizationVisit, Client>> { \.$client }
}
extension ShopStewardNoticeRecord: ClientScopedRecord {
    static var clientKey: KeyPath<ShopStewardNoticeRecord, ParentProperty<ShopStewardNoticeRecord, Client>> { \.$client }
}
extension FeedbackAnswer: ClientScopedRecord { static var clientKey: KeyPath<FeedbackAnswer, ParentProperty<FeedbackAnswer, Client>> { \.$client } }
extension TeamMember: ClientScopedRecord { static var clientKey: KeyPath<TeamMember, ParentProperty<TeamMember, Client>> { \.$client } }
extension Meeting: ClientScopedRecord { static var clientKey: KeyPath<Meeting, ParentProperty<Meeting, Client>> { \.$client } }
extension Achievement: ClientScopedRecord { static var clientKey: KeyPath<Achievement, ParentProperty<Achievement, Client>> { \.$client } }
