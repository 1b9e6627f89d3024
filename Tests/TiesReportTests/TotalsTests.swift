import Testing
import TiesAnalysis
import TiesImport
import TiesTestSupport

@testable import TiesReport

/// The reports' counts per platform come from the analysis' one pass; counted again from
/// the graph (an analysis without them) they are the same, on every fixture export.
struct TotalsTests {
  @Test(arguments: GoldenCatalog.exportNames)
  func countsFromTheAnalysisEqualCountsFromTheGraph(export: String) async throws {
    let run = try await ImportPipeline.run(
      [FixturePaths.exports(export)], options: ImportOptions(jobs: 2))
    var analyzer = Analyzer()
    analyzer.jobs = 2
    // Runs of two, so that the analysis' pass reads the run in two halves.
    analyzer.sortRunLength = 2
    let analysis = analyzer.analyze(run.graph)
    #expect(analysis.threadTotals.count == analysis.graph.threads.count)
    var counted = analysis
    counted.threadTotals = []
    #expect(Totals(analysis).json.rendered() == Totals(counted).json.rendered())
    #expect(
      Totals(analysis, includePlaceholders: false).json.rendered()
        == Totals(counted, includePlaceholders: false).json.rendered())
  }
}
