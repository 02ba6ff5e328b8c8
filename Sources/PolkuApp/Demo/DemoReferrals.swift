import Foundation
import PolkuDomain

/// The demo's referrals, in the proportions of a 200-client demo: 40 accepted (for clients with
/// periods), 15 received (some urgent, some returns of former clients), 5 queued and 5 returned with
/// a reason. Drawn from streams of their own, so that the rest of the demo is the same with or without
/// them; dates move along with `today` like the periods'.
struct DemoReferrals {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5245_4652  // "POLKUREF"
    private static let idSeed: UInt64 = 0x504F_4C4B_5552_4944  // "POLKURID"

    let organizations: DemoOrganizations
    let users: [User]
    let today: LocalDate

    func make(clients: [Client], periods: [Period]) -> [Referral] {
        var ids = SplitMix64(seed: Self.idSeed)
        var random = SplitMix64(seed: Self.dataSeed)
        let total = clients.count
        var referrals: [Referral] = []

        let current = Set(periods.filter { $0.recorded == .open }.map { $0.$client.id })
        let former = Set(periods.map { $0.$client.id }).subtracting(current)
        let byID = Dictionary(clients.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })

        // Accepted: the referral that led to a period, decided before it began. The client user's first.
        var withPeriods: [Period] = []
        var seen: Set<UUID> = []
        for period in periods where seen.insert(period.$client.id).inserted { withPeriods.append(period) }
        var rest = Array(withPeriods.dropFirst())
        random.shuffle(&rest)
        for period in (withPeriods.prefix(1) + rest).prefix(total * 40 / 200) {
            guard let client = byID[period.$client.id], let start = LocalDate(isoString: period.startsOn) else { continue }
            let decided = min(start.adding(days: -1 - random.int(in: 0...10)), today)
            let received = decided.adding(days: -random.int(in: 2...21))
            referrals.append(referral(client, state: .accepted, receivedOn: received, decidedOn: decided,
                                      note: nil, isReturn: false, ids: &ids, random: &random))
        }

