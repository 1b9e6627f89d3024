/// A problem met while reading input, reported and never fatal on its own.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable {
    case warning
    case error
  }

  public var severity: Severity
  public var path: String
  /// One-based line, or nil when the position is not a line.
  public var line: Int?
  /// Byte offset, when the position is a byte offset.
  public var offset: Int?
  public var message: String

  public init(
    _ severity: Severity = .warning, path: String, line: Int? = nil, offset: Int? = nil,
    message: String
  ) {
    self.severity = severity
    self.path = path
    self.line = line
    self.offset = offset
    self.message = message
  }

  /// Compiler style, `path:line: warning: message`, so editors and CI logs link to it.
  public var description: String {
    var location = path
    if let line { location += ":\(line)" } else if let offset { location += ":@\(offset)" }
    return "\(location): \(severity.rawValue): \(message)"
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.path != rhs.path { return lhs.path < rhs.path }
    if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
    if (lhs.offset ?? 0) != (rhs.offset ?? 0) { return (lhs.offset ?? 0) < (rhs.offset ?? 0) }
    return lhs.message < rhs.message
  }
}
