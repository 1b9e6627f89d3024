import Foundation

/// Tie strength 0–100: a weighted sum of five scores in 0…1 (Granovetter 1973; Gilbert &
/// Karahalios 2009; SCIENCE §1, §2). Every score is monotone in every piece of evidence:
/// another message, call or group message of any kind never lowers it, and one side's
/// contact alone earns no reciprocity, duration or recency.
struct StrengthModel {
  let settings: AnalysisSettings

  /// Volume in the window at which intensity saturates: about a thousand composed messages.
  static let saturation = 1000.0
  /// Reciprocated turns (the lesser side's) at which reciprocity saturates.
  static let reciprocitySaturation = 200.0
  /// Long talks plus half-hours of answered calls at which intimacy saturates.
  static let intimacySaturation = 50.0

  func scores(
    of metrics: PersonMetrics, window: DyadSummary, end: Int64, windowOther: WindowExtras
  ) -> StrengthScores {
    var scores = StrengthScores()
    let messages =
      Double(window.messagesYou + window.messagesThem) + windowOther.ownerOnlyMessages
    let volume =
      messages + Double(window.callSeconds) / 60 + windowOther.reactions * settings.reactionWeight
      + windowOther.groupMessages * settings.groupMessageWeight + windowOther.publicMentions
      * settings.publicMentionWeight
    scores.intensity = min(1, log1p(volume) / log1p(Self.saturation))
    let matched = Double(min(window.turnsYou, window.turnsThem))
    scores.reciprocity = min(1, log1p(matched) / log1p(Self.reciprocitySaturation))
    let year = 365.0 * 86_400
    if let first = metrics.firstReciprocated, let last = metrics.lastReciprocated {
      scores.duration = min(1, Double(last - first) / year)
      // Time since the last reciprocated exchange decays friendships, not kinship
      // (SCIENCE.md §5, Roberts & Dunbar 2015).
      scores.recency = metrics.person.isKin ? 1 : max(0, 1 - Double(end - last) / year)
    }
    let depth = Double(window.longTalks) + Double(window.callSeconds) / 1800
    scores.intimacy = min(1, log1p(depth) / log1p(Self.intimacySaturation))
    return scores
  }

  func strength(_ scores: StrengthScores) -> Int {
    let weights = settings.strengthWeights
    let score =
      weights.intensity * scores.intensity + weights.reciprocity * scores.reciprocity
      + weights.duration * scores.duration + weights.recency * scores.recency + weights.intimacy
      * scores.intimacy
    return Int((score * 100).rounded())
  }
}

/// Evidence in the window besides the direct conversations: it adds to intensity only.
struct WindowExtras {
  var reactions = 0.0
  var groupMessages = 0.0
  var publicMentions = 0.0
  var ownerOnlyMessages = 0.0
}
