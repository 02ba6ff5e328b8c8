import Plot
import PolkuDomain

/// The goal-attainment scale in words and pictures, for the client (issue 13, item 7): five faces from sad to glad,
/// drawn inline (no image file, no script) and hidden from screen readers, beside words that say what the level
/// means. The client never meets −2…+2 or a T-score; the worker's pages keep the numbers.
enum GoalFaces {
    /// The words of a level: in the first person on the client's own form ("as I expected"), neutral where the
    /// three perspectives are read side by side ("as expected").
    static func word(_ level: Int, own: Bool, _ t: Texts) -> String {
        switch (level, own) {
        case (...(-2), true): t[.selfScaleMuchWorse]
        case (-1, true): t[.selfScaleWorse]
        case (0, true): t[.selfScaleExpected]
        case (1, true): t[.selfScaleBetter]
        case (_, true): t[.selfScaleMuchBetter]
        case (...(-2), false): t[.goalWordMuchWorse]
        case (-1, false): t[.goalWordWorse]
        case (0, false): t[.goalWordExpected]
        case (1, false): t[.goalWordBetter]
        case (_, false): t[.goalWordMuchBetter]
        }
    }

    /// A topic's rating 1–4 in words without its number; nil is "cannot say".
    static func rating(_ rating: Int?, _ t: Texts) -> String {
        switch rating {
        case 1: t[.plainRating1]
        case 2: t[.plainRating2]
        case 3: t[.plainRating3]
        case 4: t[.plainRating4]
        default: t[.selfCannotSay]
        }
    }

    /// A face for the level, decorative: the words beside it are what is read. A constant drawing, so it is
    /// written as it is.
    static func face(_ level: Int) -> Node<HTML.BodyContext> {
        let clamped = min(2, max(-2, level))
        let fills = [-2: "#f6c9c4", -1: "#fbe2c2", 0: "#e9ecef", 1: "#d3ebd3", 2: "#aedbb0"]
        // The mouth: a curve down for worse, a line for as expected, a curve up for better.
        let bend = 27 + clamped * 4
        return .raw(##"<svg class="face" viewBox="0 0 40 40" aria-hidden="true" width="36" height="36">"##
            + ##"<circle cx="20" cy="20" r="18" fill="\##(fills[clamped]!)" stroke="#1b1f24" stroke-width="2"></circle>"##
            + ##"<circle cx="14" cy="16" r="2.2" fill="#1b1f24"></circle><circle cx="26" cy="16" r="2.2" fill="#1b1f24"></circle>"##
            + ##"<path d="M12 \##(27 - clamped) Q20 \##(bend) 28 \##(27 - clamped)" fill="none" stroke="#1b1f24" stroke-width="2.4" stroke-linecap="round"></path>"##
            + "</svg>")
    }

    /// The word of a level with its face, and the goal's own description of the level where the plan has one.
    static func described(_ level: Int, scale: [String], own: Bool, _ t: Texts) -> Component {
        let description = level + 2 >= 0 && level + 2 < scale.count ? scale[level + 2] : ""
        return Tag("span", [("class", "goal-word"), ("data-qa", "goal-word")]) {
            face(level)
            Tag("span") {
                Txt(word(level, own: own, t))
                if !description.isEmpty { Tag("span", [("class", "scale-desc")]) { Txt(description) } }
            }
        }
    }
}

/// The five levels of one goal as radio buttons, each labelled with its words and its face (issue 13, item 7).
/// The same field names and values as the worker's form: only what is shown differs.
struct FaceScale: Component {
    let name: String
    let legend: String
    /// The goal's own description of each level, −2 to +2, where the plan wrote them.
    let scale: [String]
    var selected: String = ""
    var error: String? = nil
    let texts: Texts

    var body: Component {
        let errorID = "\(name)-error"
        return Tag("fieldset", [("class", error == nil ? "field radios face-scale" : "field radios face-scale has-error"),
                                ("aria-describedby", error == nil ? nil : errorID)]) {
            Tag("legend") {
                Txt(legend)
                Tag("span", [("class", "required"), ("aria-hidden", "true")]) { Txt(" *") }
            }
            if let error { Tag("p", [("class", "field-error"), ("id", errorID), ("data-qa", "error-\(name)")]) { Txt(error) } }
            for (index, level) in GoalAttainment.levels.enumerated() {
                let description = index < scale.count ? scale[index] : ""
                div([("class", "radio")]) {
                    Tag("input", [("type", "radio"), ("id", "\(name)-\(index)"), ("name", name), ("value", "\(level)"),
                                  ("checked", "\(level)" == selected ? "" : nil), ("required", ""), ("data-qa", "\(name)-\(level)")])
                    Tag("label", [("for", "\(name)-\(index)")]) {
                        GoalFaces.face(level)
                        Tag("span") {
                            Txt(GoalFaces.word(level, own: true, texts))
                            if !description.isEmpty { Tag("span", [("class", "scale-desc")]) { Txt(description) } }
                        }
                    }
                }
            }
        }
    }
}
