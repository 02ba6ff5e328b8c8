/// The one rule for where Polku redirects to when the target comes from outside (`next` after sign-in,
/// `returnTo` after a language change): a path on this site and nothing else (issue 10, decision 85).
///
/// A target is kept only if it is a local path — one leading slash, not `//` or `/\` (which browsers read as
/// another host) — made of visible ASCII only. Control characters would split the `Location` header (a
/// `Set-Cookie` smuggled in after CR LF), and browsers drop tabs and newlines inside URLs, so `/\t/evil.example`
/// would leave the site; a backslash anywhere is refused for the same reason. Non-ASCII letters arrive
/// percent-encoded from every link Polku makes.
public enum LocalRedirect {
    public static let maxLength = 2_048

    /// `target` if it is safe to redirect to, else nil (the caller goes to its default page).
    public static func path(_ target: String?) -> String? {
        guard let target, target.utf8.count <= maxLength else { return nil }
        let bytes = Array(target.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        if bytes.count > 1, bytes[1] == UInt8(ascii: "/") || bytes[1] == UInt8(ascii: "\\") { return nil }
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") }) else { return nil }
        return target
    }
}
