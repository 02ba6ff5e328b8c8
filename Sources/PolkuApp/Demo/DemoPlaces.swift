import Foundation
import PolkuDomain

/// What the public registry shows of the demo's twelve places (real street names and postal codes
/// of their towns, invented places), the county's contracts with the providers it buys from or works
/// with, and the interests and support needs in the demo's assessments. Ids come from a stream of
/// their own, so the rest of the demo stays the same.
enum DemoPlaces {
    private static let idSeed: UInt64 = 0x504F_4C4B_5550_4C43  // "POLKUPLC"
    private static let dataSeed: UInt64 = 0x504F_4C4B_5549_4E54  // "POLKUINT"

    struct Details {
        let street: String, postalCode: String, town: String
        let description: String
        let tasks: Set<PlaceTask>
        let learning: String
        let support: SupportLevel
        let supportText: String
        let accessibility: Set<AccessibilityFeature>
        let accessibilityText: String
        let remote: Bool
        let languages: Set<PlaceLanguage>
        let days: [Weekday]
        let opens: String, closes: String
        let contact: (name: String, phone: String, email: String)
    }

    private static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// Indexed like `DemoCatalog.places`.
    static let details: [Details] = [
        Details(street: "Tehtaankatu 12", postalCode: "80100", town: "Joensuu",
                description: "Puusepänverstas, jossa valmistetaan linnunpönttöjä, leikkuulautoja ja pieniä huonekaluja tilaustöinä.",
                tasks: [.workshop, .wood], learning: "Käsityökalujen ja puuntyöstökoneiden turvallinen käyttö, mittaaminen ja piirustuksen lukeminen.",
                support: .moderate, supportText: "Työvalmentaja on paikalla koko päivän; uusi asiakas aloittaa parin kanssa.",
                accessibility: [.stepFree, .accessibleToilet, .publicTransport], accessibilityText: "Bussipysäkki 100 metrin päässä (linjat 1 ja 3).",
                remote: false, languages: [.fi], days: weekdays, opens: "08:00", closes: "14:00",
                contact: ("Jari Puustinen", "013 337 4410", "puutyopaja@demo.siunsote.fi")),
        Details(street: "Pielisentie 25", postalCode: "81700", town: "Lieksa",
                description: "Monialainen työpaja: korjaamme kalusteita, teemme pieniä remontteja ja huollamme polkupyöriä.",
                tasks: [.workshop, .wood, .metal, .outdoorProperty], learning: "Korjaaminen ja huoltaminen, työturvallisuus, tiimityö.",
                support: .intensive, supportText: "Pieni ryhmä, kaksi ohjaajaa. Mahdollisuus aloittaa muutamalla tunnilla päivässä.",
                accessibility: [.stepFree, .quietSpace], accessibilityText: "",
                remote: false, languages: [.fi], days: [.monday, .tuesday, .wednesday, .thursday], opens: "09:00", closes: "14:00",
                contact: ("Marja Hirvonen", "013 337 5120", "lieksan.tyopaja@demo.siunsote.fi")),
        Details(street: "Kauppatie 7", postalCode: "82500", town: "Kitee",
                description: "Ompelimo, jossa korjataan ja muokataan vaatteita sekä valmistetaan kierrätyskankaista kasseja ja tyynyjä.",
                tasks: [.textile, .recycling], learning: "Ompelukoneen ja saumurin käyttö, kaavoitus, tuotteen viimeistely.",
                support: .moderate, supportText: "Ohjaaja opastaa työtehtävät vaihe vaiheelta.",
                accessibility: [.stepFree, .accessibleToilet, .hearingLoop], accessibilityText: "Induktiosilmukka taukotilassa.",
                remote: true, languages: [.fi], days: weekdays, opens: "08:30", closes: "13:30",
                contact: ("Anne Turunen", "013 337 6230", "ompelimo.kitee@demo.siunsote.fi")),
        Details(street: "Rantakatu 40", postalCode: "80100", town: "Joensuu",
                description: "Kierrätystavaratalo: lahjoitusten vastaanotto, lajittelu, hinnoittelu ja myymälän asiakaspalvelu.",
                tasks: [.recycling, .shopCustomerService, .cleaning], learning: "Asiakaspalvelu, kassatyö, tavaroiden käsittely ja lajittelu.",
                support: .light, supportText: "Työnjohtaja ja vertaisohjaajat; sopii itsenäiseen työhön tottuneelle.",
                accessibility: [.stepFree, .accessibleToilet, .accessibleParking, .publicTransport], accessibilityText: "",
                remote: false, languages: [.fi, .en], days: weekdays, opens: "09:00", closes: "15:00",
                contact: ("Sari Kettunen", "040 123 4567", "myymala@demo.ekotori.fi")),
        Details(street: "Rantakatu 40 B", postalCode: "80100", town: "Joensuu",
                description: "Tietokoneiden ja puhelinten vastaanotto, tietoturvallinen tyhjennys, kunnostus ja myyntiin valmistelu.",
                tasks: [.it, .recycling, .office], learning: "Laitteiden kunnostus, käyttöjärjestelmien asennus, tietoturvallinen tietojen poisto.",
                support: .light, supportText: "Ohjaaja on tavoitettavissa; osan tehtävistä voi tehdä etänä.",
                accessibility: [.stepFree, .accessibleToilet, .publicTransport], accessibilityText: "",
                remote: true, languages: [.fi, .sv, .en], days: weekdays, opens: "09:00", closes: "15:00",
                contact: ("Mikko Ikonen", "040 123 4580", "it@demo.ekotori.fi")),
        Details(street: "Kummunkatu 30", postalCode: "83500", town: "Outokumpu",
                description: "Pieni kierrätysmyymälä: tavaroiden vastaanotto, lajittelu ja myynti.",
                tasks: [.recycling, .shopCustomerService], learning: "Asiakaspalvelu ja kassatyö, tavaroiden esillepano.",
                support: .moderate, supportText: "Ohjaaja paikalla aina, kun myymälä on auki.",
                accessibility: [.stepFree], accessibilityText: "Sisäänkäynti pihan puolelta.",
                remote: false, languages: [.fi], days: [.tuesday, .wednesday, .thursday, .friday], opens: "10:00", closes: "15:00",
                contact: ("Päivi Laakkonen", "040 123 4599", "outokumpu@demo.ekotori.fi")),
        Details(street: "Teollisuustie 4", postalCode: "81720", town: "Lieksa",
                description: "Metalli- ja puupaja: hitsausta, levytöitä ja puusepäntöitä paikallisille yrityksille ja yhdistyksille.",
                tasks: [.metal, .wood, .workshop], learning: "Hitsauksen perusteet, metallin ja puun työstö, työturvallisuuskortin suorittaminen.",
                support: .moderate, supportText: "Kokenut työvalmentaja; tutustumiskäynti ennen aloitusta.",
                accessibility: [.accessibleParking], accessibilityText: "Pajalla portaat; esteetön kulku vain taukotilaan.",
                remote: false, languages: [.fi], days: weekdays, opens: "07:30", closes: "13:30",
                contact: ("Timo Räsänen", "045 678 1234", "paja@demo.lieksantyopaja.fi")),
        Details(street: "Kirkkokatu 14", postalCode: "75500", town: "Nurmes",
                description: "Ulkotyöryhmä: pihojen ja puistojen hoitoa, polttopuiden tekoa ja ikäihmisten pihatöitä.",
                tasks: [.outdoorProperty], learning: "Ulkotyövälineiden ja raivaussahan käyttö, työ ryhmässä ja asiakkaan kotipihalla.",
                support: .moderate, supportText: "Ryhmä liikkuu ohjaajan kanssa; työvaatteet saa paikasta.",
                accessibility: [], accessibilityText: "Työ tehdään ulkona vaihtelevassa maastossa.",
                remote: false, languages: [.fi], days: [.monday, .tuesday, .wednesday, .thursday], opens: "08:00", closes: "13:00",
                contact: ("Heikki Kärkkäinen", "045 678 2345", "ulkotyo@demo.lieksantyopaja.fi")),
        Details(street: "Siltakatu 8", postalCode: "80110", town: "Joensuu",
                description: "Lounaskahvila ja keittiö: ruoanvalmistus, leivonta, salaattipöytä, astiahuolto ja kassa.",
                tasks: [.kitchenCatering, .cleaning, .shopCustomerService], learning: "Hygieniaosaaminen (hygieniapassi), ruoanvalmistus suurkeittiössä, asiakaspalvelu.",
                support: .moderate, supportText: "Keittiömestari ohjaa; hygieniapassin voi suorittaa jakson aikana.",
                accessibility: [.stepFree, .accessibleToilet, .hearingLoop, .publicTransport], accessibilityText: "",
                remote: false, languages: [.fi, .sv], days: weekdays, opens: "08:00", closes: "14:00",
                contact: ("Liisa Pesonen", "050 234 5678", "kahvila@demo.diakoniakarjala.fi")),
        Details(street: "Keskuskatu 21", postalCode: "80400", town: "Kontiolahti",
                description: "Siivous- ja kiinteistöpalvelut: toimitilojen siivous, ikkunanpesu ja pihatyöt.",
                tasks: [.cleaning, .outdoorProperty], learning: "Siivousaineet ja -koneet, työergonomia, puhdistuspalvelujen perusteet.",
                support: .light, supportText: "Työparityöskentelyä, esihenkilö tavoitettavissa puhelimitse.",
                accessibility: [.publicTransport], accessibilityText: "Työkohteet vaihtelevat.",
                remote: false, languages: [.fi], days: weekdays, opens: "07:00", closes: "12:00",
                contact: ("Kari Hakkarainen", "050 234 5699", "siivous@demo.diakoniakarjala.fi")),
        Details(street: "Kirkkokatu 20", postalCode: "80100", town: "Joensuu",
                description: "Hautausmaiden hoitotyöt: haravointi, istutukset, kastelu ja talvella lumityöt.",
                tasks: [.outdoorProperty, .careAssistance], learning: "Viheralan työt, ruohonleikkurin ja trimmerin käyttö, kohtaaminen omaisten kanssa.",
                support: .intensive, supportText: "Diakoniatyöntekijä tukee; keskusteluapu mahdollista.",
                accessibility: [.accessibleToilet, .quietSpace], accessibilityText: "Taukotila seurakuntatalolla.",
                remote: false, languages: [.fi], days: [.monday, .tuesday, .wednesday], opens: "08:00", closes: "12:00",
                contact: ("Ville Turunen", "050 345 6789", "hautausmaat@demo.joensuunseurakunnat.fi")),
        Details(street: "Rautatienkatu 3", postalCode: "82500", town: "Kitee",
                description: "Työpaja, jossa on toimisto- ja ATK-tehtäviä, puutöitä ja pienimuotoista kahvilatoimintaa.",
                tasks: [.office, .it, .wood, .kitchenCatering], learning: "Toimisto-ohjelmat, asiakirjojen käsittely, kahvilan asiakaspalvelu.",
                support: .intensive, supportText: "Yksilöllinen ohjaus; mahdollisuus osittaiseen etätyöhön.",
                accessibility: [.stepFree, .accessibleToilet, .quietSpace], accessibilityText: "",
                remote: true, languages: [.fi, .other], days: weekdays, opens: "09:00", closes: "14:00",
                contact: ("Tuula Vatanen", "044 456 7890", "tyopaja@demo.kiteentyo.fi")),
    ]

