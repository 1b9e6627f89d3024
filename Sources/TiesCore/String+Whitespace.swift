extension String {
  /// The string without leading and trailing white space and invisible direction marks.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, Self.isTrimmable(scalars[start]) { start = scalars.index(after: start) }
    while end > start, Self.isTrimmable(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }

  static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x200E, 0x200F, 0x202F, 0xFEFF, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }
}
