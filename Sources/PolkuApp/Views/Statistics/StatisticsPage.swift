import Plot
import Vapor

struct StatisticsPage {
    let rows: [StatisticsController.Row]

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.statisticsTitle]) {
            heading(1, t[.statisticsTitle])
            p([("class", "lead")], t[.statisticsIntro])
            div([("class", "table-wrap")]) {
                Tag("table", [("data-qa", "statistics")]) {
                    Tag("caption") { Txt(t[.statisticsByMunicipality]) }
                    Tag("thead") {
                        Tag("tr") {
                            for key in [TextKey.municipality, .statisticsClients, .statisticsActivePeriods] {
                                Tag("th", [("scope", "col")]) { Txt(t[key]) }
                            }
                        }
                    }
                    Tag("tbody") {
                        for row in rows {
                            Tag("tr") {
                                Tag("th", [("scope", "row")]) { Txt(row.municipality) }
                                Tag("td", [("class", "num")]) { Txt("\(row.clients)") }
                                Tag("td", [("class", "num")]) { Txt("\(row.activePeriods)") }
                            }
                        }
                    }
                }
            }
        }
    }
}
