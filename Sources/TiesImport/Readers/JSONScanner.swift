import CByteScan
import TiesCore

/// A pull parser over the bytes of one JSON document, for the files that are large and
/// many (Meta message pages): it visits members without building a tree, compares keys as
/// raw bytes, and builds a `String` only for values a reader asks for.
///
/// Errors are reported through `failure` with a byte offset; after a failure every call
/// returns quickly with nothing, so readers need no error handling in their loops.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0
  private(set) var failure: (offset: Int, reason: String)?
  /// Defects read past without losing anything (a trailing comma before `]` or `}`, as
  /// hand-edited and old X archives have), with their offsets. Every reader reports them
  /// (`toleratedDiagnostics`): nothing is lost, but the file is not as its exporter wrote it.
  private(set) var tolerated: [(offset: Int, reason: String)] = []
  /// Containers open around the position; past `maximumDepth` the document is refused, so a
  /// hostile file cannot exhaust the stack.
  private var depth = 0
  static let maximumDepth = 512

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
  }

  /// A scanner that starts inside the document, at an offset a reader found by itself (one
  /// array split between two threads); it knows nothing of the containers around it.
  init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    self.bytes = bytes
    position = min(max(0, offset), bytes.count)
  }

  /// Moves to an offset another scanner has already read up to.
  mutating func jump(to offset: Int) {
    guard !failed else { return }
    position = min(max(0, offset), bytes.count)
  }

  var failed: Bool { failure != nil }

  mutating func fail(_ reason: String) {
    if failure == nil { failure = (min(position, bytes.count), reason) }
    position = bytes.count
  }

  mutating func skipWhitespace() {
    // On a local index: the loop runs over every indentation byte of a pretty-printed file.
    var index = position
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
      index += 1
    }
    position = index
  }

  /// The next significant byte, not consumed.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  private mutating func expect(_ byte: UInt8) -> Bool {
    if position < bytes.count, bytes[position] == byte {
      position += 1
      return true
    }
    skipWhitespace()
    guard position < bytes.count else {
      fail("truncated: the file ends inside a value")
      return false
    }
    guard bytes[position] == byte else {
      fail("expected '\(Character(Unicode.Scalar(byte)))'")
      return false
    }
    position += 1
    return true
  }

  /// Opens a container: false, with nothing left to read in it, when it is malformed, nested
  /// too deep, or empty.
  private mutating func open(_ bracket: UInt8, closing: UInt8) -> Bool {
    guard expect(bracket) else { return false }
    guard depth < Self.maximumDepth else {
      fail("nested deeper than \(Self.maximumDepth) levels")
      return false
    }
    if peek() == closing {
      position += 1
      return false
    }
    return true
  }

  /// Calls `body` with each key of the object here, positioned at its value; `body` must
  /// consume the value (read it or `skipValue()`).
  mutating func forEachMember(_ body: (inout JSONScanner, UnsafeBufferPointer<UInt8>) -> Void) {
    guard open(0x7B, closing: 0x7D) else { return }
    depth += 1
    defer { depth -= 1 }
    var first = true
    while !failed {
      if !first, tolerateTrailingComma(before: 0x7D) { return }
      first = false
      guard let key = rawString() else { return }
      guard expect(0x3A) else { return }
      skipWhitespace()
      let start = position
      body(&self, key)
      if position == start { skipValue() }  // the body ignored the value
      guard let next = peek() else {
        fail("truncated: the file ends inside an object")
        return
      }
      position += 1
      if next == 0x7D { return }
      if next != 0x2C {
        fail("expected ',' or '}'")
        return
      }
    }
  }

  /// Steps over the closing bracket when a comma was the last thing before it.
  private mutating func tolerateTrailingComma(before closing: UInt8) -> Bool {
    guard peek() == closing else { return false }
    tolerated.append((position, "a trailing comma before '\(Character(Unicode.Scalar(closing)))'"))
    position += 1
    return true
  }

  /// Calls `body` once per element of the array here, positioned at the element.
  mutating func forEachElement(_ body: (inout JSONScanner) -> Void) {
    guard open(0x5B, closing: 0x5D) else { return }
    depth += 1
    defer { depth -= 1 }
    var first = true
    while !failed {
      skipWhitespace()
      if !first, tolerateTrailingComma(before: 0x5D) { return }
      first = false
      let start = position
      body(&self)
      if position == start { skipValue() }
      guard let next = peek() else {
        fail("truncated: the file ends inside an array")
        return
      }
      position += 1
      if next == 0x5D { return }
      if next != 0x2C {
        fail("expected ',' or ']'")
        return
      }
    }
  }

  /// The bytes between the quotes of a string, escapes left as they are.
  mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
    guard expect(0x22) else { return nil }
    let start = position
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    while true {
      index = ties_find_quote_or_backslash(base, index, count)
      guard index < count else { break }
      if base[index] == 0x22 {
        position = index + 1
        return UnsafeBufferPointer(start: base + start, count: index - start)
      }
      index += 2  // an escape takes its next byte with it
    }
    position = count
    fail("truncated: the file ends inside a string")
    return nil
  }

  /// A string value, or nil when the value here is not a string (it is skipped).
  mutating func string() -> String? {
    rawStringValue().map(JSONScanner.decode)
  }

  /// A string value's raw bytes, escapes left in, as `string()` takes a value: nil, with
  /// the value skipped, when it is not a string.
  mutating func rawStringValue() -> UnsafeBufferPointer<UInt8>? {
    guard peek() == 0x22 else {
      skipValue()
      return nil
    }
    return rawString()
  }

  /// An integer value (a fraction is cut off), or nil when the value is not a number.
  mutating func int64() -> Int64? {
    guard let first = peek(), first == 0x2D || first &- 0x30 < 10 else {
      skipValue()
      return nil
    }
    let negative = first == 0x2D
    if negative { position += 1 }
    let digitsStart = position
    var value: Int64 = 0
    var overflow = false
    while position < bytes.count, bytes[position] &- 0x30 < 10 {
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (plus, o2) = times.addingReportingOverflow(Int64(bytes[position] &- 0x30))
      overflow = overflow || o1 || o2
      value = plus
      position += 1
    }
    if position < bytes.count, bytes[position] == 0x2E || bytes[position] | 0x20 == 0x65 {
      // 1.7e12 or 1700000000000.0: read the whole number as a double.
      let start = negative ? digitsStart - 1 : digitsStart
      skipNumberTail()
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      guard let double = Double(text), double.isFinite, abs(double) < 9e18 else { return nil }
      return Int64(double)
    }
    return overflow ? nil : (negative ? -value : value)
  }

  mutating func bool() -> Bool? {
    switch peek() {
    case 0x74: return literal("true") ? true : nil
    case 0x66: return literal("false") ? false : nil
    default:
      skipValue()
      return nil
    }
  }

  private mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count else {
      fail("truncated: the file ends inside a value")
      return false
    }
    for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
      fail("unexpected characters")
      return false
    }
    position += count
    return true
  }

  private mutating func skipNumberTail() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x30...0x39, 0x2E, 0x65, 0x45, 0x2B, 0x2D: position += 1
      default: return
      }
    }
  }

  /// Skips the array or object here by its brackets, stepping over strings whole, without
  /// checking what lies between: for large values a reader never looks into (Telegram's
  /// `text_entities`), several times faster than `skipValue()`. A truncated value still fails.
  mutating func skipBalanced() {
    guard let first = peek(), first == 0x5B || first == 0x7B else {
      skipValue()
      return
    }
    var depth = 0
    var index = position
    let count = bytes.count
    while index < count {
      switch bytes[index] {
      case 0x22:
        position = index
        guard rawString() != nil else { return }
        index = position
        continue
      case 0x5B, 0x7B:
        depth += 1
      case 0x5D, 0x7D:
        depth -= 1
        if depth == 0 {
          position = index + 1
          return
        }
      default:
        break
      }
      index += 1
    }
    position = count
    fail("truncated: the file ends inside a value")
  }

  /// Skips whatever value is here, nested or not.
  mutating func skipValue() {
    guard let first = peek() else {
      fail("truncated: the file ends before a value")
      return
    }
    switch first {
    case 0x22: _ = rawString()
    case 0x7B: forEachMember { scanner, _ in scanner.skipValue() }
    case 0x5B: forEachElement { $0.skipValue() }
    case 0x74: _ = literal("true")
    case 0x66: _ = literal("false")
    case 0x6E: _ = literal("null")
    case 0x2D, 0x30...0x39:
      position += 1
      skipNumberTail()
    default: fail("unexpected character")
    }
  }
}

