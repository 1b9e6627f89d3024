import Foundation
import Testing
import TiesTestSupport
import TiesWorkflow

/// Every golden case again, with every interaction spilled to a scratch file as soon as it
/// is read and the analysis sorting its events in runs of two, with one job and with two
/// (files read in parallel, the run filed by person in two parts): the outputs must be the
/// same bytes as the goldens, which were recorded in memory (issue 16: same outputs for any
/// `--jobs`, and memory flat).
struct SpillGoldenTests {
  @Test(arguments: GoldenTests.cases, ["1", "2"])
  func spilledAndSortedOnDiskMatchesGolden(_ name: String, jobs: String) async throws {
    var item = try GoldenCatalog.checkCase(name)
    // Two jobs also file the run's events by person in two parts, in parallel.
    item.arguments += ["--spill-after", "1", "--sort-run", "2", "--jobs", jobs]
    let checker = CaseChecker(update: false, producer: Golden.executableProducer)
    let result = await checker.run(item)
    guard case .passed = result.outcome else {
      Issue.record(
        "\(name) with everything on disk, --jobs \(jobs), differs from its golden:\n\(result.text)")
      return
    }
  }

  /// With no scratch folder to write to, the records stay in memory: a warning, the same
  /// outputs, never a failed run.
  @Test func withoutAScratchFolderTheRunKeepsEverythingInMemory() throws {
    let out = try FixturePaths.temporaryFolder("no-scratch")
    let result = try TiesExecutable.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "TMPDIR=/nonexistent/ties-scratch", TiesExecutable.url(of: "ties").path, "analyze",
        FixturePaths.exports("whatsapp-group-de"), "--out", out, "--format", "csv",
        "--spill-after", "1", "--sort-run", "2",
      ], in: FixturePaths.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("cannot make a scratch file in /nonexistent/ties-scratch"))
    #expect(result.stderr.contains("interactions are kept in memory instead"))
    try Golden.check(produced: out, against: "whatsapp-group-de", files: ["people.csv"])
  }
}
