import Foundation
import PolkuDomain

/// Interim and final evaluations for the demo: most active periods past their midpoint have the worker's
/// and the coach's interim (the coach's only where the provider has a coach in Polku) and many the client's
/// own, ended periods their finals, and some are left undone so the front pages show evaluations due.
/// Drawn from streams of their own, like `DemoEndings`.
struct DemoEvaluations {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5545_5641  // "POLKUEVA"
    private static let idSeed: UInt64 = 0x504F_4C4B_5545_4944 ^ 0x5641  // distinct from the endings' ids

    let today: LocalDate
    /// Social workers and counsellors.
    let workers: [UUID]
    /// The coach user of each provider that has one.
    let coachByProvider: [UUID: UUID]
    /// Place → provider.
    let providerOfPlace: [UUID: UUID]
    /// Clients with an account of their own → the user.
    let clientUsers: [UUID: UUID]
    /// The organizer's timings, whose windows the evaluations are written in.
    let timings: PolicyTimings
    /// Mixed into the seeds, so that the generator's organizers get streams (and ids) of their own; 0 for the demo.
    var salt: UInt64 = 0
    /// The generator's continued periods keep their status `active` after their last day, as the app leaves them;
    /// their finals were written too. The hand-made demo writes finals of ended periods only.
    var finalsOfPastPeriods = false

    func make(periods: [Period], plans: [Plan], versions: [PlanVersion]) throws -> [Evaluation] {
        var ids = SplitMix64(seed: Self.idSeed ^ salt)
        var random = SplitMix64(seed: Self.dataSeed ^ salt)
        let planOfClient = Dictionary(plans.map { ($0.$client.id, $0) }, uniquingKeysWith: { a, _ in a })
        let versionOfPlan = Dictionary(versions.map { ($0.$plan.id, $0) }, uniquingKeysWith: { a, _ in a })
        var evaluations: [Evaluation] = []
        for period in periods where period.intended(today: today) == .active || period.intended(today: today) == .ended {
            guard let start = LocalDate(isoString: period.startsOn), let end = LocalDate(isoString: period.endsOn),
                  let periodID = period.id else { continue }
            let plan = planOfClient[period.$client.id]
            let version = plan.flatMap { $0.id.flatMap { versionOfPlan[$0] } }
            let goals = version?.goals ?? []
            let schedule = EvaluationSchedule(startsOn: start, endsOn: end, status: period.intended(today: today) == .ended ? .ended : .active,
                                              done: [], today: today, timings: timings)
            var authors: [(EvaluationPerspective, UUID, Double)] = [(.worker, random.pick(workers), 0.75)]
            if let provider = providerOfPlace[period.$place.id], let coach = coachByProvider[provider] { authors.append((.workCoach, coach, 0.8)) }
            // The client's own view: written by a client with an account, otherwise recorded on their behalf
            // by the coach (or the worker) from the paper form most clients fill in.
            let recorder = providerOfPlace[period.$place.id].flatMap { coachByProvider[$0] } ?? authors[0].1
            authors.append((.client, clientUsers[period.$client.id] ?? recorder, clientUsers[period.$client.id] == nil ? 0.6 : 0.9))
            for item in schedule.items {
                // Interims once their day has come; finals of the periods that are over.
                let written = item.kind == .interim ? today >= item.dueFrom
                    : period.intended(today: today) == .ended || (finalsOfPastPeriods && end < today)
                guard written else { continue }
                let latest = item.kind == .final ? min(today, end.adding(days: 10)) : min(today, item.dueFrom.adding(days: 20))
                for (perspective, author, chance) in authors where random.chance(chance) {
                    let evaluatedOn = min(latest, item.dueFrom.adding(days: random.int(in: 0...12)))
                    evaluations.append(try evaluation(ids.uuid(), period: period, periodID: periodID, kind: item.kind,
                                                      perspective: perspective, author: author, on: evaluatedOn,
                                                      plan: plan, version: version, goals: goals, random: &random))
                }
            }
        }
        return evaluations
    }

    private func evaluation(_ id: UUID, period: Period, periodID: UUID, kind: EvaluationKind, perspective: EvaluationPerspective,
                            author: UUID, on day: LocalDate, plan: Plan?, version: PlanVersion?, goals: [PlanGoal],
                            random: inout SplitMix64) throws -> Evaluation {
        let evaluation = Evaluation()
        evaluation.id = id
        evaluation.$client.id = period.$client.id
        evaluation.$period.id = periodID
        evaluation.kind = kind
        evaluation.perspective = perspective
        evaluation.evaluatedOn = day.isoString
        evaluation.planID = plan?.id
        evaluation.planVersionNumber = version?.number
        evaluation.$author.id = author
        evaluation.version = 1
        // Finals a little further along than interims; clients rate themselves a little higher than workers do.
        let lift = (kind == .final ? 1 : 0) + (perspective == .client ? 1 : 0)
        let rated = goals.map { goal in
            EvaluationGoalRating(text: goal.text ?? "", scale: [goal.minus2, goal.minus1, goal.zero, goal.plus1, goal.plus2].map { $0 ?? "" },
                                 level: max(-2, min(2, random.int(in: -1...1) + (lift > 0 && random.chance(0.5) ? 1 : 0))),
                                 note: random.chance(0.3) ? random.pick(Self.goalNotes) : nil, weight: goal.effectiveWeight)
        }
        evaluation.goalsJSON = String(decoding: try JSONEncoder().encode(rated), as: UTF8.self)
        let topics = EvaluationTopic.allCases.compactMap { topic -> EvaluationTopicRating? in
            // The client leaves some topics unrated; the open labour market is the worker's and coach's call more often.
            if perspective == .client && random.chance(0.2) { return nil }
            let rating = max(1, min(4, random.int(in: 2...3) + (lift > 1 && random.chance(0.4) ? 1 : 0) - (random.chance(0.15) ? 1 : 0)))
            // The notes are a professional's observations; the client's view speaks in the words below.
            let note = random.chance(0.2) && perspective != .client ? Self.topicNotes[topic] : nil
            return EvaluationTopicRating(topic: topic, rating: rating, note: note)
        }
        evaluation.topicsJSON = String(decoding: try JSONEncoder().encode(topics), as: UTF8.self)
        let words = Self.words[perspective]!
        evaluation.strengths = random.pick(words.strengths)
        evaluation.supportNeeded = random.chance(0.7) ? random.pick(words.support) : nil
        evaluation.wentWell = random.pick(words.wentWell)
        evaluation.toDevelop = random.chance(0.8) ? random.pick(words.toDevelop) : nil
        if perspective != .client || random.chance(0.5) {
            evaluation.nextStep = random.pick(kind == .final ? Self.finalSteps : Self.interimSteps)
        }
        evaluation.nextStepNote = random.chance(0.4) ? random.pick(Self.nextStepNotes) : nil
        return evaluation
    }

