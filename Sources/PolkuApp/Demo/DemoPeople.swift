import Foundation
import PolkuDomain

/// Builds the demo's clients and their periods of work activity.
struct DemoPeople {
    let crypto: FieldCrypto
    let today: LocalDate

    /// The client behind the client login has a fixed identity code, 150388-123S, so that a
    /// walkthrough can name it (e.g. to show the search by identity code).
    static let clientUserBirthDate = LocalDate(year: 1988, month: 3, day: 15)!
    static let clientUserIndividualNumber = 123  // odd: a man

    // Individual numbers are dealt from shuffled decks, one per sex, so that they are unique across
    // clients for as long as a deck lasts (449 per sex); after that the whole code is still unique.
    private var evenNumbers: [Int] = []
    private var oddNumbers: [Int] = []
    private var usedCodes: Set<String> = []

    init(crypto: FieldCrypto, today: LocalDate) {
        self.crypto = crypto
        self.today = today
    }

    // MARK: - Clients

    mutating func makeClientUserRecord(id: UUID) throws -> Client {
        let code = try Self.identityCode(born: Self.clientUserBirthDate, individualNumber: Self.clientUserIndividualNumber)
        usedCodes.insert(code.value)
        return try makeClient(id: id, first: DemoCatalog.clientUserFirstName, last: DemoCatalog.clientUserLastName,
                              code: code, municipalityCode: "167", language: .fi,
                              phone: "040 123 4567", email: "kalle.asiakas@example.com")
    }

    /// `count` clients spread over the municipalities by population; about 5 % use Swedish and 2 % English.
    mutating func makeClients(count: Int, ids: inout SplitMix64, random: inout SplitMix64) throws -> [Client] {
        let weights = DemoCatalog.municipalities.map(\.weight)
        var clients: [Client] = []
        clients.reserveCapacity(count)
        for _ in 0..<count {
            let roll = random.int(in: 0...99)
            let language: Language = roll < 5 ? .sv : roll < 7 ? .en : .fi
            let person = DemoNames.person(for: language, using: &random)
            let code = try uniqueIdentityCode(sex: person.sex, random: &random)
            let municipality = DemoCatalog.municipalities[random.weightedIndex(weights)].code
            let phone = random.chance(0.5) ? Self.phoneNumber(&random) : nil
            // example.com is reserved for examples (RFC 2606): no real person gets demo mail.
            let email = random.chance(0.3)
                ? DemoNames.emailLocalPart(first: person.first, last: person.last) + "@example.com" : nil
            clients.append(try makeClient(id: ids.uuid(), first: person.first, last: person.last, code: code,
                                          municipalityCode: municipality, language: language,
                                          phone: phone, email: email))
        }
        return clients
    }

    /// Sets the fields as `ClientStore.apply` does; the store itself needs a request.
    private func makeClient(id: UUID, first: String, last: String, code: PersonalIdentityCode, municipalityCode: String,
                            language: Language, phone: String?, email: String?) throws -> Client {
        let client = Client()
        client.id = id
        client.firstName = first
        client.lastName = last
        client.searchName = Client.searchName(first: first, last: last)
        client.picCiphertext = try crypto.encrypt(code.value)
        client.picLookup = crypto.identityLookup(code.value, municipality: municipalityCode)
        client.birthDate = code.birthDate.isoString
        client.municipalityCode = municipalityCode
        client.language = language.rawValue
        client.phone = phone
        client.email = email
        client.version = 1
        return client
    }

    /// A code for someone born 1965–2004 that no other demo client has.
    private mutating func uniqueIdentityCode(sex: DemoNames.Sex, random: inout SplitMix64) throws -> PersonalIdentityCode {
        while true {
            let year = random.int(in: 1965...2004)
            let month = random.int(in: 1...12)
            let day = random.int(in: 1...LocalDate.daysInMonth(year: year, month: month))
            let code = try Self.identityCode(born: LocalDate(year: year, month: month, day: day)!,
                                             individualNumber: dealIndividualNumber(sex: sex, random: &random))
            if usedCodes.insert(code.value).inserted { return code }
        }
    }

    /// 002–899: 900–999 are temporary codes. Odd for men, even for women.
    private mutating func dealIndividualNumber(sex: DemoNames.Sex, random: inout SplitMix64) -> Int {
        switch sex {
        case .male:
            if oddNumbers.isEmpty {
                oddNumbers = stride(from: 3, through: 899, by: 2).filter { $0 != Self.clientUserIndividualNumber }
                random.shuffle(&oddNumbers)
            }
            return oddNumbers.removeLast()
        case .female:
            if evenNumbers.isEmpty {
                evenNumbers = Array(stride(from: 2, through: 898, by: 2))
                random.shuffle(&evenNumbers)
            }
            return evenNumbers.removeLast()
        }
    }

    /// DDMMYY, the century sign, the individual number and the check character, validated by the
    /// same code that validates what users type.
    static func identityCode(born date: LocalDate, individualNumber: Int) throws -> PersonalIdentityCode {
        let dayMonthYear = date.day * 10_000 + date.month * 100 + date.year % 100
        let checkCharacters = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")
        let check = checkCharacters[(dayMonthYear * 1000 + individualNumber) % 31]
        let centurySign = date.year >= 2000 ? "A" : "-"
        return try PersonalIdentityCode(validating: padded(dayMonthYear, 6) + centurySign
            + padded(individualNumber, 3) + String(check))
    }

