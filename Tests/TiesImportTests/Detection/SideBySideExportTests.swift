import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct SideBySideExportTests {
  @Test func exportsInSiblingFoldersKeepTheirOwnPlatforms() async throws {
    let files = [
      "facebook/friends_and_followers/friends.json":
        #"{"friends_v2": [{"name": "Bob Stone", "timestamp": 1600000000}]}"#,
      "facebook/messages/inbox/bob_1/message_1.json":
        #"{"participants": [{"name": "Bob Stone"}, {"name": "Ann Lee"}], "messages": [{"sender_name": "Bob Stone", "timestamp_ms": 1600000000000, "content": "hi"}]}"#,
      "instagram/followers_and_following/followers.json":
        #"{"relationships_followers": [{"string_list_data": [{"value": "bob.stone", "timestamp": 1600000000}]}]}"#,
      "instagram/messages/inbox/bob_2/message_1.json":
        #"{"participants": [{"name": "Bob Stone"}, {"name": "Ann Lee"}], "messages": [{"sender_name": "Bob Stone", "timestamp_ms": 1600000000000, "content": "yo"}]}"#,
    ]
    let run = try await importFiles(files)
    #expect(run.detection.claimed.count == 4)
    #expect(
      run.detection.claimed.filter { $0.entry.components.first == "facebook" }.allSatisfy {
        $0.recognition.platform == .facebook
      })
    #expect(
      run.detection.claimed.filter { $0.entry.components.first == "instagram" }.allSatisfy {
        $0.recognition.platform == .instagram
      })
  }
}
