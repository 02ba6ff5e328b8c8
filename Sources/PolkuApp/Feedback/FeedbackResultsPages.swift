import Foundation
import Plot
import PolkuDomain
import Vapor

/// The span form both results pages open with.
struct FeedbackSpanForm: Component {
    let action: String
    let span: FeedbackSpan
    let failure: ValidationFailure?
    let texts: Texts

    var body: Component {
        let t = texts
        return Tag("form", [("method", "get"), ("action", action), ("class", "filters"), ("data-qa", "feedback-span")]) {
            FormField(name: "from", label: t[.feedbackSpanFrom], value: FinnishFormat.date(span.from), autocomplete: "off",
                      error: failure?.message(for: "from", texts: t), hint: t[.dateHint])
            FormField(name: "to", label: t[.feedbackSpanTo], value: FinnishFormat.date(span.to), autocomplete: "off",
                      error: failure?.message(for: "to", texts: t), hint: t[.dateHint])
            div([("class", "actions")]) {
                Tag("button", [("type", "submit"), ("data-qa", "feedback-span-submit")]) { Txt(t[.feedbackShow]) }
            }
        }
    }

    static func query(_ span: FeedbackSpan) -> String { "?from=\(span.from.isoString)&to=\(span.to.isoString)" }
}

/// Every place the user sees, with how many answers each form has, or only that there are too few.
struct FeedbackResultsPage {
    let span: FeedbackSpan
    let failure: ValidationFailure?
    let results: [PlaceFeedbackResults]
    /// For a work coach: the periods waiting for the place's answer.
    var pending: [PendingPlaceFeedback] = []

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.feedbackResultsTitle]) {
            heading(1, t[.feedbackResultsTitle])
            if !pending.isEmpty {
                Tag("section", [("class", "path-section"), ("aria-labelledby", "pending-heading"), ("data-qa", "pending-place-feedback")]) {
                    heading(2, t[.feedbackPendingTitle], [("id", "pending-heading")])
                    Tag("ul") {
                        for item in pending {
                            Tag("li") {
                                link(item.clientName, to: SiteRoute.clientFeedbackNew(item.clientID).path + "?form=place&periodId=\(item.period.id)",
                                     [("data-qa", "pending-link")])
                                Txt(" – " + item.period.label)
                            }
                        }
                    }
                }
            }
            p([], t(.feedbackResultsIntro, ["min": "\(FeedbackResults.minimumAnswers)"]))
            FeedbackSpanForm(action: SiteRoute.feedbackResults.path, span: span, failure: failure, texts: t)
            if results.isEmpty {
                p([("class", "muted")], t[.feedbackNoPlaces])
            } else {
                DataTable(qa: "feedback-results", caption: t[.feedbackResultsTitle],
                          headers: [t[.feedbackPlace], t[.feedbackProvider], t[.feedbackClientForm], t[.feedbackPlaceForm]],
                          rows: results.map { result in
                              DataTable.Row(qa: "feedback-result-row", cells: [
                                  link(result.placeName, to: SiteRoute.placeFeedbackResults(result.placeID).path + FeedbackSpanForm.query(span),
                                       [("data-qa", "feedback-place-link")]),
                                  Txt(result.providerName),
                                  Self.count(result.summaries[0].summary, t),
                                  Self.count(result.summaries[1].summary, t),
                              ])
                          })
            }
        }
    }

    /// The count, marked for the browser tests: too few to show, or shown.
    static func count(_ summary: FeedbackSummary, _ t: Texts) -> Component {
        switch summary {
        case .tooFew:
            Tag("span", [("data-qa", "count-too-few")]) { Txt(t(.feedbackFewerThan, ["min": "\(FeedbackResults.minimumAnswers)"])) }
        case .shown(let count, _, _, _):
            Tag("span", [("data-qa", "count-shown")]) { Txt(t(.feedbackAnswerCount, ["count": "\(count)"])) }
        }
    }
}

/// One place's results: per form, each question's answers, mean and distribution, and the free texts
/// in alphabetical order, without names or dates; below the threshold only that there are too few.
struct PlaceFeedbackResultsPage {
    let span: FeedbackSpan
    let failure: ValidationFailure?
    let results: PlaceFeedbackResults

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(results.placeName) {
            link("← " + t[.feedbackResultsTitle], to: SiteRoute.feedbackResults.path + FeedbackSpanForm.query(span), [("class", "back-link")])
            heading(1, results.placeName)
            p([("class", "lead")], results.providerName)
            p([], t(.feedbackResultsIntro, ["min": "\(FeedbackResults.minimumAnswers)"]))
            FeedbackSpanForm(action: SiteRoute.placeFeedbackResults(results.placeID).path, span: span, failure: failure, texts: t)
            for (form, summary) in results.summaries {
                Tag("section", [("class", "path-section"), ("aria-labelledby", "results-\(form.rawValue)"), ("data-qa", "results-\(form.rawValue)")]) {
                    heading(2, t[form.titleKey], [("id", "results-\(form.rawValue)")])
                    Self.summary(form, summary, t)
                }
            }
        }
    }

    private static func summary(_ form: FeedbackForm, _ summary: FeedbackSummary, _ t: Texts) -> Component {
        switch summary {
        case .tooFew:
            return p([("class", "muted"), ("data-qa", "fewer-than")], t(.feedbackFewerThan, ["min": "\(FeedbackResults.minimumAnswers)"]))
        case let .shown(count, questions, good, improve):
            return ComponentGroup(members: [
                p([("data-qa", "answer-count")], t(.feedbackAnswerCount, ["count": "\(count)"])),
                DataTable(qa: "results-table-\(form.rawValue)", caption: t[form.titleKey],
                          headers: [t[.feedbackQuestion], t[.feedbackAnswers], t[.feedbackMean]] + FeedbackQuestion.ratings.map { "\($0)" },
                          rows: questions.map { result in
                              DataTable.Row(qa: "result-\(result.question.rawValue)", cells: [
                                  Txt(t[result.question.textKey]), Txt("\(result.count)"),
                                  Txt(FinnishFormat.decimal(result.mean, fractionDigits: 1)),
                              ] + result.distribution.map { Txt("\($0)") as Component })
                          }, numericColumns: Set(1...7)),
                p([("class", "hint")], t[.feedbackScaleHint]),
                heading(3, t[form.goodKey]),
                texts(good, qa: "texts-good-\(form.rawValue)", t),
                heading(3, t[form.improveKey]),
                texts(improve, qa: "texts-improve-\(form.rawValue)", t),
            ])
        }
    }

    private static func texts(_ items: [String], qa: String, _ t: Texts) -> Component {
        if items.isEmpty { return p([("class", "muted"), ("data-qa", qa)], t[.feedbackNoTexts]) }
        return Tag("ul", [("data-qa", qa)]) {
            for item in items { Tag("li", [("class", "pre-line")]) { Txt(item) } }
        }
    }
}
