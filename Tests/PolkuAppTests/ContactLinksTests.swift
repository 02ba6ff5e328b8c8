@testable import PolkuApp
import XCTest

/// Issue 13, item 8: a phone or an e-mail is one tap away, and nothing typed bends the link.
final class ContactLinksTests: XCTestCase {
    func testPhoneNumbersAsTypedBecomeDialableLinks() {
        XCTAssertEqual(ContactLinks.telURL("040 123 4567"), "tel:0401234567")
        XCTAssertEqual(ContactLinks.telURL("+358 40 123-4567"), "tel:+358401234567")
        XCTAssertEqual(ContactLinks.telURL("(013) 123 456"), "tel:013123456")
        XCTAssertNil(ContactLinks.telURL("soita iltaisin"), "words are not a number")
        XCTAssertNil(ContactLinks.telURL("040 123 4567 tai 050 1"), "two numbers in one text are not one number")
        XCTAssertNil(ContactLinks.telURL("123"), "too short to dial")
        XCTAssertNil(ContactLinks.telURL("040123\"onclick=x"), "no markup or script through the link")
    }

    func testEmailAddressesBecomeMailtoLinksAndNothingElseDoes() {
        XCTAssertEqual(ContactLinks.mailtoURL("liisa.virta@example.fi"), "mailto:liisa.virta@example.fi")
        XCTAssertNil(ContactLinks.mailtoURL("liisa.virta@example.fi?cc=all@example.fi"), "no added recipients or headers")
        XCTAssertNil(ContactLinks.mailtoURL("javascript:alert(1)@x.fi"))
        XCTAssertNil(ContactLinks.mailtoURL("not an address"))
        XCTAssertNil(ContactLinks.mailtoURL("a@b@c.fi"))
    }

    func testFreeTextLinksEachNumberAndAddressAndKeepsTheRest() {
        let html = ContactLinks.free("Liisa Virta, 040 123 4567, liisa@example.fi").render()
        XCTAssertEqual(html, #"Liisa Virta, <a href="tel:0401234567" class="contact-link">040 123 4567</a>, "#
            + #"<a href="mailto:liisa@example.fi" class="contact-link">liisa@example.fi</a>"#)
        XCTAssertEqual(ContactLinks.contact(name: nil, phone: " ", email: nil).render(), "–")
    }
}
