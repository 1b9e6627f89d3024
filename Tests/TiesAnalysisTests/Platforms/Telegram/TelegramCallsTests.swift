import Testing
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesAnalysis

/// Calls are ties too: someone the owner only phones, both ways and over years, is a
/// meaningful tie without a single text (issue 5's "done means").
struct TelegramCallsTests {
  private func people(_ fixture: String) async throws -> [String: PersonMetrics] {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(fixture)], options: ImportOptions(jobs: 1))
    let analysis = Analyzer().analyze(run.graph)
    return Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
  }

  @Test func callsOnlyBothWaysOverYearsAreMeaningful() async throws {
    let dan = try #require(try await people("telegram-calls-only")["Dan Moss"])
    #expect(dan.messagesSent + dan.messagesReceived == 0)
    #expect(dan.category == .meaningful)
    #expect(dan.direction == .both)
    // 24 answered calls, alternating, one a month from May 2022; a missed callback every
    // third month.
    #expect(dan.callsPlaced == 16)
    #expect(dan.callsReceived == 16)
    #expect(dan.callsMissed == 8)
    // 300 + 60 × (month mod 5) seconds each: 9,960 s.
    #expect(dan.callSeconds == 9_960)
  }

  @Test func callsCountPerDirectionWithMinutes() async throws {
    let ben = try #require(try await people("telegram-full")["Ben Ito"])
    // Ann called: 95 s (hangup), busy, cancelled; Ben called: missed, 600 s.
    #expect(ben.callsPlaced == 3)
    #expect(ben.callsReceived == 2)
    #expect(ben.callsMissed == 3)
    #expect(ben.callSeconds == 695)
    #expect(ben.messagesSent == 2)
    #expect(ben.messagesReceived == 2)
  }

  @Test func htmlCallsCountPerDirection() async throws {
    let sergey = try #require(try await people("telegram-html")["Sergey Medvedev"])
    #expect(sergey.callsPlaced == 2)  // Outgoing (95 s), Cancelled
    #expect(sergey.callsReceived == 2)  // Missed, Incoming (600 s)
    #expect(sergey.callsMissed == 2)
    #expect(sergey.callSeconds == 695)
  }
}
