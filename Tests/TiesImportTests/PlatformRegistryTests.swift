import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// A platform is whole only when it is in the registry, in the README's platform table and in
/// the fixtures: these fail when one of the three is forgotten.
struct PlatformRegistryTests {
  /// Platforms with no importer yet, each with the reason.
  static let notYetRead: [Platform: String] = [
    .generic: "the documented generic CSV schema has no reader yet"
  ]

  static var registered: [Platform] { PlatformRegistry.importers.map(\.platform) }

  @Test func everyPlatformIsRegisteredOnce() {
    #expect(Set(Self.registered).count == Self.registered.count)
    let expected = Set(Platform.allCases).subtracting(Self.notYetRead.keys)
    #expect(Set(Self.registered) == expected)
  }

  @Test(arguments: registered)
  func theReadmeTableHasARow(_ platform: Platform) throws {
    let readme = try String(
      contentsOf: FixturePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| ") }
    #expect(
      rows.contains {
        $0.hasPrefix("| \(platform.displayName) |") || $0.hasPrefix("| \(platform.displayName) (")
      })
  }

  @Test func theFixturesHoldEveryPlatform() throws {
    let folder = FixturePaths.root.appendingPathComponent("fixtures/exports").path
    let cases = try FileManager.default.contentsOfDirectory(atPath: folder)
    let entries = try ExportWalker().walk(cases.map { folder + "/" + $0 })
    let detected = Set(Detector().detect(entries).claimed.map(\.recognition.platform))
    #expect(detected.isSuperset(of: Self.registered))
  }
}
