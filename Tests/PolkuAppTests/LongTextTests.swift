import Fluent
import Foundation
@testable import PolkuApp
import PolkuDomain
import SQLKit
import Vapor
import XCTest

/// Nothing typed is lost (issue 10, item 2). Every form's longest texts (`LongTextForm`), in letters of two and
/// three bytes that a browser sends as six and nine, with line breaks as CR LF, go through the real HTTP server in
/// many pieces, pass the CSRF check whole and are saved as typed; one letter more in every text comes back as 422
/// naming each field with every letter still in it, and nothing is saved.
final class LongTextTests: XCTestCase {
    func testClientTeamAndMeetingFormsTakeTheirLongestTexts() async throws {
        for form in LongTextForm.clients { try await check(form) }
    }

    func testPathFormsTakeTheirLongestTexts() async throws {
        for form in LongTextForm.path { try await check(form) }
    }

    func testPlacementAndFeedbackFormsTakeTheirLongestTexts() async throws {
        for form in LongTextForm.placement { try await check(form) }
    }

    func testAdministratorsFormsTakeTheirLongestTexts() async throws {
        for form in LongTextForm.admin { try await check(form) }
    }

    /// No body a form can take comes near the limit: every form's most texts at their limits, in four-byte letters
    /// (twelve bytes each as a browser sends them), fit in `FormBody.maxBytes` twice over (decision 96).
    func testEveryFormsLongestBodyFitsInTheLimitTwice() async throws {
        var largest = (label: "", bytes: 0)
        for form in LongTextForm.all {
            // The texts, and 4 kB for the other fields, the token and the separators.
            let bytes = (form.most ?? form.texts).reduce(4096) { $0 + $1.name.browserFormEncoded.utf8.count + 2 + 12 * $1.limit }
            XCTAssertLessThanOrEqual(2 * bytes, FormBody.maxBytes, "\(form.label): \(bytes) bytes")
            if bytes > largest.bytes { largest = (form.label, bytes) }
        }
        XCTAssertGreaterThan(largest.bytes, FormBody.maxBytes / 4, "\(largest.label) is the largest form; the limit is not far beyond it")
        try await withApp { app, _ in XCTAssertEqual(app.routes.defaultMaxBodySize.value, FormBody.maxBytes) }
    }

