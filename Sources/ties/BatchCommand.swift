import ArgumentParser
import Foundation
import TiesAnalysis
import TiesImport
import TiesWorkflow

struct BatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Analyze many exports, each on its own, into one study folder.",
    discussion: """
      MANIFEST is a folder whose subfolders are the participants (folder name = id) or a CSV \
      with columns id,path (several rows for a participant with several parts; relative \
      paths are read from the CSV's folder). Each participant's outputs go to DIR/<id>/, the \
      combined tables to DIR/tables/<table>/<id>.csv (people, monthly, files, diagnostics, \
      participants; every row starts with participant_id), the run's summary with the time \
      per export to DIR/batch/. A broken export is recorded and the batch goes on.

      --shard INDEX/COUNT runs participants INDEX, INDEX+COUNT, … in id order: COUNT machines \
      with INDEX 0…COUNT-1 together make one run. --shard auto/COUNT takes INDEX from \
      JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (Slurm job array; \
      COUNT from SLURM_ARRAY_TASK_COUNT when omitted). Recipes: docs/scale.md.

      Exit codes: 0 all analyzed; 1 some participant failed; 2 the manifest is unusable.

      Examples:
        ties batch donations/ --out study
        ties batch manifest.csv --out study --jobs 4 --resume
        ties batch manifest.csv --out study --shard auto/16 --pseudonymize study.key
      """)

  @Argument(help: "A folder of participant folders, or an id,path CSV.")
  var manifest: String

  @Option(help: "Folder of the study's outputs (created if missing).")
  var out: String

  @Option(help: "Exports analyzed at once.")
  var jobs: Int = 1

  @Flag(help: "Skip participants whose output folder an earlier run finished.")
  var resume = false

  @Option(help: "Run only share INDEX of COUNT (from 0), or auto/COUNT from the scheduler.")
  var shard: String?

  @Option(
    help: ArgumentHelp(
      "Replace names, identities and paths by HMAC-SHA256 pseudonyms under this key.",
      valueName: "keyfile"))
  var pseudonymize: String?

  @OptionGroup(title: "Thresholds") var thresholds: ThresholdOptions

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
  }

  func run() async throws {
    let start = Date()
    let selected: [BatchManifest.Participant]
    let share: Shard
    let pseudonymizer: Pseudonymizer?
    do {
      share =
        try shard.map { try Shard.parse($0, environment: ProcessInfo.processInfo.environment) }
        ?? .whole
      selected = share.select(try BatchManifest.load(manifest).participants)
      pseudonymizer = try pseudonymize.map { try Pseudonymizer(keyFile: $0) }
    } catch {
      Terminal.error("ties: error: \(error)")
      throw ExitCodes.nothingToRead
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let analysis = ExportAnalysis(
      options: ImportOptions(jobs: max(1, cores / jobs)), settings: thresholds.settings,
      version: TiesCommand.version)
    let runner = BatchRunner(
      analysis: analysis, out: out, jobs: jobs, resume: resume, pseudonymizer: pseudonymizer,
      progress: Terminal.isInteractive ? Self.progress(start: start) : nil)
    let records = await runner.run(selected)
    let summary = BatchSummary(
      shard: share, records: records, seconds: Date().timeIntervalSince(start))
    do {
      try summary.write(to: out)
    } catch {
      Terminal.error("ties: error: cannot write to '\(out)': \(error.localizedDescription)")
      throw ExitCodes.cannotWrite
    }
    for failure in summary.failures {
      Terminal.error("ties: warning: \(failure.id): \(failure.reason ?? "failed")")
    }
    print(summary.line)
    if summary.failed > 0 { throw ExitCode(1) }
  }

  /// A progress line with the estimated time left, on a terminal only.
  static func progress(start: Date) -> @Sendable (Int, Int) -> Void {
    { done, total in
      let elapsed = Date().timeIntervalSince(start)
      let left = done == 0 ? 0 : elapsed / Double(done) * Double(total - done)
      Terminal.status(
        done == total
          ? nil : String(format: "participants: %d/%d, about %.0f s left", done, total, left))
    }
  }
}
