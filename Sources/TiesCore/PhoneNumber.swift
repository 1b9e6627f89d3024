/// Phone numbers as people write them, reduced to one comparable form.
public enum PhoneNumber {
  /// `+<digits>` when the text is an international number, the bare digits when it is a
  /// national one (no region is guessed), nil when it is not a phone number at all.
  ///
  /// - Complexity: O(n) in the length of the text.
  /// `~` (wait for a dial tone, `8~10` in Russia) is read as a separator.
  public static func normalize(_ text: String) -> String? {
    var digits = ""
    var international = false
    var sawDigit = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39:
        digits.unicodeScalars.append(scalar)
        sawDigit = true
      case 0x2B:  // "+" only before the first digit
        if sawDigit || international { return nil }
        international = true
      case 0x20, 0x7E, 0x2D, 0x2E, 0x28, 0x29, 0xA0, 0x202F, 0x200E, 0x200F, 0x2011, 0xFEFF:
        continue
      default:
        return nil
      }
    }
    if international, digits.hasPrefix("00") { digits.removeFirst(2) }
    guard (7...15).contains(digits.count) else { return nil }
    return international ? "+" + digits : digits
  }
}
