import Foundation
import TiesCore
import TiesImport

MemoryPolicy.apply()

// Benchmark hooks, kept out of the `ties` command:
// - `ties-bench scan-csv FILE` (scripts/bench-csv) times the CSV reader alone: it splits every
//   record and field and prints the counts as JSON.
// - `ties-bench import [--jobs N] [--me NAME]... PATH...` (scripts/bench --mixed) reads the
//   inputs through the import pipeline only (detection, readers, merge, owner; no analysis,
//   no report) and prints the seconds and what each platform's files held as JSON, so each
//   reader's MB/s can be set beside a plain read of the same files.

func scanCSV(_ file: String) throws {
  var reader = CSVReader(path: file)
  var records = 0
  var fields = 0
  var fieldBytes = 0
  try reader.forEachRecord { record in
    records += 1
    fields += record.count
    for index in 0..<record.count { fieldBytes += record.raw(index).count }
  }
  print(
    "{\"bytes\": \(reader.bytesRead), \"records\": \(records), \"fields\": \(fields), "
      + "\"field_bytes\": \(fieldBytes)}")
}

/// Files, bytes and records one platform's readers took in.
struct PlatformTally {
  var files = 0
  var bytes = 0
  var records = 0
}

func importOnly(_ arguments: [String]) async throws {
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var me: [String] = []
  var inputs: [String] = []
  var rest = arguments[...]
  while let argument = rest.popFirst() {
    switch argument {
    case "--jobs":
      guard let value = rest.popFirst().flatMap(Int.init), value > 0 else { usage() }
      jobs = value
    case "--me":
      guard let value = rest.popFirst() else { usage() }
      me.append(value)
    default:
      inputs.append(argument)
    }
  }
  guard !inputs.isEmpty else { usage() }
  let clock = ContinuousClock()
  let start = clock.now
  let run = try await ImportPipeline.run(inputs, options: ImportOptions(me: me, jobs: jobs))
  let elapsed = clock.now - start
  let seconds =
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  var tallies: [String: PlatformTally] = [:]
  for file in run.graph.files {
    guard let platform = file.platform else { continue }
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    tallies[platform.rawValue, default: PlatformTally()].files += 1
    tallies[platform.rawValue, default: PlatformTally()].bytes += size
    tallies[platform.rawValue, default: PlatformTally()].records += file.records
  }
  let platforms = tallies.keys.sorted().map { name in
    let tally = tallies[name] ?? PlatformTally()
    return
      "\"\(name)\": {\"files\": \(tally.files), \"bytes\": \(tally.bytes), "
      + "\"records\": \(tally.records)}"
  }
  print(
    "{\"seconds\": \(seconds), \"jobs\": \(jobs), \"interactions\": "
      + "\(run.graph.interactionCount), \"identities\": \(run.graph.identities.count), "
      + "\"threads\": \(run.graph.threads.count), \"platforms\": {"
      + platforms.joined(separator: ", ") + "}}")
}

func usage() -> Never {
  FileHandle.standardError.write(
    Data(
      ("usage: ties-bench scan-csv FILE\n"
        + "       ties-bench import [--jobs N] [--me NAME]... PATH...\n").utf8))
  exit(64)
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch arguments.first {
  case "scan-csv" where arguments.count == 2:
    try scanCSV(arguments[1])
  case "import":
    try await importOnly(Array(arguments.dropFirst()))
  default:
    usage()
  }
} catch {
  FileHandle.standardError.write(Data("ties-bench: \(error)\n".utf8))
  exit(1)
}
