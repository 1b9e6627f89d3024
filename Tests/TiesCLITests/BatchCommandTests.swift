import Foundation
import Testing
import TiesTestSupport

/// `ties batch` over a generated study of 52 small exports (one broken): shards as separate
/// processes make the same study as one run, --resume skips finished participants, DuckDB over
/// the tables agrees with the per-export summaries, and pseudonyms leave no input value behind.
@Suite(.serialized) struct BatchCommandTests {
  static let study: Result<String, any Error> = Result {
    let folder = try FixturePaths.temporaryFolder("study")
    let result = try Python.run(
      [FixturePaths.root.appendingPathComponent("scripts/make-batch-manifest").path, folder, "52"])
    guard result.status == 0 else { throw Python.Failure(message: result.stderr) }
    return folder
  }

  /// Every file under a folder, by relative path, leaving out the run summaries (timings).
  static func files(_ root: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let path = enumerator?.nextObject() as? String {
      guard !path.hasPrefix("batch/"), path != "batch",
        let data = FileManager.default.contents(atPath: root + "/" + path)
      else { continue }
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { result[path] = data }
    }
    return result
  }

  @Test func shardsRunAsSeparateProcessesMakeTheSingleRun() throws {
    let study = try Self.study.get()
    let single = try FixturePaths.temporaryFolder("single")
    let one = try TiesExecutable.run([
      "batch", study + "/manifest.csv", "--out", single, "--jobs", "2",
    ])
    #expect(one.status == 1, "one broken export fails the batch but not the others")
    #expect(one.stdout.contains("52 participants: 51 analyzed, 0 already done, 1 failed"))
    #expect(one.stderr.contains("p051: no supported export file found"))

    let sharded = try FixturePaths.temporaryFolder("sharded")
    // Three machines: a Kubernetes Indexed Job pod, a Slurm array task, a plain index.
    let shards: [(String, [String: String])] = [
      ("auto/3", ["JOB_COMPLETION_INDEX": "0"]),
      ("auto", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"]),
      ("2/3", [:]),
    ]
    let processes = try shards.map { shard, environment in
      let process = Process()
      process.executableURL = TiesExecutable.url
      process.arguments = ["batch", study + "/manifest.csv", "--out", sharded, "--shard", shard]
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    let a = try Self.files(single)
    let b = try Self.files(sharded)
    #expect(a.count > 51 * 5)
    #expect(Set(a.keys) == Set(b.keys))
    #expect(a.keys.filter { a[$0] != b[$0] }.sorted() == [])
    let summaries = try FileManager.default.contentsOfDirectory(atPath: sharded + "/batch").sorted()
    #expect(summaries == ["shard-0-of-3.json", "shard-1-of-3.json", "shard-2-of-3.json"])

    let again = try TiesExecutable.run([
      "batch", study + "/manifest.csv", "--out", sharded, "--resume",
    ])
    #expect(again.stdout.contains("52 participants: 0 analyzed, 51 already done, 1 failed"))
    #expect(try Self.files(sharded) == b)
  }

  static let hasDuckDB = (try? Python.run(["-c", "import duckdb"]).status) == 0

  // Reported as skipped, with the reason, where the Python duckdb package is missing.
  @Test(
    .enabled(
      if: hasDuckDB, "the Python duckdb package is missing (scripts/ensure-deps installs it)"))
  func duckDBOverTheTablesAgreesWithThePerExportSummaries() throws {
    let study = try Self.study.get()
    let out = try FixturePaths.temporaryFolder("duck")
    _ = try TiesExecutable.run(["batch", study + "/manifest.csv", "--out", out, "--jobs", "2"])
    var people = 0
    var messages = 0
    for id in try FileManager.default.contentsOfDirectory(atPath: out) where id.hasPrefix("p") {
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(id)/summary.json"))
      let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let totals = try #require(summary["totals"] as? [String: Any])
      people += try #require(totals["people"] as? Int)
      messages += try #require(totals["messages"] as? Int)
    }
    let query = """
      import duckdb, sys
      t = sys.argv[1] + '/tables/'
      people = duckdb.sql(f"select count(*) from read_csv('{t}people/*.csv', union_by_name=true)").fetchall()[0][0]
      totals = duckdb.sql(f"select sum(people), sum(messages), count(*) filter (where status = 'failed') from read_csv('{t}participants/*.csv', union_by_name=true)").fetchall()[0]
      print(people, totals[0], totals[1], totals[2])
      """
    let result = try Python.run(["-c", query, out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        == "\(people) \(people) \(messages) 1")
    #expect(people > 100)
  }

  @Test func aPseudonymizedBatchHoldsNoNameHandlePhoneEmailOrPath() throws {
    let study = try Self.study.get()
    let key = study + "/study.key"
    try Data((0..<32).map { UInt8($0 * 7 % 256) }).write(to: URL(fileURLWithPath: key))
    let out = try FixturePaths.temporaryFolder("pseudo")
    let result = try TiesExecutable.run([
      "batch", study + "/manifest.csv", "--out", out, "--pseudonymize", key,
    ])
    #expect(result.stdout.contains("51 analyzed"), "\(result.stderr)")
    let secrets = try String(contentsOfFile: study + "/secrets.txt", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(secrets.count > 300)
    let needles = secrets + [study, "exports/p0", "WhatsApp Chat with", "calls-2024"]
    var outputs = try Self.files(out)
    for (path, data) in try Self.files(out + "/batch") { outputs["batch/" + path] = data }
    #expect(outputs.count > 51 * 5)
    // Every output a participant gets is searched: the HTML, GraphML and database too.
    let perParticipant = [
      "report.md", "people.csv", "links.csv", "summary.json", "timeline.csv", "network.graphml",
      "report.html", "ties.sqlite",
    ]
    for number in 0..<51 {
      let id = "p" + String(format: "%03d", number)
      for file in perParticipant where outputs["\(id)/\(file)"] == nil {
        Issue.record("\(id)/\(file) was not written, so not searched")
      }
    }
    for (path, data) in outputs {
      for needle in needles where data.range(of: Data(needle.utf8)) != nil {
        Issue.record("\(path) holds '\(needle)'")
      }
    }
    // The same key gives the same pseudonyms: the tables still join across participants.
    let people = try String(contentsOfFile: out + "/tables/people/p000.csv", encoding: .utf8)
    #expect(people.contains("name-"))
  }
}
