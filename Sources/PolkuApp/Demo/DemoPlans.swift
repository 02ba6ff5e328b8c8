import Foundation
import PolkuDomain

/// Plans for the demo: most clients in a period have one, made two weeks before the period began;
/// every fifth has none, so the front page shows what a missing next-step plan looks like. Every fourth has
/// a second goal, the further path, with the first goal weighing twice as much (decision 129).
enum DemoPlans {
    static func make(periods: [Period], author: UUID, ids: inout SplitMix64) throws -> (plans: [Plan], versions: [PlanVersion]) {
        var plans: [Plan] = []
        var versions: [PlanVersion] = []
        var seen = Set<UUID>()
        for (index, period) in periods.enumerated() where period.recorded != .ended && seen.insert(period.$client.id).inserted {
            guard index % 5 != 4, let start = LocalDate(isoString: period.startsOn) else { continue }
            let plan = Plan(clientID: period.$client.id, kind: index % 3 == 0 ? .multisectoralEmploymentPlan : .activationPlan)
            plan.id = ids.uuid()
            let version = PlanVersion()
            version.id = ids.uuid()
            version.$plan.id = plan.id!
            version.number = 1
            version.madeOn = start.adding(days: -14).isoString
            version.$author.id = author
            version.employmentParticipant = "Tiina Työllisyys, Joensuun seudun työllisyysalue"
            version.clientParticipated = true
            var goal = goals[index % goals.count]
            var written = [goal]
            if index % 4 == 1 {
                goal.weight = 2
                written = [goal, goals[index % goals.count == 2 ? 0 : 2]]
            }
            version.goalsJSON = String(decoding: try JSONEncoder().encode(written), as: UTF8.self)
            version.supportAndGuidance = "Työvalmentajan ohjaus työtehtävissä, sosiaaliohjaajan tapaaminen kerran kuukaudessa."
            version.daysPerWeek = 2 + index % 3
            version.minutesPerDay = 300
            version.nextStepPlan = nextSteps[index % nextSteps.count]
            plans.append(plan)
            versions.append(version)
        }
        return (plans, versions)
    }

    static let goals = [
        PlanGoal(text: "Päivärytmi vakiintuu", minus2: "Ei tule paikalle sovittuina päivinä", minus1: "Tulee noin joka toinen sovittu päivä",
                 zero: "Tulee sovittuina päivinä", plus1: "Tulee ajoissa sovittuina päivinä", plus2: "Tulee ajoissa ja lisää päiviä omasta halustaan",
                 weight: 1),
        PlanGoal(text: "Työelämätaidot vahvistuvat", minus2: "Tarvitsee jatkuvaa ohjausta", minus1: "Tarvitsee ohjausta useimmissa tehtävissä",
                 zero: "Tekee tutut tehtävät itsenäisesti", plus1: "Oppii uuden tehtävän", plus2: "Ohjaa uutta tulijaa tehtävissä", weight: 1),
        PlanGoal(text: "Selvyys jatkopolusta", minus2: "Ei ajatusta jatkosta", minus1: "Ajatuksia jatkosta, ei suunnitelmaa",
                 zero: "Yksi realistinen jatkovaihtoehto", plus1: "Jatko sovittu ja yhteys otettu", plus2: "Jatko alkaa jakson päättyessä",
                 weight: 1),
    ]

    static let nextSteps = [
        "Työkokeilu kierrätysalalla jakson jälkeen; yhteys työllisyyspalveluihin kuukautta ennen päättymistä.",
        "Ammatillinen koulutus (kiinteistöpalvelut) syksyllä; hakeminen jakson aikana.",
        "Kelan ammatillinen kuntoutus; työkykyneuvojan tapaaminen sovitaan jakson puolivälissä.",
        "Palkkatuettu työ yhdistyksessä; työnhaku alkaa jakson viimeisellä kuukaudella.",
    ]
}
