import Foundation
import Testing
import TiesAnalysis
import TiesCore
import TiesImport
import TiesReport
import TiesTestSupport

/// Every case issue 11 found wrong, on our own small exports in the real formats
/// (scripts/make-reciprocity-cases writes fixtures/exports/reciprocity/), pinned to the
/// answer a careful reader of the chats would give. docs/metrics.md shows each before/after.
struct ReciprocityCaseTests {
  private struct Run {
    var analysis: Analysis
    var people: [String: PersonMetrics]
    var report: String
  }

  private func run(_ case: String, _ parts: [String] = [""]) async throws -> Run {
    let base = FixturePaths.exports("reciprocity/" + `case`)
    let paths = parts.map { $0.isEmpty ? base : base + "/" + $0 }
    let imported = try await ImportPipeline.run(
      paths, options: ImportOptions(me: ["Olive Owner"], jobs: 2))
    let analysis = Analyzer().analyze(imported.graph)
    let report = MarkdownReportWriter().render(ReportContext(analysis: analysis, version: "test"))
    return Run(
      analysis: analysis,
      people: Dictionary(analysis.people.map { ($0.person.name, $0) }) { first, _ in first },
      report: report)
  }

  /// Seven years of weekly answers, then a year of 52 unanswered messages: one-sided now,
  /// no longer active, no layer, weak; your own messages keep nothing alive.
  @Test func aYearOfUnansweredMessagesIsOneSidedNow() async throws {
    let ada = try #require(try await run("ignored-year").people["Ada Ignore"])
    #expect(ada.category == .oneSided)
    #expect(ada.direction == .you)
    #expect(ada.status == .fading || ada.status == .dormant)
    #expect(ada.layer == .beyond)
    #expect(ada.strength < 40)
    #expect(ada.window.turnsYou == 52 && ada.window.turnsThem == 0)
    #expect(ada.reason.contains("52 turns from you and 0 from them"))
  }

  /// The same conversations, answered in 5 minutes or in 4 hours: the same answer.
  @Test func aSlowReplyIsAReplyNotAStart() async throws {
    let people = try await run("fast-and-slow").people
    let fast = try #require(people["Fay Fast"])
    let slow = try #require(people["Sol Slow"])
    #expect(fast.category == slow.category)
    #expect(fast.category == .twoWay)
    #expect(fast.initiatedByYou == 40 && slow.initiatedByYou == 40)
    #expect(fast.initiatedByThem == 0 && slow.initiatedByThem == 0)
    #expect(fast.repliesByThem == 40 && slow.repliesByThem == 40)
    #expect(fast.medianReplySecondsThem == 300)
    #expect(slow.medianReplySecondsThem == Int64(4 * 3600))
  }

  /// Four short lines answer one long one: turns balance, and characters are not far off.
  @Test func fourShortLinesAnswerOneLongOne() async throws {
    let leo = try #require(try await run("long-and-short").people["Leo Lines"])
    #expect(leo.category != .oneSided)
    #expect(leo.direction == .both)
    #expect(leo.turnsByYou == leo.turnsByThem)
    #expect(leo.messagesReceived == 4 * leo.messagesSent)
  }

  /// 52 answered hour-long calls you placed: both took part; she outranks 40 minutes.
  @Test func answeredCallsCountForBothSides() async throws {
    let people = try await run("mother-calls").people
    let mum = try #require(people["Mum Moss"])
    let tim = try #require(people["Tim Talk"])
    #expect(mum.category == .meaningful)
    #expect(mum.direction == .both)
    #expect(mum.callsAnswered == 52)
    #expect(mum.turnsByThem == 52)
    #expect(mum.strength > tim.strength)
    #expect(mum.layer == .five)
    #expect(mum.callsKnown)
    #expect(mum.confidence == .high)
  }

  /// Sources whose own ends lie far apart get a warning in the report.
  @Test func farApartSourcesAreWarnedAbout() {
    var b = GraphBuilder(platform: .sms)
    let chat = b.chat(with: "Pat Phone")
    b.conversation(nil, with: "Pat Phone", in: chat, day: 400, turns: 2)
    b.link("insta.friend", .follows, .incoming)
    let analysis = Analyzer().analyze(b.graph)
    let report = MarkdownReportWriter().render(ReportContext(analysis: analysis, version: "t"))
    #expect(report.contains("Warning: the sources end 400 days apart"))
    #expect(analysis.sources.map(\.platform) == [.instagram, .sms])
  }

  /// One missed call is an attempt, never depth: the chat stays two-way.
  @Test func aMissedCallIsNoDepth() async throws {
    let max = try #require(try await run("missed-call").people["Max Miss"])
    #expect(max.callsMissed == 1)
    #expect(max.category == .twoWay)
    #expect(max.reason.contains("no answered calls or long talks"))
    #expect(!max.callsKnown)
    #expect(max.reason.contains("calls missing"))
  }

