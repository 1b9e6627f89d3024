/// The output formats `--format` selects.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// `report.md`
  case md
  /// `people.csv` and `links.csv`
  case csv
  /// `summary.json`
  case json
}
