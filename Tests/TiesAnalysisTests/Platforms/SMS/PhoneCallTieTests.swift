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

  /// A call log holding only missed calls still shows calls: none were answered, which is
  /// zero, not unknown. The file's role says so, not its label's wording.
  @Test func aCallLogOfMissedCallsMakesCallsKnown() async throws {
    let folder = try FixturePaths.temporaryFolder("missed-only")
    let xml = """
      <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
      <calls count="2" backup_date="1714554000000" type="full">
        <call number="+44 7700 900456" duration="0" date="1654797600000" type="3" \
      contact_name="Greg Lowe" />
        <call number="+44 7700 900456" duration="0" date="1672077600000" type="3" \
      contact_name="Greg Lowe" />
      </calls>

      """
    try xml.write(toFile: folder + "/calls-20240501.xml", atomically: true, encoding: .utf8)
    let run = try await ImportPipeline.run([folder], options: ImportOptions(jobs: 1))
    #expect(run.graph.files.map(\.isCallLog) == [true])
    let analysis = Analyzer().analyze(run.graph)
    let greg = try #require(analysis.people.first { $0.person.name == "Greg Lowe" })
    #expect(greg.callsMissed == 2)
    #expect(greg.callsKnown)
  }
}
