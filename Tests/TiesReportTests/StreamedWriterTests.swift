import Foundation
import Testing
import TiesAnalysis
import TiesImport
import TiesTestSupport

@testable import TiesReport

/// Every text writer streams the same bytes into a file as `render` gives as one string, on
/// every fixture export, with a buffer small enough that every piece crosses its end.
struct StreamedWriterTests {
  private static let textWriters: [any ReportWriter] = ReportFormat.allCases.flatMap {
    ReportWriters.writers(for: $0).compactMap { $0 as? any ReportWriter }
  }

  @Test func everyTextFormatHasAStreamingWriter() {
    let names = Set(Self.textWriters.map(\.fileName))
    #expect(
      names == [
        "report.md", "people.csv", "links.csv", "summary.json", "report.html",
        "network.graphml", "timeline.csv",
      ])
  }

  @Test(arguments: GoldenCatalog.exportNames)
  func streamedOutputEqualsRender(export: String) async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(export)], options: ImportOptions(jobs: 2))
    let context = ReportContext(
      analysis: Analyzer().analyze(run.graph), inputs: [FixturePaths.exports(export)],
      version: "test")
    let folder = try FixturePaths.temporaryFolder("streamed-\(export)")
    for writer in Self.textWriters {
      let expected = Data(writer.render(context).utf8)
      let small = folder + "/small-" + writer.fileName
      var output = try TextFileOutput(path: small, capacity: 13)
      writer.write(context, into: &output)
      try output.close()
      #expect(try Data(contentsOf: URL(fileURLWithPath: small)) == expected, "\(writer.fileName)")
      let path = folder + "/" + writer.fileName
      try writer.write(context, to: path)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == expected, "\(writer.fileName)")
    }
  }
}