        // The rest go to clients without a current period, former clients now and then: those are returns.
        var waiting = clients.filter { $0.id.map { !current.contains($0) && !former.contains($0) } ?? false }
        var returning = clients.filter { $0.id.map(former.contains) ?? false }
        random.shuffle(&waiting)
        random.shuffle(&returning)
        func next(preferReturn: Bool) -> Client? {
            if preferReturn, !returning.isEmpty { return returning.removeLast() }
            return waiting.popLast() ?? returning.popLast()
        }
        for _ in 0..<(total * 15 / 200) {
            guard let client = next(preferReturn: random.chance(0.3)) else { break }
            referrals.append(referral(client, state: .received, receivedOn: today.adding(days: -random.int(in: 0...20)),
                                      decidedOn: nil, note: nil, isReturn: former.contains(client.id!), ids: &ids, random: &random))
        }
        for _ in 0..<(total * 5 / 200) {
            guard let client = next(preferReturn: false) else { break }
            let received = today.adding(days: -random.int(in: 25...70))
            referrals.append(referral(client, state: .queued, receivedOn: received, decidedOn: received.adding(days: random.int(in: 3...10)),
                                      note: random.pick(Self.queueNotes), isReturn: former.contains(client.id!), ids: &ids, random: &random))
        }
        for _ in 0..<(total * 5 / 200) {
            guard let client = next(preferReturn: random.chance(0.2)) else { break }
            let received = today.adding(days: -random.int(in: 30...150))
            referrals.append(referral(client, state: .returned, receivedOn: received, decidedOn: received.adding(days: random.int(in: 2...14)),
                                      note: random.pick(Self.returnReasons), isReturn: former.contains(client.id!), ids: &ids, random: &random))
        }
        return referrals
    }

    private func referral(_ client: Client, state: ReferralState, receivedOn: LocalDate, decidedOn: LocalDate?, note: String?,
                          isReturn: Bool, ids: inout SplitMix64, random: inout SplitMix64) -> Referral {
        let (referrerOrg, referrerUser) = referrer(for: client.municipalityCode, random: &random)
        let referral = Referral()
        referral.id = ids.uuid()
        referral.$client.id = client.id!
        referral.$referrerOrganization.id = referrerOrg
        referral.$referrerUser.id = referrerUser
        referral.$organizer.id = organizations.county.id!
        referral.reason = random.pick(Self.reasons)
        referral.urgency = random.chance(0.2) ? .urgent : .normal
        referral.source = .demo(referralID: referral.id!, employmentServices: organizations.employmentServices.contains { $0.id == referrerOrg })
        referral.consentToShare = random.chance(0.85)
        referral.state = state
        referral.decisionNote = note
        referral.receivedOn = receivedOn.isoString
        referral.decidedOn = decidedOn?.isoString
        referral.$decidedBy.id = decidedOn == nil ? nil : decider(for: client.municipalityCode, random: &random)
        referral.isReturn = isReturn
        referral.version = decidedOn == nil ? 1 : 2
        return referral
    }

    /// Employment services, adult social work of the county, or the area's own worker, as in seed 003.
    private func referrer(for code: String, random: inout SplitMix64) -> (UUID, UUID?) {
        let roll = random.int(in: 0...9)
        if roll < 4 {
            let office = DemoCatalog.employmentServices.firstIndex { $0.codes.contains(code) } ?? 0
            // Only the first office has a login; the other sends its referrals without one.
            return (organizations.employmentServices[office].id!, office == 0 ? user("employment@demo.polku.fi") : nil)
        }
        if roll < 7 { return (organizations.county.id!, user("social.worker@demo.polku.fi")) }
        let area = DemoCatalog.area(ofMunicipality: code)
        return (organizations.areas[area].id!, user(Self.areaWorkers[area]))
    }

    private func decider(for code: String, random: inout SplitMix64) -> UUID? {
        random.chance(0.5) ? user("social.worker@demo.polku.fi") : user(Self.areaWorkers[DemoCatalog.area(ofMunicipality: code)])
    }

    private func user(_ email: String) -> UUID? {
        users.first { $0.email == email }?.id
    }

    /// A social worker or counsellor of each area (north, central, south), by e-mail.
    private static let areaWorkers = ["heli.korhonen@demo.polku.fi", "counsellor@demo.polku.fi", "jukka.nevalainen@demo.polku.fi"]

    static let reasons = [
        "Pitkäaikaistyötön, työttömyyttä yli kaksi vuotta. Tarvitsee päivärytmiä ja kokemusta työelämästä ennen työkokeilua.",
        "Aktivointisuunnitelmassa sovittu kuntouttavasta työtoiminnasta. Asiakas toivoo ulkotöitä tai puutöitä.",
        "Monialaisessa työllistymissuunnitelmassa todettu tarve vahvistaa työ- ja toimintakykyä. Asiakas toivoo kierrätysalaa.",
        "Päihdekuntoutuksen jälkeinen jatkopolku: tarvitsee säännöllistä tekemistä ja sosiaalisia kontakteja. Raittiina puoli vuotta.",
        "Mielenterveyskuntoutuja, vointi vakaa. Aloitus kaksi päivää viikossa, neljä tuntia päivässä; tarvitsee tukea aloitukseen.",
        "Asiakas haluaa selvittää työkykyään. Aiemmin töissä kaupan alalla, selkäongelmien vuoksi kevyet tehtävät.",
        "Nuori aikuinen, opinnot keskeytyneet. Tarvitsee ohjausta ja kokemusta ennen koulutukseen hakeutumista.",
        "Maahan muuttanut asiakas, suomen kieli alkeistasolla. Kielen harjoittelu työn ohessa olisi tärkeää.",
        "Jälkihuollon asiakas, täyttää pian 21 vuotta. Tarvitsee saattaen vaihtaen siirtymän aikuissosiaalityöhön ja työtoimintaan.",
        "Pitkä työttömyys ja sosiaalinen eristäytyminen. Asiakas motivoitunut, toivoo ryhmämuotoista toimintaa lähellä kotia.",
        "Työkokeilu päättynyt, jatkoksi tarvitaan kuntouttavaa työtoimintaa ennen palkkatukityötä.",
        "Asiakas palaa palveluun edellisen jakson jälkeen; jatkopolku ei toteutunut. Tavoitteena säännöllinen osallistuminen.",
    ]

    static let returnReasons = [
        "Asiakas työskentelee yli 8 tuntia viikossa, joten hänellä ei ole oikeutta kuntouttavaan työtoimintaan. Ohjataan työllisyyspalveluihin.",
        "Aktivointisuunnitelma puuttuu. Laaditaan suunnitelma yhdessä asiakkaan kanssa ja lähetetään lähete uudelleen.",
        "Asiakas on päätoiminen opiskelija syyslukukauden alusta. Palautetaan lähettäjälle.",
        "Asiakas osallistuu jo toiseen työllisyyspalveluun (työvoimakoulutus). Ei päällekkäisiä palveluja.",
        "Asiakas muuttanut toisen hyvinvointialueen kuntaan. Lähete tulee tehdä uuden asuinkunnan järjestäjälle.",
    ]

    static let queueNotes = [
        "Sopiva paikka täynnä; asiakas jonossa kierrätysmyymälään, arvio aloituksesta noin kuukauden kuluttua.",
        "Odottaa vapautuvaa paikkaa ryhmästä lähellä kotia. Tutustumiskäynti sovitaan, kun paikka vapautuu.",
        "Palvelutarpeen arviointi tehty, asiakas jonossa puutyöpajaan.",
    ]
}

extension ReferralSource {
    /// The demo's source of a referral: employment services send their own; referrals the county's social work
    /// sends come from adult social work mostly, else after-care, mental health and substance services, health
    /// care or the client themself. Taken from the referral's id, so the generator's random streams stay as they were.
    static func demo(referralID: UUID, employmentServices: Bool) -> ReferralSource {
        if employmentServices { return .employmentServices }
        let spread: [ReferralSource] = [.adultSocialWork, .adultSocialWork, .adultSocialWork, .adultSocialWork, .afterCare,
                                        .mentalHealthAndSubstanceServices, .mentalHealthAndSubstanceServices, .healthCare, .selfReferral, .other]
        return spread[Int(referralID.uuid.15) % spread.count]
    }
}
