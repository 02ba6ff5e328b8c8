import Fluent
import PolkuDomain
import Vapor

/// The referral pages: the incoming queue and the sent list, one referral with its decision, and
/// sending a referral for a client.
struct ReferralsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.referrals.pathComponents, use: list)
        routes.get(SiteRoute.Kind.referral.pathComponents, use: show)
        routes.post(SiteRoute.Kind.referral.pathComponents, use: decide)
        routes.get(SiteRoute.Kind.clientReferralNew.pathComponents, use: new)
        routes.post(SiteRoute.Kind.clientReferrals.pathComponents, use: create)
    }

    func list(req: Request) async throws -> Response {
        try await req.authorizeReferrals()
        let mayDecide = Action.Referral.decide.isGranted(to: try await req.principal())
        var search = try ReferralSearch.from(req, defaultView: mayDecide ? .incoming : .sent)
        if !mayDecide { search.view = .sent }  // only deciders have an incoming queue
        // Arriving at the queue shows what waits for a decision; "all states" sends an empty state.
        if search.view == .incoming, req.query[String.self, at: "state"] == nil { search.state = .received }
        let result = try await search.run(scope: try await req.referralScope(), on: req.db)
        try await req.audit(.referralList, clients: result.referrals.clientIDs)
        return ReferralListPage(search: search, result: result, rows: try await req.referralViews(result.referrals), mayDecide: mayDecide)
            .render(on: req)
    }

    func show(req: Request) async throws -> Response {
        let (referral, client) = try await req.authorizedReferral(try req.id(Referral.self), for: .referral(.read))
        try await req.audit(.referralRead, clients: [try client.requireID()])
        return try await page(referral, client, on: req).render(on: req)
    }

    func decide(req: Request) async throws -> Response {
        let (referral, client) = try await req.authorizedReferral(try req.id(Referral.self), for: .referral(.decide))
        let input = try req.content.decode(ReferralDecisionInput.self)
        return try await req.saveForm {
            let draft = try input.validated()
            // Accepting and returning cannot be undone: the page asks once (issue 13, item 3).
            if draft.state == .accepted || draft.state == .returned, req.needsConfirmation {
                let t = req.texts, accept = draft.state == .accepted
                return ConfirmationPage(title: t[accept ? .confirmReferralAcceptTitle : .confirmReferralReturnTitle],
                                        consequences: accept ? [t[.confirmReferralAccept], t[.confirmReferralAcceptNext]]
                                            : [t[.confirmReferralReturn], t[.confirmReferralReturnNext]],
                                        confirmLabel: t[accept ? .confirmReferralAcceptButton : .confirmReferralReturnButton],
                                        cancelHref: SiteRoute.referral(try referral.typedID).path).render(on: req)
            }
            try await ReferralStore.decide(referral, with: draft, on: req)
            return req.redirect(to: SiteRoute.referral(try referral.typedID).path)
        } showAgain: { rejected in
            switch rejected {
            case .invalid(let failure):
                var page = try await page(referral, client, on: req)
                page.input = input
                page.failure = failure
                page.formVersion = input.version
                return page.render(on: req, status: failure.status)
            case .conflict(let reason):
                // Show what is stored now, so the decider sees what happened meanwhile.
                guard let fresh = try await Referral.find(referral.id, on: req.db) else { throw Abort(.notFound) }
                var page = try await page(fresh, client, on: req)
                page.input = input
                page.conflict = reason
                return page.render(on: req, status: .conflict)
            }
        }
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.clientForReferral(try req.id(Client.self))
        try await req.audit(.clientRead, clients: [try client.requireID()])
        return try await form(client, input: ReferralInput(urgency: Urgency.normal.rawValue), failure: nil, on: req).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.clientForReferral(try req.id(Client.self))
        let input = try req.content.decode(ReferralInput.self)
        do {
            let (_, draft) = try input.validated(fromAPI: false)
            let referral = try await ReferralStore.create(draft, for: client, on: req)
            return req.redirect(to: SiteRoute.referral(try referral.typedID).path)
        } catch let failure as ValidationFailure {
            return try await form(client, input: input, failure: failure, on: req).render(on: req, status: failure.status)
        }
    }

    private func page(_ referral: Referral, _ client: Client, on req: Request) async throws -> ReferralPage {
        ReferralPage(referral: try await req.referralViews([referral])[0], mayDecide: try await req.mayDecide(referral, of: client),
                     mayOpenClient: try await req.permits(.client(.read), on: client.facts),
                     mayAssess: try await req.permits(.assessment(.write), on: client.facts))
    }

    private func form(_ client: Client, input: ReferralInput, failure: ValidationFailure?, on req: Request) async throws -> ReferralFormPage {
        let organizer = try await ReferralStore.organizer(forMunicipality: client.municipalityCode, on: req.today, db: req.db)
        let own = try await Organization.find(try req.requireUser().$organization.id, on: req.db)
        return ReferralFormPage(clientID: try client.typedID, clientName: client.fullName,
                                organizerName: organizer?.name ?? "–", usualSource: .usual(for: own?.kind), input: input, failure: failure)
    }
}
