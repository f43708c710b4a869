// swift-tools-version:6.0
import PackageDescription

// The targets follow the pipeline: text -> normalize -> (parse -> model -> validate/check).
// A stage depends only on earlier stages; executables are thin wrappers over `PlanCLI`.
let package = Package(
  name: "kehoach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kehoach", targets: ["kehoach"]),
    .executable(name: "kehoach-tables", targets: ["kehoach-tables"]),
    .executable(name: "kehoach-bench", targets: ["kehoach-bench"]),
    .library(name: "PlanNormalize", targets: ["PlanNormalize"]),
    .library(name: "PlanModel", targets: ["PlanModel"]),
  ],
  targets: [
    .target(name: "PlanText"),
    .target(name: "PlanModel"),
    .target(name: "PlanParse", dependencies: ["PlanModel", "PlanNormalize", "PlanText"]),
    .target(
      name: "PlanExtract", dependencies: ["PlanParse", "PlanModel", "PlanNormalize", "PlanText"]),
    .target(
      name: "PlanNormalize",
      dependencies: ["PlanText"],
      resources: [.copy("Tables")]
    ),
    .target(name: "PlanTables", dependencies: ["PlanNormalize", "PlanText"]),
    .target(
      name: "PlanValidate",
      dependencies: ["PlanText"],
      resources: [.copy("Resources/MetaSchemas"), .copy("../../Schemas")]
    ),
    .target(
      name: "PlanCheck",
      dependencies: ["PlanModel", "PlanNormalize", "PlanText", "PlanValidate"]
    ),
    .target(
      name: "PlanCLI",
      dependencies: [
        "PlanNormalize", "PlanTables", "PlanText", "PlanExtract", "PlanModel", "PlanValidate",
        "PlanCheck",
      ]
    ),
    .executableTarget(name: "kehoach", dependencies: ["PlanCLI"]),
    .executableTarget(name: "kehoach-tables", dependencies: ["PlanCLI"]),
    .executableTarget(name: "kehoach-bench", dependencies: ["PlanCLI"]),
    .target(
      name: "PlanTestSupport",
      dependencies: ["PlanText", "PlanNormalize", "PlanParse", "PlanExtract", "PlanModel"],
      path: "Tests/PlanTestSupport"
    ),
    .testTarget(name: "PlanTextTests", dependencies: ["PlanText", "PlanTestSupport"]),
    .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "PlanTestSupport"]),
    .testTarget(
      name: "PlanExtractTests",
      dependencies: [
        "PlanExtract", "PlanParse", "PlanModel", "PlanNormalize", "PlanText", "PlanTestSupport",
      ]
    ),
    .testTarget(
      name: "PlanParseTests",
      dependencies: ["PlanParse", "PlanModel", "PlanNormalize", "PlanTestSupport"]
    ),
    .testTarget(
      name: "PlanNormalizeTests",
      dependencies: ["PlanNormalize", "PlanText", "PlanTestSupport"]
    ),
    .testTarget(
      name: "PlanTablesTests",
      dependencies: ["PlanTables", "PlanNormalize", "PlanTestSupport"]
    ),
    .testTarget(
      name: "PlanValidateTests",
      dependencies: ["PlanValidate", "PlanTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "PlanCheckTests",
      dependencies: ["PlanCheck", "PlanModel", "PlanTestSupport"]
    ),
    .testTarget(
      name: "PlanCLITests",
      dependencies: ["PlanCLI", "PlanTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
