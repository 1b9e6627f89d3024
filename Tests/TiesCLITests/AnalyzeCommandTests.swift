import Foundation
import Testing
import TiesTestSupport

/// End to end: what `ties analyze` writes, beyond the goldens (GoldenTests).
struct AnalyzeCommandTests {
  /// The files `analyze` writes by default.
  static let written = [
    "report.md", "people.csv", "links.csv", "summary.json", "timeline.csv", "network.graphml",
    "report.html", "ties.sqlite",
  ]
  @Test func theReportSaysWhichExportsHoldOnlyYourMessages() throws {
    let out = try FixturePaths.temporaryFolder("owner-only")
    _ = try TiesExecutable.run([
      "analyze", "fixtures/exports/discord-2024", "fixtures/exports/whatsapp-android-24h", "--out",
      out,
    ])
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(report.contains("Discord's export holds only the messages you sent"))
    #expect(!report.contains("WhatsApp's export holds only"))
  }

  @Test func sameInputSameBytes() throws {
    let first = try FixturePaths.temporaryFolder("run1")
    let second = try FixturePaths.temporaryFolder("run2")
    _ = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", first])
    _ = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", second, "--jobs", "1"])
    for file in Self.written {
      let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
      let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
      #expect(a == b, "\(file)")
    }
  }

  @Test func peopleCSVHasTheDesignColumns() throws {
    let out = try FixturePaths.temporaryFolder("columns")
    _ = try TiesExecutable.run([
      "analyze", "fixtures/exports/demo", "--out", out, "--format", "csv",
    ])
    let header = try String(contentsOfFile: out + "/people.csv", encoding: .utf8).prefix {
      $0 != "\n"
    }
    let columns = header.split(separator: ",").map(String.init)
    for column in [
      "person_id", "name", "category", "direction", "strength", "layer", "status", "identities",
      "platforms", "first_contact", "last_contact",
    ] {
      #expect(columns.contains(column), "\(column)")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/report.md"))
  }

  @Test func noMessageTextInAnyOutput() throws {
    let out = try FixturePaths.temporaryFolder("privacy")
    _ = try TiesExecutable.run([
      "analyze", "fixtures/exports/instagram-2023", "fixtures/exports/whatsapp-android-24h",
      "--out", out,
    ])
    // Words that appear only inside messages of those fixtures.
    for secret in ["call me", "how are you", "Morning!"] {
      for file in Self.written {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
        #expect(
          bytes.range(of: Data(secret.utf8)) == nil, "\(file) contains message text '\(secret)'")
      }
    }
  }

  @Test func badFilesWarnCompilerStyleAndTheRunCompletes() throws {
    let out = try FixturePaths.temporaryFolder("bad")
    let result = try TiesExecutable.run(["analyze", "fixtures/exports/bad-files", "--out", out])
    #expect(result.status == 0)
    for name in [
      "empty.txt: warning: empty file", "binary.dat: warning: binary file", "notes.txt: warning:",
      "followers_1.json:@",
    ] {
      #expect(result.stderr.contains(name), "\(name)")
    }
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(report.contains("empty.txt"))
    #expect(report.contains("binary.dat"))
    // No progress line when stderr is not a terminal.
    #expect(!result.stderr.contains("reading files"))
  }

  @Test func strictTurnsWarningsIntoExitCodeOne() throws {
    let out = try FixturePaths.temporaryFolder("strict")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/bad-files", "--out", out, "--strict",
    ])
    #expect(result.status == 1)
  }

  @Test func exitCodes() throws {
    let out = try FixturePaths.temporaryFolder("codes")
    #expect(try TiesExecutable.run(["analyze", "no/such/folder", "--out", out]).status == 2)
    #expect(try TiesExecutable.run(["analyze", "fixtures/expected", "--out", out]).status == 2)
    #expect(
      try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", out, "--format", "pdf"])
        .status == 64)
    #expect(
      try TiesExecutable.run([
        "analyze", "fixtures/exports/demo", "--out", "/proc/ties-cannot-write",
      ]).status == 3)
  }

  /// The folder is there but a text output cannot be opened (a folder holds its name):
  /// exit 3 with the reason, the outputs before it written whole.
  @Test func anOutputThatCannotBeOpenedExitsThree() throws {
    let out = try FixturePaths.temporaryFolder("cannot-open")
    try FileManager.default.createDirectory(
      atPath: out + "/people.csv", withIntermediateDirectories: true)
    let result = try TiesExecutable.run(["analyze", "fixtures/exports/demo", "--out", out])
    #expect(result.status == 3)
    #expect(result.stderr.contains("ties: error: cannot write to '\(out)': "))
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(report.hasSuffix("docs/metrics.md.\n"))
  }

  @Test func helpAndVersion() throws {
    let help = try TiesExecutable.run(["analyze", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--gap-minutes"))
    #expect(help.stdout.contains("Examples"))
    let version = try TiesExecutable.run(["--version"])
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  /// Every threshold of analysis v2 is an option and lands in summary.json's settings.
  @Test func thresholdsAreOptionsAndRecorded() throws {
    let out = try FixturePaths.temporaryFolder("thresholds")
    let result = try TiesExecutable.run([
      "analyze", "fixtures/exports/reciprocity/hi-and-thanks", "--out", out, "--me", "Olive Owner",
      "--format", "csv,json", "--minimum-turns", "2", "--window-months", "6",
      "--reply-window-hours", "24", "--layer-thresholds", "30,10,3,1",
      "--strength-weights", "0.2,0.2,0.2,0.2,0.2",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
    for field in [
      "\"minimum_turns\": 2", "\"window_days\": 183", "\"reply_window_s\": 86400",
      "\"layer_weeks_per_year\": [", "\"intensity\": 0.200", "\"duplicates_merged\": 0",
      "\"end_kind\": \"none\"",
    ] {
      #expect(json.contains(field), "\(field)")
    }
    // Two turns are enough now: "hi" / "hi back" is judged.
    let people = try String(contentsOfFile: out + "/people.csv", encoding: .utf8)
    #expect(people.contains("Hal Hello,two-way"))
    let bad = try TiesExecutable.run([
      "analyze", "fixtures/exports/demo", "--out", out, "--strength-weights", "0.5,0.5,0.5,0,0",
    ])
    #expect(bad.status == 64)
  }
}
