/// A cursor over the bytes of one short field.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
      position += 1
    }
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// Up to nine decimal digits.
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

  /// An English month abbreviation (or full name), 1–12.
  mutating func monthName() -> Int? {
    guard position + 3 <= bytes.count else { return nil }
    let key = [bytes[position], bytes[position + 1], bytes[position + 2]].map { $0 | 0x20 }
    let names = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    guard let index = names.firstIndex(where: { Array($0.utf8) == key }) else { return nil }
    position += 3
    while position < bytes.count, bytes[position] | 0x20 >= 0x61, bytes[position] | 0x20 <= 0x7A {
      position += 1
    }
    _ = take(0x2E)
    return index + 1
  }
}
