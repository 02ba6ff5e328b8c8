import Foundation
import Plot
import PolkuDomain
import Vapor

/// The public, searchable list of work activity places (`/places`): no sign-in, no client data.
struct PlaceListPage {
    let search: PlaceSearch
    let places: [PlaceDTO]
    let total: Int
    let municipalities: [(code: String, name: String)]
    let areas: [Organization]

    func render(on req: Request) -> Response {
        let t = req.texts
        let first = total == 0 ? 0 : (search.page - 1) * search.perPage + 1
        let last = min(search.page * search.perPage, total)
        return req.page(t[.placesTitle]) {
            heading(1, t[.placesTitle])
            p([("class", "lead")], t[.placesIntro])
            Tag("form", [("method", "get"), ("action", SiteRoute.places.path), ("class", "search-form filters"), ("data-qa", "place-filters")]) {
                FormField(name: "q", label: t[.placesSearchLabel], value: search.text, type: "search", hint: t[.placesSearchHint])
                SelectField(name: "municipality", label: t[.municipality], options: municipalities.map { ($0.code, $0.name) },
                            selected: search.municipalityCode ?? "", includeEmpty: t[.allMunicipalities])
                SelectField(name: "area", label: t[.placeArea], options: areas.map { ($0.id!.uuidString, $0.name) },
                            selected: search.areaID?.uuidString ?? "", includeEmpty: t[.placesAllAreas])
                SelectField(name: "task", label: t[.placeTasks], options: PlaceTask.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: search.task?.rawValue ?? "", includeEmpty: t[.placesAllTasks])
                SelectField(name: "support", label: t[.placeSupportLevel], options: SupportLevel.allCases.map { ($0.rawValue, t[$0.textKey]) },
                            selected: search.supportLevel?.rawValue ?? "", includeEmpty: t[.placesAllSupport])
                CheckboxField(name: "remote", label: t[.placesRemoteOnly], checked: search.remoteOnly)
                CheckboxField(name: "free", label: t[.placesFreeOnly], checked: search.freeNowOnly)
                Tag("button", [("type", "submit"), ("data-qa", "place-filter")]) { Txt(t[.filter]) }
            }
            Tag("p", [("class", "result-count"), ("role", "status")]) {
                Txt(t(.clientsShowing, ["first": "\(first)", "last": "\(last)", "total": "\(total)"]))
            }
            DataTable(qa: "place-list", caption: t[.placesTitle],
                      headers: [t[.placeName], t[.placeProvider], t[.municipality], t[.placeTasks], t[.placeSupportLevel], t[.placeRemote],
                                t[.placeFreeNow]],
                      rows: places.map { place in
                          DataTable.Row(qa: "place-row", cells: [
                              link(place.name, to: SiteRoute.place(place.id).path, [("data-qa", "place-link")]),
                              Txt(place.providerName),
                              Txt(place.municipalityName ?? place.municipalityCode),
                              Txt(place.tasks.map { t[$0.textKey] }.joined(separator: ", ")),
                              Txt(t[place.supportLevel.textKey]),
                              Txt(t[place.remotePossible ? .yes : .no]),
                              Tag("span", [("data-qa", "place-free")]) { Txt(t(.placeSeatsValue, ["free": "\(place.freeNow)", "capacity": "\(place.capacity)"])) },
                          ])
                      }, numericColumns: [6])
            if places.isEmpty { p([("class", "muted"), ("data-qa", "places-empty")], t[.placesEmpty]) }
            Pager(page: search.page, pageCount: max(1, (total + search.perPage - 1) / search.perPage), texts: t) { page in
                var components = URLComponents()
                components.path = SiteRoute.places.path
                components.queryItems = search.queryItems + [URLQueryItem(name: "page", value: "\(page)")]
                return components.string ?? SiteRoute.places.path
            }
        }
    }
}

/// One place's public page: what it offers, how to reach it, and its free seats for the coming weeks.
/// Signed-in staff also see the occupied seats and overbooking; nobody sees who is there.
struct PlacePage {
    let place: PlaceDTO
    let showsOccupancy: Bool
    let mayEdit: Bool

