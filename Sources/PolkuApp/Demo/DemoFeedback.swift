import Foundation
import PolkuDomain

/// Answers on the two feedback forms for the demo's started periods: the clients' (copied from paper
/// forms by their workers; the client login's own period is left for the client to answer) and the
/// places' (by a coach of the provider, where the demo has one). Most places stay below the threshold of
/// five answers and the busiest pass it, so both sides of the anonymity rule can be seen. Drawn from
/// streams of their own, like `DemoEndings`.
struct DemoFeedback {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5546_4442  // "POLKUFDB"
    private static let idSeed: UInt64 = 0x504F_4C4B_5546_4944  // "POLKUFID"

    let today: LocalDate
    /// Workers who record paper answers.
    let workers: [UUID]
    /// Provider → its work coaches.
    let coaches: [UUID: [UUID]]
    /// The client login's record, whose period is left unanswered.
    let clientUserID: UUID?
    /// Mixed into the seeds, so that the generator's organizers get streams (and ids) of their own; 0 for the demo.
    var salt: UInt64 = 0

    func make(periods: [Period], places: [WorkActivityPlace]) -> [FeedbackAnswer] {
        var ids = SplitMix64(seed: Self.idSeed ^ salt)
        var random = SplitMix64(seed: Self.dataSeed ^ salt)
        let providerOf = Dictionary(places.compactMap { p in p.id.map { ($0, p.$provider.id) } }, uniquingKeysWith: { a, _ in a })
        var answers: [FeedbackAnswer] = []
        // A text once per place and form: people write in their own words.
        var used: Set<String> = []
        func text(_ chance: Double, _ pool: [String], _ place: UUID, _ form: FeedbackForm) -> String? {
            guard random.chance(chance) else { return nil }
            let text = random.pick(pool)
            return used.insert("\(place) \(form) \(text)").inserted ? text : nil
        }
        for period in periods where period.intended(today: today) == .active || period.intended(today: today) == .ended {
            guard period.$client.id != clientUserID, let start = LocalDate(isoString: period.startsOn),
                  let end = LocalDate(isoString: period.endsOn), start.adding(days: 14) <= today else { continue }
            // Answered some weeks in, or near the end of a period that is over.
            let latest = min(today, end.adding(days: 10))
            let earliest = period.intended(today: today) == .ended ? max(start.adding(days: 14), end.adding(days: -10)) : start.adding(days: 14)
            guard earliest <= latest else { continue }
            func day() -> String { earliest.adding(days: random.int(in: 0...earliest.days(until: latest))).isoString }

            if random.chance(0.85) {
                // Most clients are content; some places and days less so.
                let mood = random.int(in: 0...9) < 7 ? 4 : 2
                var ratings: [FeedbackQuestion: Int] = [:]
                for question in FeedbackForm.client.questions { ratings[question] = min(5, max(1, mood + random.int(in: -1...1))) }
                answers.append(answer(.client, period, ratings, given: day(), channel: .paper, author: random.pick(workers), ids: &ids,
                                      good: text(0.6, Self.clientGood, period.$place.id, .client),
                                      improve: text(0.5, Self.clientImprove, period.$place.id, .client)))
            }
            if let coachIDs = providerOf[period.$place.id].flatMap({ coaches[$0] }), !coachIDs.isEmpty, random.chance(0.75) {
                var ratings: [FeedbackQuestion: Int] = [:]
                for question in FeedbackForm.place.questions { ratings[question] = random.int(in: 2...5) }
                answers.append(answer(.place, period, ratings, given: day(), channel: .online, author: random.pick(coachIDs), ids: &ids,
                                      good: text(0.5, Self.placeGood, period.$place.id, .place),
                                      improve: text(0.6, Self.placeImprove, period.$place.id, .place)))
            }
        }
        return answers
    }

    private func answer(_ form: FeedbackForm, _ period: Period, _ ratings: [FeedbackQuestion: Int], given: String, channel: FeedbackChannel,
                        author: UUID, ids: inout SplitMix64, good: String?, improve: String?) -> FeedbackAnswer {
        let answer = FeedbackAnswer()
        answer.id = ids.uuid()
        answer.form = form
        answer.$client.id = period.$client.id
        answer.$period.id = period.id!
        answer.$place.id = period.$place.id
        answer.givenOn = given
        answer.channel = channel
        answer.ratings = ratings
        answer.whatWasGood = good
        answer.whatToImprove = improve
        answer.$author.id = author
        answer.version = 1
        return answer
    }

    private static let clientGood = [
        "Ohjaaja oli kärsivällinen ja neuvoi aina kun kysyin.", "Sain tehdä töitä omaan tahtiin.", "Yhteiset kahvitauot ja hyvä porukka.",
        "Opin käyttämään kassaa ja hinnoittelemaan tuotteita.", "Päivärytmi parani, kun oli syy lähteä aamulla liikkeelle.",
        "Tehtävät vaihtelivat, ei tullut tylsää.", "Sain todistuksen, jota voin näyttää työnantajalle.",
        "Lounas oli hyvä ja edullinen.", "Työkaverit ottivat mukaan porukkaan heti ensimmäisenä päivänä.",
        "Sain kokeilla eri tehtäviä ennen kuin löytyi sopiva.", "Työnohjaaja kysyi usein, miten jaksan.",
        "Opin uusia taitoja, joista on hyötyä työnhaussa.",
    ]
    private static let clientImprove = [
        "Aamuisin oli välillä liian vähän tekemistä.", "Tauotiloja voisi olla enemmän.", "Toivoisin enemmän palautetta omasta työstä.",
        "Bussiyhteys on hankala, matkakuluista olisi hyvä kertoa heti alussa.", "Perehdytys ensimmäisenä päivänä oli lyhyt.",
        "Työvaatteita ei ollut omaa kokoa.", "Melua oli välillä liikaa.", "Välillä en tiennyt, kenelle kuulun.",
        "Väliarviointi olisi voinut olla aiemmin.",
    ]
    private static let placeGood = [
        "Vastuutyöntekijä vastasi nopeasti ja oli mukana aloituspalaverissa.", "Asiakkaan tavoitteet oli kirjattu selkeästi suunnitelmaan.",
        "Tutustumiskäynti ennen aloitusta auttoi paljon.", "Yhteistyö sujui sujuvasti koko jakson ajan.",
        "Aloituspalaveri pidettiin ajallaan ja kaikki tiesivät roolinsa.", "Sopimus ja aikataulu olivat valmiina ennen aloitusta.",
        "Vastuutyöntekijä kävi paikan päällä jakson puolivälissä.",
    ]
    private static let placeImprove = [
        "Tieto asiakkaan terveydentilasta olisi tarvittu ennen aloitusta.", "Päätös tuli vasta aloituspäivänä.",
        "Väliarvioinnin ajankohta jäi epäselväksi.", "Toivomme tietoa asiakkaan aiemmista työkokeiluista.",
        "Yhteystiedot vastuutyöntekijään puuttuivat lähetteestä.",
    ]
}
