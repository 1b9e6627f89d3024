import ArgumentParser
import Foundation
import TiesAnalysis
import TiesCore
import TiesImport

/// What the user tells ties about the inputs.
struct InputOptions: ParsableArguments {
  @Argument(help: "Export folders or files to read.")
  var paths: [String]

  @Option(name: .customLong("me"), help: "A name, handle or phone number you go by (repeatable).")
  var me: [String] = []

  @Option(help: "Day/month order of WhatsApp dates: dmy, mdy or ymd (inferred when omitted).")
  var dateOrder: String?

  @Option(help: "Time zone of naive local times, like Europe/Berlin (UTC when omitted).")
  var timezone: String?

  @Option(help: "Country of national phone numbers, like DE or US (inferred when omitted).")
  var region: String?

  @Option(help: "Files read at once.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  // Memory knobs, hidden: the defaults keep memory flat; tests set them tiny so that every
  // fixture also goes through the scratch files, and must give the same bytes.
  @Option(help: .hidden)
  var spillAfter: Int = ImportOptions.defaultSpillAfter

  @Option(help: .hidden)
  var sortRun: Int = Analyzer.defaultSortRunLength

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("give at least one export folder or file") }
    if let dateOrder, DateOrder(rawValue: dateOrder) == nil {
      throw ValidationError("--date-order takes dmy, mdy or ymd")
    }
    if let timezone, TimeZone(identifier: timezone) == nil {
      throw ValidationError("unknown time zone '\(timezone)'")
    }
    if let region, PhoneRegion.named(region) == nil {
      throw ValidationError("unknown region '\(region)'; give a country code like DE or US")
    }
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    guard spillAfter > 0, sortRun > 0 else {
      throw ValidationError("--spill-after and --sort-run must be positive")
    }
  }

  var importOptions: ImportOptions {
    var options = ImportOptions(
      me: me, dateOrder: dateOrder.flatMap(DateOrder.init),
      timeZone: timezone.flatMap { TimeZone(identifier: $0) },
      jobs: jobs, region: region.flatMap(PhoneRegion.named))
    options.spillAfter = spillAfter
    return options
  }

  /// Runs detection and import, printing progress and every diagnostic.
  func load() async throws -> ImportRun {
    do {
      let run = try await ImportPipeline.run(
        paths, options: importOptions, progress: Terminal.progress)
      for diagnostic in run.graph.diagnostics { Terminal.print(diagnostic) }
      return run
    } catch let failure as ExportWalker.Failure {
      Terminal.error("ties: error: \(failure)")
      throw ExitCodes.nothingToRead
    }
  }
}
