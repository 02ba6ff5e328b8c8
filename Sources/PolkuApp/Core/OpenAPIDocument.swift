import Foundation

/// The API contract, `Resources/openapi.json`, read once.
enum OpenAPIDocument {
    static let json: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("openapi.json is missing from the app's resources")
        }
        return text
    }()
}
