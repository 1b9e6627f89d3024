import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Every Google Voice file in `../shared/samples/google-voice` (another project's test
/// data) imports whole. The expected counts were taken independently of this reader, with
/// Python regular expressions over the pages: `class="haudio"` pages are one call each,
/// `<div class="message"` blocks one text each, `voice#<label>` the call's kind,
/// `class="duration" title="PT<n>S"` its length, `<abbr class="fn">Me</abbr>` the owner's.
struct GoogleVoiceSamplesConformanceTests {
  struct Sample: Sendable, CustomStringConvertible {
    var file: String
    var role: String
    var records: Int
    /// For calls: whether the owner placed it, its seconds when answered.
    var placed = false
    var seconds = 0
    var fromOwner = 0
    var description: String { file }
  }

  static let samples: [Sample] = [
    Sample(
      file: "+12025550130 - Received - 2021-12-11T18_20_31Z.html", role: "call (received)",
      records: 1, seconds: 5),
    Sample(file: "+13035550192 - Text - 2019-11-05T11_34_23Z.html", role: "texts", records: 2),
    Sample(
      file: "+14016660192 - 2018-04-01T16_28_19Z.html", role: "call (placed)", records: 1,
      placed: true, seconds: 42),
    Sample(
      file: "+14045550102 - Placed - 2019-03-01T16_28_19Z.html", role: "call (placed)", records: 1,
      placed: true, seconds: 42),
    Sample(
      file: "+14065550172 - Missed - 2020-10-27T04_45_56Z.html", role: "call (missed)", records: 1),
    Sample(
      file: "+17015550147 - Text - 2022-03-09T08_00_32Z.html", role: "texts", records: 3,
      fromOwner: 1),
    Sample(
      file: "+17015550147 - Voicemail - 2022-03-09T08_01_50Z.html", role: "call (voicemail)",
      records: 1),
    Sample(
      file: "+17015550194 - Received - 2021-12-11T18_20_31Z.html", role: "call (received)",
      records: 1, seconds: 5),
    Sample(file: "- Missed - 2011-10-27T22_07_36Z.html", role: "call (missed)", records: 1),
    Sample(file: "- Voicemail - 2011-12-10T20_43_55Z.html", role: "call (voicemail)", records: 1),
    Sample(
      file: "174074978 - Missed - 2021-03-31T20_32_17Z.html", role: "call (missed)", records: 1),
    Sample(file: "Group Conversation - 2017-02-04T18_40_16Z.html", role: "group texts", records: 4),
  ]

  private static var root: String? {
    FixturePaths.sharedSamples.map { $0 + "/google-voice/lbeder-regular-in" }
  }

  @Test(
    FixturePaths.needsSharedSamples,
    arguments: samples)
  func everyCallAndTextIsKept(_ sample: Sample) async throws {
    let path = try #require(Self.root) + "/Calls/" + sample.file
    let graph = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1)).graph
    let file = try #require(graph.files.first)
    #expect(file.platform == .google)
    #expect(file.status == .read)
    #expect(file.role == sample.role)
    #expect(file.records == sample.records)
    #expect(graph.interactions.count == sample.records)
    let owner = try #require(graph.identityIndex(of: GoogleVoiceReader.ownerKey))
    if sample.role.hasPrefix("call") {
      let call = try #require(graph.interactions.first)
      #expect(call.kind == .call)
      #expect((call.sender == Int32(owner)) == sample.placed)
      #expect(Int(call.length) == sample.seconds)
      #expect(call.callOutcome == (sample.seconds > 0 ? .completed : .missed))
    } else {
      #expect(graph.interactions.filter { $0.sender == Int32(owner) }.count == sample.fromOwner)
    }
  }

  @Test(
    FixturePaths.needsSharedSamples)
  func groupConversationKeepsEveryParticipant() async throws {
    let path = try #require(Self.root) + "/Calls/Group Conversation - 2017-02-04T18_40_16Z.html"
    let graph = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1)).graph
    let thread = try #require(graph.threads.first)
    #expect(thread.isGroup)
    // The 19 of the participants list (every writer among them) and the owner.
    #expect(thread.participants.count == 20)
  }

  @Test(
    FixturePaths.needsSharedSamples)
  func contactsFileHasEveryCard() async throws {
    let path = try #require(Self.root) + "/contacts.vcf"
    let graph = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1)).graph
    #expect(graph.files.first?.records == 16)
    #expect(graph.files.first?.role == "contacts")
    // 17 TEL lines in 16 cards; two cards share +17015550194, and "15185550143" (US, from
    // the file's +1 numbers) is the "+1 5185550143" of another card: 15 numbers, and one
    // link per person they reach, 14.
    #expect(graph.identities.filter { $0.key.kind == .phone }.count == 15)
    #expect(graph.links.filter { $0.kind == .contact }.count == 14)
    // "+1 (803)5550193", "15185550143" and "+22 6 17 11 22 33".
    for number in ["+18035550193", "+15185550143", "+22617112233"] {
      #expect(
        graph.identityIndex(of: IdentityKey(platform: .google, kind: .phone, value: number)) != nil)
    }
  }

  @Test(
    FixturePaths.needsSharedSamples)
  func mmsContactCardIsNotTheOwnersContacts() async throws {
    let run = try await ImportPipeline.run(
      [try #require(Self.root)], options: ImportOptions(jobs: 1))
    #expect(run.detection.claimed.count == 13)  // 12 pages and contacts.vcf
    #expect(
      run.detection.unclaimed.map(\.entry.name) == [
        "+13035550192 - Text - 2019-11-05T11_34_23Z-2-1.vcf"
      ])
  }
}
