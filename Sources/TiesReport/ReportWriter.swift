import Foundation

/// One output file, written into the output folder.
public protocol OutputWriter: Sendable {
  var fileName: String { get }
  func write(_ context: ReportContext, to path: String) throws
}

/// A text output. Writers are pure: the same analysis gives the same bytes.
public protocol ReportWriter: OutputWriter {
  func render(_ context: ReportContext) -> String
}

extension ReportWriter {
  public func write(_ context: ReportContext, to path: String) throws {
    try Data(render(context).utf8).write(to: URL(fileURLWithPath: path))
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
