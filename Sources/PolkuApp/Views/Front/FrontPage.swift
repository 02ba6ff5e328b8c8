import Plot
import PolkuDomain
import Vapor

struct FrontPage {
    let userName: String
    let role: Role
    let organizationName: String?
    let clientCount: Int?

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.frontTitle]) {
            div([("data-qa", "front-page")]) {
                heading(1, t(.frontGreeting, ["name": userName]))
                p([("class", "lead")], [t[role.textKey], organizationName].compactMap { $0 }.joined(separator: " · "))
                Tag("ul", [("class", "cards")]) {
                    for item in NavigationItem.items(for: role) where item.route != .front {
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
