/// The conversations of a dyad summed over a span of time: the evidence a category, layer
/// and strength rest on.
struct DyadSummary {
  var conversations = 0
  var reciprocatedConversations = 0
  var startsYou = 0
  var startsThem = 0
  var turnsYou = 0
  var turnsThem = 0
  var charactersYou = 0
  var charactersThem = 0
  var messagesYou = 0
  var messagesThem = 0
  var repliesYou = 0
  var repliesThem = 0
  var answeredCalls = 0
  var callSeconds: Int64 = 0
  var missedCalls = 0
  var longTalks = 0
  /// When each reciprocated exchange became reciprocated, in time order.
  var reciprocatedTimes: [Int64] = []

  init(_ conversations: [Conversation], from: Int64 = .min, to: Int64 = .max, longTalkTurns: Int) {
    for conversation in conversations where conversation.start >= from && conversation.start <= to {
      self.conversations += 1
      if conversation.openedByOwner { startsYou += 1 } else { startsThem += 1 }
      turnsYou += conversation.turnsYou
      turnsThem += conversation.turnsThem
      charactersYou += conversation.charactersYou
      charactersThem += conversation.charactersThem
      messagesYou += conversation.messagesYou
      messagesThem += conversation.messagesThem
      repliesYou += conversation.repliesYou
      repliesThem += conversation.repliesThem
      answeredCalls += conversation.answeredCalls
      callSeconds += conversation.callSeconds
      missedCalls += conversation.missedCallsYou + conversation.missedCallsThem
      if conversation.turns >= longTalkTurns { longTalks += 1 }
      if let time = conversation.reciprocatedAt {
        reciprocatedConversations += 1
        reciprocatedTimes.append(time)
      }
    }
  }

  var turns: Int { turnsYou + turnsThem }

  /// min/max of two counts; nil when both are zero.
  static func balance(_ a: Int, _ b: Int) -> Double? {
    max(a, b) > 0 ? Double(min(a, b)) / Double(max(a, b)) : nil
  }

  /// The balance of turns and of characters, averaged: four short lines answer one long
  /// one. Characters count only where both sides wrote any (calls carry none).
  var balance: Double? {
    guard let turns = Self.balance(turnsYou, turnsThem) else { return nil }
    guard charactersYou > 0, charactersThem > 0,
      let characters = Self.balance(charactersYou, charactersThem)
    else { return turns }
    return (turns + characters) / 2
  }

  /// Distinct weeks (counted from the Unix epoch) with a reciprocated exchange.
  var reciprocatedWeeks: [Int64] {
    var weeks: [Int64] = []
    for time in reciprocatedTimes {
      let week = Self.floorDivide(time, 7 * 86_400)
      if weeks.last != week { weeks.append(week) }
    }
    return weeks
  }

  static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }
}