    func render(on req: Request) -> Response {
        let t = req.texts
        let hours = t.openingHours(days: place.openDays, opensAt: place.opensAt, closesAt: place.closesAt)
        return req.page(place.name) {
            link("← " + t[.placesTitle], to: SiteRoute.places.path, [("class", "back-link")])
            div([("class", "page-head")]) {
                heading(1, place.name, [("data-qa", "place-name")])
                if mayEdit { link(t[.edit], to: SiteRoute.adminPlace(place.id).path, [("class", "button"), ("data-qa", "place-edit")]) }
            }
            p([("class", "lead")], place.description)
            Facts(facts: [
                .init(label: t[.placeProvider], value: Txt(place.providerName)),
                .init(label: t[.placeAddress], value: Txt("\(place.streetAddress), \(place.postalCode) \(place.town)"), qa: "place-address"),
                .init(label: t[.municipality], value: Txt(place.municipalityName ?? place.municipalityCode)),
                .init(label: t[.placeHours], value: Txt(hours), qa: "place-hours"),
                .init(label: t[.placeLanguages], value: Txt(place.languages.map { t[$0.textKey] }.joined(separator: ", "))),
                .init(label: t[.placeRemote], value: Txt(t[place.remotePossible ? .placeRemoteYes : .placeRemoteNo]), qa: "place-remote"),
                .init(label: t[.placeCapacity], value: Txt("\(place.capacity)")),
                .init(label: t[.placeContact], value: ContactLinks.contact(name: place.contact.name, phone: place.contact.phone,
                                                                                  email: place.contact.email), qa: "place-contact"),
            ])
            section("place-tasks", t[.placeTasks]) {
                Tag("ul", [("data-qa", "place-task-list")]) { for task in place.tasks { Tag("li") { Txt(t[task.textKey]) } } }
                if !place.learning.isEmpty {
                    heading(3, t[.placeLearning])
                    p([("class", "pre-line")], place.learning)
                }
            }
            section("place-support", t[.placeSupport]) {
                p([("data-qa", "place-support-level")], t[.placeSupportLevel] + ": " + t[place.supportLevel.textKey])
                if !place.supportText.isEmpty { p([("class", "pre-line")], place.supportText) }
            }
            section("place-accessibility", t[.placeAccessibility]) {
                if place.accessibility.isEmpty { p([("class", "muted")], t[.placeAccessibilityNone]) }
                Tag("ul") { for feature in place.accessibility { Tag("li") { Txt(t[feature.textKey]) } } }
                if !place.accessibilityText.isEmpty { p([("class", "pre-line")], place.accessibilityText) }
            }
            section("place-seats", t[.placeSeatsTitle]) {
                p([], t[.placeSeatsIntro])
                DataTable(qa: "place-weeks", caption: t[.placeSeatsTitle],
                          headers: [t[.placeWeek], t[.placeWeekStarts]] + (showsOccupancy ? [t[.placeOccupied]] : []) + [t[.placeFree]],
                          rows: place.weeks.map { week in
                              let monday = LocalDate(isoString: week.monday).map(FinnishFormat.date) ?? week.monday
                              var cells: [Component] = [Txt(ISOWeek(isoString: week.week).map { t(.weekNumber, ["week": "\($0.week)"]) } ?? week.week), Txt(monday)]
                              if showsOccupancy {
                                  cells.append(Tag("span", [("data-qa", "week-occupied")]) {
                                      Txt("\(week.occupied)")
                                      if week.overbooked { Tag("strong", [("class", "badge urgent"), ("data-qa", "overbooked")]) { Txt(t[.placeOverbooked]) } }
                                  })
                              }
                              cells.append(Tag("span", [("data-qa", "week-free")]) { Txt("\(week.free)") })
                              return DataTable.Row(qa: "week-row", cells: cells)
                          }, numericColumns: showsOccupancy ? [2, 3] : [2])
            }
        }
    }

    private func section(_ id: String, _ title: String, @ComponentBuilder _ content: () -> ComponentGroup) -> Component {
        Tag("section", [("class", "path-section"), ("aria-labelledby", id + "-heading"), ("data-qa", id)]) {
            heading(2, title, [("id", id + "-heading")])
            content()
        }
    }
}
