import Fluent
import PolkuDomain
import Vapor

/// One of the three parties accepts the contract; each acceptance is recorded once, with the day.
struct AcceptanceInput: Content {
    enum Party: String, Codable, CaseIterable { case client, place, organizer }
    var party: String?
    var acceptedBy: String?
    var version: Int?

    static let maxAcceptedByLength = TextRules.maxNameLength

    func apply(to contract: Contract, today: LocalDate) throws {
        var v = Validator()
        let party = Party(rawValue: party ?? "")
        if party == nil { v.add("party", (self.party ?? "").isEmpty ? .errorRequired : .errorInvalidChoice) }
        let by = v.optionalText("acceptedBy", acceptedBy, maxLength: Self.maxAcceptedByLength, pattern: TextRules.optionalTextPattern, invalid: .errorInvalidCharacters)
        // The place and the organizer accept through a person, whose name the contract prints (issue 13, item 2).
        if version == nil { v.add("version", .errorRequired) }
        // A party that accepts through a person, with no person named: the two answers disagree. Like the other
        // rules of what is sent together, 409 when it comes alone and named among the rest otherwise (decision 217).
        if party == .place || party == .organizer, by == nil, !v.hasProblem("acceptedBy") {
            let missing = FieldProblem(field: "acceptedBy", key: .errorAcceptedByRequired)
            throw ValidationFailure(v.problems + [missing], status: v.problems.isEmpty ? .conflict : .unprocessableEntity)
        }
        try v.finish()
        switch party! {
        case .client: contract.clientAcceptedOn = today.isoString
        case .place: contract.placeAcceptedOn = today.isoString; contract.placeAcceptedBy = by ?? ""
        case .organizer: contract.organizerAcceptedOn = today.isoString; contract.organizerAcceptedBy = by ?? ""
        }
    }
}
