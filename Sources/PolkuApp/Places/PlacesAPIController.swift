import Fluent
import PolkuDomain
import Vapor

/// /api/v1/places and /api/v1/provider-contracts: the registry read-only, for everyone signed in.
/// Places and contracts are written in the audited admin pages, like policies.
struct PlacesAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIRoute.Kind.places.pathComponents, use: list)
        routes.get(APIRoute.Kind.place.pathComponents, use: show)
        routes.get(APIRoute.Kind.providerContracts.pathComponents, use: contracts)
        routes.get(APIRoute.Kind.providerContract.pathComponents, use: contract)
    }

    struct PlaceList: Content {
        var items: [PlaceDTO]
        var total: Int
        var page: Int
        var perPage: Int
    }

    struct ContractList: Content { var items: [ProviderContractDTO] }

    func list(req: Request) async throws -> PlaceList {
        let search = try PlaceSearch(req)
        let result = try await search.run(on: req)
        return PlaceList(items: result.places, total: result.total, page: search.page,
                         perPage: search.perPage)
    }

    func show(req: Request) async throws -> PlaceDTO {
        try await req.placeView(try req.id(WorkActivityPlace.self))
    }

    func contracts(req: Request) async throws -> ContractList {
        var parameters = QueryParameters(req)
        let provider = parameters.uuid("providerId")
        try parameters.finish()
        let query = ProviderContract.query(on: req.db).with(\.$provider).sort(\.$validFrom, .descending)
        if let provider { query.filter(\.$provider.$id == provider) }
        return ContractList(items: try await req.providerContractViews(try await query.all()))
    }

    func contract(req: Request) async throws -> ProviderContractDTO {
        try await req.providerContractViews([try await ProviderContractStore.find(try req.id(ProviderContract.self), on: req.db)])[0]
    }
}
