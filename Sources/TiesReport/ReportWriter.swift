import Foundation

/// One output file, written into the output folder.
public protocol OutputWriter: Sendable {
  var fileName: String { get }
  func write(_ context: ReportContext, to path: String) throws
}

/// A text output. Writers are pure: the same analysis gives the same bytes.
///
/// A writer streams its text into `out` piece by piece (a row, a node, a section), never
/// building the whole output: on a large export the file is tens of MB, and a whole `String`
/// of it plus its copy on the way to disk would double the writing phase's memory.
public protocol ReportWriter: OutputWriter {
  func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out)
}

extension ReportWriter {
  /// The whole output as one string, for tests and callers that want it in memory.
  public func render(_ context: ReportContext) -> String {
    var text = ""
    write(context, into: &text)
    return text
  }

  public func write(_ context: ReportContext, to path: String) throws {
    var file = try TextFileOutput(path: path)
    write(context, into: &file)
    try file.close()
  }
}

/// The writers behind each format.
public enum ReportWriters {
  public static func writers(for format: ReportFormat) -> [any OutputWriter] {
    switch format {
    case .md: return [MarkdownReportWriter()]
    case .csv: return [PeopleCSVWriter(), LinksCSVWriter()]
    case .json: return [SummaryJSONWriter()]
    case .html: return [HTMLReportWriter()]
    case .sqlite: return [SQLiteWriter()]
    case .graphml: return [GraphMLWriter()]
    case .timeline: return [TimelineCSVWriter()]
    }
  }
}