extension JSONScanner {
  /// The defects read past, as warnings for the file at `path`; `base` is the offset of the
  /// scanned bytes in the file (after a JavaScript wrapper). A file full of them gives one
  /// warning with the count, not one per comma.
  func toleratedDiagnostics(path: String, base: Int = 0) -> [Diagnostic] {
    Self.diagnostics(tolerated, path: path, base: base)
  }

  static func diagnostics(
    _ tolerated: [(offset: Int, reason: String)], path: String, base: Int = 0
  ) -> [Diagnostic] {
    guard let first = tolerated.first else { return [] }
    let more = tolerated.count > 1 ? " (and \(tolerated.count - 1) more in this file)" : ""
    return [
      Diagnostic(
        path: path, offset: base + first.offset,
        message: "\(first.reason)\(more): read past it, nothing lost")
    ]
  }

  /// Whether raw key bytes spell an ASCII key.
  @inline(__always)
  static func key(_ raw: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
    guard raw.count == name.utf8CodeUnitCount else { return false }
    for index in 0..<raw.count where raw[index] != name.utf8Start[index] { return false }
    return true
  }

  /// Decodes the escapes of a raw string.
  static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    guard raw.contains(0x5C) else { return String(decoding: raw, as: UTF8.self) }
    var scalars = String.UnicodeScalarView()
    var utf8: [UInt8] = []
    var index = 0
    func flush() {
      if !utf8.isEmpty {
        scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
        utf8.removeAll(keepingCapacity: true)
      }
    }
    while index < raw.count {
      let byte = raw[index]
      guard byte == 0x5C, index + 1 < raw.count else {
        utf8.append(byte)
        index += 1
        continue
      }
      let escaped = raw[index + 1]
      index += 2
      switch escaped {
      case 0x6E: utf8.append(0x0A)
      case 0x74: utf8.append(0x09)
      case 0x72: utf8.append(0x0D)
      case 0x62: utf8.append(0x08)
      case 0x66: utf8.append(0x0C)
      case 0x75:
        guard var code = hex(raw, at: index) else { continue }
        index += 4
        if (0xD800..<0xDC00).contains(code), index + 5 < raw.count, raw[index] == 0x5C,
          raw[index + 1] == 0x75, let low = hex(raw, at: index + 2), (0xDC00..<0xE000).contains(low)
        {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        flush()
        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
      default: utf8.append(escaped)
      }
    }
    flush()
    return String(scalars)
  }

  static func hex(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    guard index + 4 <= raw.count else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = raw[index + offset]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x61...0x66: digit = byte - 0x61 + 10
      case 0x41...0x46: digit = byte - 0x41 + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Whether the raw bytes end with an ASCII phrase.
  static func hasSuffix(_ raw: UnsafeBufferPointer<UInt8>, _ phrase: StaticString) -> Bool {
    let count = phrase.utf8CodeUnitCount
    guard raw.count >= count else { return false }
    let start = raw.count - count
    for offset in 0..<count where raw[start + offset] != phrase.utf8Start[offset] { return false }
    return true
  }
}
