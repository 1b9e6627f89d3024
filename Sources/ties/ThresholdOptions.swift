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

  @Option(help: "Conversations each side opens, at least, in a meaningful tie.")
  var meaningfulInitiations: Int = 3

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

  @Option(help: "Contacts per year for the layers 5, 15, 50, 150, comma-separated.")
  var layerThresholds: String = "52,12,4,1"

  func validate() throws {
    guard (1...525_600).contains(gapMinutes) else {
      throw ValidationError("--gap-minutes must be between 1 and 525600 (a year)")
    }
    for (name, days) in [
      ("--meaningful-days", meaningfulDays), ("--dormant-days", dormantDays),
      ("--fading-days", fadingDays),
    ] where !(1...36_500).contains(days) {
      throw ValidationError("\(name) must be between 1 and 36500")
    }
    for (name, count) in [
      ("--meaningful-initiations", meaningfulInitiations), ("--long-talk-turns", longTalkTurns),
      ("--meaningful-long-talks", meaningfulLongTalks),
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
    guard parsedLayers != nil else {
      throw ValidationError("--layer-thresholds takes four decreasing numbers, like 52,12,4,1")
    }
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
    settings.meaningfulInitiations = meaningfulInitiations
    settings.longTalkTurns = longTalkTurns
    settings.meaningfulLongTalks = meaningfulLongTalks
    settings.dormantDays = dormantDays
    settings.fadingWindowDays = fadingDays
    settings.fadingRatio = fadingRatio
    settings.layerContactsPerYear = parsedLayers ?? settings.layerContactsPerYear
    return settings
  }
}
