import Fluent
import Foundation

/// Everything the generator adds for one organizer, built in memory and then inserted in batches. One organizer
/// at a time keeps the country's 250,000 clients and their millions of records from being in memory at once.
struct DemoBulk {
    var organizations: [[Organization]] = []
    var places: [WorkActivityPlace] = []
    var placeTasks: [WorkActivityPlaceTask] = []
    var providerContracts: [ProviderContract] = []
    var providerContractPlaces: [ProviderContractPlace] = []
    var clients: [Client] = []
    var users: [User] = []
    var decisions: [Decision] = []
    var periods: [Period] = []
    var contracts: [Contract] = []
    var team: [TeamMember] = []
    var meetings: [Meeting] = []
    var policies: [PolicyRecord] = []
    var plans: [Plan] = []
    var planVersions: [PlanVersion] = []
    var referrals: [Referral] = []
    var assessments: [Assessment] = []
    var endings: [Ending] = []
    var followUps: [FollowUp] = []
    var evaluations: [Evaluation] = []
    var achievements: [Achievement] = []
    var queueEntries: [QueueEntry] = []
    var visits: [FamiliarizationVisit] = []
    var notices: [ShopStewardNoticeRecord] = []
    var feedback: [FeedbackAnswer] = []

    /// Rows per table, in insertion order, for the progress lines.
    var counts: [(name: String, count: Int)] {
        [("organizations", organizations.map(\.count).reduce(0, +)), ("places", places.count), ("place tasks", placeTasks.count),
         ("provider contracts", providerContracts.count), ("contract places", providerContractPlaces.count), ("clients", clients.count),
         ("users", users.count), ("decisions", decisions.count), ("periods", periods.count), ("contracts", contracts.count),
         ("team members", team.count), ("meetings", meetings.count), ("policies", policies.count), ("plans", plans.count),
         ("plan versions", planVersions.count), ("referrals", referrals.count), ("assessments", assessments.count),
         ("endings", endings.count), ("follow-ups", followUps.count), ("evaluations", evaluations.count),
         ("achievements", achievements.count), ("queue entries", queueEntries.count), ("visits", visits.count),
         ("shop-steward notices", notices.count), ("feedback", feedback.count)]
    }

    var rowCount: Int { counts.map(\.count).reduce(0, +) }

    /// Parents before children: foreign keys are checked as each statement runs, so each level of
    /// organizations goes in by itself.
    func insert(on db: any Database, progress: DemoProgress) async throws {
        for level in organizations { try await DemoInsert.batches(level, named: "organizations", on: db, progress: progress) }
        try await DemoInsert.batches(places, named: "places", on: db, progress: progress)
        try await DemoInsert.batches(placeTasks, named: "place tasks", on: db, progress: progress)
        try await DemoInsert.batches(providerContracts, named: "provider contracts", on: db, progress: progress)
        try await DemoInsert.batches(providerContractPlaces, named: "contract places", on: db, progress: progress)
        try await DemoInsert.batches(clients, named: "clients", on: db, progress: progress)
        try await DemoInsert.batches(users, named: "users", on: db, progress: progress)
        try await DemoInsert.batches(decisions, named: "decisions", on: db, progress: progress)
        try await DemoInsert.batches(periods, named: "periods", on: db, progress: progress)
        try await DemoInsert.batches(contracts, named: "contracts", on: db, progress: progress)
        try await DemoInsert.batches(team, named: "team members", on: db, progress: progress)
        try await DemoInsert.batches(meetings, named: "meetings", on: db, progress: progress)
        try await DemoInsert.batches(policies, named: "policies", on: db, progress: progress)
        try await DemoInsert.batches(plans, named: "plans", on: db, progress: progress)
        try await DemoInsert.batches(planVersions, named: "plan versions", on: db, progress: progress)
        try await DemoInsert.batches(referrals, named: "referrals", on: db, progress: progress)
        try await DemoInsert.batches(assessments, named: "assessments", on: db, progress: progress)
        try await DemoInsert.batches(endings, named: "endings", on: db, progress: progress)
        try await DemoInsert.batches(followUps, named: "follow-ups", on: db, progress: progress)
        try await DemoInsert.batches(evaluations, named: "evaluations", on: db, progress: progress)
        try await DemoInsert.batches(achievements, named: "achievements", on: db, progress: progress)
        try await DemoInsert.batches(queueEntries, named: "queue entries", on: db, progress: progress)
        try await DemoInsert.batches(visits, named: "visits", on: db, progress: progress)
        try await DemoInsert.batches(notices, named: "shop-steward notices", on: db, progress: progress)
        try await DemoInsert.batches(feedback, named: "feedback", on: db, progress: progress)
    }
}
