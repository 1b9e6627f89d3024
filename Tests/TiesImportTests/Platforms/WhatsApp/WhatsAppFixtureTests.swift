import Foundation
import Testing
import TiesCore

@testable import TiesImport

struct WhatsAppFixtureTests {
  @Test func android24h() async throws {
    let graph = try await importFixture("whatsapp-android-24h").graph
    #expect(graph.files.count == 1)
    #expect(graph.files[0].records == 6)
    #expect(graph.threads.count == 1)
    #expect(!graph.threads[0].isGroup)
    let bob = graph.interactions(from: "Bob Stone")
    #expect(bob.count == 4)
    #expect(bob.filter { $0.kind == .call && $0.callOutcome == .missed }.count == 1)
    let ann = graph.interactions(from: "Ann Lee")
    #expect(ann.count == 1)
    // "Hi Bob" + newline + "how are you?": the continuation line belongs to the message.
    #expect(ann.first?.length == 19)
    #expect(ann.first?.time == CivilTime.seconds(year: 2024, month: 2, day: 14, hour: 9, minute: 5))
    // The encryption notice has no sender: a system line, not a message.
    #expect(graph.interactions.count == 5)
    #expect(graph.ownerKeys == ["Ann Lee"])
  }

  @Test func android12hWithNarrowNoBreakSpace() async throws {
    let graph = try await importFixture("whatsapp-android-12h").graph
    let times = graph.interactions.map(\.time)
    #expect(times.first == CivilTime.seconds(year: 2023, month: 1, day: 4, hour: 19, minute: 2))
    #expect(times.contains(CivilTime.seconds(year: 2023, month: 12, day: 31, hour: 0, minute: 5)))
    #expect(times.last == CivilTime.seconds(year: 2023, month: 12, day: 31, hour: 12, minute: 40))
    #expect(graph.interactions.last?.kind == .call)
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func iOSWithCRLFMarksAndByteOrderMark() async throws {
    let graph = try await importFixture("whatsapp-ios-crlf").graph
    #expect(graph.files[0].records == 5)
    #expect(graph.threads[0].title == "Bob Stone")
    #expect(!graph.threads[0].isGroup)
    // The notice under Bob's name is not a message; the image placeholder is.
    let bob = graph.interactions(from: "Bob Stone")
    #expect(bob.count == 2)
    #expect(bob.last?.length == 17)  // "line one", a line break, "line two": no CR counted
    // "You deleted this message" names the owner in their own words.
    #expect(graph.ownerKeys == ["Ann Lee"])
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(year: 2024, month: 2, day: 3, hour: 21, minute: 16, second: 12))
  }

  @Test func germanGroupWithTildeNames() async throws {
    let graph = try await importFixture("whatsapp-group-de").graph
    #expect(graph.threads.count == 1)
    #expect(graph.threads[0].isGroup)
    #expect(graph.identity(named: "Max") != nil)
    #expect(graph.identities.allSatisfy { !$0.key.value.hasPrefix("~") })
    #expect(graph.interactions.count == 3)
    #expect(graph.files[0].records == 6)
    // A group alone cannot tell who the owner is.
    #expect(!graph.warnings(containing: "pass --me").isEmpty)
  }

  @Test func meNamesTheOwner() async throws {
    let graph = try await importFixture(
      "whatsapp-group-de", options: ImportOptions(me: ["Ann Lee"])
    ).graph
    #expect(graph.ownerKeys == ["Ann Lee"])
    #expect(graph.warnings(containing: "pass --me").isEmpty)
  }

  @Test func ambiguousDatesFollowTheFileAndWarn() async throws {
    let run = try await importFixture("whatsapp-ambiguous-dates")
    let times = run.graph.interactions.map(\.time)
    // Read day-first the dates run forward; month-first they would jump back.
    #expect(
      times == [
        CivilTime.seconds(year: 2024, month: 2, day: 1, hour: 10),
        CivilTime.seconds(year: 2024, month: 2, day: 3, hour: 10),
        CivilTime.seconds(year: 2024, month: 3, day: 2, hour: 10),
      ])
    #expect(run.graph.warnings(containing: "day/month order").count == 1)
  }

  @Test func dateOrderOptionWins() async throws {
    let run = try await importFixture(
      "whatsapp-ambiguous-dates", options: ImportOptions(dateOrder: .mdy))
    #expect(
      run.graph.interactions.first?.time
        == CivilTime.seconds(year: 2024, month: 1, day: 2, hour: 10))
    #expect(run.graph.warnings(containing: "day/month order").isEmpty)
  }

  @Test func timeZoneShiftsNaiveTimes() async throws {
    let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
    let run = try await importFixture(
      "whatsapp-android-24h", options: ImportOptions(timeZone: zone))
    let ann = run.graph.interactions(from: "Ann Lee")
    #expect(ann.first?.time == CivilTime.seconds(year: 2024, month: 2, day: 14, hour: 8, minute: 5))
  }

  @Test func ownerIsTheSenderCommonToEveryOneToOneChat() async throws {
    let graph = try await importFixture("whatsapp-owner-inference").graph
    #expect(graph.ownerKeys == ["Ann Lee"])
    #expect(graph.threads.filter(\.isGroup).count == 1)
  }

  @Test func edgeCasesKeepEveryLine() async throws {
    let graph = try await importFixture("whatsapp-edge-cases").graph
    #expect(graph.files[0].records == 6)
    // The preamble before the first header is reported, not silently dropped.
    #expect(graph.warnings(containing: "before the first message").first?.line == 1)
    let bob = graph.interactions(from: "Bob Stone")
    // "agenda:" and its three continuation lines (one blank); "Bob Stone:" with no text.
    #expect(bob.count == 2)
    #expect(bob.first?.length == 84)
    // "Ann Lee:." is a message "." from Ann; the subject change is a system line.
    let ann = graph.interactions(from: "Ann Lee")
    #expect(ann.map(\.length) == [1, 15, 25])
    #expect(graph.identity(named: "Bob Stone changed the subject to \"x") == nil)
  }
}

struct WhatsAppCalendarTests {
  @Test func arabicDigitsMarksAndMeridiem() async throws {
    let graph = try await importFixture("whatsapp-ios-arabic").graph
    #expect(graph.files[0].records == 4)
    #expect(graph.diagnostics.isEmpty)
    let layla = graph.interactions(from: "Layla Nasser")
    #expect(
      layla.first?.time
        == CivilTime.seconds(year: 2024, month: 3, day: 20, hour: 21, minute: 41, second: 35))
    let omar = graph.interactions(from: "Omar Haddad")
    #expect(omar.count == 2)  // the notice is not a message
    #expect(omar.last?.kind == .call)
    #expect(graph.ownerKeys == ["Layla Nasser"])
  }

  @Test func buddhistAndJapaneseYears() async throws {
    let graph = try await importFixture("whatsapp-ios-calendars").graph
    let times = Set(graph.interactions.map(\.time))
    #expect(
      times.contains(
        CivilTime.seconds(year: 2024, month: 3, day: 27, hour: 21, minute: 41, second: 35)))
    #expect(times.contains(CivilTime.seconds(year: 2024, month: 3, day: 28, hour: 7, minute: 30)))
    #expect(graph.ownerKeys == ["Nok"])
  }
}
