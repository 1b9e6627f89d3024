import Foundation
import Testing
import TiesCore

@testable import TiesImport

struct LinkedInFixtureTests {
  private func links(_ graph: InteractionGraph, _ kind: LinkKind) -> [String] {
    graph.links.filter { $0.kind == kind }.map { graph.identities[$0.identity].key.value }.sorted()
  }

  @Test func era2018NamesOnlyAndDirection() async throws {
    let graph = try await importFixture("linkedin-2018").graph
    #expect(graph.layouts[.linkedin] == [LinkedInLayout.era2018])
    #expect(links(graph, .connection) == ["Claire Bergman", "Daniel Okafor", "Priya Raman"])
    #expect(links(graph, .requestSent) == ["Tomas Lindgren"])
    #expect(links(graph, .requestReceived) == ["Helen Achebe"])
    #expect(graph.ownerKeys == ["Morgan Reyes"])
    #expect(graph.interactions.count == 4)
    // "1/8/18, 6:14 PM" is a naive local time: read as UTC without --timezone.
    let claire = graph.links.first { graph.identities[$0.identity].key.value == "Claire Bergman" }
    #expect(claire?.time == CivilTime.seconds(year: 2018, month: 1, day: 8, hour: 18, minute: 14))
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func naiveTimesTakeTheAssumedZone() async throws {
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    let graph = try await importFixture(
      "linkedin-2018", options: ImportOptions(timeZone: zone, jobs: 1)
    ).graph
    let claire = graph.links.first { graph.identities[$0.identity].key.value == "Claire Bergman" }
    #expect(claire?.time == CivilTime.seconds(year: 2018, month: 1, day: 8, hour: 17, minute: 14))
  }

  @Test func era2022PreambleAndConversationIds() async throws {
    let graph = try await importFixture("linkedin-2022").graph
    #expect(graph.layouts[.linkedin] == [LinkedInLayout.era2021])
    #expect(links(graph, .connection) == ["Ashwin Rao", "Beatriz Souza", "Chen Wei"])
    let chen = graph.links.first { graph.identities[$0.identity].key.value == "Chen Wei" }
    #expect(chen?.time == CivilTime.seconds(year: 2020, month: 2, day: 1))
    #expect(graph.ownerKeys == ["Sam Patel", "sampatel"])
    // The spam folder is not read; drafts neither.
    #expect(graph.interactions.count == 5)
    let group = try #require(graph.threads.first { $0.key == "2-Z3JvdXAx==" })
    #expect(group.isGroup)
    #expect(group.participants.count == 3)
    let direct = try #require(graph.threads.first { $0.key == "2-ZmFjYTAx==" })
    #expect(!direct.isGroup)
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(
          year: 2022, month: 9, day: 10, hour: 18, minute: 8, second: 14))
  }

  @Test func era2023URLsAreTheKey() async throws {
    let run = try await importFixture("linkedin-2024")
    let graph = run.graph
    #expect(graph.layouts[.linkedin] == [LinkedInLayout.era2023])
    #expect(
      links(graph, .connection) == [
        "gracekim", "hidden profile, line 8", "jane-doe", "omar-haddad-5b2", "ragged-row",
      ])
    #expect(
      graph.identities.contains { $0.key.value == "hidden profile, line 8" && $0.isPlaceholder })
    #expect(graph.ownerKeys == ["lena-fischer"])
    // The ragged row is reported with its line (after the BOM, the preamble and the header).
    #expect(graph.diagnostics.contains { $0.line == 9 && $0.message.contains("4 fields") })
    // The draft is not a message; the undated row is skipped and reported.
    #expect(graph.interactions.count == 5)
    let messages = try #require(graph.files.first { $0.path.hasSuffix("messages.csv") })
    #expect(messages.status == .partial)
    let group = try #require(graph.threads.first { $0.key == "2-Z3JwMQ==" })
    #expect(group.isGroup)
    let omar = try #require(graph.interactions.first { $0.length == 31 })
    #expect(omar.position == 5)
  }
}
