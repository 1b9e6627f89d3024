import TiesAnalysis

/// `timeline.csv`: the `monthly` table of ties.sqlite, person × month × direction.
public struct TimelineCSVWriter: ReportWriter {
  public let fileName = "timeline.csv"

  public init() {}

  static let columns = [
    "person_id", "month", "direction", "messages", "characters", "calls", "call_minutes",
    "conversations_opened",
  ]

  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    out.write(Formatting.csvRow(Self.columns))
    for row in context.analysis.monthly.rows {
      out.write(Formatting.csvRow(Self.fields(row)))
    }
  }

  static func fields(_ row: MonthlySeries.Row) -> [String] {
    [
      row.personID, row.month, row.direction, String(row.messages), String(row.characters),
      String(row.calls), Formatting.fixed(Double(row.callSeconds) / 60, 1),
      String(row.conversationsOpened),
    ]
  }
}
