/// How Polku shows a client's name, on every page and in every list: "Last First", the order lists are sorted in.
enum ClientName {
    static func display(firstName: String, lastName: String) -> String { "\(lastName) \(firstName)" }
}

extension Client {
    var fullName: String { ClientName.display(firstName: firstName, lastName: lastName) }
}
