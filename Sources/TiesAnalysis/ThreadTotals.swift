import TiesCore

/// How many messages, calls and reactions one thread holds: what the reports count per
/// platform, gathered in the analysis' one pass over the run (`ThreadFacts`) so that no
/// writer has to read the run again.
public struct ThreadTotals: Sendable, Hashable {
  public var messages = 0
  public var calls = 0
  public var reactions = 0

  public init(messages: Int = 0, calls: Int = 0, reactions: Int = 0) {
    self.messages = messages
    self.calls = calls
    self.reactions = reactions
  }

  /// Counts one interaction of `kind`; public posts are not messages and count nowhere here.
  public mutating func count(_ kind: InteractionKind) {
    switch kind {
    case .message: messages += 1
    case .call: calls += 1
    case .reaction: reactions += 1
    case .publicMention: break
    }
  }
}
