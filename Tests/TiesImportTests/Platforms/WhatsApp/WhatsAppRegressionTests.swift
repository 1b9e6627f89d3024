import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// WhatsApp chats that once went wrong, each written out in its real format.
struct WhatsAppRegressionTests {
  @Test func aMessageAboutEncryptionIsAMessage() async throws {
    let graph = try await importGraph([
      "WhatsApp Chat with Bob Miller.txt": """
      01/03/2024, 10:00 - Anna Schmidt: Is this chat end-to-end encrypted? I want to be sure of it
      01/03/2024, 10:01 - Bob Miller: yes
      """
    ])
    #expect(graph.interactions.count == 2)
    #expect(graph.ownerKeys == ["Anna Schmidt"])
  }

  @Test func missedCallWordsInsideAMessageAreText() async throws {
    let graph = try await importGraph([
      "WhatsApp Chat with Bob.txt": """
      01/03/2024, 10:00 - Ann: Missed voice call? I was driving
      01/03/2024, 10:01 - Bob: Missed voice call
      01/03/2024, 10:02 - Bob: the photo I omitted
      """
    ])
    #expect(graph.interactions.map(\.kind) == [.message, .call, .message])
    #expect(graph.interactions.last?.length == 19)
  }

  @Test func typographicQuotesMarkSystemLines() async throws {
    let graph = try await importGraph([
      "WhatsApp Chat mit Ausflug.txt": """
      12.03.22, 10:00 - Bob Miller hat die Gruppe „Ausflug: Juli“ erstellt.
      12.03.22, 10:01 - Bob Miller: hallo
      13.03.22, 10:01 - Anna Schmidt: hi
      """
    ])
    #expect(graph.identities.count == 2)
  }

  @Test func timeZoneOffsetIsTheOneInForceAtThatHour() async throws {
    let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
    let graph = try await importGraph(
      [
        "WhatsApp Chat with Bob.txt":
          "13/03/2022, 01:30 - Bob: early\n13/03/2022, 12:00 - Bob: noon\n"
      ],
      options: ImportOptions(timeZone: zone, jobs: 1))
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2022, month: 3, day: 13, hour: 9, minute: 30),  // PST, -8
        CivilTime.seconds(year: 2022, month: 3, day: 13, hour: 19),  // PDT, -7
      ])
  }

  @Test func aChatNamedAfterNeitherWriterIsAGroup() async throws {
    let graph = try await importGraph([
      "WhatsApp Chat with Trip Crew.txt":
        "01/03/2024, 10:00 - Ann: hi\n01/03/2024, 10:01 - Bob: yo\n"
    ])
    #expect(graph.threads.first?.isGroup == true)
  }
}
