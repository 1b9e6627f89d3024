import Foundation
import TiesAnalysis
import TiesCore

/// The inline SVG charts of report.html, drawn here so the page needs no script, font or
/// image from anywhere. Every chart is an `img` with a text alternative.
enum HTMLCharts {
  /// Colours per category, each at least 3:1 against white (WCAG 1.4.11), weakest first.
  static let colours: [TieCategory: String] = [
    .undetermined: "#57534e", .blocked: "#3f3f3f", .removed: "#9d174d", .contact: "#0e7490",
    .follower: "#6b6b6b",
    .followed: "#8a5a00", .mutual: "#1d4ed8", .groupOnly: "#7c3aed", .littleContact: "#a16207",
    .oneSided: "#c2410c", .twoWay: "#047857", .meaningful: "#b91c1c",
  ]

  /// Horizontal bars: people per category.
  static func categories(_ totals: Totals) -> String {
    let rows = TieCategory.allCases.reversed().map { ($0, totals.perCategory[$0] ?? 0) }
    let largest = max(1, rows.map(\.1).max() ?? 1)
    let height = rows.count * 26 + 8
    let label = rows.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
    var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"People per category: \(label)\" "
    svg += "viewBox=\"0 0 480 \(height)\" width=\"480\" height=\"\(height)\">\n"
    for (offset, (category, count)) in rows.enumerated() {
      let y = offset * 26 + 4
      let width = Int((Double(count) / Double(largest) * 300).rounded())
      svg += "<text x=\"100\" y=\"\(y + 16)\" text-anchor=\"end\">\(category.rawValue)</text>"
      svg += "<rect x=\"108\" y=\"\(y + 2)\" width=\"\(max(width, count > 0 ? 2 : 0))\" "
      svg += "height=\"18\" fill=\"\(colours[category] ?? "#000")\"/>"
      svg += "<text x=\"\(114 + width)\" y=\"\(y + 16)\">\(count)</text>\n"
    }
    return svg + "</svg>\n"
  }

  static let layers: [TieLayer] = [.five, .fifteen, .fifty, .oneFifty, .beyond]

  /// Dunbar circles: the owner in the middle, each person a dot on the ring of their layer,
  /// coloured by category. People with two-way contact over too short a span have no ring:
  /// they are dots in a band of their own below, so a new friend is shown and not placed.
  /// People with no two-way exchange are only counted. At most `limit` dots, strongest
  /// first, so the page stays light; the counts are of everyone.
  static func dunbar(_ people: [PersonMetrics], ownerName: String, limit: Int = 400) -> String {
    let size = 480.0
    let centre = size / 2
    let radius = { (ring: Int) in 50.0 + Double(ring) * 42.0 }
    var counts: [TieLayer: Int] = [:]
    for person in people { counts[person.layer, default: 0] += 1 }
    var byLayer: [TieLayer: [PersonMetrics]] = [:]
    let drawn = people.filter { layers.contains($0.layer) || $0.layer == .tooShort }
    for person in drawn.prefix(limit) { byLayer[person.layer, default: []].append(person) }
    let tooShort = counts[.tooShort] ?? 0
    let none = counts[.none] ?? 0
    let label =
      layers.map { "layer \($0.rawValue): \(counts[$0] ?? 0)" }.joined(separator: ", ")
      + "; not enough time observed: \(tooShort); no two-way exchange: \(none)"
    let height = 560
    var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Dunbar circles, you in the middle; "
    svg += "\(label)\" viewBox=\"0 0 480 \(height)\" width=\"480\" height=\"\(height)\">\n"
    for (ring, layer) in layers.enumerated().reversed() {
      let r = radius(ring)
      svg += "<circle cx=\"240\" cy=\"240\" r=\"\(Formatting.fixed(r, 1))\" class=\"ring\"/>"
      svg += "<text x=\"240\" y=\"\(Formatting.fixed(centre - r + 14, 1))\" "
      svg += "text-anchor=\"middle\" class=\"ringlabel\">\(layer.rawValue)</text>\n"
    }
    svg += "<circle cx=\"240\" cy=\"240\" r=\"14\" fill=\"#111\"/>"
    svg += "<text x=\"240\" y=\"244\" text-anchor=\"middle\" fill=\"#fff\" class=\"me\">me"
    svg += "<title>\(XMLText.escape(ownerName))</title></text>\n"
    for (ring, layer) in layers.enumerated() {
      let members = byLayer[layer] ?? []
      let r = radius(ring) - 21
      for (index, person) in members.enumerated() {
        // Golden-angle spacing spreads any number of dots evenly and deterministically.
        let angle = Double(index) * 2.399963229728653 + Double(ring)
        let jitter = Double(index % 3) * 5
        svg += dot(
          person, x: centre + (r + jitter) * cos(angle), y: centre + (r + jitter) * sin(angle))
      }
    }
    svg += unplaced(byLayer[.tooShort] ?? [], tooShort: tooShort, none: none)
    return svg + "</svg>\n"
  }

