import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

struct FacebookHTMLTests {
  @Test func oldMarkupThreadsAndFriends() async throws {
    let graph = try await importFixture(
      "facebook-html-2020", options: ImportOptions(me: ["Ann Lee"], jobs: 1)
    ).graph
    #expect(graph.threads.count == 1)
    let messages = graph.interactions.filter { $0.kind == .message }
    // "Which station?<br />The big one?": a line break counts as one character.
    #expect(messages.map(\.length) == [27, 26])
    #expect(
      messages.first?.time
        == CivilTime.seconds(year: 2019, month: 10, day: 19, hour: 14, minute: 30))
    #expect(graph.interactions.filter { $0.kind == .reaction }.count == 1)
    #expect(graph.links.filter { $0.kind == .friend }.count == 2)
    #expect(graph.identity(named: "Renée Çelik") != nil)
  }

  @Test func headerOffsetAndDateRange() async throws {
    let graph = try await importFixture("facebook-twin-html").graph
    // "Jan 02, 2024 8:36:51pm" under "UTC+01:00" is 19:36:51 UTC.
    #expect(
      graph.interactions.contains {
        $0.time == CivilTime.seconds(year: 2024, month: 1, day: 2, hour: 19, minute: 36, second: 51)
      })
    let range = try #require(graph.coverage[.facebook])
    #expect(
      range.lowerBound == CivilTime.seconds(year: 2022, month: 2, day: 25, hour: 11, minute: 59))
    #expect(
      range.upperBound == CivilTime.seconds(year: 2024, month: 2, day: 25, hour: 17, minute: 47))
  }

  @Test func instagramHTMLListsAndThreads() async throws {
    let graph = try await importFixture("instagram-twin-html").graph
    #expect(graph.links.filter { $0.direction == .incoming }.count == 2)
    #expect(graph.links.filter { $0.direction == .outgoing }.count == 2)
    #expect(graph.links.allSatisfy { $0.time != nil })
    #expect(graph.interactions.filter { $0.kind == .message }.count == 2)
  }
}
