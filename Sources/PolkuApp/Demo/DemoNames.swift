/// Names for demo clients: common in Finland among people of working age, with last names
/// typical of North Karelia. The sex of a first name decides the parity of the identity code's
/// individual number (odd for men, even for women), as in real codes.
enum DemoNames {
    enum Sex { case female, male }

    struct Person {
        let first: String
        let last: String
        let sex: Sex
    }

    static let finnishFemale = [
        "Anne", "Anu", "Elina", "Emilia", "Emma", "Hanna", "Heidi", "Jenni", "Johanna", "Kaisa",
        "Katja", "Kirsi", "Laura", "Leena", "Maarit", "Marja", "Minna", "Niina", "Noora", "Outi",
        "Paula", "Pia", "Päivi", "Riikka", "Sanna", "Satu", "Suvi", "Tanja", "Tuula", "Veera",
    ]

    static let finnishMale = [
        "Aleksi", "Antti", "Ari", "Eero", "Harri", "Heikki", "Janne", "Jari", "Jarmo", "Joni",
        "Juha", "Jukka", "Jussi", "Kari", "Lauri", "Markku", "Marko", "Matti", "Mikko", "Niko",
        "Pasi", "Pekka", "Petri", "Sami", "Teemu", "Timo", "Toni", "Tuomas", "Veli-Matti", "Ville",
    ]

    static let finnishLast = [
        "Eronen", "Hakkarainen", "Hämäläinen", "Heikkinen", "Hiltunen", "Hirvonen", "Huttunen", "Hyvönen",
        "Ikonen", "Jääskeläinen", "Kakko", "Karhu", "Karvinen", "Kärkkäinen", "Kettunen", "Kiiskinen",
        "Kinnunen", "Kokkonen", "Korhonen", "Kontinen", "Laitinen", "Lappalainen", "Leinonen", "Makkonen",
        "Martikainen", "Mononen", "Mustonen", "Nevalainen", "Oinonen", "Parviainen", "Partanen", "Pesonen",
        "Piiroinen", "Puustinen", "Pursiainen", "Rautiainen", "Räsänen", "Ronkainen", "Ryynänen", "Sallinen",
        "Savolainen", "Sivonen", "Tanskanen", "Toivanen", "Tolvanen", "Turunen", "Tuunanen", "Vartiainen",
        "Vatanen", "Väisänen", "Hakulinen", "Kuivalainen", "Nuutinen", "Pelkonen", "Rouvinen", "Sormunen",
        "Suhonen", "Tiihonen", "Vesterinen", "Kiiski",
    ]

    /// Swedish-speaking Finns: first and last names combine freely.
    static let swedishFemale = ["Anna", "Elin", "Ida", "Linnea", "Maria", "Sofia"]
    static let swedishMale = ["Anders", "Erik", "Fredrik", "Henrik", "Johan", "Mikael"]
    static let swedishLast = [
        "Andersson", "Björklund", "Ekström", "Forsman", "Holmberg",
        "Lindholm", "Lindqvist", "Nyström", "Sjöberg", "Westerlund",
    ]

    /// Clients who use English with the service, usually having moved to Finland. Whole names,
    /// because a free mix of first and last names from different languages would look odd.
    static let english = [
        Person(first: "Olena", last: "Kovalenko", sex: .female),
        Person(first: "Andrii", last: "Shevchenko", sex: .male),
        Person(first: "Fatima", last: "Hassan", sex: .female),
        Person(first: "Ahmed", last: "Ali", sex: .male),
        Person(first: "Grace", last: "Okafor", sex: .female),
        Person(first: "Samuel", last: "Mensah", sex: .male),
        Person(first: "Maria", last: "Santos", sex: .female),
        Person(first: "Daniel", last: "Smith", sex: .male),
        Person(first: "Amina", last: "Ibrahim", sex: .female),
        Person(first: "Mohamed", last: "Abdi", sex: .male),
        Person(first: "Thi Lan", last: "Nguyen", sex: .female),
        Person(first: "Dmitri", last: "Volkov", sex: .male),
    ]

    /// A person for a client who uses `language`. Slightly more men than women, as among the
    /// clients of the service.
    static func person(for language: Language, using random: inout SplitMix64) -> Person {
        switch language {
        case .en:
            return random.pick(english)
        case .sv:
            let sex: Sex = random.chance(0.58) ? .male : .female
            return Person(first: random.pick(sex == .male ? swedishMale : swedishFemale),
                          last: random.pick(swedishLast), sex: sex)
        case .fi:
            let sex: Sex = random.chance(0.58) ? .male : .female
            return Person(first: random.pick(sex == .male ? finnishMale : finnishFemale),
                          last: random.pick(finnishLast), sex: sex)
        }
    }

    /// "Päivi Hyvönen" → "paivi.hyvonen", for e-mail addresses.
    static func emailLocalPart(first: String, last: String) -> String {
        func ascii(_ name: String) -> String {
            var result = ""
            for character in name.lowercased() {
                switch character {
                case "ä", "å", "á", "à": result.append("a")
                case "ö", "ø", "ó": result.append("o")
                case "é", "è": result.append("e")
                case "ü": result.append("u")
                case " ": continue
                default: result.append(character)
                }
            }
            return result
        }
        return ascii(first) + "." + ascii(last)
    }
}
