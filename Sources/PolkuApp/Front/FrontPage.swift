import Plot
import PolkuDomain
import Vapor

struct FrontPage {
    let userName: String
    let role: Role
    let actor: Principal
    let organizationName: String?
    let clientCount: Int?
    /// The reminders, rendered once for everyone who sees the same ones (nil: the user sees no clients).
    let board: ReminderBoard?

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.frontTitle]) {
            div([("data-qa", "front-page")]) {
                heading(1, t(.frontGreeting, ["name": userName]))
                p([("class", "lead")], [t[role.textKey], organizationName].compactMap { $0 }.joined(separator: " · "))
                if let board { Node<HTML.BodyContext>.raw(board.html) }
                Tag("ul", [("class", "cards")]) {
                    for item in NavigationItem.items(for: actor) where item.route != .front {
                        Tag("li", [("class", "card")]) {
                            link(t[item.key], to: item.route.path)
                            if item.route == .clients, let clientCount {
                                p([("class", "muted"), ("data-qa", "client-count")], t(.frontClientCount, ["count": "\(clientCount)"]))
                            }
                        }
                    }
                }
            }
        }
    }
}
