import Foundation
import TiesCore

/// Runs a batch: each participant analyzed on its own into `out/<id>/`, its table parts into
/// `out/tables/<table>/<id>.csv`. A participant is built in a staging folder and renamed into
/// place last, so a folder `out/<id>` means finished and `--resume` can trust it. One broken
/// export is recorded and the batch goes on.
public struct BatchRunner: Sendable {
  public var analysis: ExportAnalysis
  public var out: String
  public var jobs: Int
  public var resume: Bool
  public var pseudonymizer: Pseudonymizer?
  /// Called after each participant with (finished, total).
  public var progress: (@Sendable (Int, Int) -> Void)?

  public init(
    analysis: ExportAnalysis, out: String, jobs: Int = 1, resume: Bool = false,
    pseudonymizer: Pseudonymizer? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.analysis = analysis
    self.out = out
    self.jobs = max(1, jobs)
    self.resume = resume
    self.pseudonymizer = pseudonymizer
    self.progress = progress
  }

  public func run(_ participants: [BatchManifest.Participant]) async -> [BatchRecord] {
    await withTaskGroup(of: (Int, BatchRecord).self) { group in
      var records = [BatchRecord?](repeating: nil, count: participants.count)
      var next = 0
      var finished = 0
      func launch() {
        let index = next
        group.addTask { (index, await self.run(participants[index])) }
        next += 1
      }
      while next < min(jobs, participants.count) { launch() }
      for await (index, record) in group {
        records[index] = record
        finished += 1
        progress?(finished, participants.count)
        if next < participants.count { launch() }
      }
      return records.compactMap { $0 }
    }
  }

  func run(_ participant: BatchManifest.Participant) async -> BatchRecord {
    let start = Date()
    let manager = FileManager.default
    let final = out + "/" + participant.id
    if resume && manager.fileExists(atPath: final) {
      return BatchRecord(id: participant.id, status: .skipped, seconds: 0, reason: nil)
    }
    let staging = out + "/.staging/" + participant.id + "-" + UUID().uuidString
    defer { try? manager.removeItem(atPath: staging) }
    do {
      let diagnostics = try await analysis.run(participant.paths, into: staging)
      var tables = BatchTables.parts(
        id: participant.id, outputs: staging, parts: participant.paths.count,
        diagnostics: diagnostics)
      if let pseudonymizer {
        let scrub = try pseudonymizer.scrubber(folder: staging, inputs: participant.paths)
        try scrub.apply(toFolder: staging)
        tables = tables.mapValues(scrub.apply)
      }
      try place(tables, id: participant.id)
      if manager.fileExists(atPath: final) { try manager.removeItem(atPath: final) }
      try manager.moveItem(atPath: staging, toPath: final)
      return BatchRecord(
        id: participant.id, status: .analyzed, seconds: Date().timeIntervalSince(start),
        reason: nil)
    } catch {
      var reason = "\(error)"
      if let pseudonymizer { reason = pseudonymizer.scrubPaths(reason, inputs: participant.paths) }
      try? place(
        [
          "participants": BatchTables.failure(
            id: participant.id, parts: participant.paths.count, reason: reason)
        ],
        id: participant.id)
      return BatchRecord(
        id: participant.id, status: .failed, seconds: Date().timeIntervalSince(start),
        reason: reason)
    }
  }

  /// Writes each table part beside its final name and renames it in, replacing an older one.
  private func place(_ tables: [String: CSVDocument], id: String) throws {
    let manager = FileManager.default
    for table in ["people", "monthly", "files", "diagnostics", "participants"] {
      let folder = out + "/tables/" + table
      let path = folder + "/" + id + ".csv"
      guard let document = tables[table] else {
        try? manager.removeItem(atPath: path)
        continue
      }
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(document.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
  }
}
