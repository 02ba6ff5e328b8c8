import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTest

/// Every form with a text field typed by a person: where it posts, its other fields (valid), and each text
/// field with the most it takes, from the same constants the server checks (issue 10, item 2).
struct LongTextForm {
    /// A text field and its limit in letters as the server counts them (code points, a line break one).
    struct Text: Sendable {
        enum Control: Sendable {
            /// A `textarea`: several lines, sent with CR LF line breaks as browsers send them.
            case textarea
            /// A one-line `input`.
            case input
            case phone
            case email
        }

        var name: String
        var limit: Int
        var control: Control = .textarea
    }

    var label: String
    var role: Role = .socialWorker
    /// Where the text is stored; nothing may change there when the form comes back.
    var tables: [String]
    var texts: [Text]
    /// The most text fields the form can have, where it is more than a new form shows: a plan amended with the most goals.
    var most: [Text]? = nil
    /// Makes the records the form needs; returns where it posts and its other fields.
    var prepare: (Application, TestWorld) async throws -> (path: String, fields: [String: String])

    /// The same text fields under `names`, all at `limit`.
    static func texts(_ names: [String], _ limit: Int, _ control: Text.Control = .textarea) -> [Text] {
        names.map { Text(name: $0, limit: limit, control: control) }
    }
}

extension LongTextForm {
    static var all: [LongTextForm] { clients + path + placement + admin }

    static var clients: [LongTextForm] {
        let client: [Text] = texts(["firstName", "lastName"], ClientInput.maxNameLength, .input)
            + [Text(name: "phone", limit: TextRules.maxPhoneLength, control: .phone), Text(name: "email", limit: TextRules.maxEmailLength, control: .email)]
        let clientFields = ["personalIdentityCode": "020202A246B", "municipalityCode": "167", "language": "sv"]
        return [
            LongTextForm(label: "client", tables: [Client.schema], texts: client) { _, _ in ("/clients", clientFields) },
            LongTextForm(label: "client change", tables: [Client.schema], texts: client) { _, world in
                ("/clients/\(world.joensuuClient.id!)", clientFields.merging(["personalIdentityCode": TestWorld.joensuuCode, "version": "1"]) { $1 })
            },
            LongTextForm(label: "team member", tables: [TeamMember.schema], texts: texts(["name", "organizationName", "contact"], TeamInput.maxTextLength, .input)) { _, world in
                ("/clients/\(world.joensuuClient.id!)/team", ["role": "other"])
            },
            LongTextForm(label: "meeting", tables: [Meeting.schema],
                         texts: [Text(name: "location", limit: MeetingInput.maxLocationLength, control: .input),
                                 Text(name: "purpose", limit: MeetingInput.maxPurposeLength, control: .input),
                                 Text(name: "participants", limit: MeetingInput.maxParticipantsLength, control: .input)]) { _, world in
                ("/clients/\(world.joensuuClient.id!)/meetings", ["meetsOn": "2.6.2026", "timeOfDay": "10.00"])
            },
        ]
    }

