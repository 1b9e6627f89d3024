import TiesCore

/// One direct event between the owner and one person, as the conversation analysis sees it.
struct DirectEvent {
  var time: Int64
  var length: Int32
  var fromOwner: Bool
  var kind: InteractionKind
  var outcome: CallOutcome
}
