import TiesCore

/// A Telegram peer as `from_id` and `actor_id` name it: `user123`, `channel123`, `chat123`,
/// or a bare number in exports before 2022 (formats/others.md §4.4).
struct TelegramPeer: Hashable {
  enum Kind: UInt8 {
    case user, channel, chat
  }

  var kind: Kind
  var number: Int64

  /// The identity key value, in the form the export writes today.
  var keyValue: String {
    switch kind {
    case .user: return "user\(number)"
    case .channel: return "channel\(number)"
    case .chat: return "chat\(number)"
    }
  }

  var key: IdentityKey { IdentityKey(platform: .telegram, kind: .accountID, value: keyValue) }
}

/// Byte-level readers for the values of Telegram's `result.json`, so that the message loop
/// builds no `String` for a message it has seen the sender of.
enum TelegramBytes {
  /// Characters of a raw JSON string (escapes left in): one per Unicode scalar, an escape
  /// counting once and the low half of an escaped surrogate pair not at all.
  static func length(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    // One pass counts scalars and notes escapes; only text with escapes is walked again.
    var count = 0
    var escapes = false
    for byte in raw {
      count &+= byte & 0xC0 != 0x80 ? 1 : 0
      escapes = escapes || byte == 0x5C
    }
    guard escapes else { return count }
    count = 0
    var index = 0
    let end = raw.count
    while index < end {
      let byte = raw[index]
      if byte == 0x5C, index + 1 < end {
        if raw[index + 1] == 0x75, index + 5 < end, raw[index + 2] | 0x20 == 0x64,
          (0x63...0x66).contains(raw[index + 3] | 0x20)
        {
          // \uDC00–\uDFFF: the second half of a pair whose first half was counted.
          index += 6
          continue
        }
        count += 1
        index += raw[index + 1] == 0x75 ? 6 : 2
        continue
      }
      if byte & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// A decimal integer, alone in the bytes (the string `"1652135033"` of `date_unixtime`).
  static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !raw.isEmpty, raw.count <= 18 else { return nil }
    var value: Int64 = 0
    for byte in raw {
      guard byte &- 0x30 < 10 else { return nil }
      value = value * 10 + Int64(byte &- 0x30)
    }
    return value
  }

  /// `2022-03-08T13:07:42`, the exporter's local wall time, as seconds read as UTC.
  static func localTime(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard raw.count >= 19, raw[4] == 0x2D, raw[7] == 0x2D, raw[10] == 0x54 || raw[10] == 0x20,
      raw[13] == 0x3A, raw[16] == 0x3A
    else { return nil }
    func number(_ start: Int, _ count: Int) -> Int? { ByteText.digits(raw, start, count) }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      CivilTime.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
    else { return nil }
    return CivilTime.seconds(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }

  /// `user123`, `channel123`, `chat123` (the raw bytes of a string value).
  static func peer(_ raw: UnsafeBufferPointer<UInt8>) -> TelegramPeer? {
    var index = 0
    while index < raw.count, raw[index] &- 0x30 >= 10 { index += 1 }
    guard index < raw.count,
      let number = integer(UnsafeBufferPointer(rebasing: raw[index...]))
    else { return nil }
    switch index {
    case 4 where raw[0] == 0x75: return TelegramPeer(kind: .user, number: number)  // user
    case 7 where raw[0] == 0x63: return TelegramPeer(kind: .channel, number: number)  // channel
    case 4 where raw[0] == 0x63: return TelegramPeer(kind: .chat, number: number)  // chat
    case 0: return TelegramPeer(kind: .user, number: number)
    default: return nil
    }
  }

  static func equal(_ raw: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
    other.withUnsafeBufferPointer { ByteText.equal(raw, $0) }
  }
}
