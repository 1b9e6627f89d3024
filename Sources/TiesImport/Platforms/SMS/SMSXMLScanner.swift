#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A tag scanner for SMS Backup & Restore XML, over a reused 1 MiB window of the file.
///
/// Why not libxml2: these files are one flat list of tags whose attributes hold everything,
/// MMS attachments as base64 attributes of 16 MB and more, and emoji as UTF-16 surrogate
/// references that libxml2 rejects (formats/others.md §7.3). Scanning for quotes with
/// `memchr` skips a 16 MB attribute in milliseconds without keeping it, counts message text
/// without keeping it, and recovers from what libxml2 would stop at: a start tag left open,
/// a file cut short. It is not a validating parser and does not try to be.
struct SMSXMLScanner: ~Copyable {
  enum Failure: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    case cannotRead(String, String)

    /// The scanner's wording of the window's failures, as SMS diagnostics have always read.
    init(_ error: ByteReadError) {
      switch error {
      case .cannotOpen(let path, _):
        self = .cannotOpen(path)
      case .readFailed(let path, let offset, let reason):
        self = .cannotRead(path, "\(ByteStreamError(offset: offset, reason: reason))")
      case .recordTooLong(let path, _, _):
        self = .cannotRead(path, "\(error)")
      }
    }

    var description: String {
      switch self {
      case .cannotOpen(let path): return "cannot open '\(path)'"
      case .cannotRead(let path, let reason): return "reading '\(path)' failed \(reason)"
      }
    }
  }

  private var window: ByteWindow
  private var scratch: [UInt8] = []
  /// Where the file ended inside a tag, if it did.
  private(set) var truncatedAt: Int?

  /// Reads an export entry: a file, or a zip member as it inflates.
  ///
  /// - Parameter capacity: the window; tests make it tiny to cross every boundary.
  init(entry: ExportEntry, capacity: Int = 1 << 20) throws {
    try self.init(ByteSource(entry: entry), capacity: capacity)
  }

  init(path: String, capacity: Int = 1 << 20) throws {
    try self.init(ByteSource(path: path), capacity: capacity)
  }

  private init(_ source: ByteSource, capacity: Int) throws {
    // A fixed window: values longer than it are streamed through it, never kept whole.
    let size = max(capacity, 64)
    do {
      window = try ByteWindow(source, capacity: size, maximumCapacity: size)
    } catch {
      throw Failure(error)
    }
  }

  // The window's state under the names the tag scanner reads best with.
  private var buffer: UnsafeMutablePointer<UInt8> { window.bytes }
  private var end: Int { window.end }
  private var start: Int {
    get { window.start }
    set { window.start = newValue }
  }

  /// Bytes read so far.
  var offset: Int { window.offset }

  /// The next tag, or false at the end of the file.
  ///
  /// - Throws: `Failure` when the input cannot be read on.
  mutating func next(_ tag: inout SMSTag) throws -> Bool {
    do {
      return try scan(&tag)
    } catch let error as ByteReadError {
      throw Failure(error)
    }
  }

  private mutating func scan(_ tag: inout SMSTag) throws -> Bool {
    while true {
      guard try window.seek(0x3C) else { return false }
      let tagOffset = offset
      start += 1
      guard try window.ensure(1) else { return truncated(tagOffset) }
      switch buffer[start] {
      case 0x3F:  // <? … ?>
        guard try window.skip(past: [0x3F, 0x3E]) else { return truncated(tagOffset) }
      case 0x21:  // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE … >
        _ = try window.ensure(3)
        let comment = end - start >= 3 && buffer[start + 1] == 0x2D && buffer[start + 2] == 0x2D
        guard try window.skip(past: comment ? [0x2D, 0x2D, 0x3E] : [0x3E]) else {
          return truncated(tagOffset)
        }
      case 0x2F:  // </name>
        start += 1
        let element = try readName()
        tag.reset(element, offset: tagOffset, isEnd: true)
        guard try window.skip(past: [0x3E]) else { return truncated(tagOffset) }
        return true
      default:
        let element = try readName()
        tag.reset(element, offset: tagOffset, isEnd: false)
        guard try readAttributes(into: &tag) else { return truncated(tagOffset) }
        return true
      }
    }
  }

  private mutating func truncated(_ tagOffset: Int) -> Bool {
    truncatedAt = tagOffset
    return false
  }

  // MARK: - Tags

  private mutating func readName() throws -> SMSElement {
    _ = try window.ensure(32)
    var index = start
    while index < end, !Self.endsName(buffer[index]) { index += 1 }
    let element = SMSElement(UnsafeBufferPointer(start: buffer + start, count: index - start))
    start = index
    return element
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x2F || byte == 0x3E
      || byte == 0x3D || byte == 0x3C
  }

  /// Reads attributes up to the end of the start tag; false when the file ends first.
  private mutating func readAttributes(into tag: inout SMSTag) throws -> Bool {
    while true {
      if start < end, buffer[start] == 0x20 { start += 1 }  // one space: no call
      if start >= end || Self.isSpace(buffer[start]) {
        guard try skipSpace() else { return false }
      }
      switch buffer[start] {
      case 0x3E:
        start += 1
        return true
      case 0x2F:
        tag.selfClosing = true
        start += 1
      case 0x3C:
        // The next tag begins inside this one: its `>` was lost. End it here.
        tag.unclosed = true
        return true
      default:
        if end - start < 40 { _ = try window.ensure(40) }
        var index = start
        while index < end, !Self.endsName(buffer[index]) { index += 1 }
        if index == start {  // a stray `=`: step over it
          start += 1
          continue
        }
        let attribute = SMSAttribute(
          UnsafeBufferPointer(start: buffer + start, count: index - start))
        start = index
        // The common case, `name="`, without a call per step.
        if end - start >= 2, buffer[start] == 0x3D,
          buffer[start + 1] == 0x22 || buffer[start + 1] == 0x27
        {
          let quote = buffer[start + 1]
          start += 2
          guard try readValue(attribute, quote: quote, into: &tag) else { return false }
          continue
        }
        guard try skipSpace() else { return false }
        guard buffer[start] == 0x3D else { continue }  // a name without a value
        start += 1
        guard try skipSpace() else { return false }
        let quote = buffer[start]
        guard quote == 0x22 || quote == 0x27 else { continue }  // unquoted: the next name
        start += 1
        guard try readValue(attribute, quote: quote, into: &tag) else { return false }
      }
    }
  }

  /// Reads one quoted value, keeping, counting or skipping it; false when the file ends first.
  private mutating func readValue(_ attribute: SMSAttribute, quote: UInt8, into tag: inout SMSTag)
    throws
    -> Bool
  {
    let limit = attribute.keptLimit
    // The common case: the value ends inside the window, and is read where it lies.
    if start < end, let found = memchr(buffer + start, Int32(quote), end - start) {
      let stop = found.assumingMemoryBound(to: UInt8.self) - buffer
      let value = UnsafeBufferPointer(start: buffer + start, count: stop - start)
      if attribute == .text {
        var counter = TextCounter()
        counter.count(value)
        tag.textLength += counter.characters
        tag.hasText = true
      } else if limit > 0 {
        tag.set(attribute, UnsafeBufferPointer(rebasing: value.prefix(limit)))
      }
      start = stop + 1
      return true
    }
    // A value running past the window: counted or kept (up to `limit`) as it streams by.
    var counter = TextCounter()
    if limit > 0 { scratch.removeAll(keepingCapacity: true) }
    while true {
      if start == end, !(try window.refill()) { return false }
      let available = end - start
      let found = memchr(buffer + start, Int32(quote), available)
      let stop = found.map { $0.assumingMemoryBound(to: UInt8.self) - buffer } ?? end
      let segment = UnsafeBufferPointer(start: buffer + start, count: stop - start)
      if attribute == .text {
        counter.count(segment)
      } else if limit > 0, scratch.count < limit {
        scratch.append(contentsOf: segment.prefix(limit - scratch.count))
      }
      start = stop
      if found != nil {
        start += 1
        break
      }
    }
    if attribute == .text {
      tag.textLength += counter.characters
      tag.hasText = true
    } else if limit > 0 {
      scratch.withUnsafeBufferPointer { tag.set(attribute, $0) }
    }
    return true
  }

  // MARK: - The window

  private mutating func skipSpace() throws -> Bool {
    while true {
      while start < end,
        buffer[start] == 0x20 || buffer[start] == 0x0A || buffer[start] == 0x0D
          || buffer[start] == 0x09
      {
        start += 1
      }
      if start < end { return true }
      guard try window.refill() else { return false }
    }
  }
}
