import Fluent
import PolkuDomain
import Vapor

/// An admin's form for a professional's account. Client accounts are made with `polku users add`.
struct UserInput: Content {
    var email: String?
    var name: String?
    var role: String?
    var organizationId: String?
    var language: String?
    /// Required for a new account; on an existing one, a new password replaces the old.
    var password: String?
    var isActive: String?
    /// The title decisions print after the name (decision 203); empty: the role's name.
    var title: String?

    static let minimumPasswordLength = PasswordRules.minLength
    static let maxNameLength = TextRules.maxNameLength
    static let maxEmailLength = TextRules.maxEmailLength
    static let maxTitleLength = 100
    static let assignableRoles: [Role] = Role.allCases.filter { $0 != .client }

    func apply(to user: User, organizations: [Organization], isNew: Bool, on req: Request) async throws {
        var v = Validator()
        let email = v.requiredText("email", email, maxLength: Self.maxEmailLength)?.lowercased()
        if let email, !email.isPlausibleEmail { v.add("email", .errorEmail) }
        if let email, let other = try await User.query(on: req.db).filter(\.$email == email).first(), other.id != user.id {
            v.add("email", .errorDuplicate)
        }
        let name = v.requiredText("name", name, maxLength: Self.maxNameLength)
        let role = Role(rawValue: role ?? "").flatMap { Self.assignableRoles.contains($0) ? $0 : nil }
        if role == nil { v.add("role", .errorInvalidChoice) }
        let orgID = UUID(uuidString: organizationId ?? "")
        if orgID == nil || !organizations.contains(where: { $0.id == orgID }) { v.add("organizationId", .errorInvalidChoice) }
        let language = Language(rawValue: language ?? "fi")
        if language == nil { v.add("language", .errorInvalidChoice) }
        let title = v.note("title", title, required: false, maxLength: Self.maxTitleLength)
        let password = password ?? ""
        if isNew || !password.isEmpty {
            switch PasswordRules.problem(with: password, email: email ?? "") {
            case .tooShort?: v.add("password", .errorPasswordLength, ["min": "\(PasswordRules.minLength)"])
            case .tooLong?: v.add("password", .errorPasswordTooLong, ["max": "\(PasswordRules.maxBytes)"])
            case .common?: v.add("password", .errorPasswordCommon)
            case nil: break
            }
        }
        try v.finish()
        user.email = email!
        user.name = name!
        user.role = role!
        user.$organization.id = orgID
        user.language = language!.rawValue
        user.title = title
        user.isActive = isNew || isActive == "on" || isActive == "true"
        if !password.isEmpty { user.passwordHash = try await req.password.async.hash(password) }
    }

    /// Whether applying this input sets a new password: then every session and token of the account ends.
    var changesPassword: Bool { !(password ?? "").isEmpty }
}
