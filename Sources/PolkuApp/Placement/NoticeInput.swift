import Fluent
import PolkuDomain
import Vapor

/// The shop steward's notice as the form and the API send it.
struct NoticeInput: Content {
    var periodId: String?
    var notifiedOn: String?
    /// To whom: the shop steward's name and union or workplace.
    var recipient: String?

    static let maxRecipientLength = TextRules.maxNameLength

    func validated() throws -> (periodID: UUID, notifiedOn: LocalDate, recipient: String) {
        var v = Validator()
        // A form's empty choice is as missing as an absent field.
        let period = (periodId ?? "").isEmpty ? nil : v.optionalID("periodId", periodId)
        if (periodId ?? "").isEmpty { v.add("periodId", .errorRequired) }
        let day = v.date("notifiedOn", notifiedOn, required: true)
        let recipient = v.requiredText("recipient", recipient, maxLength: Self.maxRecipientLength)
        try v.finish()
        return (period!, day!, recipient!)
    }
}
