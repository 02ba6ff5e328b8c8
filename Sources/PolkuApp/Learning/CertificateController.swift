import Fluent
import PolkuDomain
import Vapor

/// A period's printable certificate: for those who read the client, and for the client on their own page.
struct CertificateController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.periodCertificate.pathComponents, use: certificate)
        routes.get(SiteRoute.Kind.myCertificate.pathComponents, use: myCertificate)
    }

    func certificate(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .achievement(.read))
        return try await Self.page(req, client: client, back: SiteRoute.clientAchievements(try client.typedID).path, backLabel: client.fullName)
    }

    func myCertificate(req: Request) async throws -> Response {
        let client = try await req.ownClient(for: .me(.read))
        try await req.require(.achievement(.read), on: AchievementFacts(client: client.facts))
        return try await Self.page(req, client: client, back: SiteRoute.me.path, backLabel: req.texts[.myPageTitle])
    }

    /// The certificate of the period in the path, which must be the client's (404 otherwise); its reading is audited.
    private static func page(_ req: Request, client: Client, back: String, backLabel: String) async throws -> Response {
        let clientID = try client.requireID()
        let period = try await Period.find(try req.id(Period.self), of: try client.typedID, on: req.db)
        let place = try await WorkActivityPlace.query(on: req.db).filter(\.$id == period.$place.id).with(\.$provider).first()
        let achievements = try await Achievement.query(of: clientID, on: req.db).filter(\.$period.$id == period.id)
            .sort(\.$gainedOn).all()
        let day = LocalDate(isoString: period.startsOn) ?? req.today
        let organizer = try await Organizer.of(client, on: day, db: req.db)
        try await req.audit(.certificateRead, clients: [clientID])
        return CertificatePage(organizerName: organizer?.name ?? "–", clientName: client.fullName,
                               clientNameInText: "\(client.firstName) \(client.lastName)", birthDate: client.birthDate,
                               placeName: place?.name ?? "–", providerName: place?.provider.name ?? "–",
                               startsOn: period.startsOn, endsOn: period.endsOn,
                               achievements: try await req.achievementViews(achievements), issuedOn: req.today,
                               back: back, backLabel: backLabel).render(on: req)
    }
}
