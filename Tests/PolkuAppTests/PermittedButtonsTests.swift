import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import Vapor
import XCTVapor
import XCTest

/// A page shows a button exactly when the request it leads to is allowed (decision 140). Each role walks the
/// pages of a client with a plan, a decision and its period, a referral, a visit, a queue entry, an assessment,
/// an ending and a meeting: every link on them opens (no 403 or 404), every form's post is not refused, and the
/// forms a role may not open are linked from none of them.
final class PermittedButtonsTests: XCTestCase {
    /// Site links of a page, and its post forms with their hidden fields (the sign-out and language forms left out).
    static func targets(in html: String) -> (links: Set<String>, forms: [String: [String: String]]) {
        func matches(_ pattern: String, in text: String) -> [[String]] {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
                (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
            }
        }
        func unescape(_ text: String) -> String {
            text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#43;", with: "+")
        }
        let links = Set(matches(##"<a [^>]*href="(/[^"#]*)"##, in: html).map { unescape($0[0]) })
            .filter { !$0.hasPrefix("/styles") && !$0.hasPrefix("/language") }
        var forms: [String: [String: String]] = [:]
        for form in matches(#"<form ([^>]*)>(.*?)</form>"#, in: html) where form[0].contains(#"method="post""#) {
            guard let action = matches(#"action="(/[^"]*)""#, in: form[0]).first?[0] else { continue }
            if action == "/logout" || action.hasPrefix("/language") || action.hasPrefix("/clients/search") { continue }
            var hidden: [String: String] = [:]
            for input in matches(#"<input ([^>]*type="hidden"[^>]*)>"#, in: form[1]) {
                guard let name = matches(#"name="([^"]*)""#, in: input[0]).first?[0], name != "_csrf" else { continue }
                hidden[name] = unescape(matches(#"value="([^"]*)""#, in: input[0]).first?[0] ?? "")
            }
            forms[unescape(action)] = hidden
        }
        return (links, forms)
    }

    /// The client's records, saved directly.
    private func records(_ world: TestWorld, on app: Application) async throws -> Client {
        let client = world.placedClient
        try await world.givePlan(to: client, on: app)
        try await world.decision(of: client, decidedOn: "2026-04-20", startsOn: "2026-06-01", endsOn: "2026-08-31", on: app)
        try await world.referral(of: client, receivedOn: "2026-04-01", on: app)
        try await world.visit(of: client, on: "2026-04-15", outcome: nil, on: app)
        let entry = QueueEntry()
        entry.$client.id = client.id!
        entry.$place.id = world.place.id!
        entry.queuedOn = "2026-04-16"
        entry.queuedAt = TestWorld.now
        entry.state = .waiting
        entry.openKey = QueueEntry.openKey(client: client.id!, place: world.place.id!)
        entry.reason = "Odottaa paikkaa."
        entry.isUrgent = false
        entry.$author.id = world.user(.socialWorker).id!
        entry.version = 1
        try await entry.create(on: app.db)
        return client
    }

    /// The forms a worker opens for the client: each is linked only to those whose request to it is allowed.
    private func formPages(of id: UUID) -> [String] {
        ["/clients/\(id)/edit", "/clients/\(id)/plans/new", "/clients/\(id)/decisions/new", "/clients/\(id)/matching",
         "/clients/\(id)/assessments/new", "/clients/\(id)/endings/new", "/clients/\(id)/follow-ups/new", "/clients/\(id)/queue/new",
         "/clients/\(id)/visits/new", "/clients/\(id)/referrals/new", "/clients/\(id)/access-log", "/clients/\(id)/team",
         "/clients/\(id)/meetings", "/clients/\(id)/feedback/new?form=client", "/clients/\(id)/feedback/new?form=place",
         "/clients/\(id)/evaluations/new", "/clients/\(id)/learning/new", "/me/referral", "/me/access-log", "/coach/week", "/statistics", "/admin/users", "/queues"]
    }

    private static func refused(_ status: HTTPStatus) -> Bool { status == .forbidden || status == .notFound }

    func testEveryButtonLeadsToAnAllowedRequestAndNoneToARefusedOne() async throws {
        for role in Role.allCases {
            try await withApp { app, world in
                let client = try await records(world, on: app)
                let id = client.id!
                let browser = try await TestBrowser.signedIn(app, email: world.user(role).email)
                // Walk the client's pages (the client: their own) and the role's own pages from the menu.
                let start = role == .client ? "/me" : [.admin, .manager].contains(role) ? "/" : "/clients/\(id)"
                let scope = ["/clients/\(id)", "/me", "/referrals", "/queues", "/coach", "/feedback-results", "/statistics", "/admin"]
                var queue = [start, "/"], seen: Set<String> = [], links: [String: String] = [:]
                var forms: [String: (page: String, fields: [String: String])] = [:]
                while let page = queue.first, seen.count < 120 {
                    queue.removeFirst()
                    guard seen.insert(page).inserted else { continue }
                    let response = try await browser.get(page)
                    XCTAssertFalse(Self.refused(response.status), "\(role): \(page) answered \(response.status), linked from \(links[page] ?? "the start")")
                    guard response.status == .ok else { continue }
                    let (pageLinks, pageForms) = Self.targets(in: response.body.string)
                    for link in pageLinks where links[link] == nil { links[link] = page }
                    for (form, fields) in pageForms where forms[form] == nil { forms[form] = (page, fields) }
                    // The coach's week links to the week before and after, without end: those are opened, not followed.
                    queue += pageLinks.filter { link in
                        scope.contains { link.hasPrefix($0) } && !link.hasPrefix("/coach/week?") && !seen.contains(link)
                    }.sorted()
                }
                // Every other link the pages show opens too.
                for (link, page) in links.sorted(by: { $0.key < $1.key }) where !seen.contains(link) {
                    let status = try await browser.get(link).status
                    XCTAssertFalse(Self.refused(status), "\(role): \(link) on \(page) answered \(status)")
                }
                // A form's post with only its hidden fields gets past access control (422, 409 or a redirect), never 403 or 404.
                for (form, origin) in forms.sorted(by: { $0.key < $1.key }) {
                    let status = try await browser.post(form, form: origin.fields).status
                    XCTAssertFalse(Self.refused(status), "\(role): the form to \(form) on \(origin.page) answered \(status)")
                }
                // A form the role may not open is linked from no page it saw.
                for target in formPages(of: id) {
                    let status = try await browser.get(target).status
                    if Self.refused(status) {
                        XCTAssertNil(links[target], "\(role): \(target) answers \(status) but \(links[target] ?? "") links to it")
                    }
                }
                // The walk reaches the forms: the social worker is offered the next decision, nobody else is.
                XCTAssertEqual(links["/clients/\(id)/decisions/new"] != nil, role == .socialWorker, "\(role): the decision form")
                // The client reads their own decision's copy from their own page (issue 13, item 7).
                XCTAssertEqual(links.keys.contains { $0.hasPrefix("/me/decisions/") }, role == .client, "\(role): the client's own decision copy")
                XCTAssertGreaterThan(seen.count, role == .admin || role == .manager ? 0 : 3, "\(role) walked \(seen.sorted())")
            }
        }
    }
}
