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
    try Golden.check(produced: out, against: "zip-hostile", files: AnalyzeCommandTests.outputs)
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
    // (ties.sqlite.sql is the golden's dump of ties.sqlite, written by the test.)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != "ties.sqlite.sql" }
        .sorted() == AnalyzeCommandTests.written.sorted())
    let strict = try TiesExecutable.run([
      "analyze", "fixtures/exports/zip-hostile", "--out", out, "--strict",
    ])
    #expect(strict.status == 1)
  }
}
