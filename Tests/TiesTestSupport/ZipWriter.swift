/// Writes small stored zips by hand, ZIP64 included, so that the reader is checked against
/// the format and not only against one zip tool.
public enum ZipWriter {
  static func le(_ value: UInt64, _ bytes: Int) -> [UInt8] {
    (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }

  /// A stored zip of the members; `declaredSize` overrides the size the directory claims
  /// for every member (bombs and liars).
  public static func archive(
    _ members: [(String, [UInt8])], zip64: Bool = false, declaredSize: UInt64? = nil
  ) -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    for (name, data) in members {
      let offset = UInt64(out.count)
      let crc = UInt64(CRC32.of(data))
      let size = declaredSize ?? UInt64(data.count)
      let stored = UInt64(data.count)
      let small: (UInt64) -> UInt64 = { zip64 ? 0xFFFF_FFFF : $0 }
      let extra = zip64 ? le(1, 2) + le(24, 2) + le(size, 8) + le(stored, 8) + le(offset, 8) : []
      out += le(0x0403_4B50, 4) + le(45, 2) + le(0x800, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
      out += le(small(stored), 4) + le(small(size), 4) + le(UInt64(name.utf8.count), 2)
      out += le(UInt64(extra.count), 2) + Array(name.utf8) + extra + data
      directory += le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0x800, 2) + le(0, 2) + le(0, 4)
      directory += le(crc, 4) + le(small(stored), 4) + le(small(size), 4)
      directory += le(UInt64(name.utf8.count), 2) + le(UInt64(extra.count), 2) + le(0, 2)
      directory += le(0, 2) + le(0, 2) + le(0, 4) + le(small(offset), 4) + Array(name.utf8) + extra
    }
    let start = UInt64(out.count)
    out += directory
    let count = UInt64(members.count)
    if zip64 {
      let record = UInt64(out.count)
      out += le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
      out += le(count, 8) + le(count, 8) + le(UInt64(directory.count), 8) + le(start, 8)
      out += le(0x0706_4B50, 4) + le(0, 4) + le(record, 8) + le(1, 4)
      out += le(0x0605_4B50, 4) + le(0, 4) + le(0xFFFF, 2) + le(0xFFFF, 2)
      out += le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4) + le(0, 2)
    } else {
      out += le(0x0605_4B50, 4) + le(0, 4) + le(count, 2) + le(count, 2)
      out += le(UInt64(directory.count), 4) + le(start, 4) + le(0, 2)
    }
    return out
  }
}

enum CRC32 {
  static func of(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
