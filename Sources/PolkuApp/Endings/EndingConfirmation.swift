import Fluent
import PolkuDomain
import Vapor

/// What ending the service will do, asked once before it is saved (issue 13, item 3): the day, and when a period is
/// named, whether it ends before its last day and whether its final evaluation is still missing.
enum EndingConfirmation {
    static func page(for draft: EndingDraft, client: Client, on req: Request) async throws -> Response {
        let t = req.texts
        var consequences = [t(.confirmEnding, ["date": FinnishFormat.date(draft.endedOn)])]
        if let periodID = draft.periodID, let period = try await Period.query(of: try client.requireID(), on: req.db).filter(\.$id == periodID).first(),
           let range = period.dateRange {
            if draft.endedOn < range.end {
                consequences.append(t(.confirmEndingEarly, ["end": FinnishFormat.date(range.end), "date": FinnishFormat.date(draft.endedOn)]))
            }
            let finalDone = try await Evaluation.query(on: req.db).filter(\.$period.$id == periodID).filter(\.$kind == .final).first() != nil
            if !finalDone { consequences.append(t[.confirmEndingNoFinal]) }
        }
        consequences.append(t[.confirmEndingNext])
        return ConfirmationPage(title: t[.confirmEndingTitle], consequences: consequences, confirmLabel: t[.confirmEndingButton],
                                cancelHref: SiteRoute.clientEndings(try client.typedID).path).render(on: req)
    }
}
