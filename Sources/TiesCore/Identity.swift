/// One account or address of one person, as one source knows it.
public struct Identity: Sendable, Hashable {
  public var key: IdentityKey
  /// Display names seen for this identity, in first-seen order without repeats.
  public var displayNames: [String]
  /// A deleted or unavailable account label ("Instagram user", an empty name): never merged
  /// with anything else and never shown as a person of its own in the top lists.
  public var isPlaceholder: Bool

  public init(key: IdentityKey, displayNames: [String] = [], isPlaceholder: Bool = false) {
    self.key = key
    self.displayNames = displayNames
    self.isPlaceholder = isPlaceholder
  }

  /// Adds a display name if it is new and not blank.
  public mutating func addDisplayName(_ name: String) {
    let trimmed = name.trimmingWhitespace()
    guard !trimmed.isEmpty, !displayNames.contains(trimmed) else { return }
    displayNames.append(trimmed)
  }

  /// The best name to show: the first display name, else the key.
  public var bestName: String { displayNames.first ?? key.value }
}
