import Foundation
import PolkuDomain

/// `--size county|country`: the hand-made demo and, around it, generated organizers with their providers, places,
/// staff and years of history (`DemoHistory`). Built one organizer at a time and handed to `sink`, which inserts
/// it before the next is built, so memory holds one organizer's records at most.
struct DemoGenerator {
    let shape: DemoShape
    let core: DemoSeeder.DemoData
    let crypto: FieldCrypto
    let passwordHash: String
    let today: LocalDate
    let progress: DemoProgress

    /// Ids and content of the generator come from streams of their own, so the hand-made demo stays as it is.
    private static let seed: UInt64 = 0x504F_4C4B_5547_454E  // "POLKUGEN"

    func generate(_ sink: (DemoBulk) async throws -> Void) async throws {
        var ids = SplitMix64(seed: Self.seed)
        var random = SplitMix64(seed: Self.seed ^ 0xDA7A)
        let units = DemoRegion.units(shape: shape, demo: core.organizations, ids: &ids)
        var emails = Set(core.users.map(\.email))
        var people = DemoClientFactory(crypto: crypto, taken: Set(core.clients.map { String(FieldCrypto.codeHash(ofLookup: $0.picLookup)) }))
        for unit in units {
            if units.count > 1 { progress.prefix = "[\(unit.index + 1)/\(units.count)] \(unit.county.name): " }
            progress.say("building about \(DemoProgress.grouped(unit.activeTarget)) active clients and \(shape.years) years of history")
            let bulk = try build(unit, emails: &emails, people: &people, ids: &ids, random: &random)
            progress.say("built \(DemoProgress.grouped(bulk.rowCount)) rows: \(DemoProgress.grouped(bulk.clients.count)) clients, "
                + "\(DemoProgress.grouped(bulk.periods.count)) periods, \(DemoProgress.grouped(bulk.evaluations.count)) evaluations")
            try await sink(bulk)
        }
        progress.prefix = ""
    }

    /// Every organizer's records without a database, for tests.
    func buildAll() throws -> [DemoBulk] {
        var ids = SplitMix64(seed: Self.seed)
        var random = SplitMix64(seed: Self.seed ^ 0xDA7A)
        var emails = Set(core.users.map(\.email))
        var people = DemoClientFactory(crypto: crypto, taken: Set(core.clients.map { String(FieldCrypto.codeHash(ofLookup: $0.picLookup)) }))
        return try DemoRegion.units(shape: shape, demo: core.organizations, ids: &ids).map {
            try build($0, emails: &emails, people: &people, ids: &ids, random: &random)
        }
    }

    private func build(_ template: DemoUnit, emails: inout Set<String>, people: inout DemoClientFactory,
                       ids: inout SplitMix64, random: inout SplitMix64) throws -> DemoBulk {
        var unit = template
        let made = DemoProviders.furnish(&unit, demo: core.organizations, today: today, ids: &ids, random: &random)
        let staff = DemoStaffing(unit: unit, demoUsers: core.users, passwordHash: passwordHash, emails: &emails, ids: &ids, random: &random)
        var rules = Policy.legalDefaults(validFrom: LocalDate(year: today.year - shape.years - 1, month: 1, day: 1)!)
        rules.travelRules = DemoCatalog.travelRules

        var history = DemoHistory(unit: unit, staff: staff, today: today, years: shape.years, policy: rules, people: people,
                                  seed: Self.seed ^ UInt64(unit.index + 1) << 40)
        try history.run()
        people = history.people
        var bulk = history.out

        var organizations = unit.newOrganizations
        if organizations.isEmpty { organizations = [made.providers] } else { organizations[organizations.count - 1] += made.providers }
        bulk.organizations = organizations
        bulk.places = made.places
        bulk.placeTasks = made.places.flatMap { place in
            place.taskCodes.map { task in
                let row = WorkActivityPlaceTask(placeID: place.id!, task: task)
                row.id = ids.uuid()
                return row
            }
        }
        bulk.providerContracts = made.contracts
        bulk.providerContractPlaces = made.contractPlaces
        // New places of the demo's own providers join their existing contracts.
        let contractOf = Dictionary(core.providerContracts.map { ($0.$provider.id, $0.id!) }, uniquingKeysWith: { a, _ in a })
        for (provider, place) in made.placesOfDemoProviders {
            guard let contract = contractOf[provider] else { continue }
            let link = ProviderContractPlace(contractID: contract, placeID: place)
            link.id = ids.uuid()
            bulk.providerContractPlaces.append(link)
        }
        bulk.users = staff.newUsers
        bulk.policies = policies(for: unit, rules: rules, ids: &ids)
        try addEvaluationsAndFeedback(to: &bulk, unit: unit, staff: staff, areaOf: history.clients)
        return bulk
    }

