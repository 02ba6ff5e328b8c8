import Plot
import Vapor

struct StatisticsPage {
    let rows: [StatisticsController.Row]
    var evaluations: [StatisticsController.EvaluationRow] = []
    var sources: [StatisticsController.SourceRow] = []
    var organizers: [StatisticsController.OrganizerRow] = []

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.statisticsTitle]) {
            heading(1, t[.statisticsTitle])
            p([("class", "lead")], t[.statisticsIntro])
            DataTable(qa: "statistics", caption: t[.statisticsByMunicipality], captionVisible: true,
                      headers: [t[.municipality], t[.statisticsClients], t[.statisticsActivePeriods]],
                      rows: rows.map { row in
                          DataTable.Row(cells: [Txt(row.municipality), Txt("\(row.clients)"), Txt("\(row.activePeriods)")])
                      }, numericColumns: [1, 2])
            DataTable(qa: "statistics-organizers", caption: t[.statisticsByOrganizer], captionVisible: true,
                      headers: [t[.policyOrganizer], t[.statisticsMunicipalities], t[.statisticsClients], t[.statisticsActivePeriods],
                                t[.statisticsReferrals]],
                      rows: organizers.map { row in
                          DataTable.Row(qa: "statistics-organizer", cells: [Txt(row.name), Txt("\(row.municipalities)"), Txt("\(row.clients)"),
                                                                            Txt("\(row.activePeriods)"), Txt("\(row.referrals)")])
                      }, numericColumns: [1, 2, 3, 4])
            DataTable(qa: "statistics-evaluations", caption: t[.statisticsEvaluations], captionVisible: true,
                      headers: [t[.evaluationKind], t[.evaluationPerspective], t[.statisticsEvaluationCount], t[.evaluationTScore]],
                      rows: evaluations.map { row in
                          DataTable.Row(qa: "statistics-\(row.kind.rawValue)-\(row.perspective.rawValue)", cells: [
                              Txt(t[row.kind.textKey]), Txt(t[row.perspective.textKey]), Txt("\(row.count)"), Txt(EvaluationText.decimal(row.meanTScore))])
                      }, numericColumns: [2, 3])
            p([("class", "hint")], t[.evaluationTScoreHint])
            DataTable(qa: "statistics-sources", caption: t[.statisticsReferralSources], captionVisible: true,
                      headers: [t[.referralSource], t[.statisticsReferrals]],
                      rows: sources.map { row in
                          DataTable.Row(qa: "statistics-source-\(row.source.rawValue)", cells: [Txt(t[row.source.textKey]), Txt("\(row.referrals)")])
                      }, numericColumns: [1])
        }
    }
}
