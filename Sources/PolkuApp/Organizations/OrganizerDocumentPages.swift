import Fluent
import Plot
import PolkuDomain
import Vapor

struct OrganizerDocumentListPage {
    let documents: [OrganizerDocument]

    func render(on req: Request) -> Response {
        let t = req.texts, today = req.today
        let groups = Dictionary(grouping: documents) { "\($0.$organizer.id)|\($0.kind.rawValue)" }
        let inForce = Set(groups.values.compactMap { OrganizerDocumentRules.inForce(on: today, among: $0, validFrom: \.firstDay)?.id })
        func state(_ document: OrganizerDocument) -> TextKey {
            if document.id.map(inForce.contains) == true { return .documentStateInForce }
            return document.firstDay > today ? .documentStateUpcoming : .documentStateEarlier
        }
        let sorted = documents.sorted {
            ($0.organizer.name, t[$0.kind.textKey], $1.validFrom) < ($1.organizer.name, t[$1.kind.textKey], $0.validFrom)
        }
        return req.page(t[.documentsTitle]) {
            div([("class", "page-head")]) {
                heading(1, t[.documentsTitle])
                link(t[.documentNew], to: SiteRoute.adminDocumentNew.path, [("class", "button primary"), ("data-qa", "document-new")])
            }
            p([("class", "lead")], t[.documentsIntro])
            if documents.isEmpty {
                p([("data-qa", "documents-empty")], t[.documentsEmpty])
            } else {
                DataTable(qa: "document-list", caption: t[.documentsTitle],
                          headers: [t[.policyOrganizer], t[.documentKind], t[.documentValidFrom], t[.documentState]],
                          rows: sorted.map { document in
                              DataTable.Row(qa: "document-row", cells: [
                                  Txt(document.organizer.name),
                                  link(t[document.kind.textKey], to: SiteRoute.adminDocument(DocumentID(document.id!)).path),
                                  Txt(FinnishFormat.date(document.firstDay)),
                                  Txt(t[state(document)]),
                              ])
                          })
            }
        }
    }
}

struct OrganizerDocumentFormPage {
    /// nil for a new version.
    let document: OrganizerDocument?
    let input: OrganizerDocumentInput
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let t = req.texts
        let organizers = try await Organizer.directory(on: req.db).choices
        let title = document == nil ? t[.documentNew] : t[.documentEdit]
        let fixed = document.map { $0.firstDay <= req.today } ?? false
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        let max = OrganizerDocumentInput.maxTextLength
        return req.page(title, status: status) {
            link("← " + t[.documentsTitle], to: SiteRoute.adminDocuments.path, [("class", "back-link")])
            heading(1, title)
            FormAlerts(failure: failure, conflict: conflict, texts: t)
            if let document, fixed {
                Tag("div", [("class", "alert warning"), ("role", "status"), ("data-qa", "document-fixed")]) {
                    Txt(t[.documentFixedNote] + " ")
                    link(t[.documentNewFrom], to: SiteRoute.adminDocumentNew.path + "?from=\(document.id!.uuidString)")
                }
            }
            Tag("form", [("method", "post"), ("action", document.map { SiteRoute.adminDocument(DocumentID($0.id!)).path } ?? SiteRoute.adminDocuments.path),
                         ("class", "stack"), ("novalidate", "")]) {
                CSRFField(token: req.csrfToken)
                VersionField(version: input.version)
                if let document {
                    // The organizer and the kind stay with the version; shown, not asked.
                    Tag("dl", [("class", "facts")]) {
                        Tag("dt") { Txt(t[.policyOrganizer]) }
                        Tag("dd") { Txt(organizers.first { $0.id == document.$organizer.id }?.name ?? "–") }
                        Tag("dt") { Txt(t[.documentKind]) }
                        Tag("dd") { Txt(t[document.kind.textKey]) }
                    }
                } else {
                    SelectField(name: "organizerId", label: t[.policyOrganizer], options: organizers.map { ($0.id!.uuidString, $0.name) },
                                selected: input.organizerId ?? "", required: true, error: error("organizerId"))
                    SelectField(name: "kind", label: t[.documentKind], options: OrganizerDocumentKind.allCases.map { ($0.rawValue, t[$0.textKey]) },
                                selected: input.kind ?? "", required: true, error: error("kind"))
                }
                FormField(name: "validFrom", label: t[.documentValidFrom], value: input.validFrom ?? "", autocomplete: "off", required: true,
                          error: error("validFrom"), hint: t[.documentValidFromHint])
                TextAreaField(name: "textFi", label: t[.documentTextFi], value: input.textFi ?? "", maxLength: max, required: true, error: error("textFi"))
                TextAreaField(name: "textSv", label: t[.documentTextSv], value: input.textSv ?? "", maxLength: max, required: true, error: error("textSv"))
                TextAreaField(name: "textEn", label: t[.documentTextEn], value: input.textEn ?? "", maxLength: max, required: true, error: error("textEn"))
                div([("class", "actions")]) {
                    Tag("button", [("type", "submit"), ("class", "primary"), ("data-qa", "document-submit")]) { Txt(t[.save]) }
                    link(t[.cancel], to: SiteRoute.adminDocuments.path)
                }
            }
        }
    }
}
