import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTest

/// A record of each kind that has a numeric field to change, made through the API and the pages as a user would.
struct HostileNumberRecords {
    var period, plan, decision, evaluation, feedback, queueEntry, visit, assessment, ending, followUp, referral, contract, policy: String

    static func make(_ app: Application, _ world: TestWorld) async throws -> HostileNumberRecords {
        let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
        let client = "/api/v1/clients/\(world.joensuuClient.id!)"
        func created(_ path: String, _ body: [String: Any]) async throws -> String {
            let res = try await api.send(.POST, path, body)
            XCTAssertEqual(res.status, .created, res.body.string)
            return try XCTUnwrap(TestAPI.object(res)["id"] as? String)
        }
        let plan = try await created("\(client)/plans", HostileNumberTargets.planBody)
        let decision = try await created("\(client)/decisions", HostileNumberTargets.decisionBody(world))
        let place = world.place.id!.uuidString
        let queueEntry = try await created("\(client)/queue-entries", ["placeId": place, "isUrgent": false, "reason": "Odottaa."])
        let visit = try await created("\(client)/visits", ["placeId": place, "visitOn": "2026-06-02", "timeOfDay": "10.00", "accompaniedBy": "Äiti"])
        // The placed client's plan gives the evaluation form its goal to rate.
        _ = try await created("/api/v1/clients/\(world.placedClient.id!)/plans", HostileNumberTargets.planBody.merging(["madeOn": "2026-04-20"]) { $1 })
        let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
        let evaluation = try await world.evaluation(of: period, on: app)
        let feedback = try await world.paperFeedback(on: app)
        let (assessment, ending, followUp) = try await world.pathRecords(of: world.joensuuClient, on: app)
        let referral = try await world.sendReferral(for: world.joensuuClient, on: app)
        let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
        let contractSaved = try await admin.post("/admin/contracts", form: HostileNumberTargets.contractForm(world))
        XCTAssertEqual(contractSaved.status, .seeOther, contractSaved.body.string)
        let contract = try await ProviderContract.query(on: app.db).first()!
        let policy = try await PolicyRecord.query(on: app.db).first()!
        return HostileNumberRecords(period: period.id!.uuidString, plan: plan, decision: decision, evaluation: evaluation.id!.uuidString,
                                    feedback: feedback.id!.uuidString, queueEntry: queueEntry, visit: visit, assessment: assessment.id!.uuidString,
                                    ending: ending.id!.uuidString, followUp: followUp.id!.uuidString, referral: "\(referral.id)",
                                    contract: contract.id!.uuidString, policy: policy.id!.uuidString)
    }
}

/// Every operation with a number in it, and the valid body each hostile value is put into.
enum HostileNumberTargets {
    struct API {
        var label: String
        var role: Role = .socialWorker
        var method: HTTPMethod = .POST
        var path: String
        var body: [String: Any]
        /// Where the value goes: keys and array indexes.
        var field: [Any]
        /// What the answer may call the field: the decoded path, or the name validation gives it.
        var names: Set<String>
        /// JSON's -0 is the number 0; where 0 is a valid value (a goal's level) it is not hostile.
        var zeroAllowed = false
        var isVersion = false
    }

    struct Page {
        var label: String
        var role: Role = .socialWorker
        var path: String
        var form: [String: String]
        var field: String
        /// The form's name next to which the message shows, or the decoded name on the error page.
        var names: Set<String>
        /// A text input: what was typed comes back in it.
        var typed = false
        var isVersion = false
    }

    /// Tables whose rows and versions must not change.
    static let tables = ["plans", "plan_versions", "decisions", "periods", "contracts", "evaluations", "feedback_answers", "policies",
                         "provider_contracts", "work_activity_places", "clients", "assessments", "endings", "follow_ups", "referrals",
                         "queue_entries", "familiarization_visits"]

    static let goal = ["text": "Päivärytmi", "minus2": "a", "minus1": "b", "zero": "c", "plus1": "d", "plus2": "e"]
    static var planBody: [String: Any] { ["kind": "activationPlan", "madeOn": "2026-05-28", "employmentParticipant": "", "clientParticipated": true,
                                          "goals": [goal], "supportAndGuidance": "Tuki", "daysPerWeek": 3, "minutesPerDay": 300, "nextStepPlan": "Työkokeilu"] }

    static func decisionBody(_ world: TestWorld) -> [String: Any] {
        ["decidedOn": "2026-05-28", "startsOn": "2026-09-07", "placeId": world.place.id!.uuidString, "daysPerWeek": 3, "minutesPerDay": 300,
         "weekdays": [1, 2, 3], "tasks": "Puutyöt", "goals": "Päivärytmi"]
    }

    static func contractForm(_ world: TestWorld) -> [String: String] {
        ["providerId": world.provider.id!.uuidString, "validFrom": "1.1.2026", "validTo": "31.12.2026", "placeIds[]": world.place.id!.uuidString,
         "pricePerDay": "42,50", "contactName": "Toiminnanjohtaja Tiina"]
    }

