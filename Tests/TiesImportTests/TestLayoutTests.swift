import Foundation
import Testing
import TiesTestSupport

/// Tests mirror Sources: each platform folder of `Sources/TiesImport/Platforms/`, and
/// `Readers`, `Detection` and `Archives`, has its tests in the folder of the same name here,
/// so a newcomer finds a reader's tests where the reader is.
struct TestLayoutTests {
  static let sources = FixturePaths.root.appendingPathComponent("Sources/TiesImport").path
  static let tests = FixturePaths.root.appendingPathComponent("Tests/TiesImportTests").path

  static func entries(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter {
      !$0.hasPrefix(".")
    }.sorted()
  }

  @Test func everySourceFolderHasItsTests() {
    let platforms = Self.entries(Self.sources + "/Platforms")
    #expect(platforms.count >= 10, "no platform folders under \(Self.sources)/Platforms")
    for folder in ["Archives", "Detection", "Readers"] + platforms.map({ "Platforms/" + $0 }) {
      #expect(
        Self.entries(Self.tests + "/" + folder).contains { $0.hasSuffix("Tests.swift") },
        "Sources/TiesImport/\(folder) has no tests in Tests/TiesImportTests/\(folder)")
    }
  }
}
