// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Entente",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "EntenteGraph", targets: ["EntenteGraph"]),
        .library(name: "EntenteExtraction", targets: ["EntenteExtraction"]),
        .library(name: "EntenteRendering", targets: ["EntenteRendering"]),
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    ],
    targets: [
        .target(
            name: "EntenteGraph",
            dependencies: [.product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strict
        ),
        .target(
            name: "EntenteExtraction",
            dependencies: ["EntenteGraph", "Yams"],
            resources: [.copy("Resources/Lexicon")],
            swiftSettings: strict
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "EntenteStore",
            dependencies: ["EntenteGraph", "CSQLite"],
            swiftSettings: strict
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "EntenteRendering",
            dependencies: ["EntenteGraph", "CGraphviz", "Yams"],
            swiftSettings: strict
        ),
        .target(
            name: "EntenteServe",
            dependencies: [
                "EntenteGraph", "EntenteRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Web")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteGraph", "EntenteExtraction", "EntenteRendering", "EntenteStore", "EntenteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "entente-bench",
            dependencies: ["EntenteGraph"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "entente-bench-render",
            dependencies: ["EntenteGraph", "EntenteRendering"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "entente-bench-extraction",
            dependencies: ["EntenteExtraction", "EntenteGraph"],
            path: "Sources/entente-bench-extraction",
            swiftSettings: strict
        ),
        .testTarget(name: "EntenteGraphTests", dependencies: ["EntenteGraph"], swiftSettings: strict),
        .testTarget(name: "EntenteStoreTests", dependencies: ["EntenteStore"], swiftSettings: strict),
        .testTarget(
            name: "EntenteExtractionTests",
            dependencies: ["EntenteExtraction"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EntenteRenderingTests",
            dependencies: ["EntenteRendering", "EntenteExtraction"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EntenteServeTests",
            dependencies: ["entente", "EntenteServe", "EntenteGraph"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EntenteCLITests",
            dependencies: ["entente"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