    static func api(_ world: TestWorld, _ r: HostileNumberRecords) -> [API] {
        let j = "/api/v1/clients/\(world.joensuuClient.id!)", p = "/api/v1/clients/\(world.placedClient.id!)"
        let schedule: [[Any]] = [["daysPerWeek"], ["minutesPerDay"]]
        let evaluation: [String: Any] = ["evaluatedOn": "2026-05-28", "goals": [["level": 1]], "topics": ["attendance": ["rating": 3]]]
        let levels: [[Any]] = [["goals", 0, "level"], ["topics", "attendance", "rating"]]
        let ratings = Dictionary(uniqueKeysWithValues: FeedbackForm.client.questions.map { ($0.rawValue, 4) })
        var targets: [API] = []
        func add(_ label: String, method: HTTPMethod = .POST, _ path: String, _ body: [String: Any], _ fields: [[Any]], version: Bool = false) {
            for field in fields + (version ? [["version"]] : []) {
                // Decoding names the place in the body; validation names a weekday's problem by its list.
                let name = DecodingError.name(field.map(Key.init))
                targets.append(API(label: label, method: method, path: path, body: body, field: field, names: [name, name == "weekdays[0]" ? "weekdays" : name],
                                   zeroAllowed: name.hasSuffix("].level"), isVersion: name == "version"))
            }
        }
        add("plan", "\(j)/plans", planBody, schedule + [["goals", 0, "weight"]])
        add("plan amendment", "\(j)/plans/\(r.plan)/versions", planBody.merging(["amendmentReason": "Muutos", "version": 1]) { $1 },
            schedule + [["goals", 0, "weight"]], version: true)
        add("decision", "\(j)/decisions", decisionBody(world), schedule + [["weekdays", 0]])
        add("acceptance", "\(j)/decisions/\(r.decision)/acceptances", ["party": "client", "acceptedBy": "N.N.", "version": 1], [], version: true)
        add("interruption", "\(j)/decisions/\(r.decision)/interruption", ["reason": "Muutti", "version": 1], [], version: true)
        add("evaluation", "\(p)/evaluations", evaluation.merging(["periodId": r.period, "kind": "final"]) { $1 }, levels)
        add("evaluation change", method: .PUT, "\(p)/evaluations/\(r.evaluation)", evaluation.merging(["version": 1]) { $1 }, levels, version: true)
        add("feedback", "\(p)/client-feedback", ["periodId": r.period, "ratings": ratings], [["ratings", "welcomed"]])
        add("feedback change", method: .PUT, "\(p)/client-feedback/\(r.feedback)", ["ratings": ratings, "version": 1], [["ratings", "welcomed"]], version: true)
        add("queue withdrawal", "\(j)/queue-entries/\(r.queueEntry)/withdrawal", ["reason": "Ei enää", "version": 1], [], version: true)
        add("visit", method: .PUT, "\(j)/visits/\(r.visit)", ["placeId": world.place.id!.uuidString, "visitOn": "2026-06-02", "timeOfDay": "10.00",
                                                       "accompaniedBy": "Äiti", "version": 1], [], version: true)
        add("referral decision", "/api/v1/referrals/\(r.referral)/decision", ["state": "accepted", "version": 1], [], version: true)
        for (label, path) in [("client", j), ("assessment", "\(j)/assessments/\(r.assessment)"), ("ending", "\(j)/endings/\(r.ending)"),
                              ("follow-up", "\(j)/follow-ups/\(r.followUp)")] {
            add(label, method: .PUT, path, ["version": 1], [], version: true)
        }
        return targets
    }

