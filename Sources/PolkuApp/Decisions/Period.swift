import Fluent
import PolkuDomain
import Vapor

/// A client's period of work activity at one place. The client path (issue 4) ties it to a decision.
final class Period: Model, @unchecked Sendable {
    static let schema = "periods"

    @ID(key: .id) var id: UUID?
    @Parent(key: "client_id") var client: Client
    @Parent(key: "place_id") var place: WorkActivityPlace
    /// ISO dates (YYYY-MM-DD): compare as text in every database.
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    /// An interruption or an ending, if one was recorded; the state on a day is `state(on:)` (decision 101).
    @Enum(key: "status") var recorded: PeriodRecord
    @OptionalParent(key: "decision_id") var decision: Decision?
    @OptionalField(key: "interruption_reason") var interruptionReason: String?
    /// After an interruption, why the situation is not evaluated, when and by whom (by name, decision 115).
    @OptionalField(key: "no_evaluation_reason") var noEvaluationReason: String?
    @OptionalField(key: "no_evaluation_on") var noEvaluationOn: String?
    @OptionalField(key: "no_evaluation_by") var noEvaluationBy: String?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(clientID: UUID, placeID: UUID, startsOn: String, endsOn: String, recorded: PeriodRecord = .open) {
        self.$client.id = clientID
        self.$place.id = placeID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.recorded = recorded
        self.version = 1
    }

    var dateRange: DateRange? {
        guard let start = LocalDate(isoString: startsOn), let end = LocalDate(isoString: endsOn) else { return nil }
        return DateRange(start: start, end: end)
    }

    /// Planned, active, interrupted or ended on `day`, from the dates and what was recorded (decision 101).
    func state(on day: LocalDate) -> PeriodStatus {
        guard let range = dateRange else { return recorded == .interrupted ? .interrupted : .ended }
        return PeriodStatus.on(day, startsOn: range.start, endsOn: range.end, recorded: recorded)
    }
}
