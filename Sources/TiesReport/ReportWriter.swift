/// One output file. Writers are pure: the same analysis gives the same bytes.
public protocol ReportWriter: Sendable {
  var fileName: String { get }
  func render(_ context: ReportContext) -> String
}

/// The writers behind each format.
public enum ReportWriters {
  public static func writers(for format: ReportFormat) -> [any ReportWriter] {
    switch format {
    case .md: return [MarkdownReportWriter()]
    case .csv: return [PeopleCSVWriter(), LinksCSVWriter()]
    case .json: return [SummaryJSONWriter()]
    }
  }
}
