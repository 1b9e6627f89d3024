/// Whole numbers in as few bytes as they take (LEB128: seven bits a byte, the high bit set
/// on every byte but the last), signed ones zigzagged first so that small negatives stay
/// small. What `PackedRecord`s are written with.
public enum PackedBytes {
  /// Writes into memory the caller has made room in: `PackedRun` keeps at least a record's
  /// `maxPackedBytes` free before each record, so no write checks the end.
  public struct Writer {
    @usableFromInline var next: UnsafeMutablePointer<UInt8>

    @inlinable init(_ start: UnsafeMutablePointer<UInt8>) { next = start }

    @inlinable @inline(__always) public mutating func byte(_ value: UInt8) {
      next.pointee = value
      next += 1
    }

    /// At most 10 bytes.
    @inlinable @inline(__always) public mutating func unsigned(_ value: UInt64) {
      var value = value
      while value >= 0x80 {
        next.pointee = UInt8(truncatingIfNeeded: value) | 0x80
        next += 1
        value >>= 7
      }
      next.pointee = UInt8(value)
      next += 1
    }

    /// At most 10 bytes; at most 5 for values of 32 bits and their differences.
    @inlinable @inline(__always) public mutating func signed(_ value: Int64) {
      unsigned(UInt64(bitPattern: value << 1 ^ value >> 63))
    }

    /// `value` as its difference from `previous`, wrapping, so that any two values round-trip.
    @inlinable @inline(__always) public mutating func delta(_ value: Int64, from previous: Int64) {
      signed(value &- previous)
    }
  }

  /// Reads what a `Writer` wrote. Reading past the end gives zeros instead of trapping: the
  /// bytes are our own scratch file's, so that would be a failed disk, and the run goes on.
  public struct Reader {
    @usableFromInline var next: UnsafePointer<UInt8>
    @usableFromInline let end: UnsafePointer<UInt8>

    @inlinable init(_ next: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) {
      self.next = next
      self.end = end
    }

    @inlinable @inline(__always) public mutating func byte() -> UInt8 {
      guard next < end else { return 0 }
      defer { next += 1 }
      return next.pointee
    }

    /// Most values in a run take one byte: those skip the loop.
    @inlinable @inline(__always) public mutating func unsigned() -> UInt64 {
      if next < end, next.pointee < 0x80 {
        defer { next += 1 }
        return UInt64(next.pointee)
      }
      return unsignedOfSeveralBytes()
    }

    @inlinable mutating func unsignedOfSeveralBytes() -> UInt64 {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while next < end {
        let byte = next.pointee
        next += 1
        result |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { break }
        shift += 7
      }
      return result
    }

    @inlinable @inline(__always) public mutating func signed() -> Int64 {
      let value = unsigned()
      return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    @inlinable @inline(__always) public mutating func delta(from previous: Int64) -> Int64 {
      previous &+ signed()
    }
  }
}
