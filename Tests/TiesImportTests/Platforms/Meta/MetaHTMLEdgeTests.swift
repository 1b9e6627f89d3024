import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// Meta HTML pages and names at their edges.
struct MetaHTMLEdgeTests {
  @Test func aTruncatedPageIsReadAsFarAsItGoesAndFlagged() async throws {
    let run = try await importFiles([
      "your_activity_across_facebook/messages/inbox/bob_1/message_1.html": """
      <html><head><title>Bob</title></head><body>
      <div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Bob</div><div class="_2ph_ _a6-p"><div>one</div></div>
      <div class="_a72d">Oct 19, 2019 2:37 pm</div></div>
      <div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Bob</div><div class="_2ph_ _a6-p"><div>tw
      """
    ])
    #expect(run.graph.interactions.count == 1)
    #expect(run.graph.files.first?.status == .partial)
    #expect(!run.graph.warnings(containing: "truncated").isEmpty)
  }

  @Test func datesWithoutTimesOnOldFriendLists() {
    #expect(
      MetaHTMLDate.localSeconds("Oct 19, 2019") == CivilTime.seconds(year: 2019, month: 10, day: 19)
    )
    #expect(MetaHTMLDate.localSeconds("19.10.2019") == nil)
  }

  /// The owner's Discord name "Max" once made an Instagram friend called Max the owner:
  /// owner names from the whole run mark others only when distinctive.
  @Test func aOneWordOwnerNameMarksNobodyElse() {
    var graph = InteractionGraph()
    let friend = graph.identity(
      IdentityKey(platform: .instagram, kind: .name, value: "Max"), name: "Max")
    let owner = graph.identity(
      IdentityKey(platform: .instagram, kind: .name, value: "Olive Owner"), name: "Olive Owner")
    graph.ownerNames.insert("Max")
    graph.ownerNames.insert("Olive Owner")
    OwnerInference.markByName(&graph, platforms: [.instagram])
    #expect(graph.ownerIdentities == [owner])
    #expect(!graph.ownerIdentities.contains(friend))
  }

  /// Names and dates are made `String`s on bytes; the result must be the trimmed decoding
  /// whatever is at the ends (other white space, marks, invalid UTF-8).
  @Test(arguments: [
    " Ann Lee ", "\t\n Zoë \r\n", "", "  \n ", "\u{A0}Ann", "Ann\u{200E}", "\u{FEFF} Ann\u{202F}",
    "Zoë", "Ann \u{2066}", "x",
  ])
  func bytesTrimLikeStrings(text: String) {
    let bytes = Array(text.utf8)
    #expect(
      MetaHTMLBlocks.trimmedText(bytes)
        == String(decoding: bytes, as: UTF8.self).trimmingWhitespace())
  }

  @Test func invalidUTF8TrimsLikeStrings() {
    let cases: [[UInt8]] = [
      [0x20, 0xC3], [0xC3, 0x41, 0x20], [0x41, 0xFF, 0x42], [0x20, 0x41, 0xE2, 0x80], [0xFF],
      [0x41, 0xC3, 0x20, 0x0A],
    ]
    for bytes in cases {
      #expect(
        MetaHTMLBlocks.trimmedText(bytes)
          == String(decoding: bytes, as: UTF8.self).trimmingWhitespace(), "\(bytes)")
    }
  }
}
