import Foundation
import Plot
import PolkuDomain
import Vapor

/// The frame of every page: skip link, header with navigation, language and sign-out, main content.
struct Layout {
    let context: PageContext
    let title: String
    let main: Component

    func render() -> String {
        let t = context.texts
        let body = ComponentGroup(members: [
            link(t[.skipToContent], to: "#main", [("class", "skip-link")]),
            Tag("header", [("class", "site-header")]) {
                div([("class", "header-inner")]) {
                    link("Polku", to: SiteRoute.front.path, [("class", "brand"), ("data-qa", "brand")])
                    if let actor = context.actor {
                        Navigation(items: NavigationItem.items(for: actor), texts: t, current: context.currentURL)
                    } else {
                        // Visitors who are not signed in find the public registry of places and the sign-in.
                        Navigation(items: [.init(key: .navPlaces, route: .places), .init(key: .loginTitle, route: .login)],
                                   texts: t, current: context.currentURL)
                    }
                    LanguageSwitcher(context: context)
                    if let name = context.userName {
                        Tag("form", [("method", "post"), ("action", SiteRoute.logout.path), ("class", "logout")]) {
                            CSRFField(token: context.csrfToken)
                            Tag("span", [("class", "user-name")]) { Txt(name) }
                            Tag("button", [("type", "submit"), ("data-qa", "logout")]) { Txt(t[.logout]) }
                        }
                    }
                }
            },
            Tag("main", [("id", "main"), ("tabindex", "-1")]) {
                if let saved = context.savedNotice {
                    Tag("p", [("class", "saved-notice"), ("role", "status"), ("data-qa", "saved-notice")]) { Txt(t[saved]) }
                }
                main
            },
            Tag("footer", [("class", "site-footer")]) { p([], t[.footerText]) },
        ])
        return "<!DOCTYPE html>" + Tag("html", [("lang", context.language.rawValue)]) {
            Tag("head") {
                Tag("meta", [("charset", "utf-8")])
                Tag("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                Tag("title") { Txt("\(title) – Polku") }
                Tag("link", [("rel", "stylesheet"), ("href", SiteRoute.styles.path)])
            }
            Tag("body") { body }
        }.render()
    }
}

/// A hidden field with the session's CSRF token; every form that changes something has one.
struct CSRFField: Component {
    let token: String
    var body: Component { Tag("input", [("type", "hidden"), ("name", "_csrf"), ("value", token)]) }
}

/// The version a form's record had when the form was shown; the save is refused (409) if it changed since.
struct VersionField: Component {
    let version: Int?
    var body: Component {
        guard let version else { return ComponentGroup(members: []) }
        return Tag("input", [("type", "hidden"), ("name", "version"), ("value", "\(version)")])
    }
}

/// Links, not a form: the sign-in page's only form is the sign-in form, and a language choice is a
/// harmless, idempotent preference.
struct LanguageSwitcher: Component {
    let context: PageContext
    var body: Component {
        Tag("ul", [("class", "language-switcher"), ("aria-label", context.texts[.chooseLanguage])]) {
            for language in Language.allCases {
                Tag("li") {
                    Tag("a", [("href", SiteRoute.language(language).path + "?returnTo=" + context.currentURL.queryEncoded),
                              ("lang", language.rawValue), ("hreflang", language.rawValue), ("data-qa", "lang-\(language.rawValue)"),
                              ("aria-current", language == context.language ? "true" : nil)]) { Txt(language.nativeName) }
                }
            }
        }
    }
}

extension String {
    var queryEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? "/"
    }
}

struct NavigationItem {
    let key: TextKey
    let route: SiteRoute

    /// The menu: each page whose action the user may do, in this order (the action decides, as for every button).
    static func items(for actor: Principal) -> [NavigationItem] {
        let candidates: [(TextKey, SiteRoute, any RecordAction)] = [
            (.navCoachWeek, .coachWeek, Action.CoachWeek.read),
            (.navClients, .clients, Action.Client.list),
            (.navReferrals, .referrals, Action.Referral.list),
            (.navQueues, .queues, Action.PlaceQueue.list),
            // The registry is public; the menu offers it to those who place clients or run places, who see the queues.
            (.navPlaces, .places, Action.PlaceQueue.list),
            (.navOrganizations, .adminOrganizations, Action.Organization.administer),
            (.navUsers, .adminUsers, Action.User.administer),
            (.navPolicies, .adminPolicies, Action.Policy.administer),
            (.navDocuments, .adminDocuments, Action.OrganizerDocument.administer),
            (.navPlaces, .adminPlaces, Action.Place.administer),
            (.navContracts, .adminContracts, Action.Provider.administer),
            (.navAudit, .adminAudit, Action.Audit.searchEverything),
            (.navStatistics, .statistics, Action.Statistics.read),
            (.navMyData, .me, Action.Me.read),
            (.navWhoHasSeen, .meAccessLog, Action.Me.readAccessLog),
            // Results per place: counts and means without names, for every role but the client.
            (.navFeedback, .feedbackResults, Action.FeedbackResults.read),
        ]
        return [NavigationItem(key: .navFront, route: .front)]
            + candidates.filter { $0.2.isGranted(to: actor) }.map { NavigationItem(key: $0.0, route: $0.1) }
    }
}

struct Navigation: Component {
    let items: [NavigationItem]
    let texts: Texts
    let current: String

    var body: Component {
        Tag("nav", [("aria-label", texts[.mainNavigation])]) {
            Tag("ul") {
                for item in items {
                    Tag("li") {
                        link(texts[item.key], to: item.route.path,
                             [("aria-current", isCurrent(item) ? "page" : nil)])
                    }
                }
            }
        }
    }

    private func isCurrent(_ item: NavigationItem) -> Bool {
        let path = current.split(separator: "?").first.map(String.init) ?? current
        return item.route == .front ? path == "/" : path.hasPrefix(item.route.path)
    }
}

extension Response {
    /// An HTML page answer.
    static func page(_ html: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}

extension Request {
    /// Renders `main` inside the layout, in the request's language.
    func page(_ title: String, status: HTTPStatus = .ok, @ComponentBuilder main: () -> ComponentGroup) -> Response {
        .page(Layout(context: PageContext(self), title: title, main: main()).render(), status: status)
    }
}
