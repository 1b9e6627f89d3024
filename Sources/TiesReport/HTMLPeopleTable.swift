import TiesAnalysis
import TiesCore

/// The people table of report.html: one row per person as in people.csv, with their monthly
/// contact as a small chart. Sortable and filterable with the page's script; a plain table
/// without it.
enum HTMLPeopleTable {
  static func render(_ context: ReportContext) -> String {
    let analysis = context.analysis
    var rowsOf: [String: [MonthlySeries.Row]] = [:]
    for row in analysis.monthly.rows { rowsOf[row.personID, default: []].append(row) }
    let months = allMonths(analysis.monthly.rows)
    var out = "<section aria-labelledby=\"people-title\">\n"
    out += "<h2 id=\"people-title\">People (\(analysis.people.count))</h2>\n"
    out += "<p class=\"filter noscript-hidden\"><label for=\"filter\">Filter</label>"
    out += "<input id=\"filter\" type=\"search\" placeholder=\"name, category, platform…\">"
    out += " <span id=\"shown\" role=\"status\" class=\"muted\"></span></p>\n"
    out += "<table id=\"people\" data-count=\"\(analysis.people.count)\">\n"
    out += "<caption>Strongest first. Monthly contact: what you sent above the line (blue), "
    out += "what they sent below (orange)"
    if let first = months.first, let last = months.last { out += ", \(first) to \(last)" }
    out += ".</caption>\n<thead><tr>"
    let headers: [(String, Bool)] = [
      ("Name", false), ("Category", false), ("Direction", false), ("Strength", true),
      ("Layer", false), ("Status", false), ("Platforms", false), ("Sent", true),
      ("Received", true), ("Calls", true), ("Last contact", false),
    ]
    for (title, numeric) in headers {
      out += "<th scope=\"col\"\(numeric ? " class=\"n\"" : "")><button type=\"button\">"
      out += "\(title)</button></th>"
    }
    out += "<th scope=\"col\">Per month</th></tr></thead>\n<tbody>\n"
    for person in analysis.people {
      let name = XMLText.escape(person.person.name)
      out +=
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
      if let rows = rowsOf[person.person.id] {
        out += HTMLCharts.sparkline(rows, months: months, name: person.person.name)
      }
      out += "</td></tr>\n"
    }
    return out + "</tbody>\n</table>\n</section>\n"
  }

  /// Inner layers sort first.
  private static func layerOrder(_ layer: TieLayer) -> Int {
    TieLayer.allCases.firstIndex(of: layer) ?? 0
  }

  /// Every month from the first to the last with contact, so charts share one time axis.
  static func allMonths(_ rows: [MonthlySeries.Row]) -> [String] {
    let months = rows.map(\.month)
    guard let first = months.min(), let last = months.max(),
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
