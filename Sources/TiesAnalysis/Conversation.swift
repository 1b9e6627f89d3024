/// One conversation of a dyad: turns each side took in it, and how it opened (DESIGN §3).
///
/// Fields are ordered and counts kept in 32 bits so that one takes 88 bytes, not 152.
struct Conversation {
  var start: Int64
  var end: Int64
  var callSeconds: Int64 = 0
  var charactersYou = 0
  var charactersThem = 0
  /// When the other side first took a turn: the moment the exchange became reciprocated.
  var reciprocatedAt: Int64?
  /// The side whose first turn opened it.
  var openedByOwner: Bool
  @Count32 var turnsYou = 0
  @Count32 var turnsThem = 0
  @Count32 var messagesYou = 0
  @Count32 var messagesThem = 0
  @Count32 var repliesYou = 0
  @Count32 var repliesThem = 0
  @Count32 var answeredCalls = 0
  @Count32 var missedCallsYou = 0
  @Count32 var missedCallsThem = 0

  init(start: Int64, openedByOwner: Bool) {
    self.start = start
    self.end = start
    self.openedByOwner = openedByOwner
  }

  var turns: Int { turnsYou + turnsThem }
  var isReciprocated: Bool { reciprocatedAt != nil }
}
