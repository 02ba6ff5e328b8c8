import Foundation
import Plot
import PolkuDomain
import Vapor

/// Record a training or certificate the client gained, or change one.
struct AchievementFormPage {
    let clientID: ClientID
    let clientName: String
    let mode: RecordFormMode<Achievement>
    let input: AchievementInput
    /// The periods the user may record about, and whether "no period".
    let choices: AchievementChoices
    let failure: ValidationFailure?
    var conflict = false

    func render(on req: Request, status: HTTPStatus = .ok) -> Response {
        let t = req.texts
        let (title, action, _) = mode.target(new: t[.achievementNew], edit: t[.achievementEdit], collection: SiteRoute.clientAchievements(clientID).path,
                                             record: { SiteRoute.clientAchievement(client: clientID, achievement: $0).path },
                                             client: SiteRoute.client(clientID).path)
        let error = { (field: String) in failure?.message(for: field, texts: t) }
        // Back to the list of what the client gained, whether a new record or a change.
        return RecordFormPage(title: title, clientName: clientName, intro: t[.learningIntro], action: action,
                              back: SiteRoute.clientAchievements(clientID).path, qa: "achievement",
                              version: input.version, failure: failure, conflict: conflict).render(on: req, status: status) {
            SelectField(name: "kind", label: t[.achievementKind], options: AchievementKind.allCases.map { ($0.rawValue, t[$0.textKey]) },
                        selected: input.kind ?? "", required: true, error: error("kind"), includeEmpty: t[.choose])
            FormField(name: "name", label: t[.achievementName], value: input.name ?? "", autocomplete: "off",
                      error: error("name"), hint: t[.achievementNameHint])
            TextAreaField(name: "description", label: t[.achievementDescription], value: input.description ?? "", rows: 5,
                          error: error("description"), hint: t[.achievementDescriptionHint])
            div([("class", "inline-fields")]) {
                FormField(name: "gainedOn", label: t[.achievementGainedOn], value: input.gainedOn ?? "", autocomplete: "off", required: true,
                          error: error("gainedOn"), hint: t[.dateHint])
                FormField(name: "validUntil", label: t[.achievementValidUntil], value: input.validUntil ?? "", autocomplete: "off",
                          error: error("validUntil"), hint: t[.achievementValidUntilHint])
            }
            FormField(name: "grantedBy", label: t[.achievementGrantedBy], value: input.grantedBy ?? "", autocomplete: "off", required: true,
                      error: error("grantedBy"), hint: t[.achievementGrantedByHint])
            SelectField(name: "periodId", label: t[.achievementPeriod], options: choices.periods, selected: input.periodId ?? "",
                        required: !choices.allowsNoPeriod, error: error("periodId"),
                        includeEmpty: choices.allowsNoPeriod ? t[.achievementPeriodNone] : t[.choose], hint: t[.achievementPeriodHint])
        }
    }
}
