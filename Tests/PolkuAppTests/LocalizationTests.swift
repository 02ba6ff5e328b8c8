@testable import PolkuApp
import Fluent
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

final class LocalizationTests: XCTestCase {
    func testEveryTextHasEveryLanguage() {
        for key in TextKey.allCases {
            for language in Language.allCases {
                let text = Catalog.entries[key]?[language] ?? ""
                XCTAssertFalse(text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no \(language) text")
            }
        }
        XCTAssertEqual(Set(Catalog.entries.keys), Set(TextKey.allCases), "every key has its texts, and no text is left without a key")
    }

    /// The TE offices' tasks moved to the municipalities' employment services on 1.1.2025 (issue 13, item 8).
    func testNoTextNamesTheFormerTEOffices() {
        let former = ["TE-toimisto", "TE-palvelu", "TE-byrå", "TE-tjänst", "TE office", "TE service", "arbets- och näringsbyrå"]
        for key in TextKey.allCases {
            for language in Language.allCases {
                let text = Catalog.entries[key]?[language] ?? ""
                for name in former { XCTAssertFalse(text.localizedCaseInsensitiveContains(name), "\(key) in \(language) names \(name)") }
            }
        }
    }

    func testACountTakesItsPluralFormInEachLanguage() {
        let sv = Texts(language: .sv), en = Texts(language: .en), fi = Texts(language: .fi)
        XCTAssertEqual(sv.count(1, one: .remindersLateCountOne, other: .remindersLateCountOther), "1 försenad")
        XCTAssertEqual(sv.count(2, one: .remindersLateCountOne, other: .remindersLateCountOther), "2 försenade")
        XCTAssertEqual(fi.count(1, one: .remindersWaitedOne, other: .remindersWaitedOther), "odottanut 1 päivän")
        XCTAssertEqual(fi.count(0, one: .remindersWaitedOne, other: .remindersWaitedOther), "odottanut 0 päivää")
        XCTAssertEqual(en.count(21, one: .remindersWaitedOne, other: .remindersWaitedOther), "waiting for 21 days")
    }

    func testTheCatalogIsReadFromEveryCapabilitysFile() throws {
        let names = try Catalog.bundledFiles().map(\.name)
        for expected in ["Frame.texts.json", "Plans.texts.json", "Decisions.texts.json", "Users.texts.json"] {
            XCTAssertTrue(names.contains(expected), "\(expected) is not in the resource bundle: \(names)")
        }
    }

    func testAKeyDefinedTwiceOrUnknownOrAMalformedFileIsRefusedNamingTheFile() {
        let save = #"[{"key": "save", "fi": "Tallenna", "sv": "Spara", "en": "Save"}]"#
        let twice = [Catalog.File(name: "A.texts.json", data: Data(save.utf8)), Catalog.File(name: "B.texts.json", data: Data(save.utf8))]
        XCTAssertThrowsError(try Catalog.table(from: twice)) { error in
            XCTAssertEqual(error as? Catalog.Problem, .definedTwice(.save, files: ["A.texts.json", "B.texts.json"]))
        }
        let unknown = Catalog.File(name: "C.texts.json", data: Data(#"[{"key": "noSuchText", "fi": "x"}]"#.utf8))
        XCTAssertThrowsError(try Catalog.table(from: [unknown])) { error in
            XCTAssertEqual(error as? Catalog.Problem, .unknownKey("noSuchText", file: "C.texts.json"))
        }
        let malformed = Catalog.File(name: "D.texts.json", data: Data(#"{"save": "Tallenna"}"#.utf8))
        XCTAssertThrowsError(try Catalog.table(from: [malformed])) { error in
            guard case .malformed(let file, _)? = error as? Catalog.Problem else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "D.texts.json")
        }
        let partial = Catalog.File(name: "E.texts.json", data: Data(#"[{"key": "save", "fi": "Tallenna"}]"#.utf8))
        XCTAssertEqual(try Catalog.table(from: [partial])[.save], [.fi: "Tallenna"], "a missing language stays missing for the test above to name")
    }

    func testNoPageShowsAMissingTextInAnyLanguage() async throws {
        try await withApp { app, world in
            let referral = try await world.sendReferral(for: world.lieksaClient, urgency: "urgent", consent: false, on: app)
            let records = try await world.pathRecords(of: world.lieksaClient, on: app)
            let lieksa = "/clients/\(world.lieksaClient.id!)"
            let placedPeriod = try await Period.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let evaluation = try await world.evaluation(of: placedPeriod, on: app)
            let feedback = try await world.paperFeedback(on: app)
            let placed = "/clients/\(world.placedClient.id!)"
            let achievement = try await world.achievement(of: placedPeriod, on: app)
            try await world.decision(of: world.placedClient, decidedOn: "2025-01-10", startsOn: "2025-01-13", endsOn: "2025-03-31", on: app)
            let ownDecision = try await Decision.query(on: app.db).filter(\.$client.$id == world.placedClient.id!).first()!
            let pages: [(Role, [String])] = [
                (.socialWorker, ["/", "/clients", "/clients/new", "/clients/\(world.lieksaClient.id!)", "/clients/\(world.lieksaClient.id!)/edit",
                                 "/clients/\(world.lieksaClient.id!)/access-log", "/statistics", "/no-such-page",
                                 "\(lieksa)/plans/new", "\(lieksa)/team", "\(lieksa)/meetings", "\(lieksa)/decisions/new",
                                 "/referrals", "/referrals?view=sent&state=", "/referrals/\(referral.id)", "\(lieksa)/referrals/new",
                                 // Assessment
                                 "\(lieksa)/assessments", "\(lieksa)/assessments/new", "\(lieksa)/assessments/\(records.assessment.id!)",
                                 "\(lieksa)/assessments/\(records.assessment.id!)/edit",
                                 // Ending
                                 "\(lieksa)/endings", "\(lieksa)/endings/new", "\(lieksa)/endings/\(records.ending.id!)",
                                 "\(lieksa)/endings/\(records.ending.id!)/edit", "\(lieksa)/follow-ups/\(records.followUp.id!)",
                                 "\(lieksa)/follow-ups/new?endingId=\(records.ending.id!)&point=sixMonths",
                                 // Evaluation
                                 "\(placed)/evaluations/new?periodId=\(placedPeriod.id!)&kind=final",
                                 "\(placed)/evaluations/\(evaluation.id!)", "\(placed)/periods/\(placedPeriod.id!)/evaluations/interim",
                                 "\(placed)/periods/\(placedPeriod.id!)/evaluations/final",
                                 // Feedback
                                 "\(placed)", "\(placed)/feedback/new?form=client", "\(placed)/feedback/\(feedback.id!)",
                                 "\(placed)/feedback/\(feedback.id!)/edit", "/feedback-results", "/feedback-results/\(world.place.id!)",
                                 // Places and matching
                                 "/places", "/places?task=wood&remote=on", "/places/\(world.place.id!)", "\(lieksa)/matching",
                                 // Learning
                                 "\(placed)/learning", "\(placed)/learning/new", "\(placed)/learning/\(achievement.id!)/edit",
                                 "\(placed)/periods/\(placedPeriod.id!)/certificate"]),
                (.workCoach, ["/", "\(placed)/periods/\(placedPeriod.id!)/evaluations/interim", "\(placed)", "\(placed)/feedback/new?form=place",
                              "\(placed)/learning/new"]),
                (.manager, ["/feedback-results", "/feedback-results/\(world.place.id!)?from=1.1.2026&to=x"]),
                (.employmentSpecialist, ["/referrals"]),
                (.admin, ["/admin/policies", "/admin/policies/new", "/admin/organizations", "/admin/organizations/new", "/admin/organizations/\(world.provider.id!)",
                          "/admin/users", "/admin/users/new", "/admin/users/\(world.user(.workCoach).id!)", "/admin/audit",
                          "/admin/places", "/admin/places/new", "/admin/places/\(world.place.id!)", "/admin/contracts", "/admin/contracts/new",
                          "/admin/organizer-documents", "/admin/organizer-documents/new"]),
                (.client, ["/me", "/me/access-log", "/me/feedback/new", "/me/feedback/\(feedback.id!)",
                           "/me/periods/\(placedPeriod.id!)/certificate", "/me/decisions/\(ownDecision.id!)",
                           "\(placed)/evaluations/new?periodId=\(placedPeriod.id!)&kind=final",
                           "\(placed)/periods/\(placedPeriod.id!)/evaluations/interim"]),
            ]
            // Every page answers as itself: an error page is in the language too, but it is no proof of the page's texts.
            let statuses: [String: HTTPStatus] = ["/no-such-page": .notFound]
            for (role, paths) in pages {
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                for language in Language.allCases {
                    try await browser.get("/language/\(language.rawValue)")
                    for path in paths {
                        let res = try await browser.get(path)
                        let html = res.body.string
                        XCTAssertEqual(res.status, statuses[path] ?? .ok, "\(path) as \(role) in \(language)")
                        XCTAssertEqual(html.contains(#"data-qa="error-page""#), statuses[path] != nil, "\(path) as \(role) in \(language)")
                        XCTAssertTrue(html.contains("<html lang=\"\(language.rawValue)\">"), "\(path) in \(language)")
                        XCTAssertFalse(html.contains("⟦"), "\(path) in \(language) lacks a text: \(html.components(separatedBy: "⟦").dropFirst().first?.prefix(40) ?? "")")
                    }
                }
            }
        }
    }

    func testTheLoginPageFollowsTheLanguageCookie() async throws {
        try await withApp { app, _ in
            try await app.test(.GET, "/login", headers: ["Cookie": "lang=en"]) { res async throws in
                XCTAssertTrue(res.body.string.contains("Sign in to Polku"))
            }
        }
    }
}
