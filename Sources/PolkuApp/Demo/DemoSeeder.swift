import Fluent
import PolkuDomain
import Vapor

/// A realistic demo: one wellbeing services county with 3 areas and 8 municipalities, employment services,
/// 6 providers with places, ~200 clients with periods and referrals, and one user per role (password "demo").
///
/// The region is Pohjois-Karjala (Siun sote, seed 001) with real Statistics Finland municipality codes;
/// see `DemoCatalog`. Everything is drawn from fixed seeds, so the demo — ids included — is the same on
/// every run; only the period dates move along with `today`.
enum DemoSeeder {
    struct Login: Sendable {
        let email: String
        let role: Role
    }

    /// One login per role, in the order the login page lists them; then the social worker of the municipality that
    /// organizes the service itself (decision 125).
    static let logins: [Login] = DemoCatalog.staff.prefix(DemoCatalog.demoLoginCount).map {
        Login(email: $0.email, role: $0.role)
    } + [Login(email: DemoMunicipalOrganizer.workerEmail, role: .socialWorker)]

    /// Seeds only when there are no organizations yet. Returns true when it seeded.
    static func seedIfEmpty(on db: any Database, crypto: FieldCrypto, passwordHash: String, clientCount: Int,
                            today: LocalDate, shape: DemoShape? = nil, progress: DemoProgress = .silent) async throws -> Bool {
        guard try await Organization.query(on: db).count() == 0 else { return false }
        do {
            try await seed(on: db, crypto: crypto, passwordHash: passwordHash, clientCount: clientCount, today: today,
                           shape: shape, progress: progress)
            return true
        } catch {
            // Several instances starting at once against one PostgreSQL database: the ids are fixed,
            // so all but the first collide on them and roll back. The first one's demo stands.
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  try await Organization.query(on: db).count() > 0 else { throw error }
            return false
        }
    }

    /// Inserts the whole demo in one transaction: a failure leaves nothing behind. With a `shape` (`--size county`
    /// or `country`) the generated organizers and their history follow the hand-made demo.
    static func seed(on db: any Database, crypto: FieldCrypto, passwordHash: String, clientCount: Int,
                     today: LocalDate, shape: DemoShape? = nil, progress: DemoProgress = .silent) async throws {
        try await DataGeneration.bulkLoad(on: db) { try await insertAll(on: db, crypto: crypto, passwordHash: passwordHash,
                                                                         clientCount: clientCount, today: today, shape: shape, progress: progress) }
    }

    private static func insertAll(on db: any Database, crypto: FieldCrypto, passwordHash: String, clientCount: Int,
                                  today: LocalDate, shape: DemoShape?, progress: DemoProgress) async throws {
        try await db.transaction { tx in
            let data = try build(crypto: crypto, passwordHash: passwordHash, clientCount: clientCount, today: today)
            // Parents before children: foreign keys are checked as each statement runs.
            for level in data.organizations.levels {
                try await insert(level, on: tx)
            }
            try await insert(data.places, on: tx)
            try await insert(data.placeTasks, on: tx)
            try await insert(data.providerContracts, on: tx)
            try await insert(data.providerContractPlaces, on: tx)
            try await insert(data.clients, on: tx)
            try await insert(data.users, on: tx)
            try await insert(data.made.decisions, on: tx)
            try await insert(data.periods, on: tx)
            try await insert(data.made.contracts, on: tx)
            try await insert(data.administrative.pathDecisions, on: tx)
            try await CaseNumberStore.start(organizerID: data.organizations.county.requireID(), at: data.administrative.lastNumbers, on: tx)
            try await insert(data.made.team, on: tx)
            try await insert(data.made.meetings, on: tx)
            try await insert([data.policy], on: tx)
            try await insert(data.plans, on: tx)
            try await insert(data.planVersions, on: tx)
            try await insert(data.referrals, on: tx)
            try await insert(data.assessments, on: tx)
            try await insert(data.endings, on: tx)
            try await insert(data.followUps, on: tx)
            try await insert(data.evaluations, on: tx)
            try await insert(data.achievements, on: tx)
            try await insert(data.placement.queueEntries, on: tx)
            try await insert(data.placement.visits, on: tx)
            try await insert(data.placement.notices, on: tx)
            try await insert(data.feedback, on: tx)
            try await insertMunicipalOrganizer(data, on: tx)
            guard let shape else { return }
            progress.say("inserted the hand-made demo: \(data.clients.count) clients")
            try await DemoGenerator(shape: shape, core: data, crypto: crypto, passwordHash: passwordHash, today: today, progress: progress)
                .generate { bulk in try await bulk.insert(on: tx, progress: progress) }
        }
    }

