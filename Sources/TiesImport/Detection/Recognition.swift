import TiesCore

/// A platform importer's claim on a file.
public struct Recognition: Sendable, Hashable {
  public var platform: Platform
  /// What the file holds, in the importer's words ("followers", "chat", "messages").
  public var role: String
  /// 0–100; the highest claim wins. Name-only evidence stays below 50, name plus content
  /// reaches 90.
  public var confidence: Int
  /// The layout era the file belongs to, when it tells.
  public var layout: String?

  public init(platform: Platform, role: String, confidence: Int, layout: String? = nil) {
    self.platform = platform
    self.role = role
    self.confidence = confidence
    self.layout = layout
  }
}
