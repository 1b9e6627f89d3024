/// One conversation of a dyad: turns each side took in it, and how it opened (DESIGN §3).
struct Conversation {
  var start: Int64
  var end: Int64
  /// The side whose first turn opened it.
  var openedByOwner: Bool
  /// When the other side first took a turn: the moment the exchange became reciprocated.
  var reciprocatedAt: Int64?
  var turnsYou = 0
  var turnsThem = 0
  var messagesYou = 0
  var messagesThem = 0
  var charactersYou = 0
  var charactersThem = 0
  var repliesYou = 0
  var repliesThem = 0
  var answeredCalls = 0
  var callSeconds: Int64 = 0
  var missedCallsYou = 0
  var missedCallsThem = 0

  init(start: Int64, openedByOwner: Bool) {
    self.start = start
    self.end = start
    self.openedByOwner = openedByOwner
  }

  var turns: Int { turnsYou + turnsThem }
  var isReciprocated: Bool { reciprocatedAt != nil }
}
