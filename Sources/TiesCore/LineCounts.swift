/// What a line-based text reader made of every line of one file, so that no line goes
/// missing unnoticed: `lines` is the sum of header lines (messages and notices) and
/// continuation lines, and suspect lines are the ones that may have been misread.
public struct LineCounts: Sendable, Hashable {
  public var lines: Int
  public var messages: Int
  /// Header lines that are not messages: system lines and the app's own notices.
  public var notices: Int
  /// Lines that continue the message above them (blank ones included).
  public var continuations: Int
  /// Lines that may be misread: a continuation shaped like a header of another style, text
  /// before the first header, a sender seen once in a file of thousands of messages.
  public var suspect: Int
  public var firstSuspectLine: Int?
  /// Why the file gave fewer messages than it has header-shaped lines, when it did.
  public var shortfall: String?

  public init(
    lines: Int = 0, messages: Int = 0, notices: Int = 0, continuations: Int = 0,
    suspect: Int = 0, firstSuspectLine: Int? = nil, shortfall: String? = nil
  ) {
    self.lines = lines
    self.messages = messages
    self.notices = notices
    self.continuations = continuations
    self.suspect = suspect
    self.firstSuspectLine = firstSuspectLine
    self.shortfall = shortfall
  }

  /// Above this share of suspect lines a file is worth a warning.
  public static let suspectShareWarning = 0.01

  public var suspectShareExceeded: Bool {
    lines > 0 && Double(suspect) / Double(lines) > Self.suspectShareWarning
  }
}