    /// A text pasted far over every limit makes a body over `FormBody.maxBytes` (decision 98): the answer is 413 in the
    /// user's language with the field named and the text as far as it arrived, nothing is saved, and the same
    /// connection goes on.
    func testABodyOverTheLimitComesBackWithItsTextAndNothingIsSaved() async throws {
        try await withApp { app, world in
            let path = "/clients/\(world.joensuuClient.id!)/referrals"
            // Six bytes a letter as a browser sends it: 100 kB over the limit.
            let pasted = String(repeating: "ä", count: (FormBody.maxBytes + 100_000) / 6)
            try await LiveServer.with(app) { server in
                let worker = try await LiveUser.signedIn(server, email: world.user(.socialWorker).email)
                for language in Language.allCases {
                    _ = try await worker.send(.GET, "/language/\(language.rawValue)")
                    let answer = try await worker.postAsBrowser(path, fields: [("urgency", "urgent"), ("consentToShare", "on"), ("reason", pasted)])
                    XCTAssertEqual(answer.status, .payloadTooLarge, String(answer.body.prefix(500)))
                    XCTAssertTrue(answer.body.contains(Texts(language: language)[.errorTooLargeTitle].htmlEscaped), "\(language)")
                    XCTAssertTrue(answer.body.contains(#"data-qa="error-reason""#))
                    XCTAssertTrue(answer.body.contains(#"data-qa="kept-urgency""#))
                    XCTAssertFalse(answer.body.contains(#"data-qa="kept-_csrf""#))
                    // Without a Referer the way back is the front page.
                    XCTAssertTrue(answer.body.contains(#"<a href="/" class="button" data-qa="too-large-back">"#))
                    // The reason as far as it arrived: all of the limit but the fields before it, and no broken letter.
                    let kept = try XCTUnwrap(Self.kept("reason", in: answer.body))
                    XCTAssertEqual(Set(kept), ["ä"])
                    XCTAssertGreaterThan(kept.count, (FormBody.maxBytes - 1024) / 6)
                }
                let none = try await Referral.query(on: app.db).count()
                XCTAssertEqual(none, 0)
                let longest = String(pasted.prefix(ReferralInput.maxReasonLength))
                let saved = try await worker.postAsBrowser(path, fields: [("urgency", "urgent"), ("consentToShare", "on"), ("reason", longest)])
                XCTAssertEqual(saved.status, .seeOther)
                let stored = try await Referral.query(on: app.db).first()
                XCTAssertEqual(stored?.reason, longest)
            }
        }
    }

    /// Whatever else is over the limit is a plain 413 in the user's language, never a 500: a body without the form's
    /// token (nothing of it is shown), one that is not a form, the API's JSON; a wrong token is still 403.
    func testOtherBodiesOverTheLimitAreA413InTheUsersLanguage() async throws {
        try await withApp { app, world in
            let path = "/clients/\(world.joensuuClient.id!)/referrals"
            let pasted = String(repeating: "ö", count: (FormBody.maxBytes + 10_000) / 6)
            let fields = [("urgency", "urgent"), ("consentToShare", "on"), ("reason", pasted)]
            // Two bytes a letter in JSON.
            let inJSON = String(repeating: "ö", count: (FormBody.maxBytes + 10_000) / 2)
            try await LiveServer.with(app) { server in
                let worker = try await LiveUser.signedIn(server, email: world.user(.socialWorker).email)
                _ = try await worker.send(.GET, "/language/sv")
                let sv = Texts(language: .sv)
                let noToken = try await worker.postAsBrowser(path, fields: fields, csrf: false)
                XCTAssertEqual(noToken.status, .payloadTooLarge)
                XCTAssertTrue(noToken.body.contains(sv[.errorTooLargeTitle]))
                XCTAssertTrue(noToken.body.contains(sv(.errorTooLargeText, ["max": "\(FormBody.maxMegabytes)"])))
                XCTAssertFalse(noToken.body.contains("ööööö"), "nothing sent without the token is shown")
                let wrongToken = try await worker.postAsBrowser(path, fields: [("_csrf", "wrong")] + fields, csrf: false)
                XCTAssertEqual(wrongToken.status, .forbidden)
                XCTAssertFalse(wrongToken.body.contains("ööööö"))
                let json = try await worker.send(.POST, path, body: #"{"reason": ""# + inJSON + #""}"#, contentType: .json)
                XCTAssertEqual(json.status, .payloadTooLarge)
                XCTAssertTrue(json.body.contains(sv[.errorTooLargeTitle]))

                let api = try await LiveUser.withToken(server, email: world.user(.socialCounsellor).email)
                let body = #"{"clientId": "\#(world.joensuuClient.id!)", "urgency": "normal", "consentToShare": true, "reason": ""# + inJSON + #""}"#
                let problem = try await api.send(.POST, "/api/v1/referrals", body: body, contentType: .json)
                XCTAssertEqual(problem.status, .payloadTooLarge)
                XCTAssertEqual(problem.headers.contentType?.description.hasPrefix("application/problem+json"), true)
                XCTAssertEqual(problem.json["detail"] as? String, Texts(language: .fi)(.errorTooLargeText, ["max": "\(FormBody.maxMegabytes)"]))
            }
            // In one piece (the in-process client) as well as streamed.
            let browser = try await TestBrowser.signedIn(app, email: world.user(.socialCounsellor).email)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            headers.replaceOrAdd(name: .cookie, value: try XCTUnwrap(browser.cookie))
            let body = ([("_csrf", try XCTUnwrap(browser.csrf))] + fields).map { "\($0.0.browserFormEncoded)=\($0.1.browserFormEncoded)" }.joined(separator: "&")
            try await app.test(.POST, path, headers: headers, beforeRequest: { req async throws in req.body = ByteBuffer(string: body) }) { whole async throws in
                XCTAssertEqual(whole.status, .payloadTooLarge)
                XCTAssertTrue(whole.body.string.contains(#"data-qa="error-reason""#))
            }
            let none = try await Referral.query(on: app.db).count()
            XCTAssertEqual(none, 0)
        }
    }

    /// A body cut at the limit ends anywhere: inside a letter, an escape or a field's name.
    func testACutBodyIsReadAsFarAsItArrived() {
        func fields(_ body: String) -> [String] { ReceivedFields(ByteBuffer(string: body)).fields.map { "\($0.name)=\($0.value)" } }
        XCTAssertEqual(fields("a=%C3%A4+b&reason=%C3%A4%C3%B6"), ["a=ä b", "reason=äö"])
        XCTAssertEqual(fields("reason=%C3%A4%C3"), ["reason=ä"])
        XCTAssertEqual(fields("reason=%C3%A4%C"), ["reason=ä"])
        XCTAssertEqual(fields("reason=%C3%A4%"), ["reason=ä"])
        XCTAssertEqual(fields("reason=%E2%82%AC%E2%82"), ["reason=€"])
        XCTAssertEqual(fields("a=1&rea"), ["a=1", "rea="])
        XCTAssertEqual(fields("a=%ZZ&&b=%FF"), ["a=%ZZ", "b=\u{FFFD}"])
        XCTAssertEqual(FormBody.lineBreaksAsLF(Array("a=1%0D%0A2%0d%0a3%0D4".utf8)).map { String(decoding: $0, as: UTF8.self) }, "a=1%0A2%0A3%0D4")
        XCTAssertNil(FormBody.lineBreaksAsLF(Array("a=1%0A2".utf8)))
    }

    /// The text of a read-only text area on the 413 page.
    private static func kept(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: #"data-qa="kept-\#(name)">"#), let end = html.range(of: "</textarea>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// One form: one letter too many in every text, then the longest texts.
    private func check(_ form: LongTextForm, file: StaticString = #filePath, line: UInt = #line) async throws {
        try await withApp { app, world in
            let (path, fields) = try await form.prepare(app, world)
            try await LiveServer.with(app) { server in
                let user = try await LiveUser.signedIn(server, email: world.user(form.role).email)
                let longest = LongTexts.make(form.texts, extra: 0), over = LongTexts.make(form.texts, extra: 1)
                let before = try await StoredText.read(form.tables, on: app.db)

                let refused = try await user.postAsBrowser(path, fields: LongTexts.fields(fields, form.texts, over))
                XCTAssertEqual(refused.status, .unprocessableEntity, "\(form.label): \(refused.body.prefix(600))", file: file, line: line)
                for (field, text) in zip(form.texts, over) {
                    XCTAssertTrue(refused.body.contains(#"data-qa="error-\#(field.name)""#), "\(form.label): \(field.name) is named", file: file, line: line)
                    XCTAssertTrue(refused.body.contains(text.read.htmlEscaped), "\(form.label): \(field.name) comes back as typed", file: file, line: line)
                }
                let after = try await StoredText.read(form.tables, on: app.db)
                XCTAssertEqual(after.rows, before.rows, "\(form.label): nothing is saved", file: file, line: line)
                for (field, text) in zip(form.texts, over) where after.contains(text.read) {
                    XCTFail("\(form.label): \(field.name) was saved one letter too long", file: file, line: line)
                }

                let saved = try await user.postAsBrowser(path, fields: LongTexts.fields(fields, form.texts, longest))
                XCTAssertEqual(saved.status, .seeOther, "\(form.label): \(saved.body.prefix(1500))", file: file, line: line)
                let stored = try await StoredText.read(form.tables, on: app.db)
                for (field, text) in zip(form.texts, longest) {
                    XCTAssertTrue(stored.contains(text.read), "\(form.label): \(field.name) is saved whole", file: file, line: line)
                }
            }
        }
    }
}

/// Texts of an exact length as the server counts it, each field in a letter of its own.
enum LongTexts {
    struct Typed {
        /// As the browser sends it: line breaks as CR LF.
        var sent: String
        /// As it is read, shown and stored: line breaks as LF, each one letter.
        var read: String
    }

    static func make(_ texts: [LongTextForm.Text], extra: Int) -> [Typed] {
        texts.enumerated().map { index, field in text(field.control, letter: 0x101 + 2 * UInt32(index), length: field.limit + extra) }
    }

    /// The other fields and the texts, in a browser's order: the texts last, as a long text is usually typed last.
    static func fields(_ other: [String: String], _ texts: [LongTextForm.Text], _ typed: [Typed]) -> [(String, String)] {
        other.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + zip(texts, typed).map { ($0.name, $1.sent) }
    }

    /// A lower-case letter of Latin Extended-A (two bytes) with a euro sign (three) every seventh; a text area has a
    /// line break every fiftieth, never first or last.
    static func text(_ control: LongTextForm.Text.Control, letter: UInt32, length: Int) -> Typed {
        let own = Character(Unicode.Scalar(letter)!)
        switch control {
        case .phone:
            let digits = "+358" + String((0..<max(0, length - 4)).map { Character("\($0 % 10)") })
            return Typed(sent: digits, read: digits)
        case .email:
            let domain = "@ä.fi"
            let address = String(repeating: own, count: length - domain.count) + domain
            return Typed(sent: address, read: address)
        case .input, .textarea:
            var read = ""
            for i in 0..<length {
                if control == .textarea, i % 50 == 49, i != length - 1 { read.append("\n") }
                else if i % 7 == 3 { read.append("€") }
                else { read.append(own) }
            }
            return Typed(sent: read.replacingOccurrences(of: "\n", with: "\r\n"), read: read)
        }
    }
}

/// Every text cell of some tables, to find a text in whatever column (or JSON inside one) it was saved.
struct StoredText {
    var rows = 0
    var cells: [String] = []

    static func read(_ tables: [String], on db: any Database) async throws -> StoredText {
        var stored = StoredText()
        for table in tables {
            let rows = try await (db as! any SQLDatabase).raw("SELECT * FROM \(ident: table)").all()
            stored.rows += rows.count
            for row in rows {
                for column in row.allColumns { if let text = try? row.decode(column: column, as: String.self) { stored.cells.append(text) } }
            }
        }
        return stored
    }

    func contains(_ text: String) -> Bool {
        let json = (try? JSONEncoder().encode(text)).map { String(decoding: $0.dropFirst().dropLast(), as: UTF8.self) } ?? text
        return cells.contains { $0.contains(text) || $0.contains(json) }
    }
}
