import ArgumentParser
import TiesAnalysis

/// Every analysis threshold as an option; defaults and sources are in docs/metrics.md.
struct ThresholdOptions: ParsableArguments {
  @Option(help: "Minutes of silence that start a new conversation.")
  var gapMinutes: Int = 60

  @Option(help: "Message balance (min/max of the two sides) below which a tie is one-sided.")
  var oneSidedBalance: Double = 0.33

  @Option(help: "Ratio of conversations opened by one side above which a tie is one-sided.")
  var initiationRatio: Double = 3.0

  @Option(help: "Days from first to last conversation a meaningful tie spans at least.")
  var meaningfulDays: Int = 90

  @Option(help: "Hours after the other side's unanswered opener within which a turn is a reply.")
  var replyWindowHours: Int = 168

  @Option(help: "Turns (both sides) needed before a tie is judged two-way or one-sided.")
  var minimumTurns: Int = 6

  @Option(help: "Months before the end of a person's sources that the current tie is judged on.")
  var windowMonths: Int = 12

  @Option(help: "Weeks with a reciprocated exchange in the window a meaningful tie has.")
  var meaningfulWeeks: Int = 12

  @Option(help: "Fading when the silence is this many times the pair's usual gap.")
  var fadingGapFactor: Double = 3.0

  @Option(help: "Days of silence, at least, before a tie can be fading by its rhythm.")
  var fadingMinimumGapDays: Int = 42

  @Option(help: "Observed days under which a span is too short for a layer or a trend.")
  var shortSpanDays: Int = 182

  @Option(help: "Turns in the window for high confidence.")
  var highConfidenceTurns: Int = 100

  @Option(help: "Ratio of the later to the earlier quarters that makes a trend.")
  var trendRatio: Double = 1.5

  @Option(help: "Days apart the ends of two sources may lie before the report warns.")
  var coverageWarningDays: Int = 90

  @Option(help: "Conversations, at least, before the initiation ratio is judged.")
  var minimumConversationsForInitiation: Int = 4

  @Option(help: "Reciprocated days in the year before the recent part for the fading rate test.")
  var fadingMinimumContacts: Int = 4

  @Option(
    help:
      "Strength weights of intensity, reciprocity, duration, recency and intimacy, summing to 1."
  )
  var strengthWeights: String = "0.30,0.25,0.15,0.20,0.10"

  @Option(help: "Turns that make a conversation a long talk.")
  var longTalkTurns: Int = 6

  @Option(help: "Long talks that make a tie deep when there are no calls.")
  var meaningfulLongTalks: Int = 3

  @Option(help: "Days without contact before the export's end that make a tie dormant.")
  var dormantDays: Int = 365

  @Option(help: "Days of the recent window in which a fading tie lost contact.")
  var fadingDays: Int = 182

  @Option(help: "Share of the usual contact rate under which a tie is fading.")
  var fadingRatio: Double = 0.5

  @Option(
    help:
      "Weeks with a reciprocated exchange per year for the layers 5, 15, 50, 150, comma-separated."
  )
  var layerThresholds: String = "39,12,4,1"

  func validate() throws {
    guard (1...8_760).contains(replyWindowHours), (1...120).contains(windowMonths) else {
      throw ValidationError("--reply-window-hours must be 1 to 8760, --window-months 1 to 120")
    }
    guard fadingGapFactor >= 1, trendRatio > 1 else {
      throw ValidationError("--fading-gap-factor must be at least 1, --trend-ratio above 1")
    }
    guard (1...525_600).contains(gapMinutes) else {
      throw ValidationError("--gap-minutes must be between 1 and 525600 (a year)")
    }
    for (name, days) in [
      ("--meaningful-days", meaningfulDays), ("--dormant-days", dormantDays),
      ("--fading-days", fadingDays), ("--fading-minimum-gap-days", fadingMinimumGapDays),
      ("--short-span-days", shortSpanDays), ("--coverage-warning-days", coverageWarningDays),
    ] where !(1...36_500).contains(days) {
      throw ValidationError("\(name) must be between 1 and 36500")
    }
    for (name, count) in [
      ("--minimum-turns", minimumTurns), ("--long-talk-turns", longTalkTurns),
      ("--meaningful-long-talks", meaningfulLongTalks), ("--meaningful-weeks", meaningfulWeeks),
      ("--high-confidence-turns", highConfidenceTurns),
      ("--minimum-conversations-for-initiation", minimumConversationsForInitiation),
      ("--fading-minimum-contacts", fadingMinimumContacts),
    ] where !(0...1_000_000).contains(count) {
      throw ValidationError("\(name) must be between 0 and 1000000")
    }
    guard (0...1).contains(oneSidedBalance) else {
      throw ValidationError("--one-sided-balance must be between 0 and 1")
    }
    guard initiationRatio >= 1 else {
      throw ValidationError("--initiation-ratio must be at least 1")
    }
    guard (0...1).contains(fadingRatio) else {
      throw ValidationError("--fading-ratio must be between 0 and 1")
    }
    guard parsedWeights != nil else {
      throw ValidationError("--strength-weights takes five numbers from 0 to 1 that sum to 1")
    }
    guard parsedLayers != nil else {
      throw ValidationError("--layer-thresholds takes four decreasing numbers, like 39,12,4,1")
    }
  }

  private var parsedWeights: StrengthWeights? {
    let values = strengthWeights.split(separator: ",").compactMap {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    guard values.count == 5, values.allSatisfy({ (0...1).contains($0) }),
      abs(values.reduce(0, +) - 1) < 0.001
    else { return nil }
    var weights = StrengthWeights()
    weights.intensity = values[0]
    weights.reciprocity = values[1]
    weights.duration = values[2]
    weights.recency = values[3]
    weights.intimacy = values[4]
    return weights
  }

  private var parsedLayers: [Double]? {
    let values = layerThresholds.split(separator: ",").compactMap {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    guard values.count == 4, zip(values, values.dropFirst()).allSatisfy({ $0 > $1 }), values[3] > 0
    else {
      return nil
    }
    return values
  }

  var settings: AnalysisSettings {
    var settings = AnalysisSettings()
    settings.conversationGap = Int64(gapMinutes) * 60
    settings.oneSidedBalance = oneSidedBalance
    settings.initiationRatio = initiationRatio
    settings.meaningfulSpanDays = meaningfulDays
    settings.replyWindow = Int64(replyWindowHours) * 3600
    settings.minimumTurns = minimumTurns
    settings.windowDays = Int((Double(windowMonths) * 365 / 12).rounded())
    settings.meaningfulWeeks = meaningfulWeeks
    settings.fadingGapFactor = fadingGapFactor
    settings.fadingMinimumGapDays = fadingMinimumGapDays
    settings.shortSpanDays = shortSpanDays
    settings.highConfidenceTurns = highConfidenceTurns
    settings.trendRatio = trendRatio
    settings.coverageWarningDays = coverageWarningDays
    settings.minimumConversationsForInitiation = minimumConversationsForInitiation
    settings.fadingMinimumContacts = fadingMinimumContacts
    settings.strengthWeights = parsedWeights ?? settings.strengthWeights
    settings.longTalkTurns = longTalkTurns
    settings.meaningfulLongTalks = meaningfulLongTalks
    settings.dormantDays = dormantDays
    settings.fadingWindowDays = fadingDays
    settings.fadingRatio = fadingRatio
    settings.layerWeeksPerYear = parsedLayers ?? settings.layerWeeksPerYear
    return settings
  }
}
