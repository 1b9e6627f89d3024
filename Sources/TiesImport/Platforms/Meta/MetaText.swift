/// Meta's exports write every UTF-8 byte of non-ASCII text as its own `\u00XX` escape, so a
/// JSON parser yields Latin-1 mojibake ("Ã©" for "é"). Repairs such strings and leaves
/// correct text alone (formats/meta.md §6, pitfall 1).
public enum MetaText {
  /// The repaired string: only when every scalar is at most U+00FF, at least one is not
  /// ASCII, and the bytes they stand for are valid UTF-8.
  public static func repair(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var sawHigh = false
    for scalar in text.unicodeScalars {
      guard scalar.value <= 0xFF else { return text }
      if scalar.value >= 0x80 { sawHigh = true }
      bytes.append(UInt8(scalar.value))
    }
    guard sawHigh else { return text }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var repaired = String.UnicodeScalarView()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): repaired.append(scalar)
      case .emptyInput: return String(repaired)
      case .error: return text
      }
    }
  }
}