  /// The band under the circles: a dot per person seen too briefly for a layer (two rows at
  /// most, then "+N more"), and the count of people with no two-way exchange.
  private static func unplaced(_ members: [PersonMetrics], tooShort: Int, none: Int) -> String {
    var svg = "<text x=\"8\" y=\"500\" class=\"ringlabel\">not enough time observed: "
    svg += "\(tooShort)</text>\n"
    let perRow = 38
    let shown = members.prefix(perRow * 2)
    for (index, person) in shown.enumerated() {
      let x = 14.0 + Double(index % perRow) * 12
      let y = 512.0 + Double(index / perRow) * 12
      svg += dot(person, x: x, y: y)
    }
    if tooShort > shown.count {
      svg += "<text x=\"472\" y=\"500\" text-anchor=\"end\" class=\"ringlabel\">"
      svg += "+\(tooShort - shown.count) more</text>\n"
    }
    svg += "<text x=\"8\" y=\"550\" class=\"ringlabel\">no two-way exchange (not drawn): "
    svg += "\(none)</text>\n"
    return svg
  }

  private static func dot(_ person: PersonMetrics, x: Double, y: Double) -> String {
    var svg = "<circle cx=\"\(Formatting.fixed(x, 1))\" cy=\"\(Formatting.fixed(y, 1))\" r=\"5\" "
    svg += "fill=\"\(colours[person.category] ?? "#000")\">"
    svg += "<title>\(XMLText.escape(person.person.name)) (\(person.category.rawValue))"
    return svg + "</title></circle>\n"
  }

  /// A person's contact per month: what you sent above the line, what they sent below.
  static func sparkline(
    _ rows: ArraySlice<MonthlySeries.Row>, months: [String], name: String
  ) -> String {
    guard !months.isEmpty else { return "" }
    var sent: [String: Int] = [:]
    var received: [String: Int] = [:]
    for row in rows {
      let amount = row.messages + row.calls
      if row.direction == "sent" {
        sent[row.month, default: 0] += amount
      } else {
        received[row.month, default: 0] += amount
      }
    }
    let largest = max(1, (Array(sent.values) + Array(received.values)).max() ?? 1)
    let step = max(2.0, min(8.0, 160.0 / Double(months.count)))
    let width = Int((step * Double(months.count)).rounded(.up))
    let total = (sent.values.reduce(0, +), received.values.reduce(0, +))
    var svg = "<svg class=\"spark\" role=\"img\" aria-label=\"\(XMLText.escape(name)): "
    svg += "\(total.0) sent, \(total.1) received, \(months.first ?? "") to \(months.last ?? "")\" "
    svg += "viewBox=\"0 0 \(width) 32\" width=\"\(width)\" height=\"32\">"
    svg += "<line x1=\"0\" y1=\"16\" x2=\"\(width)\" y2=\"16\" class=\"axis\"/>"
    for (index, month) in months.enumerated() {
      let x = Formatting.fixed(Double(index) * step, 1)
      let bar = Formatting.fixed(max(step - 1, 1), 1)
      if let up = sent[month], up > 0 {
        let h = max(1, Int((Double(up) / Double(largest) * 15).rounded()))
        svg += "<rect x=\"\(x)\" y=\"\(16 - h)\" width=\"\(bar)\" height=\"\(h)\" class=\"you\"/>"
      }
      if let down = received[month], down > 0 {
        let h = max(1, Int((Double(down) / Double(largest) * 15).rounded()))
        svg += "<rect x=\"\(x)\" y=\"16\" width=\"\(bar)\" height=\"\(h)\" class=\"them\"/>"
      }
    }
    return svg + "</svg>"
  }
}
