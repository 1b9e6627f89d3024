import Foundation
import Testing
import TiesTestSupport

/// `--region`: the country a phone backup's national numbers belong to.
struct RegionOptionTests {
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