  /// A daily 2016 friendship with one birthday exchange in 2025: history, not the core.
  @Test func anOldFriendshipIsNotTheCurrentCore() async throws {
    let people = try await run("old-daily").people
    let dee = try #require(people["Dee Daily"])
    let wes = try #require(people["Wes Weekly"])
    #expect(dee.category == .twoWay)
    #expect(dee.window.judgedOnHistory)
    #expect(dee.confidence == .low)
    #expect(dee.strength < wes.strength)
    #expect(dee.strength < 50)
    #expect(wes.category == .twoWay || wes.category == .meaningful)
    #expect(dee.trend != .growing)
  }

  /// Layer 5 goes to the weekly friend only.
  @Test func layerFiveNeedsAReciprocatedWeeklyRhythm() async throws {
    let people = try await run("layer-five").people
    #expect(people["Fred Friend"]?.layer == .five)
    #expect(people["Nia Never"]?.layer == TieLayer.none)
    #expect(people["SHOPMART"]?.layer == TieLayer.none)
    #expect(people["SHOPMART"]?.category == .oneSided)
    #expect(people["Cara Cram"]?.layer == .oneFifty)
    #expect(people["Nell New"]?.layer == .tooShort)
  }

  /// Each person is judged against their own sources: a 2024 phone backup read with 2025
  /// chats leaves its people active, and a lone chat's status is unknown.
  @Test func eachPersonIsJudgedAgainstTheirOwnSources() async throws {
    let result = try await run("two-sources", ["phone", "chats"])
    #expect(result.people["Pia Phone"]?.status == .active)
    #expect(result.people["Pia Phone"]?.sourceEndIsOwn == true)
    #expect(result.people["Cal Chat"]?.status == .unknown)
    let sms = try #require(result.analysis.sources.first { $0.platform == .sms })
    #expect(sms.endKind == .declared)
    #expect(sms.end == 1_717_243_200)
    #expect(
      result.analysis.sources.first { $0.platform == .whatsapp }?.endKind
        == SourceCoverage.EndKind.none)
    #expect(result.report.contains("Warning: the sources end") == false)
    #expect(result.report.contains("| SMS | 2023-06-04 | 2024-06-01 | declared by the export | no"))
  }

  /// An X archive's manifest says when it was made: that is its end, not its last tweet.
  @Test func anArchiveManifestDeclaresItsEnd() async throws {
    let imported = try await ImportPipeline.run(
      [FixturePaths.exports("x-2023")], options: ImportOptions(jobs: 2))
    let analysis = Analyzer().analyze(imported.graph)
    let x = try #require(analysis.sources.first { $0.platform == .x })
    #expect(x.endKind == .declared)
    #expect(x.end.map(CivilTime.iso8601) == "2023-08-20T10:00:00Z")
  }

  /// The same chat exported twice, overlapping: every message once.
  @Test func overlappingExportsCountEachMessageOnce() async throws {
    let twice = try await run("overlap", ["older", "newer"])
    let once = try await run("overlap-single")
    let a = try #require(twice.people["Otto Over"])
    let b = try #require(once.people["Otto Over"])
    #expect(a.messagesSent + a.messagesReceived == 120)
    #expect(a.messagesSent == b.messagesSent && a.messagesReceived == b.messagesReceived)
    #expect(a.turnsByYou == b.turnsByYou && a.category == b.category)
    #expect(twice.analysis.duplicatesMerged == 45)
    #expect(twice.report.contains("45 messages were read twice"))
  }

  /// An address-book contact is no follow: never in the follow-back lists.
  @Test func savedContactsAreNotFollows() async throws {
    let result = try await run("contacts")
    let sam = try #require(result.people["Sam Saved"])
    #expect(sam.category == .contact)
    #expect(sam.youFollow.isEmpty)
    let rita = try #require(result.people["Rita Close"])
    #expect(rita.category == .meaningful || rita.category == .twoWay)
    #expect(rita.reason.contains("saved in your contacts") == false || rita.youFollow.isEmpty)
    let section = result.report.components(separatedBy: "## Who doesn't follow you back")[1]
      .components(separatedBy: "## Whom")[0]
    #expect(section.contains("Nobody."))
  }

  /// "hi" / "hi back" tells nothing yet; one "thanks for connecting" leaves a connection.
  @Test func tooLittleContactKeepsTheLinkCategory() async throws {
    let people = try await run("hi-and-thanks").people
    let hal = try #require(people["Hal Hello"])
    #expect(hal.category == .littleContact)
    #expect(hal.confidence == .low)
    #expect(hal.layer != .fifteen && hal.layer != .five)
    let tara = try #require(people["Tara Thanks"])
    #expect(tara.category == .mutual)
    #expect(tara.reason.contains("too little contact to tell"))
    #expect(people["Uma Usual"]?.category == .twoWay)
  }
}
