extension Client {
    /// "Last First", as lists and page titles show a client.
    var fullName: String { "\(lastName) \(firstName)" }
}
