/// A fixed list of UTF-8 phrases matched against raw bytes, without building a `String`:
/// a table of first and last bytes rejects almost every line before any comparison.
struct BytePhrases: Sendable {
  private let phrases: [[UInt8]]
  private let firstBytes: [Bool]
  private let lastBytes: [Bool]
  /// The shortest and longest phrase, in bytes.
  private let shortest: Int
  private let longest: Int

  init(_ texts: [String]) {
    phrases = texts.map { Array($0.utf8) }
    shortest = phrases.map(\.count).min() ?? 0
    longest = phrases.map(\.count).max() ?? 0
    var first = [Bool](repeating: false, count: 256)
    var last = [Bool](repeating: false, count: 256)
    for phrase in phrases {
      if let byte = phrase.first { first[Int(byte)] = true }
      if let byte = phrase.last { last[Int(byte)] = true }
    }
    firstBytes = first
    lastBytes = last
  }

  func isPrefix(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= shortest, let first = bytes.first, firstBytes[Int(first)] else {
      return false
    }
    return phrases.contains { phrase in
      phrase.count <= bytes.count && Self.same(phrase, bytes, at: 0)
    }
  }

  /// A phrase that is the whole text or is followed by one of the given bytes.
  func isPrefix(of bytes: UnsafeBufferPointer<UInt8>, endingAt terminators: [UInt8]) -> Bool {
    guard bytes.count >= shortest, let first = bytes.first, firstBytes[Int(first)] else {
      return false
    }
    return phrases.contains { phrase in
      guard phrase.count <= bytes.count, Self.same(phrase, bytes, at: 0) else { return false }
      return phrase.count == bytes.count || terminators.contains(bytes[phrase.count])
    }
  }

  func isSuffix(of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= shortest, let last = bytes.last, lastBytes[Int(last)] else {
      return false
    }
    return phrases.contains { phrase in
      phrase.count <= bytes.count && Self.same(phrase, bytes, at: bytes.count - phrase.count)
    }
  }

  func matchesWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= shortest, bytes.count <= longest, let first = bytes.first,
      firstBytes[Int(first)]
    else { return false }
    return phrases.contains { $0.count == bytes.count && Self.same($0, bytes, at: 0) }
  }

  private static func same(_ phrase: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> Bool
  {
    phrase.withUnsafeBufferPointer {
      ByteText.equal($0, UnsafeBufferPointer(rebasing: bytes[offset..<(offset + phrase.count)]))
    }
  }
}
