import Foundation
import PolkuDomain

/// Service needs assessments for about 60 % of the demo's clients: everyone with a period was assessed
/// a few weeks before it began (and belongs here), and of the others about two in five, some of them
/// to another service first. Drawn from streams of their own, so that the rest of the demo is the same
/// with or without them; dates move along with `today` like the periods'.
struct DemoAssessments {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5550_5441  // "POLKUPTA"
    private static let idSeed: UInt64 = 0x504F_4C4B_5550_4944  // "POLKUPID"

    let today: LocalDate
    /// Social workers and counsellors, who make the assessments.
    let assessors: [UUID]

    func make(clients: [Client], periods: [Period]) -> [Assessment] {
        var ids = SplitMix64(seed: Self.idSeed)
        var random = SplitMix64(seed: Self.dataSeed)
        var firstStart: [UUID: LocalDate] = [:]
        for period in periods {
            guard let start = LocalDate(isoString: period.startsOn) else { continue }
            firstStart[period.$client.id] = min(firstStart[period.$client.id] ?? start, start)
        }
        var assessments: [Assessment] = []
        for client in clients {
            guard let clientID = client.id else { continue }
            let start = firstStart[clientID]
            guard start != nil || random.chance(0.4) else { continue }
            let assessment = Assessment()
            assessment.id = ids.uuid()
            assessment.$client.id = clientID
            assessment.$author.id = random.pick(assessors)
            assessment.version = 1
            assessment.assessedOn = (start.map { $0.adding(days: -random.int(in: 20...45)) } ?? today.adding(days: -random.int(in: 3...120))).isoString
            assessment.needs = random.pick(Self.needs)
            assessment.supportAndGuidance = random.pick(Self.support)
            var others: Set<OtherServiceNeed> = []
            for _ in 0..<random.int(in: 0...2) { others.insert(random.pick(OtherServiceNeed.allCases)) }
            assessment.otherServices = Assessment.stored(others)
            assessment.otherServicesNote = others.isEmpty ? nil : random.pick(Self.otherNotes)
            // Those already in a period belong here; of the rest about one in six belongs elsewhere first.
            if start == nil, random.chance(0.17) {
                let elsewhere = random.pick(Self.elsewhere)
                assessment.conclusion = elsewhere.conclusion
                assessment.conclusionNote = elsewhere.note
            } else {
                assessment.conclusion = .rehabilitativeWorkActivity
            }
            assessments.append(assessment)
        }
        return assessments
    }

    static let needs = [
        "Pitkä työttömyys (yli 3 vuotta). Päivärytmi on hajonnut ja asiakas kokee olevansa yksinäinen. Toive päästä tekemään jotain käsillä.",
        "Asiakas on ollut työttömänä vuodesta 2019. Aiempi työkokemus varastotyöstä. Tarvitsee tukea työelämätaitoihin ja jaksamiseen.",
        "Mielialan vaihtelua ja univaikeuksia; hoitokontakti on olemassa. Haluaa kokeilla, miten jaksaa säännöllistä toimintaa kahtena päivänä viikossa.",
        "Nuori aikuinen, peruskoulun jälkeinen koulutus keskeytynyt. Vahvuutena tietotekniikka. Tarvitsee rutiineja ja selvyyttä siitä, mitä haluaa opiskella.",
        "Asiakas palasi paikkakunnalle muualta. Ei verkostoa; talousasiat sekaisin. Motivoitunut, haluaa kohti palkkatyötä.",
        "Osatyökykyinen: selkävaivat rajoittavat raskasta työtä. Työkyvyn arvio kesken. Sopiva kevyt tehtävä ja työkyvyn seuraaminen.",
    ]

    static let support = [
        "Työvalmentajan ohjaus työtehtävissä, sosiaaliohjaajan tapaaminen kerran kuukaudessa.",
        "Aloitus kahtena päivänä viikossa, ensimmäisellä kerralla sosiaaliohjaaja mukana. Väliarvio kuukauden kuluttua.",
        "Selkeät, lyhyet tehtävät ja sama ohjaaja. Talousneuvonnan aika sovitaan rinnalle.",
        "Yksilövalmennus jatkopolun suunnitteluun alusta asti; työllisyyspalveluiden vastuuasiantuntija mukaan väliarvioon.",
    ]

    static let otherNotes = [
        "Ajanvaraus sovittu; asiakas haluaa, että omatyöntekijä on tietoinen.",
        "Yhteys otettu yhdessä asiakkaan kanssa vastaanotolla.",
        "Asiakas hoitaa itse; seurataan väliarviossa.",
    ]

    static let elsewhere: [(conclusion: AssessmentConclusion, note: String)] = [
        (.healthCare, "Ensisijaisesti päihdehoito: ohjattu A-klinikalle, sosiaaliohjaaja saattaa ensikäynnille. Palvelutarve arvioidaan uudelleen hoidon jälkeen."),
        (.socialRehabilitation, "Sosiaalinen kuntoutus ensin: ryhmätoiminta kohtaamispaikassa kaksi kertaa viikossa. Ohjaus tehty, aloitus ensi kuussa."),
        (.disabilityServices, "Kehitysvammapalveluiden työtoiminta sopii paremmin; yhteys vammaispalveluiden sosiaalityöntekijään, yhteistapaaminen sovittu."),
        (.workActivitySocialWelfareAct, "Sosiaalihuoltolain mukainen työtoiminta: ei työllistymistavoitetta tässä vaiheessa. Päätös tehdään aikuissosiaalityössä."),
        (.otherService, "Kelan kuntoutus (ammatillinen kuntoutusselvitys) ensin; hakemus tehty yhdessä asiakkaan kanssa."),
    ]
}
