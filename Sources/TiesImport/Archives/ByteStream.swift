#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes read front to back: a file, or a member of a zip archive inflated as it is read.
/// Readers pull from it, so a member is never extracted to disk or held whole.
public protocol ByteStream: AnyObject {
  /// Fills the start of `buffer`; returns how many bytes were read, 0 at the end.
  ///
  /// - Throws: `ByteStreamError` with the byte offset where reading failed.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

public struct ByteStreamError: Error, Equatable, CustomStringConvertible {
  public var offset: Int
  public var reason: String

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "at byte \(offset): \(reason)" }
}

/// A file of the file system, read with `read(2)`.
final class FileByteStream: ByteStream {
  private let fd: Int32
  private var offset = 0

  init(path: String) throws {
    fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw ByteStreamError(offset: 0, reason: "cannot open: \(String(cString: strerror(errno)))")
    }
  }

  deinit { close(fd) }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = systemRead(fd, base, buffer.count)
      if count >= 0 {
        offset += count
        return count
      }
      if errno == EINTR { continue }
      throw ByteStreamError(
        offset: offset, reason: "read failed: \(String(cString: strerror(errno)))")
    }
  }
}

/// `read(2)`, named apart from the protocol's `read(into:)`.
private func systemRead(_ fd: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, base, count)
}

extension ByteStream {
  /// Everything that is left, up to `limit` bytes; more than that is an error, so a member
  /// that claims to be small cannot fill memory.
  func readAll(limit: Int) throws -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try chunk.withUnsafeMutableBytes { try read(into: $0) }
      if count == 0 { return result }
      guard result.count + count <= limit else {
        throw ByteStreamError(offset: result.count, reason: "larger than \(limit) bytes")
      }
      result.append(contentsOf: chunk[0..<count])
    }
  }
}
