import Plot

/// A table of records. On a phone each row becomes a card whose cells carry their column's name.
struct DataTable: Component {
    struct Row {
        var qa: String? = nil
        var cells: [Component]
    }

    let qa: String
    let caption: String
    var captionVisible = false
    let headers: [String]
    let rows: [Row]
    /// Columns holding numbers, aligned right.
    var numericColumns: Set<Int> = []

    var body: Component {
        div([("class", "table-wrap")]) {
            Tag("table", [("class", "data"), ("data-qa", qa)]) {
                Tag("caption", [("class", captionVisible ? nil : "visually-hidden")]) { Txt(caption) }
                Tag("thead") {
                    Tag("tr") {
                        for (index, header) in headers.enumerated() {
                            Tag("th", [("scope", "col"), ("class", numericColumns.contains(index) ? "num" : nil)]) { Txt(header) }
                        }
                    }
                }
                Tag("tbody") {
                    for row in rows {
                        Tag("tr", [("data-qa", row.qa)]) {
                            for (index, cell) in row.cells.enumerated() {
                                Tag("td", [("data-label", headers[index]), ("class", numericColumns.contains(index) ? "num" : nil)]) { cell }
                            }
                        }
                    }
                }
            }
        }
    }
}
