import Foundation

/// Runs `ties check`: analyzes each case into a scratch folder with the given producer,
/// compares every expected output by meaning, or re-records them under `update`.
public struct CaseChecker: Sendable {
  /// Writes the outputs of a case into a folder; throws when the case cannot run.
  public typealias Producer = @Sendable (CheckCase, String) async throws -> Void

  public var producer: Producer
  public var jobs: Int
  public var update: Bool

  public init(jobs: Int = 1, update: Bool = false, producer: @escaping Producer) {
    self.producer = producer
    self.jobs = max(1, jobs)
    self.update = update
  }

  /// Every case, at most `jobs` at once, results in the order of the cases.
  public func run(_ cases: [CheckCase]) async -> [CaseResult] {
    await withTaskGroup(of: (Int, CaseResult).self) { group in
      var results = [CaseResult?](repeating: nil, count: cases.count)
      var next = 0
      while next < min(jobs, cases.count) {
        let index = next
        group.addTask { (index, await self.run(cases[index])) }
        next += 1
      }
      for await (index, result) in group {
        results[index] = result
        if next < cases.count {
          let index = next
          group.addTask { (index, await self.run(cases[index])) }
          next += 1
        }
      }
      return results.compactMap { $0 }
    }
  }

  public func run(_ item: CheckCase) async -> CaseResult {
    let start = Date()
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("ties-check-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    func result(_ outcome: CaseResult.Outcome, _ differences: [OutputDifference] = [])
      -> CaseResult
    {
      CaseResult(
        name: item.name, outcome: outcome, differences: differences,
        seconds: Date().timeIntervalSince(start))
    }
    do {
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      try await producer(item, scratch)
    } catch {
      return result(.broken("\(error)"))
    }
    if update {
      do {
        try record(item, from: scratch)
        return result(.updated)
      } catch {
        return result(.broken("cannot update \(item.expected): \(error.localizedDescription)"))
      }
    }
    let files = OutputComparer.outputFiles(in: item.expected)
    guard !files.isEmpty else {
      return result(.broken("\(item.expected) holds no expected output; run with --update"))
    }
    let differences = OutputComparer.compare(
      expected: item.expected, produced: scratch, files: files)
    return result(differences.isEmpty ? .passed : .failed, differences)
  }

  /// Copies every produced output into the expected folder: the whole set the case's run
  /// writes (its `args` choose the formats), so an output added to ties joins each case when
  /// it is re-recorded. Expected files the run no longer writes stay, and then fail as not
  /// produced: deleting a golden is left to a person.
  private func record(_ item: CheckCase, from scratch: String) throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: item.expected, withIntermediateDirectories: true)
    for file in OutputComparer.outputFiles(in: scratch) {
      let data = manager.contents(atPath: scratch + "/" + file) ?? Data()
      try data.write(to: URL(fileURLWithPath: item.expected + "/" + file), options: .atomic)
    }
  }
}
