import Foundation
import Testing
import TiesTestSupport

/// Zip archives read in place (scripts/make-zip-fixtures builds them from our unpacked
/// fixtures): the same people as the folders they were made from, and every broken or
/// hostile member accounted for.
struct ZipCommandTests {
  private func people(_ folder: String) throws -> String {
    try String(contentsOfFile: folder + "/people.csv", encoding: .utf8)
  }

  @Test func aDownloadInTwoPartsReadsAsOneTree() throws {
    let out = try FixturePaths.temporaryFolder("zip")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/zip-instagram-parts", "--out", out,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try people(out) == people(FixturePaths.expected("instagram-2025")))
    // The parts given one by one are still one download.
    let separate = try FixturePaths.temporaryFolder("zip")
    let parts = "fixtures/exports/zip-instagram-parts/instagram-olive-2025-part"
    _ = try TiesExecutable.run(["analyze", parts + "2.zip", parts + "1.zip", "--out", separate])
    #expect(try people(separate) == people(FixturePaths.expected("instagram-2025")))
  }

  @Test func aZipInsideAZipReadsLikeTheFolder() throws {
    let out = try FixturePaths.temporaryFolder("zip")
    let result = try TiesExecutable.run(["analyze", "fixtures/exports/zip-whatsapp", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(try people(out) == people(FixturePaths.expected("whatsapp-ios-crlf")))
  }

  @Test func hostileArchivesAreAccountedForAndNothingIsWritten() throws {
    let parent = try FixturePaths.temporaryFolder("zip")
    let out = parent + "/out"
    let result = try TiesExecutable.run(["analyze", "fixtures/exports/zip-hostile", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    // Its outputs are a golden case (GoldenTests); here, what is said and what is not written.
    for reason in [
      "escape.zip/../evil.txt: warning: unsafe name",
      "escape.zip//etc/passwd.txt: warning: unsafe name",
      "locked.txt: warning: encrypted", "bzip.txt: warning: compression method 12",
      "bomb.zip/a.txt: warning: expands", "bomb.zip/b.txt: warning: overlaps",
      "truncated.zip: warning: not a readable zip archive", "CRC-32 mismatch",
    ] {
      #expect(result.stderr.contains(reason), "\(reason)")
    }
    // Members are never extracted: the only files written are the reports.
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["out"])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        == AnalyzeCommandTests.written.sorted())
    let strict = try TiesExecutable.run([
      "analyze", "fixtures/exports/zip-hostile", "--out", out, "--strict",
    ])
    #expect(strict.status == 1)
  }

  /// A Takeout and a phone backup as the zips they are downloaded in read like the folders.
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
