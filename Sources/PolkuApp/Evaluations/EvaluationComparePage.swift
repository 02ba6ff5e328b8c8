import Foundation
import Plot
import PolkuDomain
import Vapor

/// A period's interim or final evaluation from the three perspectives side by side: the scores, each
/// goal, each topic and the words, one column per perspective. Prints as it reads.
struct EvaluationComparePage {
    let clientName: String
    let period: PeriodEvaluations
    let kind: EvaluationKind
    let back: String
    /// The client reading their own: the goals and topics in words (with faces), no T-score or mean (issue 13, item 7).
    var plain = false

    func render(on req: Request) -> Response {
        let t = req.texts
        let slot = period.slot(kind)
        let columns = EvaluationPerspective.allCases
        let headers = columns.map { t[$0.textKey] }
        let byWho = slot.byPerspective
        return req.page(t[kind.textKey] + " – " + clientName) {
            div([("data-qa", "evaluation-compare")]) {
                link("← " + t[.back], to: back, [("class", "back-link")])
                div([("class", "page-head")]) {
                    heading(1, t[kind.textKey] + " – " + clientName)
                    let byClient = period.writablePerspective == .client
                    for perspective in period.writablePerspectives {
                        let qa = perspective == period.writablePerspective ? "own" : perspective.rawValue
                        if let written = slot.byPerspective[perspective] {
                            link(EvaluationText.edit(perspective, byClient: byClient, t), to: SiteRoute.clientEvaluation(client: period.clientID, evaluation: written.id).path,
                                 [("class", "button"), ("data-qa", "evaluation-edit-\(qa)")])
                        } else if period.status != .planned {
                            link(EvaluationText.write(perspective, byClient: byClient, t), to: ClientEvaluations.newPath(period, kind, perspective),
                                 [("class", "button"), ("data-qa", "evaluation-write-\(qa)")])
                        }
                    }
                }
                p([("class", "lead")], t[.evaluationPeriod] + ": " + period.label)
                p([], plain ? t[.selfCompareIntro] : t[.evaluationCompareIntro])

                section("evaluation-summary", t[.evaluationSummary]) {
                    DataTable(qa: "evaluation-summary-table", caption: t[.evaluationSummary],
                              headers: [""] + headers,
                              rows: [
                                  row(t[.evaluationEvaluatedOn], columns.map { who in
                                      byWho[who].map { Txt($0.evaluatedDate) } ?? ClientEvaluations.stateCell(slot, who, t)
                                  }),
                                  row(t[.evaluationAuthor], columns.map { Txt(byWho[$0].map { $0.authorName ?? "–" } ?? "–") }),
                              ] + (plain ? [] : [
                                  row(t[.evaluationTScore], columns.map { Txt(EvaluationText.decimal(byWho[$0]?.scores.tScore)) }, qa: "evaluation-t-scores"),
                                  row(t[.evaluationMeanTopics], columns.map { Txt(EvaluationText.decimal(byWho[$0]?.scores.meanTopicRating)) }),
                              ]))
                    if !plain { p([("class", "hint")], t[.evaluationTScoreHint]) }
                }

                section("evaluation-goals", t[.evaluationGoals]) {
                    let goals = goalRows(byWho)
                    if goals.isEmpty { p([("class", "muted")], t[.evaluationGoalsNone]) }
                    else {
                        DataTable(qa: "evaluation-goals-table", caption: t[.evaluationGoals], headers: [t[.evaluationGoalColumn]] + headers,
                                  rows: goals.map { goal in
                                      row(goal.text + (goal.expected.isEmpty ? "" : " (" + t[.evaluationExpected] + ": " + goal.expected + ")")
                                          + (plain ? "" : " – " + t(.planGoalWeightInScore, ["weight": "\(goal.weight)"])),
                                          columns.map { who in
                                              guard let rating = byWho[who]?.goals.first(where: { $0.text == goal.text }) else { return Txt("–") }
                                              if plain { return withNote(GoalFaces.described(rating.level, scale: rating.scale, own: false, t), rating.note) }
                                              let described = rating.level + 2 < rating.scale.count ? ": " + rating.scale[rating.level + 2] : ""
                                              return withNote(EvaluationText.level(rating.level) + described, rating.note)
                                          })
                                  })
                    }
                }

                section("evaluation-topics", t[.evaluationTopics]) {
                    DataTable(qa: "evaluation-topics-table", caption: t[.evaluationTopics], headers: [t[.evaluationTopicColumn]] + headers,
                              rows: EvaluationTopic.allCases.map { topic in
                                  row(t[topic.textKey], columns.map { who in
                                      guard let evaluation = byWho[who] else { return Txt("–") }
                                      let rating = evaluation.topic(topic)
                                      return withNote(plain ? GoalFaces.rating(rating?.rating, t) : EvaluationText.rating(rating?.rating, t), rating?.note)
                                  }, qa: "evaluation-topic-\(topic.rawValue)")
                              })
                }

                section("evaluation-words", t[.evaluationTexts]) {
                    DataTable(qa: "evaluation-texts-table", caption: t[.evaluationTexts], headers: [""] + headers, rows: [
                        textRow(t[.evaluationStrengths], columns) { $0.strengths },
                        textRow(t[.evaluationSupportNeeded], columns) { $0.supportNeeded },
                        textRow(t[.evaluationWentWell], columns) { $0.wentWell },
                        textRow(t[.evaluationToDevelop], columns) { $0.toDevelop },
                        textRow(t[.evaluationNextStep], columns) { $0.nextStep.map { t[$0.textKey] } ?? t[.evaluationNextStepNone] },
                        textRow(t[.evaluationNextStepNote], columns) { $0.nextStepNote },
                    ])
                }
            }
        }
    }

    private func section(_ id: String, _ title: String, @ComponentBuilder _ content: () -> ComponentGroup) -> Component {
        Tag("section", [("class", "path-section"), ("aria-labelledby", "\(id)-heading"), ("data-qa", id)]) {
            Tag("h2", [("id", "\(id)-heading")]) { Txt(title) }
            content()
        }
    }

    private func row(_ label: String, _ cells: [Component], qa: String? = nil) -> DataTable.Row {
        DataTable.Row(qa: qa, cells: [Tag("strong") { Txt(label) }] + cells)
    }

    private func textRow(_ label: String, _ columns: [EvaluationPerspective], _ text: (EvaluationDTO) -> String?) -> DataTable.Row {
        let byWho = period.slot(kind).byPerspective
        return row(label, columns.map { who in byWho[who].map { Facts.long(text($0)) } ?? Txt("–") })
    }

    private func withNote(_ value: String, _ note: String?) -> Component {
        withNote(Txt(value), note)
    }

    private func withNote(_ value: Component, _ note: String?) -> Component {
        // One block, so that the note stays under the value when a phone turns the cell into a row.
        div {
            value
            if let note, !note.isEmpty { Tag("br"); Tag("span", [("class", "muted pre-line")]) { Txt(note) } }
        }
    }

    /// Every goal rated by anyone, in the order the first evaluation lists them (worker, coach, client).
    private func goalRows(_ byWho: [EvaluationPerspective: EvaluationDTO]) -> [(text: String, expected: String, weight: Int)] {
        var seen: Set<String> = []
        var rows: [(text: String, expected: String, weight: Int)] = []
        for who in EvaluationPerspective.allCases {
            for goal in byWho[who]?.goals ?? [] where seen.insert(goal.text).inserted {
                rows.append((goal.text, goal.scale.count == 5 ? goal.scale[2] : "", goal.effectiveWeight))
            }
        }
        return rows
    }
}
