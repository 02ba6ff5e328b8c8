import Plot

/// The messages above a form that came back: how many fields to check, or that someone else saved first.
struct FormAlerts: Component {
    let failure: ValidationFailure?
    var conflict = false
    let texts: Texts

    var body: Component {
        ComponentGroup(content: {
            if let failure {
                Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "form-errors"), ("tabindex", "-1")]) {
                    p([], failure.summary(texts))
                }
            }
            if conflict {
                Tag("div", [("class", "alert error"), ("role", "alert"), ("data-qa", "conflict")]) { Txt(texts[.errorVersionConflict]) }
            }
        })
    }
}
