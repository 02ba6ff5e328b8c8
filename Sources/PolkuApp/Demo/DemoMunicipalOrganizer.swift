import Foundation
import PolkuDomain

/// Heinävesi beside the county (decision 125): a municipality that has organized the service itself since the
/// start of last year, as the reform will have every municipality do. Its own social worker login, policy, texts,
/// workshop with two places, a few clients in a period and referrals waiting. Drawn from streams of its own, so the
/// county's demo (ids included) is the same with or without it.
struct DemoMunicipalOrganizer {
    private static let idSeed: UInt64 = 0x504F_4C4B_5548_4549  // "POLKUHEI"
    static let code = "090"
    static let workerEmail = "municipality.worker@demo.polku.fi"

    struct Made {
        var municipality: Organization
        var provider: Organization
        var places: [WorkActivityPlace] = []
        var placeTasks: [WorkActivityPlaceTask] = []
        var worker: User
        var policy: PolicyRecord
        var clients: [Client] = []
        var plans: [Plan] = []
        var planVersions: [PlanVersion] = []
        var decisions: [Decision] = []
        var periods: [Period] = []
        var contracts: [Contract] = []
        var team: [TeamMember] = []
        var referrals: [Referral] = []
    }

    let crypto: FieldCrypto
    let passwordHash: String
    let today: LocalDate

    /// The first day Heinävesi organizes: 1 January of last year.
    var organizesFrom: LocalDate { LocalDate(year: today.year - 1, month: 1, day: 1)! }

    func make() throws -> Made {
        var ids = SplitMix64(seed: Self.idSeed)
        let municipality = Organization(id: ids.uuid(), name: "Heinäveden kunta", kind: .municipality, municipalityCode: Self.code,
                                        organizationForm: .municipality, coveredMunicipalityCodes: [Self.code],
                                        organizesFrom: organizesFrom.isoString)
        let provider = Organization(id: ids.uuid(), name: "Heinäveden kunnan työpaja", kind: .provider, providerKind: .ownProduction,
                                    organizationForm: .municipality, coveredMunicipalityCodes: [Self.code])
        let worker = User(id: ids.uuid(), email: Self.workerEmail, name: "Hanna Heinonen", passwordHash: passwordHash, role: .socialWorker,
                          organizationID: municipality.id, language: .fi)
        var rules = Policy.legalDefaults(validFrom: organizesFrom)
        rules.travelRules = "Kunta maksaa kilometrikorvauksen toteutuneilta päiviltä tai kuntabussin kausikortin."
        let policy = PolicyRecord(organizerID: municipality.id!, policy: rules)
        policy.id = ids.uuid()
        var made = Made(municipality: municipality, provider: provider, worker: worker, policy: policy)
        made.places = [place("Heinäveden työpaja", provider: provider.id!, capacity: 8, tasks: [.workshop, .wood], ids: &ids),
                       place("Kirkonkylän kierrätyspiste", provider: provider.id!, capacity: 6, tasks: [.recycling, .shopCustomerService], ids: &ids)]
        made.placeTasks = made.places.flatMap { place in
            place.taskCodes.map { task in
                let row = WorkActivityPlaceTask(placeID: place.id!, task: task)
                row.id = ids.uuid()
                return row
            }
        }
        let people = [("Aino", "Kärkkäinen", 1979, 4), ("Mikko", "Hyvärinen", 1990, 11), ("Sanna", "Ikonen", 1985, 7), ("Tapio", "Ruotsalainen", 1968, 2)]
        for (index, person) in people.enumerated() {
            made.clients.append(try client(person.0, person.1, born: LocalDate(year: person.2, month: person.3, day: 12 + index)!,
                                           number: 911 + index * 2 + (index % 2), ids: &ids))
        }
        // The first two are in a period at the workshop and the recycling point; the other two wait for a decision.
        for index in 0..<2 { addPeriod(for: made.clients[index], at: made.places[index], index: index, to: &made, ids: &ids) }
        for index in 2..<4 {
            made.referrals.append(referral(for: made.clients[index], made: made, state: .received,
                                           receivedOn: today.adding(days: -3 - index * 4), ids: &ids))
        }
        return made
    }

    private func place(_ name: String, provider: UUID, capacity: Int, tasks: [PlaceTask], ids: inout SplitMix64) -> WorkActivityPlace {
        let place = WorkActivityPlace(providerID: provider, name: name, areaID: nil, municipalityCode: Self.code, capacity: capacity)
        place.id = ids.uuid()
        place.streetAddress = "Kermantie 5"; place.postalCode = "79700"; place.town = "Heinävesi"
        place.details = "Kunnan oma työpaja kirkonkylässä: puutöitä, pieniä korjauksia ja kierrätystavaran myyntiä."
        place.tasks = CodeList.stored(Set(tasks)); place.learning = "Työturvallisuus, työkalujen käyttö ja asiakaspalvelu."
        place.supportLevel = SupportLevel.moderate.rawValue; place.supportText = "Työvalmentaja on paikalla koko päivän."
        place.accessibility = CodeList.stored(Set([AccessibilityFeature.stepFree])); place.accessibilityText = ""
        place.remotePossible = false; place.languages = CodeList.stored(Set([PlaceLanguage.fi]))
        place.openDays = "1,2,3,4"; place.opensAt = "08:30"; place.closesAt = "14:30"
        place.contactName = "Pasi Heikkinen"; place.contactPhone = "017 555 0190"; place.contactEmail = "tyopaja@demo.heinavesi.fi"
        return place
    }

