import PolkuDomain

/// The demo region as plain data: Pohjois-Karjala (Siun sote), the region of seed 001, with its real
/// municipalities and Statistics Finland codes. The providers and places are invented but plausible:
/// associations, a foundation and a parish, as the law allows, never companies.
enum DemoCatalog {
    static let countyName = "Pohjois-Karjalan hyvinvointialue (Siun sote)"
    static let travelRules = "Toteutuneilta työtoimintapäiviltä polkupyörä- tai kilometrikorvaus, tai ennakkoon bussin kuukausikortti tai yksittäisten matkojen lataus. Käytännöt vaihtelevat alueittain."

    /// Indexes into this array are how the rest of the catalog names an area.
    static let areas = ["Pohjoinen alue", "Keskinen alue", "Eteläinen alue"]
    static let north = 0, central = 1, south = 2

    struct Municipality {
        let name: String
        let code: String
        let area: Int
        /// Roughly the population in thousands, so that clients spread as people do.
        let weight: Int
    }

    static let municipalities = [
        Municipality(name: "Joensuu", code: "167", area: central, weight: 78),
        Municipality(name: "Kontiolahti", code: "276", area: central, weight: 15),
        Municipality(name: "Liperi", code: "426", area: central, weight: 12),
        Municipality(name: "Outokumpu", code: "309", area: central, weight: 7),
        Municipality(name: "Lieksa", code: "422", area: north, weight: 11),
        Municipality(name: "Nurmes", code: "541", area: north, weight: 7),
        Municipality(name: "Kitee", code: "260", area: south, weight: 10),
        Municipality(name: "Tohmajärvi", code: "848", area: south, weight: 4),
    ]

    static let allCodes = municipalities.map(\.code)

    static func codes(inAreas areas: [Int]) -> [String] {
        municipalities.filter { areas.contains($0.area) }.map(\.code)
    }

    static func area(ofMunicipality code: String) -> Int {
        municipalities.first { $0.code == code }!.area
    }

    /// Employment services are organized by their own areas, which do not follow the county's.
    static let employmentServices: [(name: String, codes: [String])] = [
        ("Joensuun seudun työllisyysalue", ["167", "276", "426", "309", "260", "848"]),
        ("Pielisen Karjalan työllisyysalue", ["422", "541"]),
    ]

    struct Provider {
        let name: String
        let kind: Organization.ProviderKind
        let form: Organization.OrganizationForm
        /// The areas it serves; it covers their municipalities.
        let areas: [Int]
    }

    static let providers = [
        Provider(name: "Siun soten työpajat", kind: .ownProduction, form: .county, areas: [north, central, south]),
        Provider(name: "Kierrätyskeskus Ekotori ry", kind: .purchasedService, form: .association, areas: [central]),
        Provider(name: "Lieksan Työväen Työpaja ry", kind: .partnership, form: .association, areas: [north]),
        Provider(name: "Diakonia-säätiö Karjala", kind: .purchasedService, form: .foundation, areas: [central]),
        Provider(name: "Joensuun ev.lut. seurakuntayhtymä", kind: .partnership, form: .parish, areas: [central]),
        Provider(name: "Kiteen Työ ja Toiminta ry", kind: .serviceVoucher, form: .association, areas: [south]),
    ]
    static let ownWorkshops = 0, ekotori = 1, lieksaWorkshop = 2, diakonia = 3, parish = 4, kitee = 5

    struct Place {
        let provider: Int
        let name: String
        let municipalityCode: String
        let capacity: Int
    }

    /// Twelve places; the area of each follows from its municipality.
    static let places = [
        Place(provider: ownWorkshops, name: "Puutyöpaja Joensuu", municipalityCode: "167", capacity: 14),
        Place(provider: ownWorkshops, name: "Lieksan työpaja", municipalityCode: "422", capacity: 10),
        Place(provider: ownWorkshops, name: "Ompelimo Kitee", municipalityCode: "260", capacity: 8),
        Place(provider: ekotori, name: "Kierrätysmyymälä Ekotori", municipalityCode: "167", capacity: 20),
        Place(provider: ekotori, name: "IT-kierrätys", municipalityCode: "167", capacity: 10),
        Place(provider: ekotori, name: "Kierrätysmyymälä Outokumpu", municipalityCode: "309", capacity: 8),
        Place(provider: lieksaWorkshop, name: "Metalli- ja puupaja Lieksa", municipalityCode: "422", capacity: 10),
        Place(provider: lieksaWorkshop, name: "Ulkotyöryhmä Nurmes", municipalityCode: "541", capacity: 8),
        Place(provider: diakonia, name: "Keittiö ja kahvila", municipalityCode: "167", capacity: 12),
        Place(provider: diakonia, name: "Siivous- ja kiinteistöpalvelut", municipalityCode: "276", capacity: 10),
        Place(provider: parish, name: "Hautausmaiden ulkotyöryhmä", municipalityCode: "167", capacity: 8),
        Place(provider: kitee, name: "Kiteen työpaja", municipalityCode: "260", capacity: 10),
    ]

    /// Where a user belongs.
    enum Home {
        case county, area(Int), employmentServices(Int), provider(Int), none
    }

    struct Staff {
        let email: String
        let name: String
        let role: Role
        let home: Home
    }

    static let clientUserEmail = "client@demo.polku.fi"
    static let clientUserFirstName = "Kalle"
    static let clientUserLastName = "Asiakas"

    /// The demo logins first, one per role, in the order the login page lists them;
    /// then colleagues, so that lists of workers do not look empty.
    static let staff = [
        Staff(email: "admin@demo.polku.fi", name: "Ansa Admin", role: .admin, home: .county),
        Staff(email: "social.worker@demo.polku.fi", name: "Sari Sosiaalityöntekijä", role: .socialWorker, home: .county),
        Staff(email: "counsellor@demo.polku.fi", name: "Olli Ohjaaja", role: .socialCounsellor, home: .area(central)),
        Staff(email: "employment@demo.polku.fi", name: "Tiina Työllisyys", role: .employmentSpecialist, home: .employmentServices(0)),
        Staff(email: "coach@demo.polku.fi", name: "Valtteri Valmentaja", role: .workCoach, home: .provider(ekotori)),
        Staff(email: "manager@demo.polku.fi", name: "Maija Manageri", role: .manager, home: .county),
        Staff(email: clientUserEmail, name: "\(clientUserFirstName) \(clientUserLastName)", role: .client, home: .none),
        Staff(email: "heli.korhonen@demo.polku.fi", name: "Heli Korhonen", role: .socialWorker, home: .area(north)),
        Staff(email: "jukka.nevalainen@demo.polku.fi", name: "Jukka Nevalainen", role: .socialWorker, home: .area(south)),
        Staff(email: "minna.hyvonen@demo.polku.fi", name: "Minna Hyvönen", role: .socialCounsellor, home: .area(north)),
        Staff(email: "kari.turunen@demo.polku.fi", name: "Kari Turunen", role: .workCoach, home: .provider(ownWorkshops)),
        Staff(email: "anne.pesonen@demo.polku.fi", name: "Anne Pesonen", role: .workCoach, home: .provider(diakonia)),
    ]

    /// How many of `staff` are the one-per-role demo logins.
    static let demoLoginCount = 7
}
