/// Turns the lines of one exported chat into records, one line at a time.
///
/// The first header fixes the file's header style; a later line that starts with something
/// date-like in another style is a continuation, not a new message. Every line is either a
/// header or a continuation, so nothing is lost: `headerLines + continuationLines +
/// orphanLines == totalLines`.
///
/// `records` holds the records not yet handed on; the last one may still grow by
/// continuation lines. What the whole file decides (senders who wrote, the date evidence,
/// the line account) is counted as records arrive, so records can be handed on early.
struct WhatsAppChatParser {
  private(set) var style: WhatsAppHeader.Style?
  private(set) var records: [WhatsAppRecord] = []
  /// Every record read, handed on or not.
  private(set) var recordCount = 0
  /// Some record's first or second date field is above 12: it can only be the day.
  private(set) var firstOver12 = false
  private(set) var secondOver12 = false
  /// Per sender: records that are no notice, and the line of the first of them.
  private(set) var messagesBySender: [Int] = []
  private(set) var firstLineBySender: [Int32] = []
  /// Records with no sender, and the app's notices.
  private(set) var systemRecords = 0
  private(set) var senders: [String] = []
  private var senderLookup: [[UInt8]: Int32] = [:]
  private var recentSenders: [(bytes: [UInt8], index: Int32)] = []
  private var nextRecent = 0
  private(set) var totalLines = 0
  private(set) var headerLines = 0
  private(set) var continuationLines = 0
  /// Continuation lines that read as a header of another style than the file's.
  private(set) var foreignHeaderLines = 0
  private(set) var firstForeignHeaderLine: Int?
  /// Lines before the first header: text that belongs to no message.
  private(set) var orphanLines: [Int] = []
  /// A system line talks about a group ("created group", "added", ...).
  private(set) var sawGroupEvent = false
  /// The sender under which the app wrote its first notice: the chat's own name.
  private(set) var noticeSender: Int32?

  /// Senders of "You deleted this message": the exporting owner, in their own words.
  private(set) var ownerSenders: [Int32] = []

  private static let maximumSenderBytes = 128
  private let bodies = WhatsAppBody()

  mutating func consume(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
    totalLines += 1
    // Most continuation lines start with a letter, and only month-first headers (`Mar 5, …`)
    // do: once the file's style is known and is not that, skip the grammar for them.
    let letterFirst = line.first.map { ($0 | 0x20) &- 0x61 < 26 } ?? false
    if letterFirst, let style, style.named != 2 {
      appendContinuation(line)
      return
    }
    if let header = WhatsAppHeader.parse(line) {
      if style == nil || header.style == style {
        if style == nil { style = header.style }
        headerLines += 1
        record(header, line: line, number: number)
        return
      }
      // A header of another style: a message quoting a date, or a second export pasted in.
      foreignHeaderLines += 1
      if firstForeignHeaderLine == nil { firstForeignHeaderLine = number }
    }
    guard recordCount > 0 else {
      if !Self.isBlank(line) { orphanLines.append(number) }
      continuationLines += Self.isBlank(line) ? 1 : 0
      return
    }
    appendContinuation(line)
  }

  private mutating func appendContinuation(_ line: UnsafeBufferPointer<UInt8>) {
    continuationLines += 1
    let last = records.count - 1
    records[last].length = Int32(
      clamping: Int(records[last].length) + 1 + ByteText.scalarCount(line[...]))
  }

  private mutating func record(
    _ header: WhatsAppHeader, line: UnsafeBufferPointer<UInt8>, number: Int
  ) {
    var start = header.restStart
    start = Self.skipMarks(line, from: start).0
    var sender: Int32 = -1
    var kind = WhatsAppBodyKind.system
    var bodyStart = line.count
    if let colon = Self.senderSeparator(line, from: start) {
      sender = intern(UnsafeBufferPointer(rebasing: line[start..<colon]))
      bodyStart = min(
        line.count, colon + (colon + 1 < line.count && line[colon + 1] == 0x20 ? 2 : 1))
      let (afterMarks, marked) = Self.skipMarks(line, from: bodyStart)
      bodyStart = afterMarks
      let body = UnsafeBufferPointer(rebasing: line[bodyStart...])
      kind = bodies.classify(body, marked: marked, early: recordCount < 3)
      if kind == .notice, noticeSender == nil { noticeSender = sender }
      if kind == .deletedByOwner, !ownerSenders.contains(sender) { ownerSenders.append(sender) }
    } else if !sawGroupEvent {
      sawGroupEvent = WhatsAppGroupEvents.matches(UnsafeBufferPointer(rebasing: line[start...]))
    }
    let length = kind == .text ? Int32(ByteText.scalarCount(line[bodyStart...])) : 0
    recordCount += 1
    if header.first > 12 { firstOver12 = true }
    if header.second > 12 { secondOver12 = true }
    if sender < 0 || kind == .notice {
      systemRecords += 1
    } else {
      if messagesBySender[Int(sender)] == 0 {
        firstLineBySender[Int(sender)] = Int32(clamping: number)
      }
      messagesBySender[Int(sender)] += 1
    }
    records.append(
      WhatsAppRecord(
        first: Int16(clamping: header.first), second: Int16(clamping: header.second),
        third: Int16(clamping: header.third), secondOfDay: header.secondOfDay, sender: sender,
        kind: kind, length: length, line: Int32(clamping: number)))
  }

