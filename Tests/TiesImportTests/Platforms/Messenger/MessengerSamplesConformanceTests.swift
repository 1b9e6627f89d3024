import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// The Messenger samples of other projects (`../shared/samples/messenger`), with counts
/// taken from the files independently of ties.
struct MessengerSamplesConformanceTests {
  typealias Sample = ChatSampleCounts

  static let samples: [Sample] = [
    Sample(
      file: "joweich-chat-miner_synthetic/test/facebookMessenger/testlog.json", records: 2,
      messages: 2, calls: 0, participants: 2),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/e2ee_simple/your_activity_across_facebook/messages/alice_1.json",
      records: 4, messages: 4, calls: 0, participants: 2),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/e2ee_simple/your_activity_across_facebook/messages/group_2.json",
      records: 2, messages: 2, calls: 0, participants: 3),
    Sample(
      file:
        "kenn-io-msgvault_synthetic/internal/fbmessenger/testdata/json_nontext/your_activity_across_facebook/messages/inbox/sam_NONTXT/message_1.json",
      records: 6, messages: 3, calls: 2, participants: 2),
    Sample(
      file: "mlomb-chat-analytics_synthetic/tests/samples/messenger/2A_7M.json", records: 7,
      messages: 7, calls: 0, participants: 2),
  ]

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func countsMatch(_ sample: Sample) async throws {
    let path = try #require(FixturePaths.sharedSamples) + "/messenger/" + sample.file
    let run = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1))
    sample.expectMatches(run)
  }
}
