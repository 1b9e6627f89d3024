import Foundation
import Testing
import TiesWorkflow

/// `ties diff`: who is new or gone, who changed category, faded or turned one-sided, matched by
/// id and, when the id changed, by a shared identity.
struct RunDiffTests {
  static let header = "person_id,name,category,direction,strength,status,identities,reason"

  func output(_ rows: [String], totals: Int) -> RunOutput {
    RunOutput(
      people: CSVDocument(parsing: ([Self.header] + rows).joined(separator: "\n") + "\n"),
      links: nil, summary: ["totals.people": "\(totals)"])
  }

  @Test func changesOverAYearAreTold() {
    let old = output(
      [
        "p1,Ana,meaningful,both,90,active,whatsapp:name:Ana,calls every week",
        "p2,Bo,two-way,both,60,active,instagram:bo.b,both write",
        "p3,Cy,two-way,both,50,active,sms:phone:+1555,both write",
        "p4,Di,mutual,both,10,none,instagram:di,follows",
      ], totals: 4)
    let new = output(
      [
        "p1,Ana,two-way,both,55,fading,whatsapp:name:Ana,contact is fading",
        "p2,Bo,one-sided,outgoing,40,active,instagram:bo.b,only you write",
        "p9,Cy,two-way,both,52,active,sms:phone:+1555;whatsapp:name:Cy,both write",
        "p5,Ed,follower,incoming,0,none,instagram:ed,follows you",
      ], totals: 4)
    let diff = RunDiff.compare(old, new, strengthThreshold: 20)
    #expect(diff.added.map(\.name) == ["Ed"])
    #expect(diff.gone.map(\.name) == ["Di"])
    #expect(diff.categoryChanges.map(\.person.name) == ["Ana", "Bo"])
    #expect(diff.strengthMoves.map(\.person.name) == ["Ana", "Bo"])
    #expect(diff.faded.map(\.person.name) == ["Ana"])
    #expect(diff.turnedOneSided.map(\.person.name) == ["Bo"])
    #expect(diff.totals.isEmpty)
    let markdown = RunDiffMarkdown.render(diff, old: "a", new: "b")
    #expect(
      markdown.contains(
        "## Turned one-sided (1)\n\n- Bo: category two-way → one-sided\n  - was: both write\n  - now: only you write\n"
      ))
    #expect(markdown.contains("## Faded (1)\n\n- Ana: status active → fading"))
    #expect(!markdown.contains("- Cy"))
  }

  @Test func nothingChangedSaysSo() {
    let run = output(["p1,Ana,meaningful,both,90,active,whatsapp:name:Ana,r"], totals: 1)
    #expect(RunDiff.compare(run, run).isEmpty)
    #expect(
      RunDiffMarkdown.render(RunDiff.compare(run, run), old: "a", new: "b").hasSuffix(
        "Nothing changed.\n"))
  }
}

/// Shards split a study deterministically and their union is everyone, once.
struct ShardTests {
  @Test func sharesCoverEveryParticipantOnce() throws {
    let items = Array(0..<53)
    let shares = try (0..<4).map { try Shard.parse("\($0)/4", environment: [:]).select(items) }
    #expect(shares.flatMap { $0 }.sorted() == items)
    #expect(shares.map(\.count) == [14, 13, 13, 13])
  }

  @Test func schedulersGiveTheIndex() throws {
    #expect(
      try Shard.parse("auto/8", environment: ["JOB_COMPLETION_INDEX": "3"])
        == Shard(index: 3, count: 8))
    #expect(
      try Shard.parse(
        "auto", environment: ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "2"])
        == Shard(index: 1, count: 2))
    #expect(throws: Shard.Failure.self) { try Shard.parse("4/4", environment: [:]) }
    #expect(throws: Shard.Failure.self) { try Shard.parse("auto/4", environment: [:]) }
  }

  @Test func pseudonymsAreKeyedAndStable() {
    let a = Pseudonymizer(key: Array(repeating: 1, count: 32))
    let b = Pseudonymizer(key: Array(repeating: 2, count: 32))
    #expect(a.pseudonym("Ana Lee", kind: "name") == a.pseudonym("Ana Lee", kind: "name"))
    #expect(a.pseudonym("Ana Lee", kind: "name") != b.pseudonym("Ana Lee", kind: "name"))
    #expect(a.pseudonym("Ana Lee", kind: "name").count == "name-".count + 16)
  }
}
