import Foundation
import Plot
import PolkuDomain
import Vapor

/// Places for one client, best fit first, each with the reasons for and against it.
struct MatchingPage {
    let clientID: ClientID
    let clientName: String
    let municipalityName: String
    let matching: ClientMatching
    /// Whether to offer a new assessment, where the interests and the support need are recorded.
    var mayAssess = false
    /// What the worker may do with each place from here (issue 13, item 5): queue, a familiarization visit, a decision.
    var mayQueue = false
    var mayVisit = false
    var mayDecide = false

    func render(on req: Request) -> Response {
        let t = req.texts
        let profile = matching.profile
        return req.page(t[.matchingTitle]) {
            link("← " + clientName, to: SiteRoute.client(clientID).path, [("class", "back-link")])
            heading(1, t[.matchingTitle])
            p([("class", "lead")], clientName)
            p([], t[.matchingIntro])
            Facts(facts: [
                .init(label: t[.municipality], value: Txt(municipalityName)),
                .init(label: t[.assessmentInterests], value: Txt(profile.interests.isEmpty ? "–"
                    : PlaceTask.allCases.filter(profile.interests.contains).map { t[$0.textKey] }.joined(separator: ", "))),
                .init(label: t[.assessmentSupportNeed], value: Txt(profile.supportNeed.map { t[$0.textKey] } ?? "–")),
                .init(label: t[.assessmentNeedsRemote], value: Txt(t[profile.needsRemote ? .yes : .no])),
            ])
            if let assessedOn = matching.assessedOn {
                p([("class", "muted"), ("data-qa", "matching-source")],
                  t(.matchingFromAssessment, ["date": LocalDate(isoString: assessedOn).map(FinnishFormat.date) ?? assessedOn]))
            } else {
                p([("class", "muted"), ("data-qa", "matching-no-assessment")], t[.matchingNoAssessment])
            }
            if mayAssess {
                link(t[.assessmentNew], to: SiteRoute.clientAssessmentNew(clientID).path, [("class", "button"), ("data-qa", "matching-assess")])
            }
            Tag("ol", [("class", "match-list"), ("data-qa", "match-list")]) {
                for row in matching.rows {
                    Tag("li", [("class", "match"), ("data-qa", "match-row")]) {
                        Tag("h2", [("class", "match-name")]) {
                            link(row.place.name, to: SiteRoute.place(row.place.id).path, [("data-qa", "match-place")])
                        }
                        p([("class", "muted")], row.place.providerName + " · " + (row.place.municipalityName ?? row.place.municipalityCode) + " · "
                          + t(.matchingScore, ["score": "\(row.score)"]))
                        if mayQueue || mayVisit || mayDecide {
                            let place = "?placeId=" + row.place.id.rawValue.uuidString
                            div([("class", "row-actions"), ("data-qa", "match-actions")]) {
                                if mayQueue { link(t[.matchQueue], to: SiteRoute.clientQueueNew(clientID).path + place, [("class", "button"), ("data-qa", "match-queue")]) }
                                if mayVisit { link(t[.matchVisit], to: SiteRoute.clientVisitNew(clientID).path + place, [("class", "button"), ("data-qa", "match-visit")]) }
                                if mayDecide { link(t[.matchDecide], to: SiteRoute.decisionNew(clientID).path + place, [("class", "button"), ("data-qa", "match-decide")]) }
                            }
                        }
                        Tag("ul", [("class", "reasons"), ("aria-label", t[.matchingReasons])]) {
                            for reason in row.reasons {
                                Tag("li", [("class", reason.isPositive ? "reason-plus" : "reason-minus"), ("data-qa", "match-reason")]) {
                                    Tag("span", [("aria-hidden", "true")]) { Txt(reason.isPositive ? "+ " : "− ") }
                                    Tag("span", [("class", "visually-hidden")]) { Txt(t[reason.isPositive ? .matchingFor : .matchingAgainst] + ": ") }
                                    Txt(t.reason(reason))
                                }
                            }
                        }
                    }
                }
            }
            if matching.rows.isEmpty { p([("class", "muted")], t[.placesEmpty]) }
        }
    }
}
