// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "ties",
  products: [
    .executable(name: "ties", targets: ["ties"]),
    .library(name: "TiesCore", targets: ["TiesCore"]),
    .library(name: "TiesImport", targets: ["TiesImport"]),
    .library(name: "TiesAnalysis", targets: ["TiesAnalysis"]),
    .library(name: "TiesReport", targets: ["TiesReport"]),
    .library(name: "TiesConfig", targets: ["TiesConfig"]),
    .library(name: "TiesWorkflow", targets: ["TiesWorkflow"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .target(name: "CByteScan"),
    .target(name: "TiesCore"),
    .target(name: "TiesImport", dependencies: ["TiesCore", "CLibXML2", "CZlib", "CByteScan"]),
    .target(name: "TiesAnalysis", dependencies: ["TiesCore"]),
    .target(name: "TiesReport", dependencies: ["TiesCore", "TiesAnalysis", "CSQLite"]),
    .target(
      name: "TiesConfig", dependencies: ["TiesCore", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "TiesWorkflow",
      dependencies: [
        "TiesCore", "TiesImport", "TiesAnalysis", "TiesReport", "TiesConfig", "CCrypto",
        "CSQLite",
      ]),
    .executableTarget(
      name: "ties",
      dependencies: [
        "TiesCore", "TiesImport", "TiesAnalysis", "TiesReport", "TiesConfig", "TiesWorkflow",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "ties-bench", dependencies: ["TiesCore", "TiesImport"], path: "Sources/TiesBench"),
    .target(name: "CFuzzDriver"),
    .executableTarget(
      name: "ties-fuzz",
      dependencies: [
        "TiesCore", "TiesImport", "TiesAnalysis", "TiesConfig", "CZlib", "CFuzzDriver",
      ],
      path: "Sources/TiesFuzz"
    ),
    .target(
      name: "TiesTestSupport", dependencies: ["TiesCore", "TiesWorkflow"],
      path: "Tests/TiesTestSupport"),
    .testTarget(name: "TiesCoreTests", dependencies: ["TiesCore", "TiesTestSupport"]),
    .testTarget(name: "TiesImportTests", dependencies: ["TiesImport", "TiesTestSupport"]),
    .testTarget(
      name: "TiesAnalysisTests", dependencies: ["TiesAnalysis", "TiesImport", "TiesTestSupport"]),
    .testTarget(
      name: "TiesReportTests",
      dependencies: ["TiesReport", "TiesAnalysis", "TiesImport", "TiesTestSupport"]),
    .testTarget(name: "TiesConfigTests", dependencies: ["TiesConfig", "TiesTestSupport"]),
    .testTarget(name: "TiesCLITests", dependencies: ["ties", "TiesTestSupport"]),
    .testTarget(name: "TiesWorkflowTests", dependencies: ["TiesWorkflow", "TiesTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
