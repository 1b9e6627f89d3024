/// The output formats `--format` selects. All are written by default: none needs a tool
/// beyond ties itself.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// `report.md`
  case md
  /// `people.csv` and `links.csv`
  case csv
  /// `summary.json`
  case json
  /// `report.html`, self-contained
  case html
  /// `ties.sqlite`
  case sqlite
  /// `network.graphml`
  case graphml
  /// `timeline.csv`
  case timeline
}
