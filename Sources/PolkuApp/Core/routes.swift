import Fluent
import Vapor

func routes(_ app: Application) throws {
    // Operations and the API contract: no session.
    try app.register(collection: OperationsController())

    // The API: bearer tokens only, never cookies.
    let api = app.grouped(ApiTokenAuthenticator())
    try api.register(collection: AuthAPIController())
    let signedInAPI = api.grouped(User.guardMiddleware())
    try signedInAPI.register(collection: ClientsAPIController())
    try signedInAPI.register(collection: DirectoryAPIController())
    try signedInAPI.register(collection: PoliciesAPIController())
    try signedInAPI.register(collection: PlansAPIController())
    try signedInAPI.register(collection: TeamAPIController())
    try signedInAPI.register(collection: DecisionsAPIController())
    try signedInAPI.register(collection: MeetingsAPIController())
    try signedInAPI.register(collection: ReferralsAPIController())
    try signedInAPI.register(collection: AssessmentsAPIController())
    try signedInAPI.register(collection: EndingsAPIController())
    try signedInAPI.register(collection: FollowUpsAPIController())
    try signedInAPI.register(collection: PlacesAPIController())
    try signedInAPI.register(collection: MatchingAPIController())

    // Pages: a session cookie, CSRF tokens on every form.
    let pages = app.grouped(CSRFMiddleware())
    try pages.register(collection: LoginController())
    // The public registry of places: no sign-in, the same layout and language switch, no client data.
    try pages.register(collection: PublicPlacesController())
    let signedIn = pages.grouped(SignedInPageMiddleware())
    try signedIn.register(collection: FrontPageController())
    try signedIn.register(collection: ClientsController())
    try signedIn.register(collection: MyDataController())
    try signedIn.register(collection: ReferralsController())
    try signedIn.register(collection: StatisticsController())
    try signedIn.register(collection: AdminController())
    try signedIn.register(collection: PoliciesController())
    try signedIn.register(collection: PlansController())
    try signedIn.register(collection: TeamController())
    try signedIn.register(collection: DecisionsController())
    try signedIn.register(collection: MeetingsController())
    try signedIn.register(collection: AssessmentsController())
    try signedIn.register(collection: EndingsController())
    try signedIn.register(collection: FollowUpsController())
    try signedIn.register(collection: PlacesAdminController())
    try signedIn.register(collection: ProviderContractsController())
    try signedIn.register(collection: MatchingController())
}
