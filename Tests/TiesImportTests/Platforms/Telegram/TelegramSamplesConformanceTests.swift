import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Every Telegram export in `../shared/samples/telegram` (other projects' test data) imports
/// with exact counts. The expected numbers were counted independently of ties, with a few
/// lines of Python over `json.load` (message objects, `type: message`, `action: phone_call`,
/// distinct senders and callers).
struct TelegramSamplesConformanceTests {
  typealias Sample = ChatSampleCounts

  static let samples: [Sample] = [
    Sample(
      file: "chat-analytics/DM_2A_7M.json", records: 8, messages: 6, calls: 1, participants: 2),
    Sample(
      file: "chat-miner/test_batch_export.json", records: 2, messages: 2, calls: 0, participants: 2),
    Sample(
      file: "chat-miner/test_single_export.json", records: 2, messages: 2, calls: 0, participants: 2
    ),
  ]

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func importsWithExactCounts(_ sample: Sample) async throws {
    let root = try #require(FixturePaths.sharedSamples)
    let run = try await ImportPipeline.run(
      [root + "/telegram/" + sample.file], options: ImportOptions(jobs: 1))
    let graph = run.graph
    sample.expectMatches(run)
    #expect(graph.files.count == 1)
    #expect(graph.files.first?.platform == .telegram)
    #expect(graph.files.first?.status == .read)
    #expect(graph.threads.count == 1)
    #expect(graph.threads.first?.isGroup == false)
  }

  @Test(FixturePaths.needsSharedSamples)
  func chatAnalyticsDirectChat() async throws {
    let root = try #require(FixturePaths.sharedSamples)
    let graph = try await ImportPipeline.run(
      [root + "/telegram/chat-analytics/DM_2A_7M.json"], options: ImportOptions(jobs: 1)
    ).graph
    // The chat's id is Bob's: Alice is the exporter.
    #expect(graph.ownerKeys == ["user300000000"])
    // A link entity and " 👀"; "hello world"; "world?"; "blah blah"; two photos.
    #expect(
      graph.interactions.filter { $0.kind == .message }.map(\.length) == [20, 11, 6, 9, 0, 0])
    let call = try #require(graph.interactions.first { $0.kind == .call })
    #expect(call.length == 56)
    #expect(call.callOutcome == .completed)
    #expect(call.time == 1_691_719_862)
    // Two messages have only the naive local date.
    #expect(graph.warnings(containing: "2 message(s) carry only a local time").count == 1)
  }
}
