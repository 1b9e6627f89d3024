/// What kind of event an interaction is.
public enum InteractionKind: UInt8, Sendable, Hashable {
  /// A composed message: text, media, a shared link, a deleted-message placeholder.
  case message
  /// A call, placed or missed; `length` holds its duration in seconds.
  case call
  /// A one-click reaction to a message; weighed below composed messages.
  case reaction
  /// A public reply to or mention of someone in a post (an X reply or @mention): composed,
  /// but broadcast rather than direct, so weighed below direct messages and never taken as
  /// a two-way exchange.
  case publicMention
}

/// Whether a call was answered.
public enum CallOutcome: UInt8, Sendable, Hashable {
  case none
  case completed
  case missed
}

/// One event between people. Kept small: a large chat holds millions of these.
public struct Interaction: Sendable, Hashable {
  /// Seconds since 1970, UTC (naive local times are shifted by the assumed zone first).
  public var time: Int64
  /// Index of the thread in the batch or graph.
  public var thread: Int32
  /// Index of the sending (or calling, or reacting) identity.
  public var sender: Int32
  public var kind: InteractionKind
  public var callOutcome: CallOutcome
  /// Characters of text for messages (never the text itself); seconds for calls.
  public var length: Int32
  /// Line or element index in the thread's file, for provenance.
  public var position: Int32

  public init(
    time: Int64, thread: Int32, sender: Int32, kind: InteractionKind,
    callOutcome: CallOutcome = .none, length: Int32, position: Int32
  ) {
    self.time = time
    self.thread = thread
    self.sender = sender
    self.kind = kind
    self.callOutcome = callOutcome
    self.length = length
    self.position = position
  }
}