    static var path: [LongTextForm] {
        let j = { (world: TestWorld) in "/clients/\(world.joensuuClient.id!)" }
        let p = { (world: TestWorld) in "/clients/\(world.placedClient.id!)" }
        let assessment = texts(["needs", "supportAndGuidance", "otherServicesNote", "conclusionNote"], AssessmentInput.maxTextLength)
        let assessmentFields = ["assessedOn": "20.5.2026", "conclusion": "socialRehabilitation", "otherServices[]": "housing"]
        // A goal's text and its five levels, for as many goals as the form has.
        let plan = { (goals: Int) -> [Text] in
            [Text(name: "employmentParticipant", limit: PlanInput.maxParticipantLength, control: .input)]
                + (0..<goals).flatMap { slot in
                    [Text(name: "goals[\(slot)][text]", limit: PlanInput.maxGoalTextLength)]
                        + PlanGoal.levelFields.map { Text(name: "goals[\(slot)][\($0.field)]", limit: PlanInput.maxGoalTextLength, control: .input) }
                }
                + texts(["supportAndGuidance", "nextStepPlan"], PlanInput.maxTextLength)
        }
        let amendment = [Text(name: "amendmentReason", limit: PlanInput.maxAmendmentReasonLength)]
        let planFields = ["kind": "activationPlan", "madeOn": "28.5.2026", "clientParticipated": "on", "daysPerWeek": "3", "hoursPerDay": "5"]
        let ending = [Text(name: "handedOverTo", limit: EndingInput.maxHandedOverToLength, control: .input),
                      Text(name: "notes", limit: EndingInput.maxNotesLength)]
        let endingFields = ["periodId": "", "endedOn": "20.5.2026", "reason": "employment", "nextPath": "paySubsidisedJob"]
        // A note for each goal of the plan (the test plan has one), one for each topic, and the texts.
        let evaluation = { (goals: Int) -> [Text] in
            (0..<goals).map { Text(name: "goals[\($0)][note]", limit: EvaluationInput.maxNoteLength) }
                + EvaluationTopic.allCases.map { Text(name: "topics[\($0.rawValue)][note]", limit: EvaluationInput.maxNoteLength) }
                + texts(["strengths", "supportNeeded", "wentWell", "toDevelop", "nextStepNote"], EvaluationInput.maxTextLength)
        }
        let evaluationFields = ["kind": "interim", "perspective": "worker", "evaluatedOn": "28.5.2026", "goals[0][level]": "1",
                                "topics[attendance][rating]": "3", "nextStep": "workTrial"]
        let decisionTexts = texts(["tasks", "goals"], DecisionInput.maxTextLength) + [Text(name: "travel", limit: DecisionInput.maxTravelLength),
                                                                                      Text(name: "lateReason", limit: DecisionInput.maxReasonLength),
                                                                                      Text(name: "eligibilityConfirmation", limit: DecisionInput.maxReasonLength)]
        return [
            LongTextForm(label: "referral", tables: [Referral.schema], texts: [Text(name: "reason", limit: ReferralInput.maxReasonLength)]) { _, world in
                ("\(j(world))/referrals", ["urgency": "normal", "consentToShare": "on"])
            },
            LongTextForm(label: "referral decision", tables: [Referral.schema], texts: [Text(name: "note", limit: ReferralDecisionInput.maxNoteLength)]) { app, world in
                let referral = try await world.sendReferral(for: world.joensuuClient, on: app)
                return ("/referrals/\(referral.id)", ["state": "returned", "version": "1"])
            },
            LongTextForm(label: "assessment", role: .socialCounsellor, tables: [Assessment.schema], texts: assessment) { _, world in
                ("\(j(world))/assessments", assessmentFields)
            },
            LongTextForm(label: "assessment change", role: .socialCounsellor, tables: [Assessment.schema], texts: assessment) { app, world in
                let (assessment, _, _) = try await world.pathRecords(of: world.joensuuClient, on: app)
                return ("\(j(world))/assessments/\(assessment.id!)", assessmentFields.merging(["version": "1"]) { $1 })
            },
            LongTextForm(label: "plan", tables: [Plan.schema, PlanVersion.schema], texts: plan(PlanForm.goalSlots), most: plan(PlanInput.maxGoals)) { _, world in
                ("\(j(world))/plans", planFields)
            },
            LongTextForm(label: "plan amendment", tables: [Plan.schema, PlanVersion.schema], texts: plan(PlanForm.goalSlots) + amendment,
                         most: plan(PlanInput.maxGoals) + amendment) { app, world in
                let plan = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/plans", HostileNumberTargets.planBody)
                return ("\(j(world))/plans/\(plan)", planFields.merging(["version": "1"]) { $1 })
            },
            LongTextForm(label: "decision", tables: [Decision.schema, Contract.schema], texts: decisionTexts) { app, world in
                try await world.givePlan(to: world.joensuuClient, on: app)
                return ("\(j(world))/decisions", ["decidedOn": "28.5.2026", "placeId": world.place.id!.uuidString, "startsOn": "1.9.2026",
                                           "daysPerWeek": "3", "hoursPerDay": "5"])
            },
            LongTextForm(label: "acceptance", tables: [Contract.schema],
                         texts: [Text(name: "acceptedBy", limit: AcceptanceInput.maxAcceptedByLength, control: .input)]) { app, world in
                try await world.givePlan(to: world.joensuuClient, on: app)
                let decision = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/decisions", HostileNumberTargets.decisionBody(world))
                return ("\(j(world))/decisions/\(decision)/accept", ["party": "place", "version": "1"])
            },
            LongTextForm(label: "interruption", tables: [Period.schema],
                         texts: [Text(name: "reason", limit: DecisionsAPIController.InterruptionInput.maxReasonLength)]) { app, world in
                try await world.givePlan(to: world.joensuuClient, on: app)
                let decision = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/decisions", HostileNumberTargets.decisionBody(world))
                return ("\(j(world))/decisions/\(decision)/interrupt", ["version": "1"])
            },
            LongTextForm(label: "no evaluation", tables: [Period.schema],
                         texts: [Text(name: "reason", limit: NoEvaluationInput.maxReasonLength)]) { app, world in
                try await world.givePlan(to: world.joensuuClient, on: app)
                let decision = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/decisions", HostileNumberTargets.decisionBody(world))
                let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
                let interrupted = try await api.send(.POST, "/api/v1\(j(world))/decisions/\(decision)/interruption", ["reason": "Muutti", "version": 1])
                XCTAssertEqual(interrupted.status, .ok, interrupted.body.string)
                return ("\(j(world))/decisions/\(decision)/no-evaluation", ["version": "2"])
            },
            LongTextForm(label: "ending", tables: [Ending.schema], texts: ending) { _, world in ("\(j(world))/endings", endingFields) },
            LongTextForm(label: "ending change", tables: [Ending.schema], texts: ending) { app, world in
                let (_, ending, _) = try await world.pathRecords(of: world.joensuuClient, on: app)
                return ("\(j(world))/endings/\(ending.id!)", endingFields.merging(["version": "1"]) { $1 })
            },
            LongTextForm(label: "follow-up", tables: [FollowUp.schema], texts: [Text(name: "notes", limit: FollowUpInput.maxNotesLength)]) { app, world in
                let (_, ending, _) = try await world.pathRecords(of: world.joensuuClient, on: app)
                return ("\(j(world))/follow-ups", ["endingId": ending.id!.uuidString, "point": "sixMonths", "doneOn": "27.5.2026",
                                                    "situation": "paySubsidisedJob", "inWorkOrEducation": "true"])
            },
            LongTextForm(label: "follow-up change", tables: [FollowUp.schema], texts: [Text(name: "notes", limit: FollowUpInput.maxNotesLength)]) { app, world in
                let (_, ending, followUp) = try await world.pathRecords(of: world.joensuuClient, on: app)
                return ("\(j(world))/follow-ups/\(followUp.id!)", ["endingId": ending.id!.uuidString, "point": "threeMonths", "doneOn": "21.5.2026",
                                                                   "situation": "paySubsidisedJob", "inWorkOrEducation": "true", "version": "1"])
            },
            LongTextForm(label: "evaluation", tables: [Evaluation.schema], texts: evaluation(1), most: evaluation(EvaluationInput.maxGoals)) { app, world in
                let period = try await LongTextRecords.placedClientsPlanAndPeriod(app, world)
                return ("\(p(world))/evaluations", evaluationFields.merging(["periodId": period.id!.uuidString]) { $1 })
            },
            LongTextForm(label: "evaluation change", tables: [Evaluation.schema], texts: evaluation(1), most: evaluation(EvaluationInput.maxGoals)) { app, world in
                let period = try await LongTextRecords.placedClientsPlanAndPeriod(app, world)
                let evaluation = try await world.evaluation(of: period, on: app)
                return ("\(p(world))/evaluations/\(evaluation.id!)", evaluationFields.merging(["periodId": period.id!.uuidString, "version": "1"]) { $1 })
            },
        ]
    }

