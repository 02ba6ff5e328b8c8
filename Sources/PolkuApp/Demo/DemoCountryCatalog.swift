/// The organizers of the whole country for `--size country`: the 21 wellbeing services counties and the city
/// of Helsinki, each with its larger municipalities (real Statistics Finland codes, population in thousands
/// rounded, the postal code of the centre). Small municipalities are left out: they would add rows to the
/// catalog, not anything a page shows differently. Pohjois-Karjala is the demo county of `DemoCatalog` and
/// is not repeated here.
enum DemoCountryCatalog {
    struct Municipality {
        let name: String
        let code: String
        let weight: Int
        let postalCode: String
    }

    struct Organizer {
        let name: String
        let employmentServices: String
        let municipalities: [Municipality]
    }

    /// "Name code thousands postal", one per municipality, the largest first.
    private static func list(_ rows: [String]) -> [Municipality] {
        rows.map { row in
            let parts = row.split(separator: " ").map(String.init)
            let name = parts.dropLast(3).joined(separator: " ")
            return Municipality(name: name, code: parts[parts.count - 3], weight: Int(parts[parts.count - 2])!,
                                postalCode: parts[parts.count - 1])
        }
    }

    static let organizers: [Organizer] = [
        Organizer(name: "Helsingin kaupunki", employmentServices: "Helsingin työllisyyspalvelut",
                  municipalities: list(["Helsinki 091 664 00100"])),
        Organizer(name: "Länsi-Uudenmaan hyvinvointialue", employmentServices: "Länsi-Uudenmaan työllisyysalue",
                  municipalities: list(["Espoo 049 310 02100", "Lohja 444 46 08100", "Kirkkonummi 257 41 02400", "Vihti 927 29 03400",
                                        "Raasepori 710 28 10600", "Kauniainen 235 10 02700", "Karkkila 224 9 03600", "Hanko 078 8 10900",
                                        "Siuntio 755 6 02580", "Inkoo 149 5 10210"])),
        Organizer(name: "Vantaan ja Keravan hyvinvointialue", employmentServices: "Vantaan ja Keravan työllisyysalue",
                  municipalities: list(["Vantaa 092 245 01300", "Kerava 245 38 04200"])),
        Organizer(name: "Keski-Uudenmaan hyvinvointialue", employmentServices: "Keski-Uudenmaan työllisyysalue",
                  municipalities: list(["Hyvinkää 106 47 05800", "Järvenpää 186 45 04400", "Nurmijärvi 543 44 01900",
                                        "Tuusula 858 40 04300", "Mäntsälä 505 21 04600"])),
        Organizer(name: "Itä-Uudenmaan hyvinvointialue", employmentServices: "Itä-Uudenmaan työllisyysalue",
                  municipalities: list(["Porvoo 638 51 06100", "Sipoo 753 22 04130", "Loviisa 434 14 07900", "Askola 018 5 07500",
                                        "Pornainen 611 5 07170", "Lapinjärvi 407 3 07800"])),
        Organizer(name: "Varsinais-Suomen hyvinvointialue", employmentServices: "Turun seudun työllisyysalue",
                  municipalities: list(["Turku 853 200 20100", "Salo 734 51 24100", "Kaarina 202 36 20780", "Raisio 680 25 21200",
                                        "Lieto 423 21 21420", "Naantali 529 20 21100", "Uusikaupunki 895 15 23500",
                                        "Loimaa 430 15 32200", "Parainen 445 15 21600"])),
        Organizer(name: "Satakunnan hyvinvointialue", employmentServices: "Satakunnan työllisyysalue",
                  municipalities: list(["Pori 609 83 28100", "Rauma 684 38 26100", "Ulvila 886 13 28400", "Kankaanpää 214 11 38700",
                                        "Eura 050 11 27510", "Harjavalta 079 7 29200"])),
        Organizer(name: "Kanta-Hämeen hyvinvointialue", employmentServices: "Kanta-Hämeen työllisyysalue",
                  municipalities: list(["Hämeenlinna 109 68 13100", "Riihimäki 694 29 11100", "Forssa 061 17 30100",
                                        "Janakkala 165 16 14200", "Hattula 082 9 13720"])),
        Organizer(name: "Pirkanmaan hyvinvointialue", employmentServices: "Tampereen seudun työllisyysalue",
                  municipalities: list(["Tampere 837 250 33100", "Nokia 536 35 37100", "Ylöjärvi 980 33 33470", "Kangasala 211 33 36200",
                                        "Lempäälä 418 24 37500", "Sastamala 790 24 38200", "Valkeakoski 908 21 37600",
                                        "Pirkkala 604 20 33960"])),
        Organizer(name: "Päijät-Hämeen hyvinvointialue", employmentServices: "Lahden seudun työllisyysalue",
                  municipalities: list(["Lahti 398 121 15100", "Hollola 098 23 15870", "Heinola 111 18 18100",
                                        "Orimattila 560 16 16300", "Asikkala 016 8 17200"])),
        Organizer(name: "Kymenlaakson hyvinvointialue", employmentServices: "Kymenlaakson työllisyysalue",
                  municipalities: list(["Kouvola 286 80 45100", "Kotka 285 51 48100", "Hamina 075 19 49400", "Pyhtää 624 5 49220"])),
        Organizer(name: "Etelä-Karjalan hyvinvointialue", employmentServices: "Etelä-Karjalan työllisyysalue",
                  municipalities: list(["Lappeenranta 405 73 53100", "Imatra 153 25 55100", "Parikkala 580 5 59100",
                                        "Ruokolahti 689 5 56100", "Luumäki 441 4 54500"])),
        Organizer(name: "Etelä-Savon hyvinvointialue", employmentServices: "Etelä-Savon työllisyysalue",
                  municipalities: list(["Mikkeli 491 52 50100", "Savonlinna 740 32 57100", "Pieksämäki 593 17 76100",
                                        "Juva 178 6 51900", "Mäntyharju 507 6 52700", "Kangasniemi 213 5 51200"])),
        Organizer(name: "Pohjois-Savon hyvinvointialue", employmentServices: "Kuopion seudun työllisyysalue",
                  municipalities: list(["Kuopio 297 124 70100", "Iisalmi 140 21 74100", "Siilinjärvi 749 21 71800",
                                        "Varkaus 915 20 78200", "Leppävirta 420 9 79100", "Suonenjoki 778 7 77600"])),
        Organizer(name: "Keski-Suomen hyvinvointialue", employmentServices: "Jyväskylän seudun työllisyysalue",
                  municipalities: list(["Jyväskylä 179 147 40100", "Jämsä 182 20 42100", "Laukaa 410 19 41340",
                                        "Äänekoski 992 18 44100", "Muurame 500 10 40950", "Keuruu 249 9 42700",
                                        "Saarijärvi 729 9 43100"])),
        Organizer(name: "Etelä-Pohjanmaan hyvinvointialue", employmentServices: "Etelä-Pohjanmaan työllisyysalue",
                  municipalities: list(["Seinäjoki 743 65 60100", "Kurikka 301 20 61300", "Kauhava 233 15 62200",
                                        "Lapua 408 14 62100", "Ilmajoki 145 12 60800", "Alavus 010 11 63300"])),
        Organizer(name: "Pohjanmaan hyvinvointialue", employmentServices: "Vaasan seudun työllisyysalue",
                  municipalities: list(["Vaasa 905 68 65100", "Mustasaari 499 19 65610", "Pietarsaari 598 19 68600",
                                        "Pedersöre 599 11 68910", "Närpiö 545 9 64200", "Kristiinankaupunki 287 6 64100"])),
        Organizer(name: "Keski-Pohjanmaan hyvinvointialue", employmentServices: "Keski-Pohjanmaan työllisyysalue",
                  municipalities: list(["Kokkola 272 48 67100", "Kannus 217 5 69100", "Kaustinen 236 4 69600", "Veteli 924 3 69700"])),
        Organizer(name: "Pohjois-Pohjanmaan hyvinvointialue", employmentServices: "Oulun seudun työllisyysalue",
                  municipalities: list(["Oulu 564 212 90100", "Raahe 678 24 92100", "Kempele 244 20 90440", "Kuusamo 305 15 93600",
                                        "Ylivieska 977 15 84100", "Kalajoki 071 12 85100", "Nivala 535 10 85500"])),
        Organizer(name: "Kainuun hyvinvointialue", employmentServices: "Kainuun työllisyysalue",
                  municipalities: list(["Kajaani 205 36 87100", "Sotkamo 765 10 88600", "Kuhmo 290 8 88900",
                                        "Suomussalmi 777 7 89600", "Paltamo 620 3 88300"])),
        Organizer(name: "Lapin hyvinvointialue", employmentServices: "Lapin työllisyysalue",
                  municipalities: list(["Rovaniemi 698 65 96100", "Tornio 851 21 95400", "Kemi 240 20 94100",
                                        "Sodankylä 758 8 99600", "Kemijärvi 320 7 98100", "Inari 148 7 99870", "Kittilä 261 6 99100"])),
    ]

    /// Postal codes of the demo county's municipalities, for the places the generator adds there.
    static let demoCountyPostalCodes = ["167": "80100", "276": "81100", "426": "83100", "309": "83500",
                                        "422": "81700", "541": "75500", "260": "82500", "848": "82600"]

    /// Areas of an organizer: the largest municipality is one, the rest are shared between one or two more,
    /// so that area workers and area filters have something to divide. Returns each municipality's area index.
    static func areaIndexes(count: Int) -> [Int] {
        (0..<count).map { index in
            if index == 0 { return 0 }
            return count <= 4 ? 1 : 1 + index % 2
        }
    }

    static let areaNames = ["Keskinen alue", "Pohjoinen alue", "Eteläinen alue"]
}
