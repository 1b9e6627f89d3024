import Foundation
import TiesAnalysis
import TiesCore
import TiesImport
import TiesReport

/// One export analyzed end to end in this process, as `ties analyze` does, for batch runs.
public struct ExportAnalysis: Sendable {
  public var options: ImportOptions
  public var settings: AnalysisSettings
  public var overrides: PersonOverrides
  public var formats: [ReportFormat]
  public var version: String

  public init(
    options: ImportOptions, settings: AnalysisSettings = AnalysisSettings(),
    overrides: PersonOverrides = PersonOverrides(), formats: [ReportFormat] = ReportFormat.allCases,
    version: String
  ) {
    self.options = options
    self.settings = settings
    self.overrides = overrides
    self.formats = formats
    self.version = version
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Reads the inputs, analyzes and writes every output into `folder`; returns the diagnostics.
  public func run(_ inputs: [String], into folder: String) async throws -> [Diagnostic] {
    let run: ImportRun
    do {
      run = try await ImportPipeline.run(inputs, options: options)
    } catch {
      throw Failure(description: "\(error)")
    }
    guard !run.detection.claimed.isEmpty else {
      throw Failure(description: "no supported export file found")
    }
    let analysis = Analyzer(settings: settings, overrides: overrides).analyze(run.graph)
    let context = ReportContext(
      analysis: analysis, inputs: inputs, assumedTimeZone: options.timeZone?.identifier ?? "UTC",
      version: version)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for format in formats {
      for writer in ReportWriters.writers(for: format) {
        try writer.write(context, to: folder + "/" + writer.fileName)
      }
    }
    return analysis.graph.diagnostics
  }
}
