import Foundation

/// Turns display names into keys that compare equal when they name the same person
/// (DESIGN §4): NFKC, case-folded, diacritics, emoji and invisible marks removed, WhatsApp's
/// `~ ` prefix dropped, white space collapsed.
public enum NameNormalizer {
  /// The normalized form used to merge identities.
  public static func normalize(_ name: String) -> String {
    normalizeASCII(name) ?? normalizeUnicode(name)
  }

  /// The same key for ASCII-only text, without Foundation: NFKC and diacritic folding leave
  /// ASCII as it is, case folding is A–Z to a–z, and no ASCII scalar is dropped. Profile
  /// slugs and most names take this path; Foundation's mappings cost microseconds per call
  /// and ran once per identity after every import. Nil when the text is not all ASCII.
  static func normalizeASCII(_ name: String) -> String? {
    var name = name
    return name.withUTF8 { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          pendingSpace = !out.isEmpty
          continue
        }
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      // WhatsApp's "~ " prefix; spaces are already collapsed and trimmed.
      let start = out.firstIndex { $0 != 0x7E && $0 != 0x20 } ?? out.endIndex
      let tilde = out.first == 0x7E
      return String(decoding: tilde ? out[start...] : out[...], as: UTF8.self)
    }
  }

  /// The general path: Foundation's compatibility mapping and folding, then scalar by scalar.
  static func normalizeUnicode(_ name: String) -> String {
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
    if normalized.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLooseKey(normalized) }
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

  /// `looseKey` of ASCII text without looking up Unicode properties: in ASCII the
  /// alphabetic characters are the letters and the numeric ones the digits.
  private static func asciiLooseKey(_ normalized: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(normalized.utf8.count)
    var pendingSpace = false
    for byte in normalized.utf8 {
      let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      if letter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
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