    // MARK: - Building

    /// Every record of the demo, built in memory first so that it goes in with a few multi-row inserts.
    struct DemoData {
        let organizations: DemoOrganizations
        let places: [WorkActivityPlace]
        /// The client user's own record first.
        let clients: [Client]
        let users: [User]
        let periods: [Period]
        let policy: PolicyRecord
        let plans: [Plan]
        let planVersions: [PlanVersion]
        let referrals: [Referral]
        let assessments: [Assessment]
        let endings: [Ending]
        let followUps: [FollowUp]
        let evaluations: [Evaluation]
        /// Trainings and certificates gained during a period (issue 13 item 9).
        let achievements: [Achievement]
        let feedback: [FeedbackAnswer]
        let made: DemoDecisions.Made
        let administrative: DemoPathDecisions.Made
        /// Heinävesi, organizing the service itself beside the county, and both organizers' own texts.
        let municipal: DemoMunicipalOrganizer.Made
        let documents: [OrganizerDocument]
        let placement: DemoPlacement.Made
        let placeTasks: [WorkActivityPlaceTask]
        let providerContracts: [ProviderContract]
        let providerContractPlaces: [ProviderContractPlace]
    }

    /// The content is drawn from `dataSeed`; ids from `idSeed`, a stream of their own, so that
    /// organizations, places and users keep their ids whatever the number of clients.
    private static let dataSeed: UInt64 = 0x504F_4C4B_5544_454D  // "POLKUDEM"
    private static let idSeed: UInt64 = 0x504F_4C4B_5549_4453  // "POLKUIDS"

