import TiesAnalysis
import TiesCore

/// The people table of report.html: one row per person as in people.csv, with their monthly
/// contact as a small chart. Sortable and filterable with the page's script; a plain table
/// without it.
enum HTMLPeopleTable {
  /// Written a row at a time: the table has everyone, and each row its chart.
  static func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    let analysis = context.analysis
    let monthly = analysis.monthly.rows
    // The rows are sorted by person, so each person's are one run of them.
    var rowsOf: [String: Range<Int>] = [:]
    var runStart = 0
    for index in monthly.indices
    where index + 1 == monthly.count
      || monthly[index + 1].personID != monthly[index].personID
    {
      rowsOf[monthly[index].personID] = runStart..<(index + 1)
      runStart = index + 1
    }
    let months = allMonths(monthly)
    out.write("<section aria-labelledby=\"people-title\">\n")
    out.write("<h2 id=\"people-title\">People (\(analysis.people.count))</h2>\n")
    out.write("<p class=\"filter noscript-hidden\"><label for=\"filter\">Filter</label>")
    out.write("<input id=\"filter\" type=\"search\" placeholder=\"name, category, platform…\">")
    out.write(" <span id=\"shown\" role=\"status\" class=\"muted\"></span></p>\n")
    out.write("<table id=\"people\" data-count=\"\(analysis.people.count)\">\n")
    out.write("<caption>Strongest first. Monthly contact: what you sent above the line (blue), ")
    out.write("what they sent below (orange)")
    if let first = months.first, let last = months.last { out.write(", \(first) to \(last)") }
    out.write(".</caption>\n<thead><tr>")
    let headers: [(String, Bool)] = [
      ("Name", false), ("Category", false), ("Direction", false), ("Strength", true),
      ("Layer", false), ("Status", false), ("Platforms", false), ("Sent", true),
      ("Received", true), ("Calls", true), ("Last contact", false),
    ]
    for (title, numeric) in headers {
      out.write("<th scope=\"col\"\(numeric ? " class=\"n\"" : "")><button type=\"button\">")
      out.write("\(title)</button></th>")
    }
    out.write("<th scope=\"col\">Per month</th></tr></thead>\n<tbody>\n")
    for person in analysis.people {
      let chart = rowsOf[person.person.id].map {
        HTMLCharts.sparkline(monthly[$0], months: months, name: person.person.name)
      }
      out.write(row(person, chart: chart ?? ""))
    }
    out.write("</tbody>\n</table>\n</section>\n")
  }

  /// One person's row, with their chart in the last cell.
  private static func row(_ person: PersonMetrics, chart: String) -> String {
    let name = XMLText.escape(person.person.name)
    var out =
      "<tr data-person=\"\(XMLText.escape(person.person.id))\"><th scope=\"row\">\(name)</th>"
    out += "<td>\(person.category.rawValue)</td><td>\(person.direction.rawValue)</td>"
    out += "<td class=\"n\">\(person.strength)</td>"
    out += "<td data-v=\"\(layerOrder(person.layer))\">\(person.layer.rawValue)</td>"
    out += "<td>\(person.status.rawValue)</td>"
    out += "<td>\(person.platforms.map(\.displayName).joined(separator: ", "))</td>"
    out += "<td class=\"n\">\(person.messagesSent)</td>"
    out += "<td class=\"n\">\(person.messagesReceived)</td>"
    out += "<td class=\"n\">\(person.calls)</td>"
    out += "<td class=\"date\">\(Formatting.date(person.lastContact).prefix(10))</td><td>"
    return out + chart + "</td></tr>\n"
  }

  /// Inner layers sort first.
  private static func layerOrder(_ layer: TieLayer) -> Int {
    TieLayer.allCases.firstIndex(of: layer) ?? 0
  }

  /// Every month from the first to the last with contact, so charts share one time axis.
  static func allMonths(_ rows: [MonthlySeries.Row]) -> [String] {
    guard let first = rows.lazy.map(\.month).min(), let last = rows.lazy.map(\.month).max(),
      var year = Int(first.prefix(4)), var month = Int(first.suffix(2))
    else { return [] }
    var result: [String] = []
    while true {
      let text = String(year) + "-" + (month < 10 ? "0" : "") + String(month)
      result.append(text)
      if text >= last || result.count > 1200 { break }
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return result
  }
}
