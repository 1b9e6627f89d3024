import Testing
import TiesCore

@testable import TiesImport

/// What one chat file of `../shared/samples` must import to, counted independently of ties:
/// the file's records, its messages and calls, and its one thread's participants.
struct ChatSampleCounts: Sendable, CustomStringConvertible {
  var file: String
  var records: Int
  var messages: Int
  var calls: Int
  var participants: Int
  var description: String { file }

  /// Expects the run of this one file to match the counts.
  func expectMatches(_ run: ImportRun, sourceLocation: SourceLocation = #_sourceLocation) {
    let graph = run.graph
    #expect(run.detection.claimed.count == 1, sourceLocation: sourceLocation)
    #expect(graph.files.first?.records == records, sourceLocation: sourceLocation)
    #expect(
      graph.interactions.filter { $0.kind == .message }.count == messages,
      sourceLocation: sourceLocation)
    #expect(
      graph.interactions.filter { $0.kind == .call }.count == calls,
      sourceLocation: sourceLocation)
    #expect(
      graph.threads.first?.participants.count == participants, sourceLocation: sourceLocation)
  }
}
