/// What a recognized file holds, in one platform's terms: each platform declares its roles as
/// an enum (data such as a page's link kind rides in associated values) and dispatches on it
/// with an exhaustive switch. The report shows `label`; nothing ever parses it back.
public protocol FileRole: Sendable, Hashable {
  /// The file list's words for the role ("followers", "chat", "messages-html").
  var label: String { get }
  /// Whether the file is a call log: a source that would show calls had there been any,
  /// so that a person with none has zero calls rather than calls unknown.
  var isCallLog: Bool { get }
}

extension FileRole {
  public var isCallLog: Bool { false }
}
