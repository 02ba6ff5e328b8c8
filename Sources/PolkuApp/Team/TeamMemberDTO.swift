import Fluent
import PolkuDomain
import Vapor

/// A member as pages and the API show it.
struct TeamMemberDTO: Content {
    var id: TeamMemberID
    var userId: UserID?
    var name: String
    var role: TeamRole
    var organizationName: String
    var contact: String
    var isResponsible: Bool

    init(_ member: TeamMember) throws {
        id = try member.typedID
        userId = member.$user.typedID
        name = member.name
        role = member.role
        organizationName = member.organizationName
        contact = member.contact
        isResponsible = member.isResponsible
    }

    /// The client's team, the responsible worker first.
    static func team(of clientID: UUID, on db: any Database) async throws -> [TeamMemberDTO] {
        try await TeamMember.query(on: db).filter(\.$client.$id == clientID).sort(\.$isResponsible, .descending).sort(\.$name).all()
            .map(TeamMemberDTO.init)
    }
}
