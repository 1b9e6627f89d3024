import TiesCore

/// A platform importer's claim on a file.
public struct Recognition: Sendable, Hashable {
  public var platform: Platform
  /// What the file holds, as the claiming importer's own role type.
  public var role: any FileRole
  /// 0–100; the highest claim wins. Name-only evidence stays below 50, name plus content
  /// reaches 90.
  public var confidence: Int
  /// The layout era the file belongs to, when it tells.
  public var layout: String?

  public init(platform: Platform, role: some FileRole, confidence: Int, layout: String? = nil) {
    self.platform = platform
    self.role = role
    self.confidence = confidence
    self.layout = layout
  }

  /// The role as the report's file list shows it.
  public var label: String { role.label }

  public static func == (lhs: Recognition, rhs: Recognition) -> Bool {
    lhs.platform == rhs.platform && AnyHashable(lhs.role) == AnyHashable(rhs.role)
      && lhs.confidence == rhs.confidence && lhs.layout == rhs.layout
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(platform)
    hasher.combine(AnyHashable(role))
    hasher.combine(confidence)
    hasher.combine(layout)
  }
}
