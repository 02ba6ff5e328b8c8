import Plot
import Vapor

struct StatisticsPage {
    let rows: [StatisticsController.Row]

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
        }
    }
}
