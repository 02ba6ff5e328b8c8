import Fluent
import PolkuDomain
import Vapor

/// The form's checkbox arrives as "on".
struct TeamForm: Content {
    var userEmail: String?
    var name: String?
    var role: String?
    var organizationName: String?
    var contact: String?
    var isResponsible: String?

    var input: TeamInput {
        TeamInput(userEmail: (userEmail ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? nil : userEmail, name: name, role: role, organizationName: organizationName, contact: contact,
                  isResponsible: isResponsible == "on")
    }
}