    static func pages(_ world: TestWorld, _ r: HostileNumberRecords) -> [Page] {
        let j = "/clients/\(world.joensuuClient.id!)", p = "/clients/\(world.placedClient.id!)"
        let plan = ["kind": "activationPlan", "madeOn": "28.5.2026", "goals[0][text]": "Päivärytmi", "goals[0][minus2]": "a", "goals[0][minus1]": "b",
                    "goals[0][zero]": "c", "goals[0][plus1]": "d", "goals[0][plus2]": "e", "supportAndGuidance": "Tuki", "daysPerWeek": "3",
                    "hoursPerDay": "5", "nextStepPlan": "Koulutus"]
        let decision = ["decidedOn": "28.5.2026", "placeId": world.place.id!.uuidString, "startsOn": "1.9.2026", "daysPerWeek": "3",
                        "hoursPerDay": "5", "weekdays[]": "1", "tasks": "Puutyöt", "goals": "Päivärytmi"]
        let policy = ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2030", "minDaysPerWeek": "1", "maxDaysPerWeek": "4",
                      "minHoursPerDay": "4", "maxHoursPerDay": "8", "maxHoursPerWeek": "24", "usualPeriodMonths": "3", "maxContinuousMonths": "24",
                      "breakMonths": "3", "compensationPerDay": "9,00"].merging(TestWorld.policyTimingFields) { $1 }
        let policyNumbers = ["minDaysPerWeek", "maxDaysPerWeek", "minHoursPerDay", "maxHoursPerDay", "maxHoursPerWeek", "usualPeriodMonths",
                             "maxContinuousMonths", "breakMonths", "compensationPerDay"] + PolicyTimingField.all.map(\.name)
        let evaluation = ["periodId": r.period, "kind": "final", "evaluatedOn": "28.5.2026", "goals[0][level]": "1", "topics[attendance][rating]": "3"]
        let levels: [String: Set<String>] = ["goals[0][level]": ["goals[0][level]"], "topics[attendance][rating]": ["topics[attendance][rating]"]]
        // A rating is a radio button that decodes as a number: one that does not is named on the error page as decoded
        // (ratings.welcomed); one that does but is off the scale ("-0") next to its buttons.
        func rating(_ form: FeedbackForm) -> (form: [String: String], names: [String: Set<String>]) {
            var fields = ["form": form.rawValue, "periodId": r.period]
            for question in form.questions { fields["ratings[\(question.rawValue)]"] = "4" }
            let first = form.questions[0].rawValue
            return (fields, ["ratings[\(first)]": ["ratings.\(first)", "ratings[\(first)]"]])
        }
        // The client's form of the period is answered (on paper), so a new answer is the place's, by its coach.
        let (placeFeedback, placeRating) = rating(.place), (clientFeedback, clientRating) = rating(.client)
        var targets: [Page] = []
        func add(_ label: String, role: Role = .socialWorker, _ path: String, _ form: [String: String], typed: [String] = [],
                 chosen: [String: Set<String>] = [:], version: Bool = false) {
            // A change carries the version read, or it is refused as stale before its fields are read.
            let form = version ? form.merging(["version": "1"]) { $1 } : form
            for field in typed { targets.append(Page(label: label, role: role, path: path, form: form, field: field, names: [field], typed: true)) }
            for (field, names) in chosen { targets.append(Page(label: label, role: role, path: path, form: form, field: field, names: names)) }
            if version {
                targets.append(Page(label: label, role: role, path: path, form: form, field: "version",
                                    names: ["version"], isVersion: true))
            }
        }
        add("plan", "\(j)/plans", plan, typed: ["daysPerWeek", "hoursPerDay", "goals[0][weight]"])
        add("plan amendment", "\(j)/plans/\(r.plan)", plan.merging(["amendmentReason": "Muutos"]) { $1 },
            typed: ["daysPerWeek", "hoursPerDay", "goals[0][weight]"], version: true)
        add("decision", "\(j)/decisions", decision, typed: ["daysPerWeek", "hoursPerDay"], chosen: ["weekdays[]": ["weekdays"]])
        add("policy", role: .admin, "/admin/policies", policy, typed: policyNumbers)
        add("policy change", role: .admin, "/admin/policies/\(r.policy)", policy.merging(["validFrom": "1.1.2023"]) { $1 }, version: true)
        add("contract", role: .admin, "/admin/contracts", contractForm(world), typed: ["pricePerDay"])
        add("contract change", role: .admin, "/admin/contracts/\(r.contract)", contractForm(world), typed: ["pricePerDay"], version: true)
        add("place", role: .admin, "/admin/places", PlaceTests.form(world), typed: ["capacity"])
        add("place change", role: .admin, "/admin/places/\(world.place.id!)", PlaceTests.form(world), typed: ["capacity"], version: true)
        add("evaluation", "\(p)/evaluations", evaluation, chosen: levels)
        add("evaluation change", "\(p)/evaluations/\(r.evaluation)", evaluation, chosen: levels, version: true)
        add("feedback", role: .workCoach, "\(p)/feedback", placeFeedback, chosen: placeRating)
        add("feedback change", "\(p)/feedback/\(r.feedback)/edit", clientFeedback, chosen: clientRating, version: true)
        add("queue withdrawal", "\(j)/queue/\(r.queueEntry)/withdraw", ["reason": "Ei enää"], version: true)
        add("visit", "\(j)/visits/\(r.visit)", ["placeId": world.place.id!.uuidString, "visitOn": "2.6.2026", "timeOfDay": "10.00"], version: true)
        add("referral decision", "/referrals/\(r.referral)", ["state": "accepted"], version: true)
        add("acceptance", "\(j)/decisions/\(r.decision)/accept", ["party": "client", "acceptedBy": "N.N."], version: true)
        add("interruption", "\(j)/decisions/\(r.decision)/interrupt", ["reason": "Muutti"], version: true)
        for (label, path) in [("client", j), ("assessment", "\(j)/assessments/\(r.assessment)"), ("ending", "\(j)/endings/\(r.ending)"),
                              ("follow-up", "\(j)/follow-ups/\(r.followUp)")] {
            add(label, path, [:], version: true)
        }
        return targets
    }

    /// A coding key for naming a path as the server does.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ part: Any) {
            intValue = part as? Int
            stringValue = intValue.map { "Index \($0)" } ?? part as! String
        }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.intValue = intValue; stringValue = "Index \(intValue)" }
    }
}
