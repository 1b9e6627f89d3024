import Foundation
import Testing
import TiesTestSupport

/// End to end on phone backups and Google Takeout fixtures, compared with golden outputs.
struct PhoneAndGoogleGoldenTests {
  static let outputs = ["report.md", "people.csv", "links.csv", "summary.json"]
  static let cases = [
    "sms-backup-2024", "sms-calls-only", "sms-pitfalls", "google-takeout-2023",
    "google-hangouts-2014", "sms-home-region", "contacts-csv", "google-chat-no-users",
    "google-hangouts-2014-split",
  ]

  @Test(arguments: cases)
  func matchesGoldenFiles(_ name: String) async {
    await Golden.run(Golden.fixtureCase(name))
  }

  @Test func regionOptionNormalizesNationalNumbers() throws {
    let out = try FixturePaths.temporaryFolder("region")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/sms-2011-national", "--region", "DE", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let people = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
    #expect(people.contains("sms:phone:+4915123456789"))
    #expect(!result.stderr.contains("--region"))
    let bad = try TiesExecutable.run([
      "analyze", "fixtures/exports/sms-2011-national", "--region", "XX",
    ])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("unknown region 'XX'"))
  }
}

/// A Takeout and a phone backup as the zips they are downloaded in read like the folders.
struct PhoneAndGoogleZipTests {
  @Test func zippedTakeoutAndBackupReadLikeTheirFolders() throws {
    let zipped = try FixturePaths.temporaryFolder("zip")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/zip-phone-google", "--out", zipped, "--format", "csv",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let folders = try FixturePaths.temporaryFolder("unzipped")
    _ = try TiesExecutable.run([
      "analyze", "fixtures/exports/google-takeout-2023", "fixtures/exports/sms-backup-2024",
      "--out", folders, "--format", "csv",
    ])
    let a = try String(contentsOfFile: zipped + "/people.csv", encoding: .utf8)
    let b = try String(contentsOfFile: folders + "/people.csv", encoding: .utf8)
    #expect(a == b)
    #expect(a.split(separator: "\n").count == 20)  // a header and 19 people
  }
}