    /// Builds the demo without touching a database, so tests can look at it directly.
    static func build(crypto: FieldCrypto, passwordHash: String, clientCount: Int, today: LocalDate) throws -> DemoData {
        var ids = SplitMix64(seed: idSeed)
        var random = SplitMix64(seed: dataSeed)
        let organizations = DemoOrganizations(ids: &ids)

        // Same indexes as `DemoCatalog.places`.
        var places: [WorkActivityPlace] = []
        for spec in DemoCatalog.places {
            let area = DemoCatalog.area(ofMunicipality: spec.municipalityCode)
            let place = WorkActivityPlace(providerID: organizations.providers[spec.provider].id!, name: spec.name,
                                          areaID: organizations.areas[area].id,
                                          municipalityCode: spec.municipalityCode, capacity: spec.capacity)
            place.id = ids.uuid()
            places.append(place)
        }

        var people = DemoPeople(crypto: crypto, today: today)
        let clientUser = try people.makeClientUserRecord(id: ids.uuid())

        // bcrypt is slow, so every demo user shares the one hash the caller computed.
        var users: [User] = []
        for staff in DemoCatalog.staff {
            users.append(User(id: ids.uuid(), email: staff.email, name: staff.name, passwordHash: passwordHash,
                              role: staff.role, organizationID: organizations.id(of: staff.home),
                              clientID: staff.role == .client ? clientUser.id : nil, language: .fi))
        }

        // The client user counts towards `clientCount`, but exists even when it is zero:
        // the client login must always work.
        let others = try people.makeClients(count: max(0, clientCount - 1), ids: &ids, random: &random)
        let periods = people.makePeriods(clientUser: clientUser, others: others, places: places,
                                         ids: &ids, random: &random)
        // The rules since the counties took over the service (1.1.2023), with the region's travel practice (seed 001).
        var rules = Policy.legalDefaults(validFrom: LocalDate(year: 2023, month: 1, day: 1)!)
        rules.travelRules = DemoCatalog.travelRules
        let policy = PolicyRecord(organizerID: organizations.county.id!, policy: rules)
        policy.id = ids.uuid()
        let socialWorker = users.first { $0.role == .socialWorker }!.id!
        let (plans, planVersions) = try DemoPlans.make(periods: periods, author: socialWorker, ids: &ids)
        let referrals = DemoReferrals(organizations: organizations, users: users, today: today)
            .make(clients: [clientUser] + others, periods: periods)
        let assessors = users.filter { [.socialWorker, .socialCounsellor].contains($0.role) }.compactMap(\.id)
        let assessments = DemoAssessments(today: today, assessors: assessors).make(clients: [clientUser] + others, periods: periods)
        DemoPlaces.addMatchingNeeds(to: assessments)
        DemoPlaces.apply(to: places, periods: periods, today: today)
        let contracts = DemoPlaces.contracts(providers: organizations.providers, places: places, today: today)
        let writers = users.filter { Action.Ending.write.isGranted(to: $0.role) }.compactMap(\.id)
        let (endings, followUps) = DemoEndings(today: today, writers: writers, timings: rules.timings).make(periods: periods)
        // After the endings, which move the last day of periods that ended early.
        let coaches = users.filter { $0.role == .workCoach }
        let evaluations = try DemoEvaluations(
            today: today, workers: assessors,
            coachByProvider: Dictionary(coaches.compactMap { c in c.$organization.id.map { ($0, c.id!) } }, uniquingKeysWith: { a, _ in a }),
            providerOfPlace: Dictionary(places.map { ($0.id!, $0.$provider.id) }, uniquingKeysWith: { a, _ in a }),
            clientUsers: Dictionary(users.compactMap { u in u.$client.id.map { ($0, u.id!) } }, uniquingKeysWith: { a, _ in a }),
            timings: rules.timings
        ).make(periods: periods, plans: plans, versions: planVersions)
        // Every period that is not over has its decision, contract, responsible worker; some a meeting ahead.
        let made = DemoDecisions.make(periods: periods, clients: [clientUser] + others,
                                      decider: users.first { $0.email == "social.worker@demo.polku.fi" }!,
                                      counsellor: users.first { $0.email == "counsellor@demo.polku.fi" }!, today: today, ids: &ids)
        let administrative = DemoPathDecisions.make(decisions: made.decisions, periods: periods, referrals: referrals,
                                                    decider: users.first { $0.email == "social.worker@demo.polku.fi" }!, today: today, ids: &ids)
        let placement = DemoPlacement(today: today, writers: users.filter { Action.QueueEntry.write.isGranted(to: $0.role) }.compactMap(\.id))
            .make(clients: [clientUser] + others, periods: periods, places: places, decisions: made.decisions)
        DemoInterruptions.apply(to: periods, places: places, evaluated: Set(evaluations.map { $0.$period.id }), exclude: clientUser.id,
                                recorder: users.first { $0.email == "social.worker@demo.polku.fi" }!.name, today: today)
        let coachesByProvider = Dictionary(grouping: users.filter { $0.role == .workCoach && $0.$organization.id != nil }) { $0.$organization.id! }
            .mapValues { $0.compactMap(\.id) }
        let feedback = DemoFeedback(today: today, workers: users.filter { FeedbackAccess.channel(for: .client, by: $0.role) == .paper }.compactMap(\.id),
                                    coaches: coachesByProvider, clientUserID: clientUser.id).make(periods: periods, places: places)
        let achievements = DemoAchievements(today: today, coachByProvider: coachesByProvider.compactMapValues(\.first), worker: socialWorker,
                                            places: places, clientUserID: clientUser.id).make(periods: periods)
        let municipal = try DemoMunicipalOrganizer(crypto: crypto, passwordHash: passwordHash, today: today).make()
        let documents = DemoOrganizerDocuments.make(countyID: organizations.county.id!, municipalityID: municipal.municipality.id!,
                                                    municipalityFrom: LocalDate(isoString: municipal.municipality.organizesFrom!)!, today: today)
        return DemoData(organizations: organizations, places: places, clients: [clientUser] + others,
                        users: users, periods: periods, policy: policy, plans: plans, planVersions: planVersions, referrals: referrals,
                        assessments: assessments, endings: endings, followUps: followUps, evaluations: evaluations, achievements: achievements,
                        feedback: feedback, made: made, administrative: administrative, municipal: municipal, documents: documents, placement: placement,
                        placeTasks: DemoPlaces.taskRows(for: places), providerContracts: contracts.contracts,
                        providerContractPlaces: contracts.places)
    }