    static var placement: [LongTextForm] {
        let j = { (world: TestWorld) in "/clients/\(world.joensuuClient.id!)" }
        let p = { (world: TestWorld) in "/clients/\(world.placedClient.id!)" }
        let visit = [Text(name: "accompaniedBy", limit: VisitInput.maxAccompaniedByLength, control: .input),
                     Text(name: "notes", limit: VisitInput.maxNoteLength)]
        let visitFields = { (world: TestWorld) in ["placeId": world.place.id!.uuidString, "visitOn": "2.6.2026", "timeOfDay": "10.00"] }
        let feedback = texts(["whatWasGood", "whatToImprove"], FeedbackInput.maxTextLength)
        let ratings = { (form: FeedbackForm) in Dictionary(uniqueKeysWithValues: form.questions.map { ("ratings[\($0.rawValue)]", "4") }) }
        return [
            LongTextForm(label: "queue", tables: [QueueEntry.schema], texts: [Text(name: "reason", limit: QueueEntryInput.maxReasonLength)]) { _, world in
                ("\(j(world))/queue", ["placeId": world.place.id!.uuidString])
            },
            LongTextForm(label: "queue withdrawal", tables: [QueueEntry.schema], texts: [Text(name: "reason", limit: QueueEntryInput.maxReasonLength)]) { app, world in
                let entry = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/queue-entries",
                                                              ["placeId": world.place.id!.uuidString, "isUrgent": false, "reason": "Odottaa."])
                return ("\(j(world))/queue/\(entry)/withdraw", ["version": "1"])
            },
            LongTextForm(label: "visit", tables: [FamiliarizationVisit.schema], texts: visit) { _, world in ("\(j(world))/visits", visitFields(world)) },
            LongTextForm(label: "visit change", tables: [FamiliarizationVisit.schema],
                         texts: visit + [Text(name: "outcomeReason", limit: VisitInput.maxNoteLength)]) { app, world in
                let visit = try await LongTextRecords.created(app, world, "/api/v1\(j(world))/visits",
                                                              ["placeId": world.place.id!.uuidString, "visitOn": "2026-05-26", "timeOfDay": "10.00", "accompaniedBy": "Äiti"])
                return ("\(j(world))/visits/\(visit)", visitFields(world).merging(["visitOn": "26.5.2026", "outcome": "notSuitable", "version": "1"]) { $1 })
            },
            LongTextForm(label: "shop-steward notice", tables: [ShopStewardNoticeRecord.schema],
                         texts: [Text(name: "recipient", limit: NoticeInput.maxRecipientLength, control: .input)]) { app, world in
                let (decision, period) = try await LongTextRecords.ownProductionDecision(app, world)
                return ("\(j(world))/decisions/\(decision)/shop-steward-notice", ["periodId": period, "notifiedOn": "28.5.2026"])
            },
            LongTextForm(label: "feedback recorded from paper", tables: [FeedbackAnswer.schema], texts: feedback) { app, world in
                let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
                return ("\(p(world))/feedback", ratings(.client).merging(["form": "client", "periodId": period.id!.uuidString]) { $1 })
            },
            LongTextForm(label: "place's feedback", role: .workCoach, tables: [FeedbackAnswer.schema], texts: feedback) { app, world in
                let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
                return ("\(p(world))/feedback", ratings(.place).merging(["form": "place", "periodId": period.id!.uuidString]) { $1 })
            },
            LongTextForm(label: "client's own feedback", role: .client, tables: [FeedbackAnswer.schema], texts: feedback) { app, world in
                let period = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
                return ("/me/feedback", ratings(.client).merging(["periodId": period.id!.uuidString]) { $1 })
            },
            LongTextForm(label: "feedback change", tables: [FeedbackAnswer.schema], texts: feedback) { app, world in
                let answer = try await world.paperFeedback(on: app)
                return ("\(p(world))/feedback/\(answer.id!)/edit", ratings(.client).merging(["form": "client", "version": "1"]) { $1 })
            },
        ]
    }

    static var admin: [LongTextForm] {
        let place = texts(["name", "streetAddress"], PlaceInput.maxNameLength, .input) + [Text(name: "town", limit: PlaceInput.maxTownLength, control: .input)]
            + texts(["description", "learning", "supportText", "accessibilityText"], PlaceInput.maxTextLength)
            + [Text(name: "contactName", limit: TextRules.maxNameLength, control: .input),
               Text(name: "contactPhone", limit: TextRules.maxPhoneLength, control: .phone),
               Text(name: "contactEmail", limit: TextRules.maxEmailLength, control: .email)]
        let contract = [Text(name: "contactName", limit: ProviderContractInput.maxContactNameLength, control: .input),
                        Text(name: "contactPhone", limit: TextRules.maxPhoneLength, control: .phone),
                        Text(name: "contactEmail", limit: TextRules.maxEmailLength, control: .email),
                        Text(name: "notes", limit: ProviderContractInput.maxNotesLength)]
        let policyFields = { (world: TestWorld) in
            ["organizerId": world.county.id!.uuidString, "validFrom": "1.1.2030", "minDaysPerWeek": "1", "maxDaysPerWeek": "4",
             "minHoursPerDay": "4", "maxHoursPerDay": "8", "maxHoursPerWeek": "24", "usualPeriodMonths": "3", "maxContinuousMonths": "24",
             "breakMonths": "3", "compensationPerDay": "9,00"].merging(TestWorld.policyTimingFields) { $1 }
        }
        let organizationFields = ["kind": "provider", "providerKind": "purchasedService", "organizationForm": "association", "coveredMunicipalityCodes": "167"]
        let user = [Text(name: "name", limit: UserInput.maxNameLength, control: .input), Text(name: "email", limit: UserInput.maxEmailLength, control: .email),
                    Text(name: "title", limit: UserInput.maxTitleLength, control: .input)]
        let userFields = { (world: TestWorld) in
            ["role": "socialWorker", "organizationId": world.county.id!.uuidString, "language": "sv", "password": "Kuusi kaunista kuusta"]
        }
        let policy = [Text(name: "travelRules", limit: PolicyInput.maxTravelRulesLength)]
        let document = texts(["textFi", "textSv", "textEn"], OrganizerDocumentInput.maxTextLength)
        func without(_ form: [String: String], _ texts: [Text]) -> [String: String] { form.filter { key, _ in !texts.contains { $0.name == key } } }
        return [
            LongTextForm(label: "place", role: .admin, tables: [WorkActivityPlace.schema], texts: place) { _, world in
                ("/admin/places", without(PlaceTests.form(world), place))
            },
            LongTextForm(label: "place change", role: .admin, tables: [WorkActivityPlace.schema], texts: place) { _, world in
                ("/admin/places/\(world.place.id!)", without(PlaceTests.form(world, version: 1), place))
            },
            LongTextForm(label: "provider contract", role: .admin, tables: [ProviderContract.schema], texts: contract) { _, world in
                ("/admin/contracts", without(HostileNumberTargets.contractForm(world), contract))
            },
            LongTextForm(label: "provider contract change", role: .admin, tables: [ProviderContract.schema], texts: contract) { app, world in
                let admin = try await TestBrowser.signedIn(app, email: world.user(.admin).email)
                let saved = try await admin.post("/admin/contracts", form: HostileNumberTargets.contractForm(world))
                XCTAssertEqual(saved.status, .seeOther, saved.body.string)
                let stored = try await ProviderContract.query(on: app.db).first()!
                return ("/admin/contracts/\(stored.id!)", without(HostileNumberTargets.contractForm(world), contract).merging(["version": "1"]) { $1 })
            },
            LongTextForm(label: "policy", role: .admin, tables: [PolicyRecord.schema], texts: policy) { app, world in
                // A county of its own: the test county's rules are in force from 2023 on, without an end.
                let county = Organization(name: "Toinen hyvinvointialue", kind: .county, coveredMunicipalityCodes: [])
                try await county.create(on: app.db)
                return ("/admin/policies", policyFields(world).merging(["organizerId": county.id!.uuidString]) { $1 })
            },
            LongTextForm(label: "policy change", role: .admin, tables: [PolicyRecord.schema], texts: policy) { app, world in
                let stored = try await PolicyRecord.query(on: app.db).first()!
                return ("/admin/policies/\(stored.id!)", policyFields(world).merging(["validFrom": "1.1.2023", "version": "\(stored.version)"]) { $1 })
            },
            LongTextForm(label: "organization", role: .admin, tables: [Organization.schema],
                         texts: [Text(name: "name", limit: OrganizationInput.maxNameLength, control: .input)]) { _, _ in
                ("/admin/organizations", organizationFields)
            },
            LongTextForm(label: "organization change", role: .admin, tables: [Organization.schema],
                         texts: [Text(name: "name", limit: OrganizationInput.maxNameLength, control: .input)]) { _, world in
                ("/admin/organizations/\(world.provider.id!)", organizationFields)
            },
            LongTextForm(label: "organizer document", role: .admin, tables: [OrganizerDocument.schema], texts: document) { _, world in
                ("/admin/organizer-documents", ["organizerId": world.county.id!.uuidString, "kind": "insurance", "validFrom": "1.7.2026"])
            },
            LongTextForm(label: "organizer document change", role: .admin, tables: [OrganizerDocument.schema], texts: document) { app, world in
                let upcoming = OrganizerDocument(organizerID: world.county.id!, kind: .insurance, validFrom: "2026-07-01", fi: "a", sv: "b", en: "c")
                try await upcoming.create(on: app.db)
                return ("/admin/organizer-documents/\(upcoming.id!)", ["validFrom": "1.7.2026", "version": "1"])
            },
            LongTextForm(label: "user", role: .admin, tables: [User.schema], texts: user) { _, world in ("/admin/users", userFields(world)) },
            LongTextForm(label: "user change", role: .admin, tables: [User.schema], texts: user) { _, world in
                ("/admin/users/\(world.user(.manager).id!)", userFields(world).merging(["password": "", "isActive": "on"]) { $1 })
            },
        ]
    }
}

