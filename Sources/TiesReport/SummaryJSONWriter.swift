import TiesAnalysis
import TiesCore

/// `summary.json`: totals, the export's span, settings, and every file with what became
/// of it. `schema_version` changes whenever a field changes meaning or goes away.
public struct SummaryJSONWriter: ReportWriter {
  public let fileName = "summary.json"
  public static let schemaVersion = 2

  public init() {}

  public func write<Out: TextOutputStream>(_ context: ReportContext, into out: inout Out) {
    let analysis = context.analysis
    let files = analysis.graph.files
    // Positions, not copies: the list of files grows with the export.
    let fileOrder = files.indices.sorted { files[$0].path < files[$1].path }
    let diagnostics = analysis.graph.diagnostics
    let totals = Totals(analysis)
    let owner: JSONText =
      analysis.owner.map { person in
        .object([
          ("person_id", .string(person.id)), ("name", .string(person.name)),
          ("identities", .string(context.identities(of: person))),
          ("missing_on", .array(analysis.ownerMissingOn.map { .string($0.rawValue) })),
        ])
      } ?? .null
    let document = JSONText.object([
      ("schema_version", .int(Self.schemaVersion)),
      ("generator", .string("ties \(context.version)")),
      ("owner", owner),
      (
        "span",
        .object([
          ("start", .optional(analysis.start.map(CivilTime.iso8601))),
          ("end", .optional(analysis.end.map(CivilTime.iso8601))),
        ])
      ),
      ("platforms", .array(platforms(analysis, totals: totals))),
      ("totals", totals.json),
      ("settings", Self.settings(context)),
      ("files", .lazyArray(count: fileOrder.count) { file(files[fileOrder[$0]]) }),
      ("diagnostics", .lazyArray(count: diagnostics.count) { diagnostic(diagnostics[$0]) }),
      (
        "possible_duplicates",
        .lazyArray(count: analysis.possibleDuplicates.count) {
          let pair = analysis.possibleDuplicates[$0]
          return .object([
            ("first", .string(analysis.people[pair.first].person.id)),
            ("second", .string(analysis.people[pair.second].person.id)),
            ("reason", .string(pair.reason)),
          ])
        }
      ),
      ("sources", .array(analysis.sources.map(source))),
      ("duplicates_merged", .int(analysis.duplicatesMerged)),
      ("people_without_evidence", .int(analysis.peopleWithoutEvidence)),
      ("people_excluded", .int(analysis.excludedPeople)),
    ])
    document.write(into: &out)
  }

  private func platforms(_ analysis: Analysis, totals: Totals) -> [JSONText] {
    analysis.platforms.map { platform in
      let layouts = (analysis.graph.layouts[platform] ?? []).sorted().map(JSONText.string)
      return .object([
        ("platform", .string(platform.rawValue)),
        ("layouts", .array(layouts)),
        ("files", .int(analysis.graph.files.filter { $0.platform == platform }.count)),
        ("has_messages", .bool(analysis.messagingPlatforms.contains(platform))),
        (
          "date_limited_to",
          analysis.graph.coverage[platform].map { range in
            .object([
              ("start", .string(CivilTime.iso8601(range.lowerBound))),
              ("end", .string(CivilTime.iso8601(range.upperBound))),
            ])
          } ?? .null
        ),
      ])
    }
  }

  /// The thresholds and the assumed zone; ties.sqlite's `settings` table holds the same.
  static func settings(_ context: ReportContext) -> JSONText {
    let s = context.analysis.settings
    return .object([
      ("conversation_gap_s", .int(s.conversationGap)),
      ("one_sided_balance", .number(Formatting.fixed(s.oneSidedBalance))),
      ("initiation_ratio", .number(Formatting.fixed(s.initiationRatio))),
      ("meaningful_span_days", .int(s.meaningfulSpanDays)),
      ("reply_window_s", .int(s.replyWindow)),
      ("minimum_turns", .int(s.minimumTurns)),
      ("window_days", .int(s.windowDays)),
      ("meaningful_weeks", .int(s.meaningfulWeeks)),
      ("long_talk_turns", .int(s.longTalkTurns)),
      ("meaningful_long_talks", .int(s.meaningfulLongTalks)),
      ("dormant_days", .int(s.dormantDays)),
      ("fading_window_days", .int(s.fadingWindowDays)),
      ("fading_ratio", .number(Formatting.fixed(s.fadingRatio))),
      ("fading_gap_factor", .number(Formatting.fixed(s.fadingGapFactor))),
      ("fading_minimum_gap_days", .int(s.fadingMinimumGapDays)),
      (
        "layer_weeks_per_year",
        .array(s.layerWeeksPerYear.map { .number(Formatting.fixed($0, 1)) })
      ),
      ("short_span_days", .int(s.shortSpanDays)),
      ("high_confidence_turns", .int(s.highConfidenceTurns)),
      ("trend_ratio", .number(Formatting.fixed(s.trendRatio))),
      ("coverage_warning_days", .int(s.coverageWarningDays)),
      ("minimum_conversations_for_initiation", .int(s.minimumConversationsForInitiation)),
      ("fading_minimum_contacts", .int(s.fadingMinimumContacts)),
      (
        "strength_weights",
        .object([
          ("intensity", .number(Formatting.fixed(s.strengthWeights.intensity))),
          ("reciprocity", .number(Formatting.fixed(s.strengthWeights.reciprocity))),
          ("duration", .number(Formatting.fixed(s.strengthWeights.duration))),
          ("recency", .number(Formatting.fixed(s.strengthWeights.recency))),
          ("intimacy", .number(Formatting.fixed(s.strengthWeights.intimacy))),
        ])
      ),
      ("reaction_weight", .number(Formatting.fixed(s.reactionWeight))),
      ("group_message_weight", .number(Formatting.fixed(s.groupMessageWeight))),
      ("public_mention_weight", .number(Formatting.fixed(s.publicMentionWeight))),
      ("assumed_time_zone", .string(context.assumedTimeZone)),
    ])
  }

  private func source(_ source: SourceCoverage) -> JSONText {
    .object([
      ("platform", .string(source.platform.rawValue)),
      ("start", .optional(source.start.map(CivilTime.iso8601))),
      ("end", .optional(source.end.map(CivilTime.iso8601))),
      ("end_kind", .string(source.endKind.rawValue)),
      ("call_log", .bool(source.hasCallLog)),
    ])
  }

  private func file(_ file: SourceFile) -> JSONText {
    var fields: [(String, JSONText)] = [
      ("path", .string(file.path)),
      ("platform", .optional(file.platform?.rawValue)),
      ("role", .string(file.role)),
      ("records", .int(file.records)),
      ("status", .string(file.status.rawValue)),
      ("reason", .optional(file.reason)),
    ]
    if let counts = file.lineCounts {
      fields.append(
        (
          "lines",
          .object([
            ("lines", .int(counts.lines)), ("messages", .int(counts.messages)),
            ("notices", .int(counts.notices)), ("continuations", .int(counts.continuations)),
            ("suspect", .int(counts.suspect)),
            ("first_suspect_line", counts.firstSuspectLine.map { .int($0) } ?? .null),
            ("shortfall", .optional(counts.shortfall)),
          ])
        ))
    }
    return .object(fields)
  }

  private func diagnostic(_ item: Diagnostic) -> JSONText {
    .object([
      ("severity", .string(item.severity.rawValue)),
      ("path", .string(item.path)),
      ("line", item.line.map { .int($0) } ?? .null),
      ("offset", item.offset.map { .int($0) } ?? .null),
      ("message", .string(item.message)),
    ])
  }
}