    private struct Words {
        var strengths, support, wentWell, toDevelop: [String]
    }

    private static let words: [EvaluationPerspective: Words] = [
        .worker: Words(
            strengths: ["Sitoutunut ja luotettava; pitää kiinni sovituista asioista.", "Oma-aloitteinen, ottaa vastuuta tutuista tehtävistä.",
                        "Hyvä vuorovaikutus ohjaajien ja muiden asiakkaiden kanssa."],
            support: ["Tukea aamurutiineihin ja ajoissa lähtemiseen.", "Tukea asiointiin Kelan ja työllisyyspalvelujen kanssa.",
                      "Päihdepalvelujen tuki jatkuu rinnakkain."],
            wentWell: ["Läsnäolo on vakiintunut sovittuihin päiviin.", "Asiakas on löytänyt työtehtävän, joka kiinnostaa häntä.",
                       "Jakso on tuonut arkeen rytmiä ja sosiaalisia kontakteja."],
            toDevelop: ["Poissaoloista ilmoittaminen ajoissa.", "Uusien tehtävien kokeileminen rohkeammin.",
                        "Jatkopolun konkretisointi työllisyyspalvelujen kanssa."]),
        .workCoach: Words(
            strengths: ["Tarkka ja huolellinen, erityisesti lajittelussa.", "Oppii nopeasti ja kysyy, kun ei tiedä.",
                        "Asiakaspalvelutilanteet sujuvat luontevasti."],
            support: ["Selkeät ohjeet uusiin tehtäviin.", "Taukojen pitäminen, jotta jaksaa koko päivän."],
            wentWell: ["Työtehtävät myymälässä sujuvat itsenäisesti.", "Tulee ajoissa ja sovittuina päivinä.",
                       "Työyhteisössä on tullut tutuksi ja pidetyksi."],
            toDevelop: ["Työtahti avoimien työmarkkinoiden vaatimuksiin nähden.", "Kassatyö ja asiakkaiden neuvominen.",
                        "Omien vahvuuksien sanoittaminen työnhaussa."]),
        .client: Words(
            strengths: ["Olen oppinut uusia asioita ja jaksan paremmin.", "Tulen toimeen työkavereiden kanssa.",
                        "Osaan tehdä tehtävät itsenäisesti."],
            support: ["Tarvitsen vielä apua aamuihin.", "Haluaisin tukea työnhakuun."],
            wentWell: ["Päivärytmi on parantunut.", "On ollut mukava tulla paikalle.", "Olen saanut hyvää palautetta."],
            toDevelop: ["Haluan kokeilla myös kassatyötä.", "Haluaisin lisätä päiviä.", "Jännitän vielä uusia tilanteita."]),
    ]

    private static let goalNotes = [
        "Edistystä näkyy selvästi jakson alkuun verrattuna.", "Vaihtelee viikoittain; hyvät viikot ovat lisääntyneet.",
        "Tavoite on lähellä; jatketaan samaan suuntaan.",
    ]

    private static let topicNotes: [EvaluationTopic: String] = [
        .attendance: "Poissaoloja kaksi, molemmista ilmoitettu etukäteen.",
        .workingSkills: "Hallitsee lajittelun ja hyllytyksen.",
        .cooperation: "Toimii hyvin parityössä.",
        .dailyLife: "Asiointi hoituu osin itsenäisesti.",
        .wellbeing: "Jaksaminen parantunut, univaikeuksia vielä ajoittain.",
        .openLabourMarketReadiness: "Avoimilla työmarkkinoilla työtahti olisi vielä haaste; työkokeilu olisi hyvä välivaihe.",
    ]

    private static let interimSteps: [NextPath] = [.continuesInThisService, .continuesInThisService, .workTrial, .employmentServices]
    private static let finalSteps: [NextPath] = [.workTrial, .paySubsidisedJob, .education, .employmentServices, .continuesInThisService,
                                                 .kelaVocationalRehabilitation]
    private static let nextStepNotes = [
        "Työkokeilu kierrätysalalla; yhteys työllisyyspalveluihin sovitaan jakson lopussa.",
        "Jatkojakso samassa paikassa kolme päivää viikossa.",
        "Haku ammatilliseen koulutukseen kevään yhteishaussa.",
    ]
}