  /// Drops the records handed on, all but the last when it may still grow.
  mutating func dropRecords(keepingLast: Bool) {
    guard keepingLast, let last = records.last else {
      records.removeAll()
      return
    }
    if records.capacity > 4096 {
      // What was held while the date order was open is not needed again.
      records = [last]
      records.reserveCapacity(512)
    } else {
      records.removeAll(keepingCapacity: true)
      records.append(last)
    }
  }

  /// Gives headers that carry no year one (`18 Mar 12:14 - `): the last record falls in the
  /// year of the export's end, or the year before when its day lies after that end, and the
  /// year steps back wherever the dates, read from the end, jump forward (a new year began).
  mutating func inferYears(endYear: Int, endMonth: Int, endDay: Int) {
    var year = Int16(clamping: endYear)
    // Days only: times within a day are not always in order (formats/others.md §3.5, 8).
    var later = Int16(clamping: endMonth * 100 + endDay)
    for index in records.indices.reversed() {
      let day = records[index].second * 100 + records[index].first
      if day > later { year -= 1 }
      records[index].third = year
      later = day
    }
  }

  /// The offset of the colon that ends the sender, if the line has a sender.
  ///
  /// `Name: text` is the rule; `Name:` at the end of the line and `Name:.` (no space) occur
  /// in real exports too. Names may hold quotes (`Thandi "Ndazo's Sister" Tshabalala`), so
  /// a colon counts only outside quotes: system text that quotes a subject
  /// (`created group "x: y"`, German „…“, English “…”, French «…») has its colon inside
  /// them, or no colon at all; the same holds inside brackets and parentheses. A colon
  /// followed by a digit is a time, not a separator.
  static func senderSeparator(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let end = min(line.count, start + maximumSenderBytes)
    var fallback: Int?
    var quoted = false
    var brackets = 0  // `Team [A: B]`, `Ann (work: sales)`
    var index = start
    while index < end {
      let byte = line[index]
      if byte == 0x5B || byte == 0x28 {
        brackets += 1
      } else if byte == 0x5D || byte == 0x29 {
        brackets = max(0, brackets - 1)
      } else if byte == 0x22 {
        quoted.toggle()
      } else if byte == 0xE2, index + 2 < line.count, line[index + 1] == 0x80,
        line[index + 2] == 0x9C || line[index + 2] == 0x9D || line[index + 2] == 0x9E
      {
        quoted.toggle()
      } else if byte == 0xC2, index + 1 < line.count,
        line[index + 1] == 0xAB || line[index + 1] == 0xBB
      {
        quoted.toggle()
      } else if byte == 0x3A, !quoted, brackets == 0 {
        if index == start { return nil }
        if index + 1 == line.count || line[index + 1] == 0x20 { return index }
        if fallback == nil, line[index + 1] &- 0x30 >= 10 { fallback = index }
      }
      index += 1
    }
    return fallback
  }

  private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    for entry in recentSenders where entry.bytes.count == bytes.count {
      if entry.bytes.withUnsafeBufferPointer({ ByteText.equal($0, bytes) }) { return entry.index }
    }
    let key = Array(bytes)
    let index: Int32
    if let known = senderLookup[key] {
      index = known
    } else {
      index = Int32(senders.count)
      senders.append(WhatsAppNames.clean(String(decoding: bytes, as: UTF8.self)))
      messagesBySender.append(0)
      firstLineBySender.append(0)
      senderLookup[key] = index
    }
    // A small round-robin cache in front of the dictionary: chats have few active senders,
    // and comparing bytes beats hashing them.
    if recentSenders.count < 16 {
      recentSenders.append((key, index))
    } else {
      recentSenders[nextRecent] = (key, index)
      nextRecent = (nextRecent + 1) % recentSenders.count
    }
    return index
  }

  static func skipMarks(_ line: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool) {
    var index = start
    var marked = false
    while index + 2 < line.count, line[index] == 0xE2 || line[index] == 0xEF {
      let (a, b, c) = (line[index], line[index + 1], line[index + 2])
      if a == 0xE2, b == 0x80, c == 0x8E || c == 0x8F {
        marked = true
      } else if !(a == 0xEF && b == 0xBB && c == 0xBF) {
        break
      }
      index += 3
    }
    return (index, marked)
  }

  static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
