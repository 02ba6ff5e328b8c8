// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "polku",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "polku", targets: ["polku"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/pointfreeco/swift-tagged.git", from: "0.10.0"),
    ],
    targets: [
        // Rules of the service: no framework, pure functions, fast tests.
        .target(name: "PolkuDomain"),
        // The web application: routes, models, migrations, views, middleware, commands.
        .target(
            name: "PolkuApp",
            dependencies: [
                "PolkuDomain",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Tagged", package: "swift-tagged"),
            ],
            resources: [
                .copy("Resources/openapi.json"),
                // Each capability's texts (decision 180); a new file is listed here too.
                .copy("Assessments/Assessments.texts.json"),
                .copy("Clients/Clients.texts.json"),
                .copy("Decisions/Decisions.texts.json"),
                .copy("Endings/Endings.texts.json"),
                .copy("Evaluations/Evaluations.texts.json"),
                .copy("Feedback/Feedback.texts.json"),
                .copy("Front/Front.texts.json"),
                .copy("Learning/Learning.texts.json"),
                .copy("Me/MyPages.texts.json"),
                .copy("Me/Path.texts.json"),
                .copy("Organizations/Organizations.texts.json"),
                .copy("Organizations/Organizers.texts.json"),
                .copy("Placement/Placement.texts.json"),
                .copy("Places/Places.texts.json"),
                .copy("Plans/Plans.texts.json"),
                .copy("Platform/Audit/Audit.texts.json"),
                .copy("Policies/Policies.texts.json"),
                .copy("Policies/Timings.texts.json"),
                .copy("Referrals/Referrals.texts.json"),
                .copy("Team/Team.texts.json"),
                .copy("Users/Users.texts.json"),
                .copy("WebKit/Localization/Errors.texts.json"),
                .copy("WebKit/Localization/Frame.texts.json"),
            ]
        ),
        .executableTarget(name: "polku", dependencies: ["PolkuApp"]),
        .testTarget(name: "PolkuDomainTests", dependencies: ["PolkuDomain"]),
        .testTarget(
            name: "PolkuAppTests",
            dependencies: [
                "PolkuApp",
                .product(name: "XCTVapor", package: "vapor"),
            ]
        ),
    ]
)
