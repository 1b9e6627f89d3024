#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts the characters of an attribute value as it streams past: UTF-8 lead bytes, a
/// character reference as one, a surrogate pair written as two references as one.
struct TextCounter {
  private(set) var characters = 0
  private var inReference = false
  private var value: UInt32 = 0
  private var hex = false

  mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
    // Most values hold no reference: count lead bytes in one tight loop.
    if !inReference, let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) == nil {
      characters += ByteText.scalarCount(bytes)
      return
    }
    for byte in bytes {
      if inReference {
        switch byte {
        case 0x3B:
          inReference = false
          characters += (0xDC00...0xDFFF).contains(value) ? 0 : 1
        case 0x78 where value == 0: hex = true
        case 0x30...0x39: value = value &* (hex ? 16 : 10) &+ UInt32(byte - 0x30)
        case 0x61...0x66 where hex: value = value &* 16 &+ UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: value = value &* 16 &+ UInt32(byte - 0x41 + 10)
        default: break
        }
      } else if byte == 0x26 {
        inReference = true
        value = 0
        hex = false
      } else if byte & 0xC0 != 0x80 {
        characters += 1
      }
    }
  }
}
