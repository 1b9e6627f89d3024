import TiesCore

/// The sentence that names the evidence a two-way or one-sided call rests on.
struct ExchangeEvidence {
  let scope: String
  let text: String

  init(settings: AnalysisSettings, judged: DyadSummary, metrics: PersonMetrics) {
    let months = max(1, Int((Double(settings.windowDays) / 30.4).rounded()))
    // Without a source end of its own, the window ends with the person's last message.
    scope =
      metrics.sourceEndIsOwn
      ? "in the last \(months) months" : "in the last \(months) months of the chat"
    var parts = [
      "\(judged.turnsYou) turns from you and \(judged.turnsThem) from them "
        + "(\(judged.charactersYou) and \(judged.charactersThem) characters)",
      "they answered \(judged.repliesThem) of your turns, you \(judged.repliesYou) of theirs",
      "you opened \(judged.startsYou) of \(judged.conversations) conversations",
    ]
    if judged.answeredCalls > 0 {
      let minutes = Int((Double(judged.callSeconds) / 60).rounded())
      let calls = judged.answeredCalls == 1 ? "call" : "calls"
      parts.append("\(judged.answeredCalls) answered \(calls) (\(minutes) min)")
    }
    if judged.missedCalls > 0 {
      parts.append("\(judged.missedCalls) missed \(judged.missedCalls == 1 ? "call" : "calls")")
    }
    parts.append("reciprocated in \(judged.reciprocatedWeeks.count) weeks")
    if let last = metrics.lastReciprocated {
      parts.append("last reciprocated \(CivilTime.isoDate(last))")
    }
    text = parts.joined(separator: "; ")
  }
}
