// swift-tools-version: 6.0
// libFuzzer harnesses for Entente's untrusted-input parsers. A separate package so the root
// package (and CI, which builds it) is unaffected. Build and run through scripts/fuzz.
import PackageDescription

let harnesses: [(name: String, dependencies: [String])] = [
    ("extractor", ["EntenteExtraction", "EntenteGraph"]),
    ("html", ["EntenteExtraction"]),
    ("jsonl", ["EntenteExtraction"]),
    ("jsonl-stream", ["EntenteExtraction"]),
    ("style", ["EntenteRendering"]),
    ("style-svg", ["EntenteRendering", "EntenteGraph"]),
    ("lexicon", ["EntenteExtraction"]),
    ("snapshot", ["EntenteGraph"]),
    ("snapshot-binary", ["EntenteGraph"]),
    ("graph-file", ["EntenteGraph"]),
]

let package = Package(
    name: "EntenteFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Entente", path: "..")],
    targets: [
        .target(name: "CFuzzDriver", path: "Sources/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"], path: "Sources/FuzzSupport"),
    ]
        + harnesses.map { harness in
            .executableTarget(
                name: "fuzz-\(harness.name)",
                dependencies: ["FuzzSupport"] + harness.dependencies.map { .product(name: $0, package: "Entente") },
                path: "Sources/\(harness.name)",
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        },
    swiftLanguageModes: [.v6]
)