    // MARK: - Inserting

    /// Parents before children, as for the county.
    private static func insertMunicipalOrganizer(_ data: DemoData, on tx: any Database) async throws {
        let m = data.municipal
        try await insert([m.municipality, m.provider], on: tx)
        try await insert(m.places, on: tx)
        try await insert(m.placeTasks, on: tx)
        try await insert(m.clients, on: tx)
        try await insert([m.worker], on: tx)
        try await insert(m.decisions, on: tx)
        try await insert(m.periods, on: tx)
        try await insert(m.contracts, on: tx)
        try await insert(m.team, on: tx)
        try await insert([m.policy], on: tx)
        try await insert(m.plans, on: tx)
        try await insert(m.planVersions, on: tx)
        try await insert(m.referrals, on: tx)
        try await insert(data.documents, on: tx)
    }

    /// Rows per INSERT: keeps a statement under SQLite's limit of 32,766 bound values (and
    /// PostgreSQL's 65,535) at national demo sizes; a client row binds 14.
    private static let batchSize = 500

    private static func insert<M: Model>(_ models: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: batchSize) {
            try await Array(models[start..<min(start + batchSize, models.count)]).create(on: db)
        }
    }
}

/// The organizations of the demo region, indexed like `DemoCatalog`.
struct DemoOrganizations {
    let county: Organization
    let areas: [Organization]
    let employmentServices: [Organization]
    let municipalities: [Organization]
    let providers: [Organization]

    init(ids: inout SplitMix64) {
        let county = Organization(id: ids.uuid(), name: DemoCatalog.countyName, kind: .county,
                                  organizationForm: .county, coveredMunicipalityCodes: DemoCatalog.allCodes)
        var areas: [Organization] = []
        for (index, name) in DemoCatalog.areas.enumerated() {
            areas.append(Organization(id: ids.uuid(), name: name, kind: .area, parentID: county.id,
                                      coveredMunicipalityCodes: DemoCatalog.codes(inAreas: [index])))
        }
        var employmentServices: [Organization] = []
        for office in DemoCatalog.employmentServices {
            employmentServices.append(Organization(id: ids.uuid(), name: office.name, kind: .employmentServices,
                                                   coveredMunicipalityCodes: office.codes))
        }
        var municipalities: [Organization] = []
        for municipality in DemoCatalog.municipalities {
            municipalities.append(Organization(id: ids.uuid(), name: municipality.name, kind: .municipality,
                                               parentID: areas[municipality.area].id,
                                               municipalityCode: municipality.code, organizationForm: .municipality,
                                               coveredMunicipalityCodes: [municipality.code]))
        }
        var providers: [Organization] = []
        for provider in DemoCatalog.providers {
            providers.append(Organization(id: ids.uuid(), name: provider.name, kind: .provider,
                                          providerKind: provider.kind, organizationForm: provider.form,
                                          coveredMunicipalityCodes: DemoCatalog.codes(inAreas: provider.areas)))
        }
        self.county = county
        self.areas = areas
        self.employmentServices = employmentServices
        self.municipalities = municipalities
        self.providers = providers
    }

    /// Parents before children, so that each level can go in with one statement.
    var levels: [[Organization]] {
        [[county], areas + employmentServices, municipalities + providers]
    }

    func id(of home: DemoCatalog.Home) -> UUID? {
        switch home {
        case .county: county.id
        case .area(let index): areas[index].id
        case .employmentServices(let index): employmentServices[index].id
        case .provider(let index): providers[index].id
        case .none: nil
        }
    }
}
