import Foundation
import Plot
import PolkuDomain
import Vapor

/// One answer, as those who may read the client see it.
struct FeedbackPage {
    let answer: FeedbackDTO
    let clientName: String?
    let back: String
    /// The edit form's address when the signed-in user may change the answer today.
    let editLink: String?

    func render(on req: Request) -> Response {
        let t = req.texts
        let title = t[answer.form.titleKey]
        return req.page(title) {
            link("← " + t[.back], to: back, [("class", "back-link")])
            div([("class", "page-head")]) {
                heading(1, title)
                if let editLink { link(t[.feedbackEdit], to: editLink, [("class", "button"), ("data-qa", "feedback-edit")]) }
            }
            if let clientName { p([("class", "lead")], clientName) }
            Facts(facts: [
                .init(label: t[.feedbackPeriod], value: Txt(answer.placeName + ", " + answer.periodText)),
                .init(label: t[.feedbackGivenOn], value: Txt(EndingInput.finnish(answer.givenOn))),
                .init(label: t[.feedbackChannel], value: Txt(t[answer.channel.textKey]), qa: "feedback-channel"),
                .init(label: t[.endingAuthor], value: Txt(answer.authorName ?? "–")),
                .init(label: t[.feedbackOpenUntil], value: Txt(EndingInput.finnish(answer.openUntil))),
            ])
            FeedbackRatingsTable(answer: answer, texts: t)
            heading(2, t[answer.form.goodKey])
            p([("class", "pre-line"), ("data-qa", "feedback-good")], answer.whatWasGood ?? "–")
            heading(2, t[answer.form.improveKey])
            p([("class", "pre-line"), ("data-qa", "feedback-improve")], answer.whatToImprove ?? "–")
        }
    }
}

struct FeedbackRatingsTable: Component {
    let answer: FeedbackDTO
    let texts: Texts

    var body: Component {
        let t = texts
        return DataTable(qa: "feedback-ratings", caption: t[.feedbackRatings], headers: [t[.feedbackQuestion], t[.feedbackRating]],
                         rows: answer.form.questions.map { question in
                             let rating = answer.rating(question)
                             return DataTable.Row(qa: "rating-\(question.rawValue)", cells: [
                                 Txt(t[question.textKey]),
                                 Txt(rating.map { "\($0) – " + t[FeedbackRatingText.key($0)] } ?? "–"),
                             ])
                         })
    }
}

/// The client page's section of answers about the client's periods, with the ways to give one.
struct ClientFeedbackSection: Component {
    let clientID: ClientID
    let answers: [FeedbackDTO]
    /// Links to offer: record the client's paper answer, give (or record from paper) the place's answer.
    let mayRecordPaper: Bool
    let mayGivePlaceFeedback: Bool
    var placeFeedbackOnPaper = false
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "client-feedback-heading"), ("data-qa", "client-feedback")]) {
            div([("class", "page-head")]) {
                Tag("h2", [("id", "client-feedback-heading")]) { Txt(t[.feedbackSection]) }
            }
            if answers.isEmpty {
                p([("class", "muted")], t[.feedbackNone])
            } else {
                DataTable(qa: "feedback-table", caption: t[.feedbackSection],
                          headers: [t[.feedbackForm], t[.feedbackPeriod], t[.feedbackGivenOn], t[.feedbackChannel]],
                          rows: answers.map { answer in
                              DataTable.Row(qa: "feedback-row", cells: [
                                  link(t[answer.form.titleKey], to: SiteRoute.clientFeedback(client: clientID, feedback: answer.id).path, [("data-qa", "feedback-link")]),
                                  Txt(answer.placeName + ", " + answer.periodText),
                                  Txt(EndingInput.finnish(answer.givenOn)),
                                  Txt(t[answer.channel.textKey]),
                              ])
                          })
            }
            if mayRecordPaper || mayGivePlaceFeedback {
                div([("class", "actions")]) {
                    if mayRecordPaper {
                        link(t[.feedbackRecordPaper], to: SiteRoute.clientFeedbackNew(clientID).path + "?form=client",
                             [("class", "button"), ("data-qa", "feedback-paper-new")])
                    }
                    if mayGivePlaceFeedback {
                        link(t[placeFeedbackOnPaper ? .feedbackRecordPlacePaper : .feedbackGivePlace], to: SiteRoute.clientFeedbackNew(clientID).path + "?form=place",
                             [("class", "button"), ("data-qa", "feedback-place-new")])
                    }
                }
            }
        }
    }
}

/// The client's own page: their answers about their places, and the periods they can still tell about.
struct MyFeedbackSection: Component {
    let answers: [FeedbackDTO]
    /// Periods open for feedback that the client has not answered about yet.
    let openPeriods: [FeedbackPeriodChoice]
    /// The organizer's feedback window in force today (decision 114).
    let daysAfterEnd: Int
    let texts: Texts

    var body: Component {
        let t = texts
        let mine = answers.filter { $0.form == .client }
        return Tag("section", [("class", "path-section"), ("aria-labelledby", "my-feedback-heading"), ("data-qa", "my-feedback")]) {
            heading(2, t[.myFeedbackTitle], [("id", "my-feedback-heading")])
            p([], t(.myFeedbackIntro, ["days": "\(daysAfterEnd)"]))
            Tag("ul") {
                for period in openPeriods {
                    Tag("li") {
                        Txt(period.label + " – ")
                        link(t[.feedbackGive], to: SiteRoute.myFeedbackNew.path + "?periodId=\(period.id)", [("data-qa", "my-feedback-new")])
                    }
                }
                for answer in mine {
                    Tag("li") {
                        Txt(answer.placeName + ", " + answer.periodText + " – ")
                        link(t(.feedbackGivenValue, ["date": EndingInput.finnish(answer.givenOn)]), to: SiteRoute.myFeedback(answer.id).path,
                             [("data-qa", "my-feedback-link")])
                    }
                }
            }
            if mine.isEmpty && openPeriods.isEmpty { p([("class", "muted")], t[.feedbackNoOpenPeriods]) }
        }
    }
}
