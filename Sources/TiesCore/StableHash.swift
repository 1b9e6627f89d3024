/// FNV-1a over UTF-8: the same text gives the same value on every machine and run, which
/// `Hasher` does not promise.
public enum StableHash {
  public static func value(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Ten lower-case hex digits of the hash: short enough to read, long enough not to clash
  /// among a few hundred thousand people.
  public static func hex(_ text: String) -> String {
    let digits = String(value(text), radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    return String(padded.prefix(10))
  }
}
