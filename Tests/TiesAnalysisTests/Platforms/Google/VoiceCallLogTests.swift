import Foundation
import Testing
import TiesCore
import TiesImport
import TiesTestSupport

@testable import TiesAnalysis

/// A Google Voice call page is a call log: a takeout whose only call was missed still
/// knows calls (none answered), where a platform with no call page leaves them unknown.
struct VoiceCallLogTests {
  @Test func aMissedCallPageMakesCallsKnown() async throws {
    let folder = try FixturePaths.temporaryFolder("voice-missed") + "/Takeout/Voice/Calls"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let page = "+16505550188 - Missed - 2022-10-03T20_15_00Z.html"
    try FileManager.default.copyItem(
      atPath: FixturePaths.exports("google-takeout-2023") + "/Takeout/Voice/Calls/" + page,
      toPath: folder + "/" + page)
    let run = try await ImportPipeline.run([folder], options: ImportOptions(jobs: 1))
    #expect(run.graph.files.map(\.isCallLog) == [true])
    let analysis = Analyzer().analyze(run.graph)
    let caller = try #require(analysis.people.first)
    #expect(caller.callsMissed == 1)
    #expect(caller.callsKnown)
  }
}
