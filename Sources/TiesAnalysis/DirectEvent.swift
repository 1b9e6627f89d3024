import TiesCore

/// One direct event between the owner and one person, as the conversation analysis sees it.
struct DirectEvent: Comparable {
  var time: Int64
  /// Breaks ties of equal times in file order, so results do not depend on sort stability.
  var order: Int32
  var length: Int32
  var fromOwner: Bool
  var kind: InteractionKind
  var outcome: CallOutcome

  static func < (lhs: DirectEvent, rhs: DirectEvent) -> Bool {
    (lhs.time, lhs.order) < (rhs.time, rhs.order)
  }
}