    /// The demo county's rules from 2023 are the hand-made demo's; its earlier years (the municipalities' time) get
    /// the same rules as a policy of their own. The other organizers have one policy over the whole history.
    private func policies(for unit: DemoUnit, rules: Policy, ids: inout SplitMix64) -> [PolicyRecord] {
        var rules = rules
        if unit.isDemoCounty {
            guard let demoFrom = LocalDate(isoString: core.policy.validFrom), rules.validFrom < demoFrom else { return [] }
            rules.validTo = demoFrom.adding(days: -1)
        } else {
            rules.travelRules = "Matkakulut halvimman kulkutavan mukaan: bussilippu tai kilometrikorvaus toteutuneilta päiviltä."
        }
        let record = PolicyRecord(organizerID: unit.county.id!, policy: rules)
        record.id = ids.uuid()
        return [record]
    }

    /// Evaluations and feedback as the hand-made demo writes them, area by area so that each is written by the
    /// area's own workers, with streams of their own per organizer and area.
    private func addEvaluationsAndFeedback(to bulk: inout DemoBulk, unit: DemoUnit, staff: DemoStaffing,
                                           areaOf states: [DemoHistory.ClientState]) throws {
        let area = Dictionary(states.map { ($0.client.id!, $0.area) }, uniquingKeysWith: { a, _ in a })
        let coaches = staff.coaches.mapValues { $0.compactMap(\.id) }
        let providerOfPlace = Dictionary(unit.places.map { ($0.id!, $0.$provider.id) }, uniquingKeysWith: { a, _ in a })
        let byArea = Dictionary(grouping: bulk.periods, by: { area[$0.$client.id] ?? 0 })
        let plansByArea = Dictionary(grouping: bulk.plans, by: { area[$0.$client.id] ?? 0 })
        let planArea = Dictionary(bulk.plans.map { ($0.id!, area[$0.$client.id] ?? 0) }, uniquingKeysWith: { a, _ in a })
        let versionsByArea = Dictionary(grouping: bulk.planVersions, by: { planArea[$0.$plan.id] ?? 0 })
        for index in unit.areas.indices {
            let periods = byArea[index] ?? []
            guard !periods.isEmpty else { continue }
            let workers = staff.workers(inArea: index).compactMap(\.id)
            let salt = UInt64(unit.index + 1) << 40 | UInt64(index + 1) << 32
            bulk.evaluations += try DemoEvaluations(
                today: today, workers: workers, coachByProvider: coaches.compactMapValues(\.first), providerOfPlace: providerOfPlace,
                clientUsers: [:], timings: core.policy.timings, salt: salt, finalsOfPastPeriods: true
            ).make(periods: periods, plans: plansByArea[index] ?? [], versions: versionsByArea[index] ?? [])
            bulk.feedback += DemoFeedback(today: today, workers: workers, coaches: coaches, clientUserID: nil, salt: salt)
                .make(periods: periods, places: unit.places)
            // Some who have been a month in a period have a hygiene passport and the place's certificate (issue 13 item 9).
            if let worker = workers.first {
                bulk.achievements += DemoAchievements(today: today, coachByProvider: coaches.compactMapValues(\.first), worker: worker,
                                                      places: unit.places, clientUserID: nil, others: max(1, periods.count / 25), salt: salt)
                    .make(periods: periods)
            }
        }
    }
}
