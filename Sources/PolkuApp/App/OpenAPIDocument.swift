import Foundation
import PolkuDomain

/// The API contract. The hand-written `Resources/openapi.json` is completed when served with what
/// lives elsewhere as code or data: the exact identity-code pattern (from the domain) and the
/// organizer's municipality codes (from the database), so that the contract is as strict as the server.
enum OpenAPIDocument {
    private static let source: Data = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else {
            fatalError("openapi.json is missing from the app's resources")
        }
        return data
    }()

    private static var base: [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: source) as? [String: Any] else {
            fatalError("openapi.json is not a JSON object")
        }
        return object
    }

    /// The document as written, for tests that compare it with the routes.
    static var paths: [String: Any] { base["paths"] as? [String: Any] ?? [:] }

    static func render(municipalityCodes: [String]) throws -> Data {
        var document = base
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        if var code = schemas["PersonalIdentityCode"] as? [String: Any] {
            code["pattern"] = PersonalIdentityCode.exactPattern
            schemas["PersonalIdentityCode"] = code
        }
        for name in ["ClientInput", "ClientUpdate"] {
            guard var schema = schemas[name] as? [String: Any], var properties = schema["properties"] as? [String: Any],
                  var municipality = properties["municipalityCode"] as? [String: Any] else { continue }
            municipality.removeValue(forKey: "pattern")
            municipality["enum"] = municipalityCodes.isEmpty ? ["000"] : municipalityCodes
            properties["municipalityCode"] = municipality
            schema["properties"] = properties
            schemas[name] = schema
        }
        components["schemas"] = schemas
        document["components"] = components
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }
}
