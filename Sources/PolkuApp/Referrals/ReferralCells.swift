import Plot
import PolkuDomain

/// The client's name linking to the referral, marked when the client returns to the service.
struct ReferralClientCell: Component {
    let row: ReferralDTO
    let texts: Texts

    var body: Component {
        ComponentGroup(members: [
            link(row.clientName, to: SiteRoute.referral(ReferralID(row.id)).path, [("data-qa", "referral-link")]),
            row.isReturn ? Tag("span", [("class", "badge"), ("title", texts[.referralIsReturn])]) { Txt(texts[.referralReturnBadge]) } as Component
                : ComponentGroup(members: []),
        ])
    }
}

/// "Urgent" stands out in colour and weight, "normal" is plain text.
struct UrgencyText: Component {
    let urgency: Urgency
    let texts: Texts

    var body: Component {
        urgency == .urgent ? Tag("span", [("class", "badge urgent")]) { Txt(texts[.urgencyUrgent]) } as Component : Txt(texts[.urgencyNormal])
    }
}
