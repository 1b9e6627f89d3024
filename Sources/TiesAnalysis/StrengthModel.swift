import Foundation

/// Tie strength 0–100: a weighted sum of five scores in 0…1, each monotone in its evidence
/// (Granovetter 1973; Gilbert & Karahalios 2009; SCIENCE §1, §2).
struct StrengthModel {
  let settings: AnalysisSettings
  let end: Int64

  /// Volume at which intensity saturates: about a thousand composed messages.
  static let saturation = 1000.0

  func strength(of metrics: PersonMetrics) -> Int {
    guard let first = metrics.firstContact, let last = metrics.lastContact else { return 0 }
    let direct = Double(metrics.messagesSent + metrics.messagesReceived + metrics.ownerOnlyMessages)
    let callWeight = Double(metrics.calls) * 5 + Double(metrics.callSeconds) / 60
    let reactions = Double(metrics.reactionsSent + metrics.reactionsReceived)
    let group = Double(metrics.groupMessages)
    let mentions = Double(metrics.publicMentionsSent + metrics.publicMentionsReceived)
    let volume =
      direct + callWeight + reactions * settings.reactionWeight + group
      * settings.groupMessageWeight + mentions * settings.publicMentionWeight
    let intensity = min(1, log1p(volume) / log1p(Self.saturation))
    var reciprocity = 0.0
    if let balance = metrics.messageBalance {
      let opened = (metrics.initiatedByYou, metrics.initiatedByThem)
      let initiation =
        max(opened.0, opened.1) > 0
        ? Double(min(opened.0, opened.1)) / Double(max(opened.0, opened.1)) : 0
      reciprocity = (balance + initiation) / 2
    }
    let year = 365.0 * 86_400
    let duration = min(1, Double(last - first) / year)
    // Time since last contact decays friendships, not kinship (SCIENCE.md §5, Roberts & Dunbar 2015).
    let recency = metrics.person.isKin ? 1 : max(0, 1 - Double(end - last) / year)
    let close = direct + callWeight
    let intimacy = close + group > 0 ? close / (close + group) : 0
    let weights = settings.strengthWeights
    let score =
      weights.intensity * intensity + weights.reciprocity * reciprocity + weights.duration
      * duration + weights.recency * recency + weights.intimacy * intimacy
    return Int((score * 100).rounded())
  }
}
