import TiesAnalysis
import TiesCore

/// `report.md`: the human summary (DESIGN §5). Names and counts only, never message text.
public struct MarkdownReportWriter: ReportWriter {
  public let fileName = "report.md"
  /// Rows per list before "and N more" (people.csv always has everyone).
  public var listLimit = 25

  public init() {}

  /// Each section is made whole and written; sections are bounded by `listLimit`, except
  /// the lists that grow with the export (duplicates, files, warnings), written line by line.
  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    let analysis = context.analysis
    let totals = Totals(analysis)
    let visible = analysis.people.filter { !$0.person.isPlaceholder }
    out.write("# ties report\n\n")
    out.write(overview(context, totals: totals))
    out.write(MarkdownOwnerHint(context: context).render())
    out.write(glance(Totals(analysis, includePlaceholders: false)))
    let hidden = analysis.people.count - visible.count
    if hidden > 0 {
      out.write(
        "Deleted or unavailable accounts (\(hidden)) are not counted here or listed below; ")
      out.write("people.csv has them, marked as placeholders.\n\n")
    }
    out.write(
      section(
        "The meaningful core",
        note:
          "Two-way in the recent window, reciprocated across many weeks, with answered calls or "
          + "long talks, and not fading.",
        visible.filter { $0.category == .meaningful }))
    out.write(
      section(
        "Two-way", note: "Both take turns and answer each other.",
        visible.filter { $0.category == .twoWay }))
    out.write(
      section(
        "One-sided: you reach out", note: "You take most of the turns; they answer rarely.",
        visible.filter { $0.category == .oneSided && $0.direction == .you }))
    out.write(
      section(
        "One-sided: they reach out", note: "They take most of the turns; you answer rarely.",
        visible.filter { $0.category == .oneSided && $0.direction == .them }))
    out.write(
      section(
        "Fading",
        note:
          "Reciprocated contact dropped well below the pair's own rhythm before their sources end.",
        visible.filter { $0.status == .fading }))
    out.write(
      section(
        "Dormant", note: "No reciprocated exchange in the last year before their sources end.",
        visible.filter { $0.status == .dormant }))
    out.write(followBack(visible))
    out.write(
      section(
        "Group-only", note: "You only meet in group chats.",
        visible.filter { $0.category == .groupOnly }))
    duplicates(analysis, into: &out)
    MarkdownCoverage(context: context).write(into: &out)
    out.write(
      "\nHow these are measured, and the research behind each threshold: docs/metrics.md.\n")
  }

  private func overview(_ context: ReportContext, totals: Totals) -> String {
    let analysis = context.analysis
    var out = ""
    out +=
      "- Owner: \(analysis.owner.map { Formatting.cell($0.name) } ?? "not identified (pass --me)")"
    let missing = analysis.ownerMissingOn
    if analysis.owner != nil, !missing.isEmpty {
      out += "; not found on \(missing.map(\.displayName).joined(separator: ", ")), where sent and "
      out += "received cannot be told apart (pass --me or list yourself under `me:` in people.yaml)"
    }
    out += "\n"
    let start = analysis.start.map(CivilTime.isoDate) ?? "?"
    let end = analysis.end.map(CivilTime.isoDate) ?? "?"
    out += "- Export span: \(start) to \(end); each person's status is measured against the end "
    out += "of the sources they appear in (see Data coverage), not today\n"
    out += "- People: \(totals.overall.people); links: \(totals.overall.links); messages: "
    out +=
      "\(totals.overall.messages); calls: \(totals.overall.calls); reactions: \(totals.overall.reactions)\n\n"
    return out
  }

  private func glance(_ totals: Totals) -> String {
    var out = "## At a glance\n\n| category | people |\n|---|---:|\n"
    for category in TieCategory.allCases.reversed() {
      out += "| \(category.rawValue) | \(totals.perCategory[category] ?? 0) |\n"
    }
    out += "\n| Dunbar layer (weeks with a reciprocated exchange) | people |\n|---|---:|\n"
    let labels: [TieLayer: String] = [
      .five: "5 (about weekly)", .fifteen: "15 (about monthly)", .fifty: "50 (a few times a year)",
      .oneFifty: "150 (about yearly)", .beyond: "beyond (rarer)",
      .tooShort: "too short to tell (under about six months observed)",
      .none: "none (no reciprocated exchange)",
    ]
    for layer in TieLayer.allCases {
      out += "| \(labels[layer] ?? layer.rawValue) | \(totals.perLayer[layer] ?? 0) |\n"
    }
    return out + "\n"
  }

  private func section(_ title: String, note: String, _ people: [PersonMetrics]) -> String {
    var out = "## \(title) (\(people.count))\n\n\(note)\n\n"
    guard !people.isEmpty else { return out + "Nobody.\n\n" }
    out +=
      "| name | strength | layer | status | confidence | trend | platforms | evidence |\n"
      + "|---|---:|---|---|---|---|---|---|\n"
    for person in people.prefix(listLimit) {
      out +=
        "| \(Formatting.cell(Self.label(person.person))) | \(person.strength) | \(person.layer.rawValue) "
      out +=
        "| \(person.status.rawValue) | \(person.confidence.rawValue) | \(person.trend.rawValue) "
      out += "| \(person.platforms.map(\.displayName).joined(separator: ", ")) "
      out += "| \(Formatting.cell(person.reason)) |\n"
    }
    if people.count > listLimit {
      out += "\n… and \(people.count - listLimit) more in people.csv.\n"
    }
    return out + "\n"
  }

  private func followBack(_ people: [PersonMetrics]) -> String {
    let notBack = people.filter { person in
      person.youFollow.contains { !person.followsYou.contains($0) }
    }
    let youDont = people.filter { person in
      person.followsYou.contains { !person.youFollow.contains($0) }
    }
    return names(
      "Who doesn't follow you back", notBack,
      note: "You follow them; they do not follow you on that platform.")
      + names(
        "Whom you don't follow back", youDont,
        note: "They follow you; you do not follow them on that platform.")
  }

  /// Kin are marked: their status and strength do not decay with time (docs/metrics.md).
  static func label(_ person: Person) -> String {
    person.isKin ? person.name + " (kin)" : person.name
  }

  private func names(_ title: String, _ people: [PersonMetrics], note: String) -> String {
    var out = "## \(title) (\(people.count))\n\n\(note)\n\n"
    guard !people.isEmpty else { return out + "Nobody.\n\n" }
    let sorted = people.sorted { ($0.person.name, $0.person.id) < ($1.person.name, $1.person.id) }
    let shown = sorted.prefix(listLimit * 4).map { person in
      "\(Formatting.cell(Self.label(person.person))) (\(person.category.rawValue))"
    }
    out += shown.joined(separator: ", ")
    if sorted.count > shown.count {
      out += ", … and \(sorted.count - shown.count) more in people.csv"
    }
    return out + "\n\n"
  }

  private func duplicates<Out: TextOutputStream>(_ analysis: Analysis, into out: inout Out) {
    out.write("## Possible duplicates (\(analysis.possibleDuplicates.count))\n\n")
    guard !analysis.possibleDuplicates.isEmpty else {
      out.write("None found.\n\n")
      return
    }
    out.write(
      "Not merged: ties merges names only when they are unambiguous. Check these by hand.\n\n")
    for pair in analysis.possibleDuplicates {
      let first = analysis.people[pair.first].person
      let second = analysis.people[pair.second].person
      out.write(
        "- \(Formatting.cell(first.name)) (\(first.id)) and \(Formatting.cell(second.name)) ")
      out.write("(\(second.id)): \(pair.reason)\n")
    }
    out.write("\n")
  }
}
