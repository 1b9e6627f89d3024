import Dispatch
import Foundation
import TiesCore

/// The second half of one large `messages` array, read on another thread while the first
/// half is read as usual (single-chat exports of 64 MB and more). The half has a thread of
/// its own, not a worker of the global queue: with a worker, a profile of the 1 GB bench
/// export showed one core idle for about 0.1 s while the first half, done, waited for it.
///
/// The half starts at a guess: the first `,` + newline + the array's own indentation + `{`
/// past the middle. A raw newline never occurs inside a JSON string and nested objects are
/// indented deeper, so in Telegram's pretty-printed files that is an element boundary; the
/// first half confirms it by arriving there between two elements. If it does not, or the
/// second half met anything unexpected, its work is dropped and the first half reads on
/// alone: the result is the same either way, only the time differs.
final class TelegramSplit: @unchecked Sendable {
  /// What the second half read, in identities of its own sink.
  struct Half {
    var sink: FileSink
    var members: [Int]
    var records: Int
    var localTimesOnly: Int
    var undated: Int
    var withoutSender: Int
    /// The offset of the array's closing bracket.
    var end: Int
  }

  static let minimumBytes = 64 << 20

  let candidate: Int
  private let group = DispatchGroup()
  private var half: Half?
  private var settled = false

  private init(candidate: Int) { self.candidate = candidate }

  /// Starts the second half of the array whose `[` is at `open`, or nil when the array is
  /// too small or not laid out one element per indented line.
  static func start(
    _ bytes: UnsafeBufferPointer<UInt8>, open: Int, chat: TelegramChat, path: String,
    timeZone: TimeZone?, cursor: ((Int) -> (Int) -> Void)?, minimum: Int = minimumBytes
  ) -> TelegramSplit? {
    guard bytes.count - open >= minimum else { return nil }
    // The whitespace between `[` and the first element is the indentation of every element.
    var first = open + 1
    while first < bytes.count,
      bytes[first] == 0x20 || bytes[first] == 0x0A || bytes[first] == 0x0D
        || bytes[first] == 0x09
    {
      first += 1
    }
    guard first < bytes.count, bytes[first] == 0x7B else { return nil }
    let lead = Array(bytes[(open + 1)..<first])
    guard lead.contains(0x0A), lead.count < 64 else { return nil }
    let pattern = [0x2C] + lead + [0x7B]
    var index = open + (bytes.count - open) / 2
    let last = bytes.count - pattern.count
    while index <= last,
      !(bytes[index] == 0x2C && bytes[index..<(index + pattern.count)].elementsEqual(pattern))
    {
      index += 1
    }
    guard index <= last else { return nil }
    let candidate = index + pattern.count - 1
    let split = TelegramSplit(candidate: candidate)
    let input = Handoff(bytes: bytes, release: cursor?(candidate))
    split.group.enter()
    Thread.detachNewThread {
      split.half = readHalf(
        input.bytes, from: candidate, chat: chat, path: path, timeZone: timeZone,
        release: input.release)
      split.group.leave()
    }
    return split
  }

  /// The second half, once the first has arrived at its start; nil when it failed.
  func join() -> Half? {
    group.wait()
    settled = true
    return half
  }

  /// The guess was not an element boundary: wait for the other thread and drop its work.
  func abandon() {
    group.wait()
    settled = true
    half = nil
  }

  var isSettled: Bool { settled }

  private static func readHalf(
    _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, chat: TelegramChat, path: String,
    timeZone: TimeZone?, release: ((Int) -> Void)?
  ) -> Half? {
    var reader = TelegramJSONReader(
      path: path, timeZone: timeZone, release: release,
      sink: FileSink(scratchFor: path, spillAfter: ImportOptions.defaultSpillAfter))
    var chat = chat
    var scanner = JSONScanner(bytes, at: offset)
    var position: Int32 = 0
    while true {
      guard scanner.peek() == 0x7B else { return nil }
      var message = TelegramMessage()
      scanner.forEachMember { scanner, key in message.read(&scanner, key: key) }
      // A defect read past is reported by the first thread, which then reads this half.
      guard !scanner.failed, scanner.tolerated.isEmpty else { return nil }
      reader.records += 1
      reader.add(message, to: &chat, position: position)
      position &+= 1
      release?(scanner.position)
      switch scanner.peek() {
      case 0x2C: scanner.jump(to: scanner.position + 1)
      case 0x5D:
        return Half(
          sink: reader.sink, members: chat.members, records: reader.records,
          localTimesOnly: reader.localTimesOnly, undated: reader.undated,
          withoutSender: reader.withoutSender, end: scanner.position)
      default: return nil
      }
    }
  }
}

/// The mapped bytes and a page-release cursor of its own, handed to the second thread: the
/// bytes stay mapped until it has finished, and the cursor is used by it alone.
private struct Handoff: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  let release: ((Int) -> Void)?
}
