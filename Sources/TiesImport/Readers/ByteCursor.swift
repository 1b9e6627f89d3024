/// A cursor over the bytes of one line or short field: the one every byte-level reader of
/// dates and headers shares (LinkedIn dates, WhatsApp headers).
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func peek(at offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index < bytes.count ? bytes[index] : nil
  }

  mutating func advance(by count: Int = 1) { position += count }

  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  /// Skips byte-order marks, direction marks and other invisible format characters.
  mutating func skipInvisibles() {
    // Every mark starts with 0xE2 or 0xEF; most calls stand on a digit or a space.
    guard position < bytes.count, bytes[position] >= 0xE2 else { return }
    while position + 2 < bytes.count {
      let (a, b, c) = (bytes[position], bytes[position + 1], bytes[position + 2])
      if a == 0xEF && b == 0xBB && c == 0xBF {
        position += 3
        continue
      }
      // LRM, RLM, zero-width space, and the bidi embeddings and isolates
      // (U+202A…U+202E, U+2066…U+2069) phones wrap around numbers and names.
      if a == 0xE2 && b == 0x80 && (c == 0x8E || c == 0x8F || c == 0x8B || (c >= 0xAA && c <= 0xAE))
        || a == 0xE2 && b == 0x81 && c >= 0xA6 && c <= 0xA9
      {
        position += 3
        continue
      }
      break
    }
  }

  /// Skips spaces, tabs, no-break spaces (U+00A0) and narrow no-break spaces (U+202F).
  @discardableResult
  mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count {
      if bytes[position] == 0x20 || bytes[position] == 0x09 {
        position += 1
      } else if bytes[position] == 0xC2, peek(at: 1) == 0xA0 {
        position += 2
      } else if bytes[position] == 0xE2, peek(at: 1) == 0x80, peek(at: 2) == 0xAF {
        position += 3
      } else {
        break
      }
    }
    return position > start
  }

  /// The value of the digit at an offset and its length in bytes: ASCII, Arabic-Indic
  /// (U+0660–U+0669) or Eastern Arabic-Indic (U+06F0–U+06F9).
  func digit(at index: Int) -> (Int32, Int)? {
    guard index < bytes.count else { return nil }
    let byte = bytes[index]
    if byte &- 0x30 < 10 { return (Int32(byte &- 0x30), 1) }
    guard byte == 0xD9 || byte == 0xDB, index + 1 < bytes.count else { return nil }
    let next = bytes[index + 1]
    if byte == 0xD9, next &- 0xA0 < 10 { return (Int32(next &- 0xA0), 2) }
    if byte == 0xDB, next &- 0xB0 < 10 { return (Int32(next &- 0xB0), 2) }
    return nil
  }

  /// A number of one to `maxDigits` digits, consumed.
  mutating func number(maxDigits: Int) -> (Int32, UInt8)? {
    guard let (value, digits, length) = number(at: 0, maxDigits: maxDigits) else { return nil }
    position += length
    return (value, digits)
  }

  /// A number at an offset, not consumed: its value, digit count and length in bytes.
  func number(at offset: Int, maxDigits: Int) -> (Int32, UInt8, Int)? {
    var index = position + offset
    var value: Int32 = 0
    var digits: UInt8 = 0
    // ASCII digits, nearly every header's, without `digit(at:)`'s tuple.
    while index < bytes.count, bytes[index] &- 0x30 < 10 {
      if Int(digits) == maxDigits { return nil }
      value = value * 10 + Int32(bytes[index] &- 0x30)
      digits += 1
      index += 1
    }
    while let (digit, length) = digit(at: index) {
      if Int(digits) == maxDigits { return nil }
      value = value * 10 + digit
      digits += 1
      index += length
    }
    return digits == 0 ? nil : (value, digits, index - position - offset)
  }

  /// Up to nine ASCII digits, consumed.
  mutating func number() -> Int? {
    var value = 0
    var digits = 0
    while position < bytes.count, bytes[position] &- 0x30 < 10, digits < 9 {
      value = value * 10 + Int(bytes[position] &- 0x30)
      position += 1
      digits += 1
    }
    return digits > 0 ? value : nil
  }

  /// The upper-cased first letter of a word (A of AM, P of PM), the word consumed.
  mutating func letter() -> UInt8? {
    guard position < bytes.count else { return nil }
    let first = bytes[position] & 0xDF
    guard first >= 0x41 && first <= 0x5A else { return nil }
    while position < bytes.count, (bytes[position] & 0xDF) >= 0x41, (bytes[position] & 0xDF) <= 0x5A
    {
      position += 1
    }
    return first
  }
}
