import Foundation
import Testing
import TiesTestSupport
import TiesWorkflow

/// End to end: the built executable on every fixture export, compared with its golden
/// outputs. The cases are the folders of `fixtures/expected/`; adding a case is adding a
/// folder (see docs/architecture.md, "Tests").
struct GoldenTests {
  /// Folders of `fixtures/exports/` with no golden of their own, and folders of
  /// `fixtures/expected/` with no export, each with the reason. Anything else unpaired fails
  /// `everyExportHasAGolden` or `everyGoldenHasAnExport`.
  static let unpaired: [String: String] = [
    // Exports other tests read as a second form of a case that has its golden.
    "facebook-twin-json":
      "the JSON twin of facebook-twin-html (scripts/make-twin-exports); TwinExportTests "
      + "checks both give the same people",
    "instagram-twin-json":
      "the JSON twin of instagram-twin-html (scripts/make-twin-exports); TwinExportTests "
      + "checks both give the same people",
    "zip-instagram-parts":
      "instagram-2025 zipped in two parts (scripts/make-zip-fixtures); ZipCommandTests "
      + "compares it with instagram-2025's golden",
    "zip-whatsapp":
      "whatsapp-ios-crlf as a zip inside a zip (scripts/make-zip-fixtures); ZipCommandTests "
      + "compares it with whatsapp-ios-crlf's golden",
    "zip-phone-google":
      "google-takeout-2023 and sms-backup-2024 as downloaded zips; ZipCommandTests "
      + "compares it with those folders read together",
    "telegram-zip":
      "a single-chat result.json and a two-page HTML chat zipped (scripts/make-telegram-"
      + "fixtures); TelegramFixtureTests checks the members read like files",
    // Not one export.
    "reciprocity":
      "one folder per reciprocity case (scripts/make-reciprocity-cases), each analyzed on "
      + "its own by ReciprocityCaseTests",
    // Yearless headers are dated back from the file's modification time, which git does not
    // keep: a golden would depend on the checkout's date.
    "whatsapp-day-month-no-year":
      "year-less headers, dated from the file's mtime: WhatsAppPitfallTests sets it first",
    "whatsapp-month-day-no-year":
      "year-less headers, dated from the file's mtime: WhatsAppPitfallTests sets it first",
    // Goldens with no export on disk.
    "whatsapp-every-format":
      "people.csv of one chat rendered in every WhatsApp header format; "
      + "WhatsAppEveryFormatTests writes the exports and compares",
  ]

  static let cases = GoldenCatalog.caseNames.filter { unpaired[$0] == nil }

  /// The exports the cases read (a case that cannot say fails `everyGoldenHasAnExport`).
  static func coveredExports() -> Set<String> {
    cases.reduce(into: Set<String>()) { covered, name in
      if let item = try? GoldenCatalog.checkCase(name) {
        covered.formUnion(GoldenCatalog.exports(of: item))
      }
    }
  }

  @Test(arguments: cases)
  func matchesGoldenFiles(_ name: String) async throws {
    await Golden.run(try GoldenCatalog.checkCase(name))
  }

  @Test func everyGoldenHasAnExport() {
    for name in Self.cases {
      do { _ = try GoldenCatalog.checkCase(name) } catch { Issue.record("\(error)") }
    }
  }

  @Test func everyExportHasAGolden() {
    let covered = Self.coveredExports()
    let missing = GoldenCatalog.exportNames.filter {
      !covered.contains($0) && Self.unpaired[$0] == nil
    }
    #expect(
      missing.isEmpty,
      """
      fixtures/exports without a golden: \(missing.joined(separator: ", ")). Record one \
      (mkdir fixtures/expected/<name>; RECORD_GOLDEN=1 swift test --skip-build --filter \
      GoldenTests), or list it in GoldenTests.unpaired with the reason.
      """)
  }

  /// An entry for a folder that is gone or now paired would hide the next unpaired one.
  @Test func theAllowListNamesOnlyUnpairedFolders() {
    let covered = Self.coveredExports()
    let exports = Set(GoldenCatalog.exportNames)
    let goldens = Set(GoldenCatalog.caseNames)
    for name in Self.unpaired.keys.sorted() {
      let unpairedExport =
        exports.contains(name) && !goldens.contains(name)
        && !covered.contains(name)
      let unpairedGolden = goldens.contains(name) && !exports.contains(name)
      #expect(
        unpairedExport || unpairedGolden,
        "GoldenTests.unpaired lists \(name), which is missing or has both export and golden")
    }
  }
}
