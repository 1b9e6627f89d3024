import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Every SMS Backup & Restore file in `../shared/samples/sms-backup-restore` (other
/// projects' test data) imports whole. The expected counts were taken independently of this
/// reader, with a Python regular expression over the start tags: `<sms … type="N"`,
/// `<mms … msg_box="N"`, `<call … duration="S" … type="N"`.
struct SMSSamplesConformanceTests {
  struct Sample: Sendable, CustomStringConvertible {
    var file: String
    var sent: Int
    var received: Int
    var callsPlaced = 0
    var callsReceived = 0
    var callSeconds = 0
    var description: String { file }
  }

  static let samples: [Sample] = [
    Sample(file: "devadvance/sample_mms.xml", sent: 0, received: 4),
    Sample(file: "devadvance/sms_and_mms.xml", sent: 23, received: 27),
    Sample(file: "devadvance/sms_small.xml", sent: 4, received: 8),
    Sample(
      file: "memacs-2011-format/calls.xml", sent: 0, received: 0, callsPlaced: 3,
      callsReceived: 5, callSeconds: 882),
    Sample(file: "memacs-2011-format/smsxml.txt", sent: 3, received: 1),
    Sample(
      file: "shruggietech/minimal_calls.xml", sent: 0, received: 0, callsReceived: 1,
      callSeconds: 125),
    Sample(file: "shruggietech/minimal_mms.xml", sent: 0, received: 1),
    // A draft (type 3) is left out.
    Sample(file: "shruggietech/mixed.xml", sent: 1, received: 2),
  ]

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func everyMessageAndCallIsKept(_ sample: Sample) async throws {
    let path = try #require(FixturePaths.sharedSamples) + "/sms-backup-restore/" + sample.file
    let graph = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1)).graph
    #expect(graph.files.count == 1)
    #expect(graph.files.first?.platform == .sms)
    #expect(graph.files.first?.status == .read)
    #expect(graph.diagnostics.filter { $0.severity == .error }.isEmpty)
    let owner = graph.ownerIdentities
    let messages = graph.interactions.filter { $0.kind == .message }
    let calls = graph.interactions.filter { $0.kind == .call }
    #expect(messages.filter { owner.contains(Int($0.sender)) }.count == sample.sent)
    #expect(messages.filter { !owner.contains(Int($0.sender)) }.count == sample.received)
    #expect(calls.filter { owner.contains(Int($0.sender)) }.count == sample.callsPlaced)
    #expect(calls.filter { !owner.contains(Int($0.sender)) }.count == sample.callsReceived)
    #expect(calls.map { Int($0.length) }.reduce(0, +) == sample.callSeconds)
    #expect(
      graph.files.first?.records
        == sample.sent + sample.received + sample.callsPlaced + sample.callsReceived)
  }

  /// The devadvance backup's owner is +15550000007: the sender of their MMS, the recipient
  /// of the MMS they got, never someone they talk to.
  @Test(
    FixturePaths.needsSharedSamples)
  func ownerNumberAndGroupsOfTheLargestSample() async throws {
    let path =
      try #require(FixturePaths.sharedSamples) + "/sms-backup-restore/devadvance/"
      + "sms_and_mms.xml"
    let graph = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1)).graph
    let own = try #require(
      graph.identityIndex(of: IdentityKey(platform: .sms, kind: .phone, value: "+15550000007")))
    #expect(graph.ownerIdentities.contains(own))
    let groups = graph.threads.filter(\.isGroup)
    #expect(
      groups.map(\.key).sorted() == [
        "group:+15550000009~+15550000012~+15550000013", "group:group_8@rcs.google.com",
      ])
    #expect(graph.threads.filter { !$0.isGroup }.count == 6)
  }
}
