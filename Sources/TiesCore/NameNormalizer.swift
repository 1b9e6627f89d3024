import Foundation

/// Turns display names into keys that compare equal when they name the same person
/// (DESIGN §4): NFKC, case-folded, diacritics, emoji and invisible marks removed, WhatsApp's
/// `~ ` prefix dropped, white space collapsed.
public enum NameNormalizer {
  /// The normalized form used to merge identities.
  public static func normalize(_ name: String) -> String {
    var text = name.precomposedStringWithCompatibilityMapping
    text = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = !out.isEmpty
        continue
      }
      if isDropped(scalar) { continue }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    var result = String(out)
    if result.hasPrefix("~ ") || result.hasPrefix("~") {
      result = String(result.drop(while: { $0 == "~" || $0 == " " }))
    }
    return result
  }

  /// A looser key for spotting possible duplicates: letters and digits only.
  public static func looseKey(_ name: String) -> String {
    let normalized = normalize(name)
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in normalized.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      } else {
        pendingSpace = true
      }
    }
    return String(out)
  }

  /// Whether a normalized name is distinctive enough to merge across platforms: two words.
  public static func isDistinctive(_ normalized: String) -> Bool {
    normalized.split(separator: " ").filter { $0.count > 1 || $0.first?.isLetter == true }.count
      >= 2
  }

  /// Labels that platforms use for deleted or unknown accounts; many people share them.
  public static func isPlaceholder(_ name: String) -> Bool {
    let key = normalize(name)
    return key.isEmpty || placeholders.contains(key)
  }

  private static let placeholders: Set<String> = [
    "facebook user", "instagram user", "deleted user", "deleted account", "unknown",
    "messenger user", "whatsapp user", "you",
  ]

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace
  }

  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFE0F, 0xFE0E, 0x20E3:
      return true
    default:
      break
    }
    let properties = scalar.properties
    if properties.isEmojiPresentation { return true }
    if properties.isEmoji && scalar.value > 0x2100 { return true }
    if properties.generalCategory == .nonspacingMark { return true }
    if properties.generalCategory == .format { return true }
    return false
  }
}
