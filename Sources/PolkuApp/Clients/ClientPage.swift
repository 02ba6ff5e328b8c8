import Plot
import PolkuDomain
import Vapor

/// One client: for a worker, a summary and the records in the path's order; for the client, their own view.
struct ClientPage {
    let client: ClientDTO
    let mayEdit: Bool
    let mayReadAccessLog: Bool
    /// The client's own view (/me).
    let isOwnPage: Bool
    /// The newest plan, if any.
    var plan: Plan? = nil
    /// The responsible worker's name, if one is named.
    var responsibleWorker: String? = nil
    /// The client's own view shows their path, plan and period.
    var path: ClientPathSummary? = nil
    /// The summary and the decisions with their places and states (issue 13, item 5); nil on the client's own page.
    var summary: ClientSummary? = nil
    var mayDecide = false
    var mayCreatePlan = false
    /// The client's referrals within the user's reach; nil when the user does not work with referrals.
    var referrals: [ReferralDTO]? = nil
    var mayRefer = false
    /// The assessment and ending sections; nil where the page does not show them.
    var pathRecords: ClientPathRecords? = nil
    /// The periods' interim and final evaluations; nil where the page does not show them.
    var evaluations: [PeriodEvaluations]? = nil
    /// Queues and familiarization visits; nil where the page does not show them.
    var placement: ClientPlacement? = nil
    /// The answers on the feedback forms (issue 5): for those who read the client, and on the client's own page.
    var feedback: ClientFeedbackSection? = nil
    var myFeedback: MyFeedbackSection? = nil
    /// Whether to link to the places ranked for this client.
    var mayMatch = false
    /// Where the client is on the path, for those who work with them; the client's own view has it in `path`.
    var progress: PathProgress? = nil
    /// The client's own page: a request of theirs waiting, or the way to make one (decision 108).
    var ownRequest: OwnReferralRequest? = nil
    /// What the client learned and gained (issue 13 item 9); nil for those who may not read it.
    var learning: LearningSection? = nil
    /// The client's own page: what matters today, their week and their decisions, first (issue 13, item 7).
    var today: MyToday? = nil

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(isOwnPage ? t[.myPageTitle] : client.fullName) {
            div([("data-qa", "client-page")]) {
                if !isOwnPage { link("← " + t[.clientsTitle], to: SiteRoute.clients.path, [("class", "back-link")]) }
                div([("class", "page-head")]) {
                    heading(1, isOwnPage ? t[.myPageTitle] : client.fullName, [("data-qa", "client-name")])
                    if mayEdit { link(t[.edit], to: SiteRoute.clientEdit(client.id).path, [("class", "button"), ("data-qa", "client-edit")]) }
                }
                if isOwnPage { ownSections(t) } else { workerSections(t) }
            }
        }
    }

    /// For those who work with the client: the summary first, then the records in the path's order (issue 13, item 5).
    private func workerSections(_ t: Texts) -> Component {
        ComponentGroup {
            if let summary { ClientSummarySection(clientID: client.id, summary: summary, texts: t) }
            personalFacts(t)
            if let progress {
                Tag("section", [("class", "path-section"), ("aria-labelledby", "path-heading"), ("data-qa", "client-path")]) {
                    heading(2, t[.pathWorkerTitle], [("id", "path-heading")])
                    PathSteps(progress: progress, texts: t)
                }
            }
            if let referrals { ClientReferrals(clientID: client.id, referrals: referrals, mayRefer: mayRefer, texts: t) }
            if let records = pathRecords {
                ClientAssessments(clientID: client.id, assessments: records.assessments, mayWrite: records.mayWriteAssessment, texts: t)
            }
            planSection(t)
            if let placement { placement }
            decisionsSection(t)
            if let evaluations { ClientEvaluations(periods: evaluations, ownView: false, texts: t) }
            if let learning { learning }
            if let records = pathRecords {
                ClientEndings(clientID: client.id, endings: records.endings, mayWrite: records.mayWriteEnding, texts: t)
            }
            Tag("section", [("class", "path-section"), ("aria-labelledby", "team-heading")]) {
                heading(2, t[.teamSection], [("id", "team-heading")])
                p([("data-qa", "responsible-worker")], responsibleWorker.map { t[.teamResponsible] + ": " + $0 } ?? t[.teamNoResponsible])
                link(t[.teamOpen], to: SiteRoute.team(client.id).path, [("data-qa", "team-link")])
                Txt(" · ")
                link(t[.meetingsOpen], to: SiteRoute.meetings(client.id).path, [("data-qa", "meetings-link")])
            }
            if let feedback { feedback }
        }
    }

    /// The client's own view (/me): today first, on a phone's first screen; the personal facts last, folded.
    private func ownSections(_ t: Texts) -> Component {
        ComponentGroup {
            if let today { MyTodaySections(today: today, texts: t) }
            if let path { MyPathSections(path: path, texts: t) }
            if let ownRequest {
                Tag("section", [("class", "path-section"), ("id", "my-referral"), ("aria-labelledby", "my-referral-heading")]) {
                    heading(2, t[.selfReferralTitle], [("id", "my-referral-heading")])
                    switch ownRequest {
                    case .waiting(let since):
                        p([("data-qa", "self-referral-waiting")], t(.selfReferralWaiting, ["date": FinnishFormat.date(since)]))
                    case .mayAsk:
                        link(t[.selfReferralLink], to: SiteRoute.meReferral.path, [("class", "button"), ("data-qa", "self-referral-link")])
                    }
                }
            }
            if let myFeedback { myFeedback }
            if let learning { learning }
            if let referrals { ClientReferrals(clientID: client.id, referrals: referrals, mayRefer: mayRefer, texts: t) }
            if let records = pathRecords {
                ClientAssessments(clientID: client.id, assessments: records.assessments, mayWrite: records.mayWriteAssessment, texts: t)
                ClientEndings(clientID: client.id, endings: records.endings, mayWrite: records.mayWriteEnding, texts: t)
            }
            if let feedback { feedback }
            Tag("details", [("class", "path-section my-details"), ("data-qa", "my-details")]) {
                Tag("summary") { Txt(t[.myDetailsSummary]) }
                personalFacts(t)
            }
        }
    }

    private func personalFacts(_ t: Texts) -> Component {
        ComponentGroup {
            Tag("dl", [("class", "facts")]) {
                fact(t[.colName], client.fullName)
                fact(t[.personalIdentityCode], client.personalIdentityCode)
                fact(t[.colBirthDate], LocalDate(isoString: client.birthDate).map(FinnishFormat.date) ?? client.birthDate)
                fact(t[.municipality], client.municipalityName ?? client.municipalityCode)
                fact(t[.clientLanguage], Language(rawValue: client.language)?.nativeName ?? client.language)
                ComponentGroup(members: [Tag("dt") { Txt(t[.phone]) }, Tag("dd") { client.phone.map { ContactLinks.phone($0) } ?? Txt("–") }])
                ComponentGroup(members: [Tag("dt") { Txt(t[.email]) }, Tag("dd") { client.email.map { ContactLinks.email($0) } ?? Txt("–") }])
                if let updated = client.updatedAt { fact(t[.updatedAt], FinnishFormat.dateTime(updated)) }
            }
            if mayReadAccessLog {
                link(t[.accessLogTitle], to: isOwnPage ? SiteRoute.meAccessLog.path : SiteRoute.clientAccessLog(client.id).path,
                     [("data-qa", "access-log-link")])
            }
        }
    }

    /// Each decision with its period's place and state today.
    private func decisionsSection(_ t: Texts) -> Component {
        Tag("section", [("class", "path-section"), ("aria-labelledby", "decisions-heading"), ("data-qa", "decisions")]) {
            heading(2, t[.decisionSection], [("id", "decisions-heading")])
            let rows = summary?.decisions ?? []
            if rows.isEmpty && (summary?.otherDecisions ?? []).isEmpty { p([("class", "muted")], t[.decisionNone]) }
            Tag("ul") {
                for row in rows {
                    Tag("li", [("data-qa", "decision-row"), ("data-status", row.status.rawValue)]) {
                        link(FinnishFormat.date(row.range.start) + "–" + FinnishFormat.date(row.range.end),
                             to: SiteRoute.decision(client: client.id, decision: row.decisionID!).path, [("data-qa", "decision-link")])
                        Txt(" · " + row.placeName + " · " + t[DecisionPage.statusKey(row.status.rawValue)])
                        if let number = row.caseNumber { Tag("span", [("class", "muted")]) { Txt(" · " + number) } }
                    }
                }
                // The refusals, changes and endings, each with its case number (decision 207).
                for other in summary?.otherDecisions ?? [] {
                    Tag("li", [("data-qa", "path-decision-row"), ("data-kind", other.kind.rawValue)]) {
                        link(t[PathDecisionPage.titleKey(other.kind)],
                             to: SiteRoute.pathDecision(client: client.id, pathDecision: other.id).path, [("data-qa", "path-decision-link")])
                        Txt(" · " + FinnishFormat.date(other.decidedOn))
                        Tag("span", [("class", "muted")]) { Txt(" · " + other.caseNumber) }
                    }
                }
            }
            if mayDecide { link(t[.decisionNew], to: SiteRoute.decisionNew(client.id).path, [("class", "button"), ("data-qa", "decision-new")]) }
            if mayMatch { link(t[.matchingOpen], to: SiteRoute.clientMatching(client.id).path, [("class", "button"), ("data-qa", "matching-link")]) }
        }
    }

    private func planSection(_ t: Texts) -> Component {
        Tag("section", [("class", "path-section"), ("aria-labelledby", "plan-heading")]) {
            heading(2, t[.planSection], [("id", "plan-heading")])
            if let plan, let planID = try? plan.typedID {
                p([], t[plan.kind.textKey])
                link(t[.planOpen], to: SiteRoute.plan(client: client.id, plan: planID).path, [("data-qa", "plan-link")])
            } else {
                p([("class", "muted")], t[.planNone])
                if mayCreatePlan { link(t[.planNew], to: SiteRoute.planNew(client.id).path, [("class", "button"), ("data-qa", "plan-new")]) }
            }
        }
    }

    private func fact(_ label: String, _ value: String) -> Component {
        ComponentGroup(members: [Tag("dt") { Txt(label) }, Tag("dd") { Txt(value) }])
    }
}

/// Where the client's own request for the service stands, on their own page.
enum OwnReferralRequest {
    /// A referral of theirs waits for the organizer's decision, received on this day.
    case waiting(since: LocalDate)
    /// Nothing waits and no period runs or is planned: they may ask.
    case mayAsk
}
