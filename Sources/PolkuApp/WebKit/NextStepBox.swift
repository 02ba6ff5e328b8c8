import Plot

/// Where the work continues after a page's record (issue 13, item 5): one sentence and the one link that starts it.
struct NextStepBox: Component {
    let text: String
    let linkText: String
    let href: String
    let qa: String
    let texts: Texts

    var body: Component {
        Tag("section", [("class", "next-step"), ("aria-labelledby", "\(qa)-heading"), ("data-qa", qa)]) {
            heading(2, texts[.referralNextStep], [("id", "\(qa)-heading")])
            p([], text)
            link(linkText, to: href, [("class", "button"), ("data-qa", "\(qa)-link")])
        }
    }
}
