import CByteScan

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JSONScanner {
  /// Characters of a raw string after decoding and Meta's mojibake repair, counted without
  /// building it: `\u00XX` escapes all at most 0xFF that form valid UTF-8 count as the
  /// characters they encode.
  ///
  /// Meta's files are ASCII with every non-ASCII byte escaped: the escaped units are walked
  /// as bytes, checked to form UTF-8 and counted, all without allocating. Runs of plain
  /// ASCII between escapes, most of any message, are counted eight bytes at a time.
  static func repairedLength(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = raw.baseAddress else { return 0 }
    let count = raw.count
    var units = 0
    var leads = 0
    var pending = 0  // continuation bytes still expected
    var valid = true
    var index = 0
    while index < count {
      let run = plainASCIIRun(base, from: index, count: count)
      if run > 0 {
        // Each byte is one unit and one character; the first ends an unfinished sequence.
        units &+= run
        leads &+= run
        if pending > 0 {
          valid = false
          pending = 0
        }
        index += run
        if index == count { break }
      }
      var unit = UInt32(base[index])
      if unit >= 0x80 { return nonASCIILength(raw) }
      if index + 1 < count {
        // A backslash with a byte after it.
        if base[index + 1] == 0x75 {
          // Only `\u00XX` can be a byte; any other escape, or bad hex, takes the slow path.
          guard index + 6 <= count, base[index + 2] == 0x30, base[index + 3] == 0x30,
            let high = hexDigit(base[index + 4]), let low = hexDigit(base[index + 5])
          else {
            return MetaText.repair(decode(raw)).unicodeScalars.count
          }
          unit = UInt32(high << 4 | low)
          index += 6
        } else {
          unit = 0x20  // \n, \t, \" and the like: one ASCII character
          index += 2
        }
      } else {
        index += 1  // a backslash ending the string stands for itself
      }
      units &+= 1
      if pending > 0 {
        if unit & 0xC0 == 0x80 {
          pending -= 1
          continue
        }
        valid = false
        pending = 0
      }
      switch unit {
      case 0..<0x80: leads &+= 1
      case 0xC2...0xDF:
        leads &+= 1
        pending = 1
      case 0xE0...0xEF:
        leads &+= 1
        pending = 2
      case 0xF0...0xF4:
        leads &+= 1
        pending = 3
      default: valid = false
      }
    }
    if pending > 0 { valid = false }
    return valid ? leads : units
  }

  @inline(__always)
  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x61...0x66: return byte - 0x61 + 10
    case 0x41...0x46: return byte - 0x41 + 10
    default: return nil
    }
  }

  /// Bytes from `index` on that are ASCII and not a backslash.
  @inline(__always)
  private static func plainASCIIRun(_ base: UnsafePointer<UInt8>, from index: Int, count: Int)
    -> Int
  {
    ties_find_non_ascii_or_backslash(base, index, count) - index
  }

  /// A string holding raw non-ASCII bytes: counted as UTF-8 when it has no escape, else
  /// decoded and repaired.
  private static func nonASCIILength(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = raw.baseAddress, memchr(base, 0x5C, raw.count) != nil else {
      return ByteText.scalarCount(raw)
    }
    return MetaText.repair(decode(raw)).unicodeScalars.count
  }
}
