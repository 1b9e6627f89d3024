import Testing
import TiesCore

@testable import TiesImport

/// Instagram downloaded as HTML: the lists are read like the JSON ones.
struct InstagramHTMLTests {
  @Test func instagramHTMLListsAreRead() async throws {
    let run = try await importFixture("instagram-html")
    #expect(run.detection.claimed.map(\.recognition.label) == ["links-html"])
    #expect(run.graph.links.count == 1)
  }
}
