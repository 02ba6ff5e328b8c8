import Fluent
import PolkuDomain
import Vapor

/// Administrators keep the county's contracts with providers (`/admin/contracts`); changes are audited.
struct ProviderContractsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.requiring(.provider(.administer))
        admin.get(SiteRoute.Kind.adminContracts.pathComponents, use: list)
        admin.post(SiteRoute.Kind.adminContracts.pathComponents, use: create)
        admin.get(SiteRoute.Kind.adminContractNew.pathComponents, use: new)
        admin.get(SiteRoute.Kind.adminContract.pathComponents, use: edit)
        admin.post(SiteRoute.Kind.adminContract.pathComponents, use: update)
    }

    func list(req: Request) async throws -> Response {
        let contracts = try await ProviderContract.query(on: req.db).with(\.$provider).sort(\.$validFrom, .descending).all()
        return ProviderContractListPage(contracts: try await req.providerContractViews(contracts)).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        var input = ProviderContractInput()
        input.validFrom = FinnishFormat.date(req.today)
        return try await ProviderContractFormPage(id: nil, input: input, failure: nil).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let contract = try await ProviderContractStore.find(try req.id(ProviderContract.self), on: req.db)
        let view = try await req.providerContractViews([contract])[0]
        return try await ProviderContractFormPage(id: try contract.typedID, input: ProviderContractInput(contract, placeIDs: view.places.map(\.id.rawValue)),
                                                  failure: nil).render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ProviderContractInput.self)
        return try await req.saveForm {
            _ = try await ProviderContractStore.create(try await validated(input, on: req), on: req)
            return req.redirect(to: SiteRoute.adminContracts.path)
        } showAgain: { rejected in
            try await ProviderContractFormPage(id: nil, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    func update(req: Request) async throws -> Response {
        let contract = try await ProviderContractStore.find(try req.id(ProviderContract.self), on: req.db)
        let input = try req.content.decode(ProviderContractInput.self)
        return try await req.saveForm {
            try await ProviderContractStore.update(contract, with: try await validated(input, on: req), expectedVersion: input.version ?? 0, on: req)
            return req.redirect(to: SiteRoute.adminContracts.path)
        } showAgain: { rejected in
            try await ProviderContractFormPage(id: try contract.typedID, input: input, failure: rejected.failure, conflict: rejected.isConflict)
                .render(on: req, status: rejected.status)
        }
    }

    private func validated(_ input: ProviderContractInput, on req: Request) async throws -> ProviderContractDraft {
        try input.validated(providers: try await Organization.query(on: req.db).filter(\.$kind == .provider).all(),
                            places: try await WorkActivityPlace.query(on: req.db).all())
    }
}
