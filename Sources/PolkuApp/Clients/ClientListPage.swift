import Plot
import PolkuDomain
import Vapor

struct ClientListPage {
    let search: ClientSearch
    let result: ClientSearch.Result
    let rows: [ClientDTO]
    let municipalities: [(code: String, name: String)]
    let mayCreate: Bool

    func render(on req: Request) -> Response {
        let t = req.texts
        let first = result.total == 0 ? 0 : (search.page - 1) * search.perPage + 1
        let last = min(search.page * search.perPage, result.total)
        return req.page(t[.clientsTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.clientsTitle])
                if mayCreate { link(t[.clientsNew], to: SiteRoute.clientNew.path, [("class", "button primary"), ("data-qa", "client-new")]) }
            }
            // Posted, so that a name or an identity code never stands in a link (decision 94).
            Tag("form", [("method", "post"), ("action", SiteRoute.clientSearch.path), ("class", "search-form"), ("role", "search")]) {
                CSRFField(token: req.csrfToken)
                FormField(name: "q", label: t[.clientsSearchLabel], value: search.text, type: "search", hint: t[.clientsSearchHint])
                SelectField(name: "municipalityCode", label: t[.municipality], options: municipalities.map { ($0.code, $0.name) },
                            selected: search.municipalityCode, includeEmpty: t[.allMunicipalities])
                Tag("button", [("type", "submit"), ("data-qa", "client-search")]) { Txt(t[.search]) }
            }
            Tag("p", [("class", "result-count"), ("role", "status")]) {
                Txt(t(.clientsShowing, ["first": "\(first)", "last": "\(last)", "total": "\(result.total)"]))
            }
            DataTable(qa: "client-list", caption: t[.clientsTitle], headers: [t[.colName], t[.colBirthDate], t[.municipality], t[.colLanguage]],
                      rows: rows.map { row in
                          DataTable.Row(qa: "client-row", cells: [
                              link(row.fullName, to: SiteRoute.client(row.id).path),
                              Txt(LocalDate(isoString: row.birthDate).map(FinnishFormat.date) ?? row.birthDate),
                              Txt(row.municipalityName ?? row.municipalityCode),
                              Txt(Language(rawValue: row.language)?.nativeName ?? row.language),
                          ])
                      })
            Pager(page: search.page, pageCount: max(1, (result.total + search.perPage - 1) / search.perPage), texts: t,
                  previous: result.previous.map { pageLink(page: search.page - 1, .before($0), seal: req.application.querySeal) },
                  next: result.next.map { pageLink(page: search.page + 1, .after($0), seal: req.application.querySeal) })
        }
    }

    /// The list with the same search, `page` only as the number shown; the cursor says where it begins.
    private func pageLink(page: Int, _ direction: PageDirection, seal: QuerySeal) -> String {
        Self.searchLink(text: search.text, municipalityCode: search.municipalityCode, seal: seal,
                  extra: [URLQueryItem(name: "page", value: "\(max(1, page))"),
                         ] + direction.parameters.map { URLQueryItem(name: $0.name, value: $0.cursor.token(seal)) })
    }

    /// The list of a search: the text sealed as `s`, never in the clear (decision 94).
    static func searchLink(text: String, municipalityCode: String, seal: QuerySeal, extra: [URLQueryItem] = []) -> String {
        var items = extra
        if !text.isEmpty { items.append(URLQueryItem(name: "s", value: seal.seal(text))) }
        if !municipalityCode.isEmpty { items.append(URLQueryItem(name: "municipalityCode", value: municipalityCode)) }
        var components = URLComponents()
        components.path = SiteRoute.clients.path
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? SiteRoute.clients.path
    }
}

/// Previous / next links with the current page; works without JavaScript.
struct Pager: Component {
    let page: Int
    let pageCount: Int
    let texts: Texts
    let previous: String?
    let next: String?

    init(page: Int, pageCount: Int, texts: Texts, previous: String?, next: String?) {
        (self.page, self.pageCount, self.texts, self.previous, self.next) = (page, pageCount, texts, previous, next)
    }

    /// Pages by number, for short lists.
    init(page: Int, pageCount: Int, texts: Texts, link: (Int) -> String) {
        self.init(page: page, pageCount: pageCount, texts: texts, previous: page > 1 ? link(page - 1) : nil,
                  next: page < pageCount ? link(page + 1) : nil)
    }

    var body: Component {
        Tag("nav", [("class", "pager"), ("aria-label", texts[.pagination])]) {
            if let previous { Tag("a", [("href", previous), ("rel", "prev"), ("data-qa", "page-prev")]) { Txt("← " + texts[.previous]) } }
            Tag("span") { Txt(texts(.pageOf, ["page": "\(page)", "count": "\(pageCount)"])) }
            if let next { Tag("a", [("href", next), ("rel", "next"), ("data-qa", "page-next")]) { Txt(texts[.next] + " →") } }
        }
    }
}
