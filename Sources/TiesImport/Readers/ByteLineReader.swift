#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file, or a zip member as it inflates, line by line through a `ByteWindow`,
/// never holding the whole of it.
///
/// Lines end at LF; a CR before the LF is dropped, so CRLF and LF files read alike. The last
/// line counts even without a final newline. A line longer than `maximumLineLength` is cut
/// there and reported through `overlongLines`, so a binary or corrupt file cannot make the
/// buffer grow without bound.
public struct ByteLineReader {
  private let source: ByteSource
  /// How errors name the input.
  public var path: String { source.name }
  public var chunkSize: Int
  public var maximumLineLength: Int
  public private(set) var overlongLines = 0
  public private(set) var bytesRead = 0
  private var lineNumber = 0
  /// The rest of a line already cut is being dropped.
  private var skippingOverlong = false

  public init(source: ByteSource, chunkSize: Int = 1 << 20, maximumLineLength: Int = 16 << 20) {
    self.source = source
    self.chunkSize = max(1, chunkSize)
    self.maximumLineLength = max(1, maximumLineLength)
  }

  public init(path: String, chunkSize: Int = 1 << 20, maximumLineLength: Int = 16 << 20) {
    self.init(
      source: ByteSource(path: path), chunkSize: chunkSize, maximumLineLength: maximumLineLength)
  }

  /// Reads any stream; `name` stands for it in errors.
  public init(
    stream: ByteStream, name: String, chunkSize: Int = 1 << 20, maximumLineLength: Int = 16 << 20
  ) {
    self.init(
      source: ByteSource(stream: stream, name: name), chunkSize: chunkSize,
      maximumLineLength: maximumLineLength)
  }

  /// Reads an export entry: a file or a zip member.
  public init(entry: ExportEntry, chunkSize: Int = 1 << 20, maximumLineLength: Int = 16 << 20) {
    self.init(
      source: ByteSource(entry: entry), chunkSize: chunkSize, maximumLineLength: maximumLineLength)
  }

  /// Calls `body` with each line (without its line break) and its one-based number.
  ///
  /// - Throws: `ByteReadError` when the file cannot be opened or read.
  /// - Complexity: O(n) in the file size; memory O(chunk size + longest line).
  public mutating func forEachLine(
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) throws {
    var window = try ByteWindow(
      source, capacity: chunkSize, maximumCapacity: maximumLineLength)
    lineNumber = 0
    skippingOverlong = false
    while true {
      try handOutLines(&window, body)
      if window.isFull {
        // One line fills the whole window: hand out what we have and drop the rest of it.
        if !skippingOverlong {
          overlongLines += 1
          try emit(window.unread, body)
        }
        window.start = window.end
        skippingOverlong = true
      }
      let more = try window.refill()
      bytesRead = window.bytesRead
      if !more {
        // End of file: the last line has no newline.
        if window.available > 0 { try emit(Self.droppingCR(window.unread), body) }
        return
      }
    }
  }

  /// Hands out every line the window holds whole and moves past them.
  private mutating func handOutLines(
    _ window: inout ByteWindow, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) throws {
    let base = window.bytes
    let end = window.end
    var start = window.start
    // The per-line state lives in locals through the loop, stored back once.
    var number = lineNumber
    var skipping = skippingOverlong
    defer {
      window.start = start
      lineNumber = number
      skippingOverlong = skipping
    }
    while start < end, let hit = memchr(base + start, 0x0A, end - start) {
      let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      let line = UnsafeBufferPointer(start: base + start, count: newline - start)
      start = newline + 1
      if skipping {
        skipping = false
        continue
      }
      number += 1
      try body(Self.droppingCR(line), number)
    }
  }

  /// Numbers and hands out one line, or ends the skip of a line already cut.
  @inline(__always)
  private mutating func emit(
    _ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) throws {
    if skippingOverlong {
      skippingOverlong = false
      return
    }
    lineNumber += 1
    try body(line, lineNumber)
  }

  @inline(__always)
  private static func droppingCR(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard let last = line.last, last == 0x0D, let start = line.baseAddress else { return line }
    return UnsafeBufferPointer(start: start, count: line.count - 1)
  }
}
