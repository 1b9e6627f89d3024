import Testing
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesAnalysis

/// Calls are ties of their own: a person one only phones, both ways and over years, is
/// two-way without a single text (issue 5); every two months is not yet the weekly rhythm
/// of the meaningful core (issue 11).
struct PhoneCallTieTests {
  @Test func callsBothWaysOverYearsAreMeaningful() async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports("sms-calls-only")], options: ImportOptions(jobs: 1))
    let analysis = Analyzer().analyze(run.graph)
    let people = Dictionary(uniqueKeysWithValues: analysis.people.map { ($0.person.name, $0) })
    let farah = try #require(people["Farah Khan"])
    #expect(farah.messagesSent + farah.messagesReceived == 0)
    #expect(farah.callsPlaced == 6)
    #expect(farah.callsReceived == 6)
    #expect(farah.callSeconds == 12 * 300 + 60 * 66)
    #expect(farah.category == .twoWay)
    #expect(farah.callsAnswered == 12)
    #expect(farah.callsKnown)
    #expect(farah.layer == .fifty)
    // Rings that were never answered, from one side only: no tie of two.
    let greg = try #require(people["Greg Lowe"])
    #expect(greg.callsMissed == 3)
    #expect(greg.category == .littleContact)
    #expect(greg.lastReciprocated == nil)
    #expect(greg.strength < farah.strength)
  }
}
