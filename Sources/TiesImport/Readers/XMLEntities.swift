/// XML character and entity references in attribute values, decoded to UTF-8, including the
/// UTF-16 surrogate pairs some producers write for emoji (`&#55357;&#56832;`): libxml2
/// rejects those, we join them (formats/others.md §7.3).
enum XMLEntities {
  /// The value with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` and `&#xN;` replaced;
  /// unknown references stay as written, lone surrogates become U+FFFD.
  static func decode(_ raw: [UInt8]) -> [UInt8] {
    guard raw.contains(0x26) else { return raw }
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var index = 0
    var pendingHigh: UInt32?
    func flushHigh() {
      if pendingHigh != nil { append(0xFFFD, to: &out) }
      pendingHigh = nil
    }
    while index < raw.count {
      let byte = raw[index]
      guard byte == 0x26, let semicolon = raw[index...].prefix(12).firstIndex(of: 0x3B) else {
        flushHigh()
        out.append(byte)
        index += 1
        continue
      }
      let name = raw[(index + 1)..<semicolon]
      if let scalar = reference(name) {
        if (0xD800...0xDBFF).contains(scalar) {
          flushHigh()
          pendingHigh = scalar
        } else if (0xDC00...0xDFFF).contains(scalar) {
          if let high = pendingHigh {
            append(0x10000 + ((high - 0xD800) << 10) + (scalar - 0xDC00), to: &out)
            pendingHigh = nil
          } else {
            append(0xFFFD, to: &out)
          }
        } else {
          flushHigh()
          append(scalar, to: &out)
        }
        index = semicolon + 1
      } else {
        flushHigh()
        out.append(byte)
        index += 1
      }
    }
    flushHigh()
    return out
  }

  /// The code point a reference names (`amp`, `#38`, `#x26`), or nil.
  static func reference(_ name: ArraySlice<UInt8>) -> UInt32? {
    switch Array(name) {
    case Array("amp".utf8): return 0x26
    case Array("lt".utf8): return 0x3C
    case Array("gt".utf8): return 0x3E
    case Array("quot".utf8): return 0x22
    case Array("apos".utf8): return 0x27
    default: break
    }
    guard name.first == 0x23 else { return nil }
    var digits = name.dropFirst()
    var radix: UInt32 = 10
    if digits.first == 0x78 || digits.first == 0x58 {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.count <= 8 else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      guard let digit = hexValue(byte), digit < radix else { return nil }
      value = value * radix + digit
    }
    return value <= 0x10FFFF ? value : nil
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
  }

  private static func append(_ scalar: UInt32, to out: inout [UInt8]) {
    let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
    out.append(contentsOf: Array(String(Character(value)).utf8))
  }
}
