import Fluent
import PolkuDomain
import Vapor

/// A client asks for rehabilitative work activity themself (seeds 001 and 002, decision 108): the request is a
/// referral from the client to the organizer, waiting for the organizer's decision like any other.
struct SelfReferralController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.meReferral.pathComponents, use: form)
        routes.post(SiteRoute.Kind.meReferral.pathComponents, use: send)
    }

    private func ownClient(_ req: Request) async throws -> Client {
        try await req.ownClient(for: .me(.askForService))
    }

    func form(req: Request) async throws -> Response {
        let client = try await ownClient(req)
        // Consent is an act of the client: the box starts unticked.
        return try await page(client, input: ReferralInput(), failure: nil, on: req).render(on: req)
    }

    func send(req: Request) async throws -> Response {
        let client = try await ownClient(req)
        var input = try req.content.decode(ReferralInput.self)
        // Urgency is the organizer's to judge; the client only says what they would like.
        input.urgency = Urgency.normal.rawValue
        input.source = ReferralSource.selfReferral.rawValue
        do {
            let (_, draft) = try input.validated(fromAPI: false)
            _ = try await ReferralStore.create(draft, for: client, on: req)
            return req.redirect(to: SiteRoute.me.path + "#my-referral")
        } catch let failure as ValidationFailure {
            return try await page(client, input: input, failure: failure, on: req).render(on: req, status: failure.status)
        }
    }

    private func page(_ client: Client, input: ReferralInput, failure: ValidationFailure?, on req: Request) async throws -> SelfReferralPage {
        let organizer = try await ReferralStore.organizer(forMunicipality: client.municipalityCode, on: req.today, db: req.db)
        return SelfReferralPage(organizerName: organizer?.name ?? "–", input: input, failure: failure)
    }
}