    /// "040 123 4567": Finnish mobile prefixes in the grouping people write them in.
    static func phoneNumber(_ random: inout SplitMix64) -> String {
        let prefix = random.pick(["040", "041", "044", "045", "046", "050"])
        return "\(prefix) \(random.int(in: 100...999)) \(padded(random.int(in: 0...9999), 4))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: - Periods

    /// Periods for about a third of the clients, in the proportions of a 200-client demo: 45 active,
    /// 10 planned and 15 ended. Active and planned periods never overbook a place; a client for whom
    /// no place has room is simply left waiting, as in real queues.
    func makePeriods(clientUser: Client, others: [Client], places: [WorkActivityPlace],
                     ids: inout SplitMix64, random: inout SplitMix64) -> [Period] {
        let total = others.count + 1
        var slots = PlaceSlots()
        var periods: [Period] = []

        func add(_ client: Client, _ place: Int, _ status: PeriodStatus, startsOn: LocalDate) {
            let period = Period(clientID: client.id!, placeID: places[place].id!, startsOn: startsOn.isoString,
                                endsOn: startsOn.adding(months: 3).isoString, intended: status)
            period.id = ids.uuid()
            periods.append(period)
        }

        // The client user works at Ekotori's shop, so the coach login sees him.
        let ekotoriShop = DemoCatalog.places.firstIndex { $0.provider == DemoCatalog.ekotori }!
        slots.take(ekotoriShop)
        add(clientUser, ekotoriShop, .active, startsOn: Self.workday(today.adding(days: -30), forward: false))

        var order = Array(others.indices)
        random.shuffle(&order)
        let activeEnd = min(order.count, max(0, total * 45 / 200 - 1))  // the client user's is one
        let plannedEnd = min(order.count, activeEnd + total * 10 / 200)
        let endedEnd = min(order.count, plannedEnd + total * 15 / 200)

        // The coach login belongs to Ekotori: give it enough clients for a real-looking list.
        var ekotoriActive = 0
        for client in order[0..<activeEnd].map({ others[$0] }) {
            var ekotoriPlace: Int?
            if ekotoriActive < 8 {
                ekotoriPlace = slots.take(forMunicipality: client.municipalityCode, providers: [DemoCatalog.ekotori],
                                          random: &random)
                if ekotoriPlace != nil { ekotoriActive += 1 }
            }
            guard let place = ekotoriPlace ?? slots.take(forMunicipality: client.municipalityCode, random: &random)
            else { continue }
            add(client, place, .active, startsOn: Self.workday(today.adding(days: -random.int(in: 0...80)), forward: false))
        }
        for client in order[activeEnd..<plannedEnd].map({ others[$0] }) {
            guard let place = slots.take(forMunicipality: client.municipalityCode, random: &random) else { continue }
            add(client, place, .planned, startsOn: Self.workday(today.adding(days: random.int(in: 1...30)), forward: true))
        }
        // Started 100–300 days ago, so 3 months later they are over.
        for client in order[plannedEnd..<endedEnd].map({ others[$0] }) {
            let place = PlaceSlots.anyPlace(forMunicipality: client.municipalityCode, random: &random)
            add(client, place, .ended, startsOn: Self.workday(today.adding(days: -random.int(in: 100...300)), forward: false))
        }
        return periods
    }

    /// Periods begin on a working day. Moving active and ended starts backwards and planned ones
    /// forwards keeps each on its side of today.
    private static func workday(_ date: LocalDate, forward: Bool) -> LocalDate {
        var day = date
        while day.weekday.isWeekend { day = day.adding(days: forward ? 1 : -1) }
        return day
    }
}

/// Room left at the places (same indexes as `DemoCatalog.places`) while periods are handed out.
private struct PlaceSlots {
    private var free = DemoCatalog.places.map(\.capacity)

    mutating func take(_ place: Int) {
        free[place] -= 1
    }

    /// A place with room for a client living in `municipalityCode`, among `providers` if given:
    /// in the client's own area when possible (work activity is arranged within the commuting area),
    /// else at any provider serving the municipality. Places with more room are likelier.
    mutating func take(forMunicipality code: String, providers: Set<Int>? = nil, random: inout SplitMix64) -> Int? {
        let area = DemoCatalog.area(ofMunicipality: code)
        let places = DemoCatalog.places
        let open = places.indices.filter { index in
            free[index] > 0 && providers.map { $0.contains(places[index].provider) } ?? true
        }
        let local = open.filter { DemoCatalog.area(ofMunicipality: places[$0].municipalityCode) == area }
        let candidates = local.isEmpty
            ? open.filter { DemoCatalog.providers[places[$0].provider].areas.contains(area) } : local
        guard !candidates.isEmpty else { return nil }
        let chosen = candidates[random.weightedIndex(candidates.map { free[$0] })]
        free[chosen] -= 1
        return chosen
    }

    /// For past periods, where today's room does not matter: a place in the client's area, by size.
    static func anyPlace(forMunicipality code: String, random: inout SplitMix64) -> Int {
        let area = DemoCatalog.area(ofMunicipality: code)
        let local = DemoCatalog.places.indices.filter {
            DemoCatalog.area(ofMunicipality: DemoCatalog.places[$0].municipalityCode) == area
        }
        return local[random.weightedIndex(local.map { DemoCatalog.places[$0].capacity })]
    }
}
