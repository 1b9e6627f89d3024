import Foundation
import Testing
import TiesCore
import TiesTestSupport

@testable import TiesImport

/// The ways real exports went wrong (issue 13), one fixture of ours each, with every line
/// accounted for.
struct WhatsAppPitfallTests {
  private func counts(_ graph: InteractionGraph) throws -> LineCounts {
    try #require(graph.files.first?.lineCounts)
  }

  @Test func quotedNamesAreSendersAndQuotedSubjectsAreNot() async throws {
    let graph = try await importFixture("whatsapp-quoted-names").graph
    let counts = try counts(graph)
    #expect(counts.lines == 10)
    #expect(counts.messages == 6)
    #expect(counts.notices == 3)
    #expect(counts.continuations == 1)
    #expect(counts.suspect == 0)
    #expect(graph.interactions(from: "Thandi \"Ndazo's Sister\" Tshabalala").count == 2)
    #expect(graph.interactions(from: "Masingita \"Masi\" Rikhotso").count == 2)
    #expect(graph.interactions(from: "“Bra” Themba").count == 1)
    #expect(graph.interactions(from: "Sipho Rikhotso").count == 1)
    #expect(graph.threads.first?.isGroup == true)
    #expect(graph.identities.count == 4)
  }

  @Test func meMatchesAQuotedName() async throws {
    let graph = try await importFixture(
      "whatsapp-quoted-names", options: ImportOptions(me: ["Masingita \"Masi\" Rikhotso"])
    ).graph
    #expect(graph.ownerKeys == ["Masingita \"Masi\" Rikhotso"])
  }

