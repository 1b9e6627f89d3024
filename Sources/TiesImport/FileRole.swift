/// What a recognized file holds, in one platform's terms: each platform declares its roles as
/// an enum (data such as a page's link kind rides in associated values) and dispatches on it
/// with an exhaustive switch. The report shows `label`; nothing ever parses it back.
public protocol FileRole: Sendable, Hashable {
  /// The file list's words for the role ("followers", "chat", "messages-html").
  var label: String { get }
  /// The file is a call log: its platform had calls to record even when none was answered.
  var holdsCallLog: Bool { get }
}

extension FileRole {
  public var holdsCallLog: Bool { false }
}
