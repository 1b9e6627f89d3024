import TiesAnalysis
import TiesCore

/// `people.csv`: one row per person, the conclusions and every count behind them
/// (the columns of `PersonColumns`).
public struct PeopleCSVWriter: ReportWriter {
  public let fileName = "people.csv"

  public init() {}

  static var columns: [String] { PersonColumns.names }

  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    out.write(Formatting.csvRow(Self.columns))
    for person in context.analysis.people {
      out.write(Formatting.csvRow(PersonColumns.all.map { $0.value(person, context) ?? "" }))
    }
  }
}
