import PolkuDomain
import Testing

/// Where a `next` or `returnTo` may send the browser (issue 10, item 3).
struct LocalRedirectTests {
    @Test(arguments: ["/", "/clients", "/clients?q=%C3%84ij%C3%A4l%C3%A4&page=2", "/clients/ABC#top", "/referrals?view=sent&state="])
    func localPathsAreKept(target: String) {
        #expect(LocalRedirect.path(target) == target)
    }

    @Test(arguments: [
        "", "clients", "https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example",
        "/\t/evil.example", "/\n/evil.example", "/%0D%0A".removingPercentEncodingForTest + "Set-Cookie: x=1",
        "/\r\nSet-Cookie: polku_session=attacker", "/ space", "/\u{7F}", "/\u{85}next", "/ä", "/a\\b", " /clients",
        "/" + String(repeating: "a", count: LocalRedirect.maxLength),
    ])
    func everythingElseIsRefused(target: String) {
        #expect(LocalRedirect.path(target) == nil)
    }

    @Test func absentIsNil() {
        #expect(LocalRedirect.path(nil) == nil)
    }
}

private extension String {
    /// "/%0D%0A" as the server sees it after decoding the query: "/\r\n".
    var removingPercentEncodingForTest: String { replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n") }
}