    /// The places that the demo fills: their seats are exactly the clients placed there now, so the
    /// public list shows them full (a small outdoor group and a popular IT workshop).
    static let fullPlaces = ["Hautausmaiden ulkotyöryhmä", "IT-kierrätys"]

    static func apply(to places: [WorkActivityPlace], periods: [Period], today: LocalDate) {
        for (index, place) in places.enumerated() where index < details.count {
            let d = details[index]
            place.streetAddress = d.street; place.postalCode = d.postalCode; place.town = d.town
            place.details = d.description; place.tasks = CodeList.stored(d.tasks); place.learning = d.learning
            place.supportLevel = d.support.rawValue; place.supportText = d.supportText
            place.accessibility = CodeList.stored(d.accessibility); place.accessibilityText = d.accessibilityText
            place.remotePossible = d.remote; place.languages = CodeList.stored(d.languages)
            place.openDays = d.days.map { "\($0.rawValue)" }.joined(separator: ",")
            place.opensAt = d.opens; place.closesAt = d.closes
            place.contactName = d.contact.name; place.contactPhone = d.contact.phone; place.contactEmail = d.contact.email
            if fullPlaces.contains(place.name) {
                let bookings = periods.filter { $0.$place.id == place.id }.compactMap(\.seatBooking)
                let now = SeatOccupancy.thisWeek(capacity: place.capacity, openDays: Set(d.days), bookings: bookings, today: today)
                place.capacity = max(3, now.occupied)
            }
        }
    }

