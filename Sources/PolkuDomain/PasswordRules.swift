/// What a new password must be (issue 10, item 4; decision 88), as OWASP ASVS 2.1 asks: at least 12
/// characters, at most what bcrypt reads (72 bytes, so that nothing typed is silently ignored), and not one of
/// the passwords people pick first — a common word or keyboard run, perhaps with digits and signs around it,
/// or the account's own e-mail name.
public enum PasswordRules {
    public static let minLength = 12
    public static let maxBytes = 72

    public enum Problem: Equatable, Sendable {
        case tooShort, tooLong, common
    }

    public static func problem(with password: String, email: String = "") -> Problem? {
        if password.count < minLength { return .tooShort }
        if password.utf8.count > maxBytes { return .tooLong }
        if isCommon(password, email: email) { return .common }
        return nil
    }

    /// The password without digits, signs and case is a common word or a run of keys, repeats one character,
    /// or is (a part of) the e-mail's name; or the password is all digits.
    static func isCommon(_ password: String, email: String) -> Bool {
        let lowered = password.lowercased()
        if lowered.allSatisfy(\.isNumber) { return true }
        if Set(lowered).count <= 2 { return true }
        let letters = String(lowered.filter(\.isLetter))
        if letters.isEmpty || commonWords.contains(letters) { return true }
        if commonWords.contains(where: { $0.count >= 6 && letters.hasPrefix($0) && letters.count - $0.count <= 3 }) { return true }
        let name = email.lowercased().split(separator: "@").first.map { String($0.filter(\.isLetter)) } ?? ""
        if name.count >= 4, letters.contains(name) || name.contains(letters) { return true }
        return false
    }

    /// Words that lead the lists of leaked passwords, in English, Finnish and Swedish, with the keyboard runs.
    static let commonWords: Set<String> = [
        "password", "passw", "passwd", "pass", "salasana", "salis", "losenord", "lsenord", "qwerty", "qwertyuiop", "qwertz",
        "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "abc", "abcdef", "abcdefg", "abcdefgh", "abcd", "letmein",
        "welcome", "tervetuloa", "valkommen", "admin", "administrator", "root", "user", "login", "master", "secret",
        "salainen", "hemlig", "iloveyou", "rakastan", "jagalskardig", "monkey", "dragon", "football", "baseball", "jalkapallo",
        "jalkapallo", "jaakiekko", "hockey", "leijonat", "sunshine", "princess", "shadow", "superman", "batman", "trustno",
        "summer", "winter", "spring", "autumn", "kesa", "talvi", "kevat", "syksy", "sommar", "vinter", "hosten", "varen",
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesakuu", "heinakuu", "elokuu", "syyskuu", "lokakuu",
        "marraskuu", "joulukuu", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "friday", "maanantai", "perjantai", "suomi", "finland", "finska",
        "helsinki", "tampere", "turku", "oulu", "joensuu", "kuopio", "polku", "polkupolku", "kunta", "hyvinvointialue",
        "sosiaalityo", "change", "changeme", "vaihda", "vaihdasalasana", "default", "test", "testi", "testing", "demo",
        "guest", "vieras", "computer", "tietokone", "internet", "starwars", "pokemon", "minecraft", "whatever", "mikkihiiri",
        "kissa", "koira", "katt", "hund", "mummo", "aurinko", "sisu", "perkele", "moikka", "hei", "hello", "hejsan",
    ]
}
