import Foundation
import PolkuDomain

/// What some of the demo's clients gained during a period (issue 13 item 9): the client user (Kalle Asiakas)
/// and a few others whose period has run a month have a hygiene passport and the place's competence certificate,
/// which describes what one learns at the place, recorded by the place's coach; now and then an occupational
/// safety card too. Drawn from streams of their own, like `DemoEndings`, so the rest of the demo stays as it was.
struct DemoAchievements {
    private static let dataSeed: UInt64 = 0x504F_4C4B_5541_4348  // "POLKUACH"
    private static let idSeed: UInt64 = 0x504F_4C4B_5541_4944  // "POLKUAID"

    let today: LocalDate
    /// The coach of each provider, who records at their own place; `worker` where a provider has none.
    let coachByProvider: [UUID: UUID]
    let worker: UUID
    let places: [WorkActivityPlace]
    let clientUserID: UUID?
    /// How many clients besides the client user.
    var others = 3
    /// The generator's organizer and area (`DemoGenerator`), so that each writes ids of its own.
    var salt: UInt64 = 0

    func make(periods: [Period]) -> [Achievement] {
        var ids = SplitMix64(seed: Self.idSeed ^ salt)
        var random = SplitMix64(seed: Self.dataSeed ^ salt)
        let place = Dictionary(places.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        // A month of the period has passed: there has been time to learn something.
        let monthAgo = today.adding(days: -30).isoString
        let begun = periods.filter { $0.startsOn <= monthAgo }.sorted { ($0.startsOn, $0.id!.uuidString) < ($1.startsOn, $1.id!.uuidString) }
        let own = begun.last { $0.$client.id == clientUserID }
        var chosen = own.map { [$0] } ?? []
        var seen = Set(chosen.map { $0.$client.id })
        for period in begun.reversed() where chosen.count < others + (own == nil ? 0 : 1) && !seen.contains(period.$client.id) {
            chosen.append(period)
            seen.insert(period.$client.id)
        }
        var achievements: [Achievement] = []
        for period in chosen {
            guard let at = place[period.$place.id], let start = LocalDate(isoString: period.startsOn) else { continue }
            let coach = coachByProvider[at.$provider.id] ?? worker
            let gainedBy = { (days: Int) in min(today, start.adding(days: days)) }
            let passport = record(period, .hygienePassport, gainedOn: gainedBy(random.int(in: 14...28)),
                                  grantedBy: "Ruokavirasto, hygieniaosaamistesti", author: coach, ids: &ids)
            achievements.append(passport)
            if random.chance(0.5) {
                let card = record(period, .occupationalSafetyCard, gainedOn: gainedBy(random.int(in: 20...30)),
                                  grantedBy: "Työturvallisuuskeskus TTK", author: coach, ids: &ids)
                card.validUntil = LocalDate(isoString: card.gainedOn)!.adding(months: 60).isoString
                achievements.append(card)
            }
            let certificate = record(period, .competenceCertificate, gainedOn: gainedBy(30), grantedBy: at.name, author: coach, ids: &ids)
            certificate.details = at.learning.isEmpty ? "Työelämätaidot: täsmällisyys, yhteistyö ja ohjeiden mukaan toimiminen." : at.learning
            achievements.append(certificate)
        }
        return achievements
    }

    private func record(_ period: Period, _ kind: AchievementKind, gainedOn: LocalDate, grantedBy: String, author: UUID,
                        ids: inout SplitMix64) -> Achievement {
        let achievement = Achievement()
        achievement.id = ids.uuid()
        achievement.$client.id = period.$client.id
        achievement.$period.id = period.id
        achievement.kind = kind
        achievement.gainedOn = gainedOn.isoString
        achievement.grantedBy = grantedBy
        achievement.$author.id = author
        achievement.version = 1
        return achievement
    }
}