  @Test func tildeSendersAreKept() async throws {
    let graph = try await importFixture("whatsapp-tilde-senders").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.notices) == (8, 6, 2))
    #expect(graph.interactions(from: "~").count == 2)
    #expect(graph.interactions(from: "Budi").count == 1)  // `~` and U+202F before the name
    #expect(graph.interactions(from: "Sari").count == 1)
    #expect(graph.interactions(from: "Dewi Lestari").count == 2)
  }

  @Test func bidiWrappedPhoneSendersBecomePhoneIdentities() async throws {
    let graph = try await importFixture("whatsapp-ios-bidi-phones").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.notices) == (8, 6, 2))
    let phones = graph.identities.filter { $0.key.kind == .phone }.map(\.key.value).sorted()
    #expect(phones == ["+447700900123", "+919371126729"])
    #expect(graph.interactions(from: "+919371126729").count == 2)
    #expect(graph.interactions(from: "+447700900123").count == 2)
    #expect(graph.interactions(from: "Arjun Mehta").count == 2)
    #expect(
      graph.identities.allSatisfy { !$0.key.value.unicodeScalars.contains { $0.value == 0x202A } })
    #expect(graph.threads.first?.title == "Cricket Club")
    #expect(graph.threads.first?.isGroup == true)
    let last = try #require(graph.interactions.last)
    #expect(last.time == CivilTime.seconds(year: 2021, month: 9, day: 22, hour: 20, minute: 5))
  }

  @Test func timeFirstWithMonthName() async throws {
    let graph = try await importFixture("whatsapp-time-first-month-name").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.notices, counts.continuations) == (7, 5, 1, 1))
    #expect(graph.diagnostics.isEmpty)
    #expect(
      graph.interactions.first?.time
        == CivilTime.seconds(year: 2013, month: 8, day: 28, hour: 19, minute: 23))
    #expect(
      graph.interactions.last?.time
        == CivilTime.seconds(year: 2013, month: 9, day: 2, hour: 9, minute: 20))
    #expect(graph.ownerKeys == ["Ann Lee"])
    #expect(graph.layouts[.whatsapp] == ["Android export, d MMM yyyy, 24 h, time first"])
  }

  /// Sets a fixture file's date: year-less headers are counted back from it.
  private func date(_ fixture: String, _ file: String, year: Int, month: Int, day: Int) throws {
    let seconds = CivilTime.seconds(year: year, month: month, day: day, hour: 12)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))],
      ofItemAtPath: FixturePaths.exports(fixture) + "/" + file)
  }

  @Test func monthFirstWithoutYearCountsBackOverNewYear() async throws {
    try date(
      "whatsapp-month-day-no-year", "WhatsApp Chat with Carlos Ruiz.txt", year: 2025, month: 4,
      day: 1)
    let graph = try await importFixture("whatsapp-month-day-no-year").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.notices) == (6, 6, 0))
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2024, month: 12, day: 30, hour: 20, minute: 11),
        CivilTime.seconds(year: 2024, month: 12, day: 31, hour: 23, minute: 59),
        CivilTime.seconds(year: 2025, month: 1, day: 1, hour: 0, minute: 1),
        CivilTime.seconds(year: 2025, month: 3, day: 5, hour: 20, minute: 11),
        CivilTime.seconds(year: 2025, month: 3, day: 5, hour: 20, minute: 15),
        CivilTime.seconds(year: 2025, month: 3, day: 5, hour: 20, minute: 16),
      ])
    #expect(graph.warnings(containing: "carry no year").count == 1)
    #expect(graph.ownerKeys == ["Ann Lee"])
  }

  @Test func dayFirstWithoutYear() async throws {
    try date(
      "whatsapp-day-month-no-year", "WhatsApp Chat with Priya Nair.txt", year: 2025, month: 3,
      day: 20)
    let graph = try await importFixture("whatsapp-day-month-no-year").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.continuations) == (5, 4, 1))
    // The export ends on 20 March: April must be the year before.
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2024, month: 3, day: 18, hour: 12, minute: 14),
        CivilTime.seconds(year: 2024, month: 3, day: 18, hour: 12, minute: 15),
        CivilTime.seconds(year: 2024, month: 4, day: 2, hour: 9),
        CivilTime.seconds(year: 2024, month: 4, day: 3, hour: 17, minute: 45),
      ])
    #expect(graph.ownerKeys == ["Ann Lee"])
  }

  @Test func isoDatesWithDottedMeridiem() async throws {
    let graph = try await importFixture("whatsapp-iso-dashes").graph
    let counts = try counts(graph)
    #expect((counts.lines, counts.messages, counts.notices) == (5, 4, 1))
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2019, month: 5, day: 2, hour: 11, minute: 23),
        CivilTime.seconds(year: 2019, month: 5, day: 2, hour: 12, minute: 5),
        CivilTime.seconds(year: 2019, month: 5, day: 3, hour: 0, minute: 30),
        CivilTime.seconds(year: 2019, month: 5, day: 3, hour: 21, minute: 41),
      ])
    #expect(graph.interactions.filter { $0.kind == .call }.count == 1)
  }

  @Test func dayPeriodWords() async throws {
    let graph = try await importFixture("whatsapp-day-periods").graph
    #expect(try counts(graph).messages == 6)
    #expect(
      graph.interactions.map(\.time) == [
        CivilTime.seconds(year: 2021, month: 1, day: 3, hour: 9, minute: 15),
        CivilTime.seconds(year: 2021, month: 1, day: 3, hour: 12, minute: 30),
        CivilTime.seconds(year: 2021, month: 1, day: 3, hour: 19, minute: 45),
        CivilTime.seconds(year: 2021, month: 1, day: 3, hour: 23, minute: 30),
        CivilTime.seconds(year: 2021, month: 1, day: 14, hour: 1, minute: 10),
        CivilTime.seconds(year: 2021, month: 1, day: 14, hour: 12),
      ])
  }

  @Test func oneToOneWithoutOwnerIsStillCounted() async throws {
    let graph = try await importFixture("whatsapp-no-owner").graph
    #expect(graph.interactions.count == 5)
    #expect(graph.ownerIdentities.isEmpty)
    #expect(graph.interactions(from: "Ama Owusu").count == 3)
    #expect(graph.warnings(containing: "pass --me").count == 1)
  }

  @Test func filesInAFolderAreSniffedOnlyWhenTextAndChatShaped() async throws {
    let run = try await importFixture("whatsapp-odd-names")
    let read = run.graph.files.filter { $0.platform == .whatsapp }.map(\.path).sorted()
    #expect(read.map { ($0 as NSString).lastPathComponent } == ["chat.txt", "wa.txt"])
    #expect(run.graph.interactions.count == 6)
  }

  @Test(arguments: ["chat.txt", "wa.txt", "export"])
  func aFileNamedOnTheCommandLineIsReadByContent(_ name: String) async throws {
    let path = FixturePaths.exports("whatsapp-odd-names") + "/" + name
    let run = try await ImportPipeline.run([path], options: ImportOptions(jobs: 1))
    #expect(run.graph.files.first?.platform == .whatsapp)
    #expect(run.graph.interactions.count == 3)
    #expect(run.graph.ownerKeys == ["Ann Lee"] || run.graph.ownerKeys.isEmpty)
  }

  @Test func foreignHeadersAreSuspectAndExplained() async throws {
    var lines = ["14/02/2024, 09:00 - Ann Lee: Hi", "[14/02/2024, 09:01:00] Bob Stone: pasted"]
    lines += (0..<40).map { "14/02/2024, 10:\(String(format: "%02d", $0)) - Bob Stone: m\($0)" }
    let run = try await importFiles([
      "WhatsApp Chat with Bob Stone.txt": lines.joined(separator: "\n")
    ])
    let counts = try counts(run.graph)
    #expect((counts.lines, counts.messages, counts.continuations, counts.suspect) == (42, 41, 1, 1))
    #expect(counts.firstSuspectLine == 2)
    #expect(counts.shortfall?.contains("1 line(s) dated in another header style") == true)
    #expect(run.graph.warnings(containing: "may be misread").first?.line == 2)
  }

  @Test(arguments: [
    ("28 août 2013 19:23 - A: b", 8), ("5. März 2013, 09:00 - A: b", 3),
    ("12 дек. 2019, 10:00 - A: b", 12), ("3 ago 2020 10:00 - A: b", 8),
    ("Sept 4, 9:00 PM - A: b", 9), ("mei 7, 10:00 - A: b", 5), ("7 Mayıs 2021 10:00 - A: b", 5),
  ])
  func monthNamesInOtherLanguages(_ line: String, _ month: Int32) throws {
    let header = try #require(Array(line.utf8).withUnsafeBufferPointer { WhatsAppHeader.parse($0) })
    #expect(header.second == month, "\(line)")
  }

  @Test func nationalNumbersBecomeE164WithTheRegion() async throws {
    let chat = [
      "14/02/2024, 09:00 - 0151 23456789: Hallo", "14/02/2024, 09:05 - Ann Lee: Hi",
      "14/02/2024, 09:06 - \u{202A}+49\u{00A0}151\u{00A0}23456789\u{202C}: same person",
    ].joined(separator: "\n")
    let region = try #require(PhoneRegion.named("DE"))
    let run = try await importFiles(
      ["WhatsApp Chat with 0151 23456789.txt": chat],
      options: ImportOptions(jobs: 1, region: region))
    let phones = run.graph.identities.filter { $0.key.kind == .phone }.map(\.key.value)
    #expect(phones == ["+4915123456789"])
    #expect(run.graph.interactions(from: "+4915123456789").count == 2)
  }
}
