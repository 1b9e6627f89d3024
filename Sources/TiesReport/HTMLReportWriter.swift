import TiesAnalysis
import TiesCore

/// `report.html`: one self-contained page, opened from `file://` with no network: the
/// categories and Dunbar circles at a glance, one-sided and fading lists, coverage per source
/// and the people table, each person with their monthly contact. Tables and charts need no
/// script; the inline script only sorts and filters. Never any message text.
public struct HTMLReportWriter: ReportWriter {
  public let fileName = "report.html"

  public init() {}

  /// The page is written part by part; the lists and the people table, which grow with the
  /// export, a row at a time.
  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    let analysis = context.analysis
    let totals = Totals(analysis)
    let ownerName = analysis.owner?.name ?? "you"
    // An export that never names its owner: "Your relationships", not "you's".
    let heading = XMLText.escape(
      analysis.owner.map { "\($0.name)'s relationships" } ?? "Your relationships")
    out.write(
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
      style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <meta name="generator" content="ties \(XMLText.escape(context.version))">
      <title>ties: \(heading)</title>
      <style>
      \(HTMLAssets.style)
      </style>
      </head>
      <body>
      <header>
      <h1>\(heading)</h1>

      """)
    let meaningful = totals.perCategory[.meaningful] ?? 0
    out.write("<p id=\"summary\" data-people=\"\(totals.overall.people)\">")
    out.write("\(totals.overall.people) people, \(meaningful) meaningful, ")
    out.write("\(totals.overall.messages) messages, \(totals.overall.calls) calls, ")
    out.write("\(totals.overall.links) declared links")
    if let start = analysis.start, let end = analysis.end {
      out.write(
        ", from \(CivilTime.iso8601(start).prefix(10)) to \(CivilTime.iso8601(end).prefix(10))")
    }
    out.write(".</p>\n</header>\n<main>\n")
    out.write(glance(analysis, totals: totals, ownerName: ownerName))
    lists(analysis, into: &out)
    out.write(coverage(analysis, totals: totals))
    HTMLPeopleTable.write(context, into: &out)
    out.write(
      "</main>\n<footer><p class=\"muted\">Written by ties \(XMLText.escape(context.version))")
    out.write(" from the exports alone, offline. No message text is in this page.</p></footer>\n")
    out.write("<script>\n\(HTMLAssets.script)\n</script>\n</body>\n</html>\n")
  }

  private func glance(_ analysis: Analysis, totals: Totals, ownerName: String) -> String {
    var out = "<section aria-labelledby=\"glance\">\n<h2 id=\"glance\">At a glance</h2>\n"
    out += "<div class=\"grid\">\n<figure>\n"
    out += HTMLCharts.categories(totals)
    out += "<figcaption class=\"muted\">People per category.</figcaption>\n</figure>\n"
    out += "<figure>\n" + HTMLCharts.dunbar(analysis.people, ownerName: ownerName)
    out += "<figcaption class=\"muted\">Dunbar layers by contact frequency, "
    out +=
      "you in the middle; below, people seen too briefly to place.</figcaption>\n</figure>\n</div>\n<p class=\"legend\">"
    for category in TieCategory.allCases.reversed() {
      out += "<span><span class=\"swatch\" style=\"background:"
      out += "\(HTMLCharts.colours[category] ?? "#000")\"></span>\(category.rawValue)</span>"
    }
    return out + "</p>\n</section>\n"
  }

  private func lists<Out: TextOutputStream>(_ analysis: Analysis, into out: inout Out) {
    let people = analysis.people
    let oneSided = people.indices.filter { people[$0].category == .oneSided }
    let fading = people.indices.filter { people[$0].status == .fading }
    for (id, title, members) in [
      ("one-sided", "One-sided", oneSided), ("fading", "Fading", fading),
    ] {
      out.write("<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(title) ")
      out.write("(<span data-count=\"\(id)\">\(members.count)</span>)</h2>\n")
      if members.isEmpty {
        out.write("<p class=\"muted\">Nobody.</p>\n</section>\n")
        continue
      }
      out.write("<ul id=\"\(id)-list\">\n")
      for index in members {
        let person = people[index]
        out.write("<li><strong>\(XMLText.escape(person.person.name))</strong> — ")
        out.write("\(XMLText.escape(person.reason))</li>\n")
      }
      out.write("</ul>\n</section>\n")
    }
  }

  private func coverage(_ analysis: Analysis, totals: Totals) -> String {
    var out =
      "<section aria-labelledby=\"coverage\">\n<h2 id=\"coverage\">Coverage per source</h2>\n"
    out += "<table id=\"sources\">\n<caption>What each export held and how much of it was read."
    out += "</caption>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\" class=\"n\">"
    out += "Files read</th><th scope=\"col\" class=\"n\">Partly read</th><th scope=\"col\" "
    out += "class=\"n\">Skipped</th><th scope=\"col\" class=\"n\">People</th><th scope=\"col\" "
    out += "class=\"n\">Messages</th><th scope=\"col\" class=\"n\">Calls</th><th scope=\"col\" "
    out += "class=\"n\">Links</th><th scope=\"col\">Span</th></tr></thead>\n<tbody>\n"
    for platform in analysis.platforms {
      let files = analysis.graph.files.filter { $0.platform == platform }
      let count = { (status: FileStatus) in files.filter { $0.status == status }.count }
      let counts = totals.perPlatform[platform] ?? Totals.Counts()
      let span = analysis.graph.coverage[platform].map {
        "\(CivilTime.iso8601($0.lowerBound).prefix(10)) to \(CivilTime.iso8601($0.upperBound).prefix(10))"
      }
      out += "<tr><th scope=\"row\">\(platform.displayName)</th>"
      for value in [
        count(.read), count(.partial), count(.skipped), counts.people, counts.messages,
        counts.calls, counts.links,
      ] {
        out += "<td class=\"n\">\(value)</td>"
      }
      out += "<td>\(span ?? "whole export")</td></tr>\n"
    }
    let unrecognized = analysis.graph.files.filter { $0.platform == nil }.count
    out += "</tbody>\n</table>\n"
    if unrecognized > 0 {
      out += "<p class=\"muted\">\(unrecognized) files were not recognized; summary.json and "
      out += "report.md list them with the reason.</p>\n"
    }
    return out + "</section>\n"
  }
}
