import Foundation
import PolkuDomain

/// The demo organizers' own texts (decision 123): the county's since it took over the service, with a new appeal
/// text coming next month, and Heinävesi's since it took the service over. Ids from a stream of their own.
enum DemoOrganizerDocuments {
    private static let idSeed: UInt64 = 0x504F_4C4B_5544_4F43  // "POLKUDOC"

    typealias Text = (fi: String, sv: String, en: String)

    /// The county's texts since 1.1.2023, when the counties took the service over.
    static let countySince = LocalDate(year: 2023, month: 1, day: 1)!
    static let county: [OrganizerDocumentKind: Text] = [
        .appealInstructions: (
            "Tähän päätökseen tyytymätön voi hakea oikaisua 30 päivän kuluessa päätöksen tiedoksi saamisesta. Oikaisuvaatimus osoitetaan Pohjois-Karjalan hyvinvointialueen yksilöasioiden jaostolle, PL 43, 80101 Joensuu (kirjaamo@demo.siunsote.fi). Vaatimuksesta tulee käydä ilmi, mihin muutosta haetaan ja millä perusteella.",
            "Den som är missnöjd med beslutet kan begära omprövning inom 30 dagar från att ha fått del av det. Begäran riktas till Norra Karelens välfärdsområdes sektion för individärenden, PB 43, 80101 Joensuu (kirjaamo@demo.siunsote.fi). Av begäran ska framgå vilken ändring som söks och på vilka grunder.",
            "If you are not satisfied with this decision, you may request a review within 30 days of being notified of it. Send the request to the individual matters section of North Karelia wellbeing services county, PO Box 43, 80101 Joensuu (kirjaamo@demo.siunsote.fi), saying what should be changed and why."),
        .insurance: (
            "Pohjois-Karjalan hyvinvointialue on vakuuttanut asiakkaan tapaturmien varalta työtoiminnan ja työmatkojen ajaksi (tapaturmavakuutus, vakuutusnumero 123-456). Tapaturmasta ilmoitetaan heti työvalmentajalle ja vastuutyöntekijälle.",
            "Norra Karelens välfärdsområde har försäkrat klienten mot olycksfall under arbetsverksamheten och arbetsresorna (olycksfallsförsäkring, nummer 123-456). Ett olycksfall anmäls genast till arbetshandledaren och den ansvariga arbetstagaren.",
            "North Karelia wellbeing services county insures the client against accidents during the activity and the journeys to it (accident insurance, number 123-456). Report an accident at once to the work coach and the responsible worker."),
        .providerInstructions: (
            "Merkitse läsnäolot Polkuun päivittäin ja ilmoita poissaoloista vastuutyöntekijälle samana päivänä. Väliarviointi jakson puolivälissä ja loppuarviointi viimeisellä kahdella viikolla. Asiakkaan tehtävät eivät saa korvata palkattua työtä.",
            "För in närvaron i Polku dagligen och meddela frånvaro till den ansvariga arbetstagaren samma dag. Mellanutvärdering mitt i perioden och slututvärdering under de två sista veckorna. Klientens uppgifter får inte ersätta avlönat arbete.",
            "Record attendance in Polku daily and report absences to the responsible worker on the same day. Interim evaluation at the period's midpoint, final evaluation in its last two weeks. The client's tasks must not replace paid work."),
    ]

    /// The county's next appeal text, in force from the first day of next month: a new address.
    static let countyNextAppeal: Text = (
        "Tähän päätökseen tyytymätön voi hakea oikaisua 30 päivän kuluessa päätöksen tiedoksi saamisesta. Oikaisuvaatimus osoitetaan Pohjois-Karjalan hyvinvointialueen yksilöasioiden jaostolle sähköisesti osoitteessa asiointi.demo.siunsote.fi tai postitse PL 43, 80101 Joensuu.",
        "Den som är missnöjd med beslutet kan begära omprövning inom 30 dagar från att ha fått del av det. Begäran riktas till Norra Karelens välfärdsområdes sektion för individärenden elektroniskt på asiointi.demo.siunsote.fi eller per post PB 43, 80101 Joensuu.",
        "If you are not satisfied with this decision, you may request a review within 30 days of being notified of it. Send the request to the individual matters section of North Karelia wellbeing services county online at asiointi.demo.siunsote.fi or by post to PO Box 43, 80101 Joensuu.")

    static let heinavesi: [OrganizerDocumentKind: Text] = [
        .appealInstructions: (
            "Tähän päätökseen tyytymätön voi hakea oikaisua 30 päivän kuluessa päätöksen tiedoksi saamisesta. Oikaisuvaatimus osoitetaan Heinäveden kunnan perusturvalautakunnalle, Kermantie 5, 79700 Heinävesi.",
            "Den som är missnöjd med beslutet kan begära omprövning inom 30 dagar från att ha fått del av det. Begäran riktas till Heinävesi kommuns grundtrygghetsnämnd, Kermantie 5, 79700 Heinävesi.",
            "If you are not satisfied with this decision, you may request a review within 30 days of being notified of it. Send the request to the basic security board of the municipality of Heinävesi, Kermantie 5, 79700 Heinävesi."),
        .insurance: (
            "Heinäveden kunta on vakuuttanut asiakkaan tapaturmien varalta työtoiminnan ja työmatkojen ajaksi.",
            "Heinävesi kommun har försäkrat klienten mot olycksfall under arbetsverksamheten och arbetsresorna.",
            "The municipality of Heinävesi insures the client against accidents during the activity and the journeys to it."),
        .providerInstructions: (
            "Kunnan työpaja merkitsee läsnäolot päivittäin ja ilmoittaa poissaoloista sosiaalityöntekijälle samana päivänä.",
            "Kommunens verkstad för in närvaron dagligen och meddelar frånvaro till socialarbetaren samma dag.",
            "The municipality's workshop records attendance daily and reports absences to the social worker on the same day."),
    ]

    static func make(countyID: UUID, municipalityID: UUID, municipalityFrom: LocalDate, today: LocalDate) -> [OrganizerDocument] {
        var ids = SplitMix64(seed: idSeed)
        var documents: [OrganizerDocument] = []
        // The demo keeps the built-in legal basis (decision 202); the ids of the other texts stay as they were.
        for kind in OrganizerDocumentKind.allCases {
            guard let text = county[kind] else { continue }
            documents.append(OrganizerDocument(id: ids.uuid(), organizerID: countyID, kind: kind, validFrom: countySince.isoString,
                                               fi: text.fi, sv: text.sv, en: text.en))
        }
        let next = LocalDate(year: today.year, month: today.month, day: 1)!.adding(months: 1)
        documents.append(OrganizerDocument(id: ids.uuid(), organizerID: countyID, kind: .appealInstructions, validFrom: next.isoString,
                                           fi: countyNextAppeal.fi, sv: countyNextAppeal.sv, en: countyNextAppeal.en))
        for kind in OrganizerDocumentKind.allCases {
            guard let text = heinavesi[kind] else { continue }
            documents.append(OrganizerDocument(id: ids.uuid(), organizerID: municipalityID, kind: kind, validFrom: municipalityFrom.isoString,
                                               fi: text.fi, sv: text.sv, en: text.en))
        }
        return documents
    }

    /// The county's text a demo decision made on `day` prints: its own since 1.1.2023, the built-in one before.
    static func countyText(_ kind: OrganizerDocumentKind, on day: String) -> String {
        day >= countySince.isoString ? county[kind]?.fi ?? Texts(language: .fi)[kind.builtInText] : Texts(language: .fi)[kind.builtInText]
    }
}
