import Testing
import TiesTestSupport

@testable import TiesImport

/// The word-at-a-time paths of the JSON scanner and Facebook's detection against plain
/// byte-by-byte versions of the same rules (the code they replaced), on seeded random
/// inputs built from the pieces that matter: quotes, backslashes, `\u00XX` mojibake, other
/// escapes, raw UTF-8 and plain ASCII, at every alignment.
struct ByteFastPathTests {
  private static let pieces: [String] = [
    "a", "hello ", "0123456789abcdef", "\"", "\\", "\\\"", "\\n", "\\\\", "\\u00c3\\u00a9",
    "\\u00e2\\u009d\\u00a4", "\\u00f0\\u009f\\u0098\\u0082", "\\u00e9", "\\u00C3\\u00A9",
    "\\u0041", "\\u00zz", "\\u012", "\\u0100", "\\ud83d\\ude00", "é", "😀", "\u{7F}",
  ]

  private static func randomText(_ generator: inout SeededGenerator) -> [UInt8] {
    let count = Int.random(in: 0...12, using: &generator)
    var bytes: [UInt8] = []
    for _ in 0..<count {
      bytes += Array(pieces[Int.random(in: 0..<pieces.count, using: &generator)].utf8)
    }
    return bytes
  }

  @Test func repairedLengthCountsAsTheByteLoopDid() {
    var generator = SeededGenerator(seed: 16)
    for _ in 0..<20_000 {
      let text = Self.randomText(&generator).filter { $0 != 0x22 }
      let fast = text.withUnsafeBufferPointer { JSONScanner.repairedLength($0) }
      let slow = text.withUnsafeBufferPointer { Self.referenceRepairedLength($0) }
      #expect(fast == slow, "\(String(decoding: text, as: UTF8.self))")
      if fast != slow { return }
    }
  }

  @Test func byteCountCountsAsTheByteLoopDid() {
    var generator = SeededGenerator(seed: 18)
    for _ in 0..<20_000 {
      // Long runs too, past the 31 words after which the lanes are folded.
      var text = Self.randomText(&generator)
      if Bool.random(using: &generator) { text += Array(repeating: 0x22, count: 300) + text }
      for byte: UInt8 in [0x22, 0x5C, 0x00, 0xFF, 0x80] {
        let fast = text.withUnsafeBufferPointer { ByteText.count(of: byte, in: $0) }
        let slow = text.filter { $0 == byte }.count
        #expect(fast == slow, "\(byte) in \(text)")
        if fast != slow { return }
      }
    }
  }

  @Test func rawStringEndsWhereTheByteLoopDid() {
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<20_000 {
      let lead = Array(repeating: UInt8(0x20), count: Int.random(in: 0...9, using: &generator))
      let text = lead + [0x22] + Self.randomText(&generator)
      text.withUnsafeBufferPointer { bytes in
        var scanner = JSONScanner(bytes)
        let raw = scanner.rawString()
        let expected = Self.referenceEnd(bytes, from: lead.count + 1)
        #expect(raw?.count == expected.map { $0 - lead.count - 1 })
        #expect(scanner.position == (expected.map { $0 + 1 } ?? bytes.count))
        #expect(scanner.failed == (expected == nil))
      }
    }
  }

  @Test func facebookListsAreFoundAsTheKeySearchFoundThem() {
    var generator = SeededGenerator(seed: 18)
    let words = [
      "{", "}", "[", "]", ",", " ", "\n  ", "\"", "\":", "\": [", "\":[", "\": {", "friends",
      "friends_v2", "_v3", "followers", "following_v3", "deleted_friends", "messages",
      "participants", "friend", "sent_requests", "x\"friends", "_v2_v2", "\\\"",
    ]
    for _ in 0..<20_000 {
      var prefix: [UInt8] = []
      for _ in 0..<Int.random(in: 0...14, using: &generator) {
        prefix += Array(words[Int.random(in: 0..<words.count, using: &generator)].utf8)
      }
      let entry = ExportEntry(
        path: "/x/friends.json", displayPath: "friends.json", components: ["friends.json"],
        size: prefix.count, prefix: prefix)
      let expected = FacebookRelationships.lists.keys.contains { key in
        ["", "_v2", "_v3"].contains { suffix in
          entry.prefixContains("\"\(key)\(suffix)\": [")
            || entry.prefixContains("\"\(key)\(suffix)\":[")
        }
      }
      #expect(FacebookRelationships.opensWithList(entry) == expected, "\(prefix)")
    }
  }

  /// Where the string opened before `from` ends (its closing quote), stepping byte by byte.
  private static func referenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    var index = from
    while index < bytes.count {
      if bytes[index] == 0x22 { return index }
      index += bytes[index] == 0x5C ? 2 : 1
    }
    return nil
  }

  /// `repairedLength` as it was written first, one byte at a time.
  private static func referenceRepairedLength(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    guard raw.contains(0x5C) else { return ByteText.scalarCount(raw) }
    var units = 0
    var leads = 0
    var pending = 0
    var valid = true
    var index = 0
    while index < raw.count {
      var unit = UInt32(raw[index])
      if unit >= 0x80 { return MetaText.repair(JSONScanner.decode(raw)).unicodeScalars.count }
      if unit == 0x5C, index + 1 < raw.count {
        if raw[index + 1] == 0x75 {
          guard let code = JSONScanner.hex(raw, at: index + 2), code <= 0xFF else {
            return MetaText.repair(JSONScanner.decode(raw)).unicodeScalars.count
          }
          unit = code
          index += 6
        } else {
          unit = 0x20
          index += 2
        }
      } else {
        index += 1
      }
      units += 1
      if pending > 0 {
        if unit & 0xC0 == 0x80 {
          pending -= 1
          continue
        }
        valid = false
        pending = 0
      }
      switch unit {
      case 0..<0x80: leads += 1
      case 0xC2...0xDF:
        leads += 1
        pending = 1
      case 0xE0...0xEF:
        leads += 1
        pending = 2
      case 0xF0...0xF4:
        leads += 1
        pending = 3
      default: valid = false
      }
    }
    if pending > 0 { valid = false }
    return valid ? leads : units
  }
}
