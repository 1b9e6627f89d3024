import Foundation

/// The summary of one batch run (or shard): counts, failures, time per export. Written to
/// `out/batch/<shard>.json`; timings live only here, so the tables stay deterministic.
public struct BatchSummary: Sendable, Codable {
  public var shard: String
  public var participants: Int
  public var analyzed: Int
  public var skipped: Int
  public var failed: Int
  public var seconds: Double
  public var secondsPerAnalyzedExport: Double
  public var failures: [BatchRecord]
  public var exports: [BatchRecord]

  public init(shard: Shard, records: [BatchRecord], seconds: Double) {
    self.shard = shard.label
    participants = records.count
    analyzed = records.filter { $0.status == .analyzed }.count
    skipped = records.filter { $0.status == .skipped }.count
    failed = records.filter { $0.status == .failed }.count
    self.seconds = seconds
    secondsPerAnalyzedExport = analyzed == 0 ? 0 : seconds / Double(analyzed)
    failures = records.filter { $0.status == .failed }
    exports = records
  }

  public func write(to out: String) throws {
    let folder = out + "/batch"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    try encoder.encode(self).write(
      to: URL(fileURLWithPath: folder + "/" + shard + ".json"), options: .atomic)
  }

  /// One line for the terminal.
  public var line: String {
    "\(participants) participants: \(analyzed) analyzed, \(skipped) already done, \(failed) failed"
      + String(format: " in %.1f s", seconds)
  }
}
