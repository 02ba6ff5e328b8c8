import Foundation
import PolkuDomain
import Testing

struct ReferralRulesTests {
    @Test func decisionsMoveForwardOnly() {
        let allowed = Set(ReferralState.allCases.flatMap { from in
            ReferralState.allCases.filter { from.mayMove(to: $0) }.map { "\(from.rawValue)→\($0.rawValue)" }
        })
        #expect(allowed == ["received→accepted", "received→returned", "received→queued", "queued→accepted", "queued→returned"])
        #expect(ReferralState.allCases.filter(\.isOpen) == [.received, .queued])
    }

    @Test func waitingRunsToTheFinalDecisionOrToToday() {
        let received = LocalDate(year: 2026, month: 2, day: 25)!
        let decided = LocalDate(year: 2026, month: 3, day: 3)!
        let today = LocalDate(year: 2026, month: 3, day: 20)!
        #expect(ReferralWaitingTime.days(receivedOn: received, decidedOn: decided, state: .accepted, today: today) == 6)
        #expect(ReferralWaitingTime.days(receivedOn: received, decidedOn: decided, state: .returned, today: today) == 6)
        // Queued: decided to wait, so the client still waits.
        #expect(ReferralWaitingTime.days(receivedOn: received, decidedOn: decided, state: .queued, today: today) == 23)
        #expect(ReferralWaitingTime.days(receivedOn: received, decidedOn: nil, state: .received, today: today) == 23)
        #expect(ReferralWaitingTime.days(receivedOn: today, decidedOn: nil, state: .received, today: received) == 0)
    }

    @Test(arguments: [
        ("Syy", false, true), ("Rivi 1\r\nRivi 2\tsarkain", false, true), (" \n\t ", false, false), (" \n ", true, true),
        ("", true, true), ("a\u{0000}", false, false), ("a\u{000B}", true, false), ("a\u{0085}", true, false),
        ("\u{00A0}\u{3000}", false, false), ("\u{FEFF}", false, true),
    ])
    func notesAllowLineBreaksButNoOtherControlCharacters(text: String, allowBlank: Bool, valid: Bool) {
        #expect(TextRules.isNote(text, allowBlank: allowBlank) == valid)
        // The contract's patterns say the same. JSON Schema reads them as ECMAScript does, where `$` is the end of
        // the text; ICU's `$` also matches before a final line terminator (U+000B, U+0085), so here the end is
        // spelled `\z` to read the pattern as a browser and a schema validator do.
        let pattern = allowBlank ? TextRules.optionalNotePattern : TextRules.notePattern
        #expect(pattern.hasSuffix("$"))
        #expect(TextRules.matches(text, String(pattern.dropLast()) + "\\z") == valid)
    }
}
