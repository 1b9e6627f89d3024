#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One record: slices of the reader's buffer, valid only inside the callback.
public struct CSVRecord {
  let base: UnsafePointer<UInt8>
  let starts: UnsafeBufferPointer<Int>
  let ends: UnsafeBufferPointer<Int>
  let quoted: UnsafeBufferPointer<Bool>
  /// The one-based line the record starts on.
  public let line: Int

  public var count: Int { starts.count }

  /// The bytes of a field, doubled quotes of a quoted field left doubled; empty when the
  /// record has no such field.
  public func raw(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    guard index >= 0, index < starts.count else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
  }

  public func isQuoted(_ index: Int) -> Bool { index >= 0 && index < quoted.count && quoted[index] }

  /// A field as text, doubled quotes undone; "" when the record has no such field.
  public func string(_ index: Int) -> String {
    let bytes = raw(index)
    guard isQuoted(index), let start = bytes.baseAddress, memchr(start, 0x22, bytes.count) != nil
    else {
      return String(decoding: bytes, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var skipNext = false
    for byte in bytes {
      if skipNext {
        skipNext = false
        continue
      }
      out.append(byte)
      if byte == 0x22 { skipNext = true }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Characters (Unicode scalars) of a field, without building it.
  public func characterCount(_ index: Int) -> Int {
    let bytes = raw(index)
    return isQuoted(index)
      ? ByteText.scalarCountUndoublingQuotes(bytes) : ByteText.scalarCount(bytes)
  }

  /// Whether a field holds nothing but spaces.
  public func isBlank(_ index: Int) -> Bool {
    raw(index).allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
