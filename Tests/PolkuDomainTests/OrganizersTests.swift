import Foundation
import PolkuDomain
import Testing

struct OrganizersTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }

    private let county = OrganizerFacts(id: UUID(), scope: .region, municipalityCodes: ["167", "276", "090"], from: nil, until: nil)
    /// Heinävesi takes the service over from the county on 1.1.2027.
    private var heinavesi: OrganizerFacts {
        OrganizerFacts(id: UUID(uuidString: "00000000-0000-0000-0000-000000000090")!, scope: .ownMunicipality,
                       municipalityCodes: ["090"], from: day("2027-01-01"), until: nil)
    }

    @Test func theCountyServesAMunicipalityUntilTheDayBeforeItTakesOver() {
        let map = OrganizerMap([county, heinavesi])
        #expect(map.organizer(of: "090", on: day("2026-12-31"))?.id == county.id)
        #expect(map.organizer(of: "090", on: day("2027-01-01"))?.id == heinavesi.id)
        #expect(map.organizer(of: "090", on: day("2027-01-02"))?.id == heinavesi.id)
        #expect(map.organizer(of: "167", on: day("2027-01-01"))?.id == county.id)
    }

    @Test func theOrderOfTheOrganizersDoesNotChooseTheOrganizer() {
        #expect(OrganizerMap([heinavesi, county]).organizer(of: "090", on: day("2027-01-01"))?.id == heinavesi.id)
        #expect(OrganizerMap([heinavesi, county]).organizer(of: "090", on: day("2026-12-31"))?.id == county.id)
    }

    @Test func aMunicipalityWithoutAFirstDayOrganizesNothing() {
        var municipality = heinavesi
        municipality.from = nil
        #expect(!municipality.organizes(on: day("2030-01-01")))
        #expect(OrganizerMap([county, municipality]).organizer(of: "090", on: day("2030-01-01"))?.id == county.id)
    }

    @Test func aMunicipalityThatHandsTheServiceBackIsServedByTheCountyAgain() {
        var municipality = heinavesi
        municipality.until = day("2027-12-31")
        let map = OrganizerMap([county, municipality])
        #expect(map.organizer(of: "090", on: day("2027-12-31"))?.id == heinavesi.id)
        #expect(map.organizer(of: "090", on: day("2028-01-01"))?.id == county.id)
    }

    @Test func aCountyWhoseLastDayHasPassedServesNobody() {
        var ended = county
        ended.until = day("2026-12-31")
        let map = OrganizerMap([ended])
        #expect(map.organizer(of: "167", on: day("2026-12-31"))?.id == county.id)
        #expect(map.organizer(of: "167", on: day("2027-01-01")) == nil)
    }

    @Test func theCountysMunicipalitiesLeaveWithTheMunicipalityThatTookOver() {
        let map = OrganizerMap([county, heinavesi])
        #expect(map.municipalities(servedBy: county.id, on: day("2026-12-31")) == ["167", "276", "090"])
        #expect(map.municipalities(servedBy: county.id, on: day("2027-01-01")) == ["167", "276"])
        #expect(map.municipalities(servedBy: heinavesi.id, on: day("2026-12-31")) == [])
        #expect(map.municipalities(servedBy: heinavesi.id, on: day("2027-01-01")) == ["090"])
    }

    @Test func reachFollowsTheWorkersOrganizerOnTheDay() {
        let map = OrganizerMap([county, heinavesi])
        // A county-wide worker, and an area worker whose area holds Heinävesi.
        #expect(map.reach(within: ["167", "276", "090"], organizerID: county.id, on: day("2027-01-01")) == ["167", "276"])
        #expect(map.reach(within: ["090", "276"], organizerID: county.id, on: day("2026-12-31")) == ["090", "276"])
        #expect(map.reach(within: ["090"], organizerID: heinavesi.id, on: day("2027-01-01")) == ["090"])
        // Nobody organizes for the worker's organization: only what nobody organizes either.
        #expect(map.reach(within: ["090", "999"], organizerID: nil, on: day("2027-01-01")) == ["999"])
    }
}

struct OrganizerDocumentRulesTests {
    private func day(_ iso: String) -> LocalDate { LocalDate(isoString: iso)! }
    private let versions = ["2026-01-01", "2026-06-01"]

    @Test func theVersionInForceIsTheOneThatBeganLastOnOrBeforeTheDay() {
        func inForce(_ iso: String) -> String? {
            OrganizerDocumentRules.inForce(on: day(iso), among: versions, validFrom: { LocalDate(isoString: $0)! })
        }
        #expect(inForce("2025-12-31") == nil)
        #expect(inForce("2026-01-01") == "2026-01-01")
        #expect(inForce("2026-05-31") == "2026-01-01")
        #expect(inForce("2026-06-01") == "2026-06-01")
        #expect(inForce("2027-01-01") == "2026-06-01")
    }

    @Test func aNewVersionBeginsTomorrowAtTheEarliest() {
        let today = day("2026-05-28")
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-05-27"), current: nil, others: [], today: today) == [.beginsTooEarly])
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-05-28"), current: nil, others: [], today: today) == [.beginsTooEarly])
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-05-29"), current: nil, others: [], today: today).isEmpty)
    }

    @Test func aVersionIsChangedOnlyUntilItComesIntoForce() {
        let today = day("2026-05-28")
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-07-01"), current: day("2026-05-29"), others: [], today: today).isEmpty)
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-07-01"), current: day("2026-05-28"), others: [], today: today)
            == [.alreadyInForce])
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-07-01"), current: day("2026-05-27"), others: [], today: today)
            == [.alreadyInForce])
    }

    @Test func twoVersionsCannotBeginOnOneDay() {
        let today = day("2026-05-28")
        #expect(OrganizerDocumentRules.problems(validFrom: day("2026-07-01"), current: nil, others: [day("2026-07-01")], today: today)
            == [.sameDay])
    }
}
