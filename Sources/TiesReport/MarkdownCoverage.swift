import TiesAnalysis
import TiesCore

/// The data-coverage part of `report.md`: which platforms said what, and every file that
/// was skipped or read only in part, with the reason.
struct MarkdownCoverage {
  let context: ReportContext

  /// Each source's own span, how its end is known, and whether it has a call log; a
  /// warning when the ends lie far apart.
  private func sources(_ analysis: Analysis) -> String {
    guard !analysis.sources.isEmpty else { return "" }
    var out = "\n| source | starts | ends | end is | call log |\n|---|---|---|---|---|\n"
    for source in analysis.sources {
      let end: String
      switch source.endKind {
      case .declared: end = "declared by the export"
      case .lastRecord: end = "last record of a whole-account export"
      case .none: end = "none of its own (single chats): status there is unknown"
      }
      out += "| \(source.platform.displayName) | \(source.start.map(CivilTime.isoDate) ?? "?") "
      out += "| \(source.end.map(CivilTime.isoDate) ?? "?") | \(end) "
      out += "| \(source.hasCallLog ? "yes" : "no: calls missing, not zero") |\n"
    }
    let ends = analysis.sources.filter(\.hasOwnEnd).compactMap(\.end)
    if let first = ends.min(), let last = ends.max(),
      last - first > Int64(analysis.settings.coverageWarningDays) * 86_400
    {
      out += "\nWarning: the sources end \((last - first) / 86_400) days apart "
      out += "(\(CivilTime.isoDate(first)) and \(CivilTime.isoDate(last))). Each person is judged "
      out += "against the end of their own sources, but people seen only in the older ones look "
      out += "quieter than they may be; export them again for a common end.\n"
    }
    return out
  }

  func write<Out: TextOutputStream>(into out: inout Out) {
    let analysis = context.analysis
    out.write("## Data coverage\n\n")
    out.write(platforms(analysis))
    out.write(limits(analysis.graph))
    out.write(sources(analysis))
    if analysis.duplicatesMerged > 0 {
      out.write("\n\(analysis.duplicatesMerged) messages were read twice from overlapping exports ")
      out.write("(same chat, sender, time and length) and counted once.\n")
    }
    out.write("\nNaive local times were read in \(context.assumedTimeZone).\n")
    if let note = analysis.graph.phoneRegionNote { out.write("\n\(note)\n") }
    out.write("\n")
    files(analysis.graph, into: &out)
    if analysis.peopleWithoutEvidence > 0 {
      out.write("\n\(analysis.peopleWithoutEvidence) names appear only as members of threads with ")
      out.write("no message from them and no link; they are not listed.\n")
    }
    if analysis.excludedPeople > 0 {
      out.write(
        "\n\(analysis.excludedPeople) people are excluded by the people file and not listed.\n")
    }
  }

  /// One row per platform read: its layouts, files and whether it holds messages at all.
  private func platforms(_ analysis: Analysis) -> String {
    let graph = analysis.graph
    let messaging = analysis.messagingPlatforms
    var out = "| platform | layouts | files | messages or calls |\n|---|---|---:|---|\n"
    for platform in analysis.platforms {
      let layouts = (graph.layouts[platform] ?? []).sorted().joined(separator: "; ")
      let files = graph.files.filter { $0.platform == platform }.count
      let has =
        messaging.contains(platform) ? "yes" : "no: links only, silence here is not distance"
      out += "| \(platform.displayName) | \(Formatting.cell(layouts)) | \(files) | \(has) |\n"
    }
    return out
  }

  /// Exports that cannot show the other side, or cover only part of the account's life.
  private func limits(_ graph: InteractionGraph) -> String {
    var out = ""
    let ownerOnly = Set(graph.threads.filter(\.onlyOwnerMessages).map(\.platform)).sorted()
    for platform in ownerOnly {
      out += "\n\(platform.displayName)'s export holds only the messages you sent: nobody else's "
      out += "messages are in it, so their absence there is not silence. Those chats count as "
      out += "contact, but never toward who writes more or who answers.\n"
    }
    for (platform, range) in graph.coverage.sorted(by: { $0.key < $1.key }) {
      out += "\n\(platform.displayName) is a date-limited download: it covers only "
      out += "\(CivilTime.isoDate(range.lowerBound)) to \(CivilTime.isoDate(range.upperBound)). "
      out +=
        "Links and messages outside that range are not in it; request \"All time\" for the whole "
      out += "picture.\n"
    }
    return out
  }

  /// Files skipped or read in part, the quiet count of media, and every warning: lists as
  /// long as the export, so written a line at a time.
  private func files<Out: TextOutputStream>(_ graph: InteractionGraph, into out: inout Out) {
    let files = graph.files
    let problems = files.indices.filter {
      files[$0].status != .read && files[$0].reason != "media file, not read"
        && files[$0].reason != "not used by ties"
    }
    .sorted { files[$0].path < files[$1].path }
    let quiet = files.lazy.filter {
      $0.reason == "media file, not read" || $0.reason == "not used by ties"
    }.count
    out.write("### Files skipped or read in part (\(problems.count))\n\n")
    if problems.isEmpty {
      out.write("None.\n")
    } else {
      for index in problems {
        let file = files[index]
        out.write("- `\(file.path)`: \(file.status.rawValue), \(file.reason ?? "")\n")
      }
    }
    if quiet > 0 {
      out.write("\n\(quiet) media or unused files were not read; summary.json lists them.\n")
    }
    if !graph.diagnostics.isEmpty {
      out.write("\n### Warnings (\(graph.diagnostics.count))\n\n")
      for item in graph.diagnostics { out.write("- `\(item.description)`\n") }
    }
  }
}
