import TiesCore

/// One direct event between the owner and one person, as the conversation analysis sees it.
struct DirectEvent: Comparable {
  var time: Int64
  var fromOwner: Bool
  var kind: InteractionKind
  var length: Int32
  var outcome: CallOutcome
  /// Breaks ties of equal times in file order, so results do not depend on sort stability.
  var order: Int

  static func < (lhs: DirectEvent, rhs: DirectEvent) -> Bool {
    (lhs.time, lhs.order) < (rhs.time, rhs.order)
  }
}
