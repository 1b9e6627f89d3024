#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file, or a zip member as it inflates, line by line through a reused buffer,
/// never holding the whole of it.
///
/// Lines end at LF; a CR before the LF is dropped, so CRLF and LF files read alike. The last
/// line counts even without a final newline. A line longer than `maximumLineLength` is cut
/// there and reported through `overlongLines`, so a binary or corrupt file cannot make the
/// buffer grow without bound.
public struct ByteLineReader {
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, offset: Int, reason: String)

    public var description: String {
      switch self {
      case .cannotOpen(let path, let reason):
        return "cannot open '\(path)': \(reason)"
      case .readFailed(let path, let offset, let reason):
        return "read of '\(path)' failed at byte \(offset): \(reason)"
      }
    }
  }

  private let source: ByteSource
  /// How errors name the input.
  public var path: String { source.name }
  public var chunkSize: Int
  public var maximumLineLength: Int
  public private(set) var overlongLines = 0
  public private(set) var bytesRead = 0

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
  /// - Throws: `Failure` when the file cannot be opened or read.
  /// - Complexity: O(n) in the file size; memory O(chunk size + longest line).
  public mutating func forEachLine(
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
  ) throws {
    let stream: ByteStream
    do {
      stream = try source.open()
    } catch let error as ByteStreamError {
      throw Failure.cannotOpen(path: path, reason: error.reason)
    }
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    var filled = 0
    var lineNumber = 0
    var skippingOverlong = false
    while true {
      if filled == buffer.count {
        if buffer.count < maximumLineLength {
          buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, maximumLineLength)))
        } else {
          // One line fills the whole buffer: hand out what we have and drop the rest of it.
          if !skippingOverlong {
            lineNumber += 1
            overlongLines += 1
            try buffer.withUnsafeBufferPointer {
              try body(UnsafeBufferPointer(rebasing: $0[0..<filled]), lineNumber)
            }
          }
          filled = 0
          skippingOverlong = true
        }
      }
      let count: Int
      do {
        count = try buffer.withUnsafeMutableBytes {
          try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
        }
      } catch let error as ByteStreamError {
        throw Failure.readFailed(path: path, offset: error.offset, reason: error.reason)
      }
      bytesRead += count
      let end = filled + count
      var consumed = 0
      try buffer.withUnsafeBufferPointer { all in
        guard let base = all.baseAddress else { return }
        var start = 0
        while start < end {
          guard let hit = memchr(base + start, 0x0A, end - start) else { break }
          let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          var stop = newline
          if stop > start, base[stop - 1] == 0x0D { stop -= 1 }
          if skippingOverlong {
            skippingOverlong = false
          } else {
            lineNumber += 1
            try body(UnsafeBufferPointer(start: base + start, count: stop - start), lineNumber)
          }
          start = newline + 1
        }
        consumed = start
        if count == 0, start < end {
          // End of file: the last line has no newline.
          var stop = end
          if base[stop - 1] == 0x0D { stop -= 1 }
          if !skippingOverlong {
            lineNumber += 1
            try body(UnsafeBufferPointer(start: base + start, count: stop - start), lineNumber)
          }
          consumed = end
        }
      }
      if count == 0 { return }
      if consumed > 0 {
        let remaining = end - consumed
        if remaining > 0 {
          buffer.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            memmove(base, base + consumed, remaining)
          }
        }
        filled = remaining
      } else {
        filled = end
      }
    }
  }
}