    static func taskRows(for places: [WorkActivityPlace]) -> [WorkActivityPlaceTask] {
        var ids = SplitMix64(seed: idSeed)
        return places.flatMap { place in
            place.taskCodes.map { task in
                let row = WorkActivityPlaceTask(placeID: place.id!, task: task)
                row.id = ids.uuid()
                return row
            }
        }
    }

    /// One current contract for each provider the county buys from or works with; own production has none.
    static func contracts(providers: [Organization], places: [WorkActivityPlace], today: LocalDate)
        -> (contracts: [ProviderContract], places: [ProviderContractPlace]) {
        var ids = SplitMix64(seed: idSeed ^ 0xC0)
        // Bought services have their own price per client day; partners get a grant instead.
        let prices = ["Kierrätyskeskus Ekotori ry": 4250, "Diakonia-säätiö Karjala": 4700, "Kiteen Työ ja Toiminta ry": 3800]
        let contacts = ["Kierrätyskeskus Ekotori ry": ("Riikka Nevalainen", "040 123 4500", "toiminnanjohtaja@demo.ekotori.fi"),
                        "Lieksan Työväen Työpaja ry": ("Pekka Huttunen", "045 678 1200", "pekka.huttunen@demo.lieksantyopaja.fi"),
                        "Diakonia-säätiö Karjala": ("Helena Karhu", "050 234 5600", "helena.karhu@demo.diakoniakarjala.fi"),
                        "Joensuun ev.lut. seurakuntayhtymä": ("Juha Tanskanen", "050 345 6700", "juha.tanskanen@demo.joensuunseurakunnat.fi"),
                        "Kiteen Työ ja Toiminta ry": ("Tuula Vatanen", "044 456 7800", "toiminnanjohtaja@demo.kiteentyo.fi")]
        var contracts: [ProviderContract] = []
        var links: [ProviderContractPlace] = []
        // Contracts run by the calendar year of the county's procurement, renewed each January.
        let validFrom = LocalDate(year: today.year, month: 1, day: 1)!
        for provider in providers where provider.providerKind != nil && provider.providerKind != .ownProduction {
            let contract = ProviderContract()
            contract.id = ids.uuid()
            contract.$provider.id = provider.id!
            contract.validFrom = validFrom.isoString
            contract.validTo = LocalDate(year: today.year + 1, month: 12, day: 31)!.isoString
            contract.priceCentsPerDay = provider.providerKind!.isBought ? prices[provider.name] ?? 4000 : nil
            let contact = contacts[provider.name] ?? ("Yhteyshenkilö", "", "")
            contract.contactName = contact.0
            contract.contactPhone = contact.1.isEmpty ? nil : contact.1
            contract.contactEmail = contact.2.isEmpty ? nil : contact.2
            contract.notes = provider.providerKind == .partnership
                ? "Kumppanuussopimus: hyvinvointialue maksaa toiminta-avustuksen, ei asiakaspäivähintaa." : nil
            contract.version = 1
            contracts.append(contract)
            for place in places where place.$provider.id == provider.id {
                let link = ProviderContractPlace(contractID: contract.id!, placeID: place.id!)
                link.id = ids.uuid()
                links.append(link)
            }
        }
        return (contracts, links)
    }

    /// Interests, support need and remote need for every assessment, from a stream of their own.
    static func addMatchingNeeds(to assessments: [Assessment]) {
        var random = SplitMix64(seed: dataSeed)
        for assessment in assessments {
            var interests: Set<PlaceTask> = []
            for _ in 0..<random.int(in: 1...3) { interests.insert(random.pick(PlaceTask.allCases.filter { $0 != .other })) }
            assessment.interests = CodeList.stored(interests)
            assessment.supportNeed = random.chance(0.9) ? random.pick([SupportLevel.light, .moderate, .moderate, .intensive]).rawValue : nil
            assessment.needsRemote = random.chance(0.1)
            assessment.needsSpecialSupport = false
            assessment.eligibilityFlags = ""
        }
    }
}