/// Records the forms need, made through the API as a user would.
enum LongTextRecords {
    static func created(_ app: Application, _ world: TestWorld, _ path: String, _ body: [String: Any]) async throws -> String {
        let api = try await TestAPI.signedIn(world.user(.socialWorker), world: world, app: app)
        let res = try await api.send(.POST, path, body)
        XCTAssertEqual(res.status, .created, res.body.string)
        return try XCTUnwrap(TestAPI.object(res)["id"] as? String)
    }

    /// The placed client's plan (one goal to rate) and their period in service.
    static func placedClientsPlanAndPeriod(_ app: Application, _ world: TestWorld) async throws -> Period {
        _ = try await created(app, world, "/api/v1/clients/\(world.placedClient.id!)/plans",
                              HostileNumberTargets.planBody.merging(["madeOn": "2026-04-20"]) { $1 })
        return try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
    }

    /// A decision for a place of the county's own production, whose period needs the notice to the shop steward.
    static func ownProductionDecision(_ app: Application, _ world: TestWorld) async throws -> (decision: String, period: String) {
        let own = Organization(name: "Kaupungin työpaja", kind: .provider, providerKind: .ownProduction, organizationForm: .municipality,
                               coveredMunicipalityCodes: ["167"])
        try await own.create(on: app.db)
        let place = WorkActivityPlace(providerID: own.id!, name: "Kaupungin puutyöpaja", areaID: world.areaNorth.id, municipalityCode: "167", capacity: 10)
        try await place.create(on: app.db)
        try await world.givePlan(to: world.joensuuClient, on: app)
        var body = HostileNumberTargets.decisionBody(world)
        body["placeId"] = place.id!.uuidString
        let decision = try await created(app, world, "/api/v1/clients/\(world.joensuuClient.id!)/decisions", body)
        let period = try await Period.query(on: app.db).filter(\.$decision.$id == UUID(uuidString: decision)!).first()!
        return (decision, period.id!.uuidString)
    }
}