    private func client(_ first: String, _ last: String, born: LocalDate, number: Int, ids: inout SplitMix64) throws -> Client {
        let code = try DemoPeople.identityCode(born: born, individualNumber: number)
        let client = Client()
        client.id = ids.uuid()
        client.firstName = first; client.lastName = last; client.searchName = Client.searchName(first: first, last: last)
        client.picCiphertext = try crypto.encrypt(code.value)
        client.picLookup = crypto.identityLookup(code.value, municipality: Self.code)
        client.birthDate = code.birthDate.isoString; client.municipalityCode = Self.code; client.language = Language.fi.rawValue
        client.version = 1
        return client
    }

    /// A period begun some weeks ago, with the accepted referral, the plan and the decision before it, its contract
    /// printing Heinävesi's own texts, and the municipality's social worker as the responsible worker.
    private func addPeriod(for client: Client, at place: WorkActivityPlace, index: Int, to made: inout Made, ids: inout SplitMix64) {
        let start = today.adding(days: -30 - index * 25)
        let end = start.lastDayOfSpan(months: 3)
        made.referrals.append(referral(for: client, made: made, state: .accepted, receivedOn: start.adding(days: -30), ids: &ids))
        let plan = Plan(clientID: client.id!, kind: .activationPlan)
        plan.id = ids.uuid()
        let version = PlanVersion()
        version.id = ids.uuid(); version.$plan.id = plan.id!; version.number = 1; version.madeOn = start.adding(days: -14).isoString
        version.$author.id = made.worker.id!; version.employmentParticipant = "Heinäveden kunnan työllisyyspalvelut"
        version.clientParticipated = true
        version.goalsJSON = String(decoding: (try? JSONEncoder().encode([DemoPlans.goals[index]])) ?? Data("[]".utf8), as: UTF8.self)
        version.supportAndGuidance = "Työvalmentajan ohjaus, sosiaalityöntekijän tapaaminen kerran kuukaudessa."
        version.daysPerWeek = 3; version.minutesPerDay = 300; version.nextStepPlan = DemoPlans.nextSteps[index]
        made.plans.append(plan); made.planVersions.append(version)

        let decision = Decision()
        decision.id = ids.uuid(); decision.$client.id = client.id!; decision.$decisionMaker.id = made.worker.id!
        decision.decidedOn = start.adding(days: -7).isoString; decision.startsOn = start.isoString; decision.endsOn = end.isoString
        decision.$place.id = place.id!; decision.daysPerWeek = 3; decision.minutesPerDay = 300; decision.weekdays = "1,2,3"
        decision.appealInstructions = DemoOrganizerDocuments.heinavesi[.appealInstructions]!.fi; decision.version = 1
        let period = Period(clientID: client.id!, placeID: place.id!, startsOn: start.isoString, endsOn: end.isoString)
        period.id = ids.uuid(); period.$decision.id = decision.id
        let contract = Contract()
        contract.id = ids.uuid(); contract.$period.id = period.id!; contract.$client.id = client.id!
        contract.tasks = "Puu- ja kierrätystöitä työvalmentajan ohjauksessa."; contract.goals = DemoPlans.goals[index].text ?? ""
        contract.travel = made.policy.travelRules
        contract.insurance = DemoOrganizerDocuments.heinavesi[.insurance]!.fi
        contract.confidentiality = Texts(language: .fi)[.contractConfidentialityDefault]
        contract.providerInstructions = DemoOrganizerDocuments.heinavesi[.providerInstructions]!.fi
        contract.compensationCentsPerDay = 900
        contract.clientAcceptedOn = decision.decidedOn; contract.placeAcceptedOn = decision.decidedOn; contract.placeAcceptedBy = "Pasi Heikkinen"
        contract.organizerAcceptedOn = decision.decidedOn; contract.organizerAcceptedBy = made.worker.name
        contract.version = 1
        let member = TeamMember()
        member.id = ids.uuid(); member.$client.id = client.id!; member.$user.id = made.worker.id; member.name = made.worker.name
        member.role = .socialWorker; member.$organization.id = made.municipality.id; member.organizationName = ""
        member.contact = made.worker.email; member.isResponsible = true; member.version = 1
        made.decisions.append(decision); made.periods.append(period); made.contracts.append(contract); made.team.append(member)
    }

    private func referral(for client: Client, made: Made, state: ReferralState, receivedOn: LocalDate, ids: inout SplitMix64) -> Referral {
        let referral = Referral()
        referral.id = ids.uuid()
        referral.$client.id = client.id!
        referral.$referrerOrganization.id = made.municipality.id!
        referral.$referrerUser.id = made.worker.id
        referral.$organizer.id = made.municipality.id!
        referral.reason = DemoReferrals.reasons[made.referrals.count % DemoReferrals.reasons.count]
        referral.urgency = .normal
        referral.source = .adultSocialWork
        referral.consentToShare = true
        referral.state = state
        referral.receivedOn = receivedOn.isoString
        if state == .accepted {
            referral.decidedOn = receivedOn.adding(days: 5).isoString
            referral.$decidedBy.id = made.worker.id
        }
        referral.isReturn = false
        referral.version = state == .received ? 1 : 2
        return referral
    }
}
