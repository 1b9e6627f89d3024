#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
  /// Whether the bytes spell the literal, without building an array.
  func matches(_ literal: StaticString) -> Bool {
    guard count == literal.utf8CodeUnitCount, let base = baseAddress,
      base.pointee == literal.utf8Start.pointee
    else { return false }
    return memcmp(base, literal.utf8Start, count) == 0
  }
}

/// The elements of an SMS Backup & Restore file that ties reads.
enum SMSElement: UInt8 {
  case smses, calls, sms, mms, part, addr, call, other

  init(_ name: UnsafeBufferPointer<UInt8>) {
    self = Self.names.first { name.matches($0.0) }?.1 ?? .other
  }

  private static let names: [(StaticString, SMSElement)] = [
    ("sms", .sms), ("mms", .mms), ("part", .part), ("addr", .addr), ("call", .call),
    ("smses", .smses), ("calls", .calls),
  ]
}
