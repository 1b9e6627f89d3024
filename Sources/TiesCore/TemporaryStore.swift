#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An append-only scratch file for records that would otherwise grow memory with the
/// export: interactions of a large run, events sorted by person. The file is unlinked as
/// soon as it is made, so nothing is left behind, even when the process is killed; it holds
/// times, indices and lengths, never message text. It lives in `$TMPDIR` (else `/tmp`): a
/// cluster job's scratch space when the scheduler sets one.
///
/// Not shared across threads while written: one owner appends, and readers come after.
public final class TemporaryStore: @unchecked Sendable {
  private let descriptor: Int32
  /// Bytes written so far.
  public private(set) var size = 0

  /// Why a scratch file could not be made or written.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  public init() throws {
    let folder = Self.folder()
    var template = Array((folder + "/ties-scratch-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { name in
      name.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw Failure(description: "cannot make a scratch file in \(folder): \(Self.reason())")
    }
    template.withUnsafeBufferPointer { name in _ = name.baseAddress.map { unlink($0) } }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Appends bytes at the end.
  public func append(_ bytes: UnsafeRawBufferPointer) throws {
    guard let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
      let written = pwrite(
        descriptor, base + done, bytes.count - done, off_t(size + done))
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        throw Failure(description: "cannot write a scratch file: \(Self.reason())")
      }
      done += written
    }
    size += done
  }

  /// Fills `buffer` from `offset`; the range must have been written.
  public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) {
    guard let base = buffer.baseAddress else { return }
    var done = 0
    while done < buffer.count {
      let got = pread(
        descriptor, base + done, buffer.count - done, off_t(offset + done))
      if got < 0 && errno == EINTR { continue }
      // The file is ours and unlinked: a failed read back is a failed disk, not bad input.
      guard got > 0 else {
        fatalError("ties: a scratch file could not be read back: \(Self.reason())")
      }
      done += got
    }
  }

  private static func folder() -> String {
    guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
    return String(cString: value)
  }

  private static func reason() -> String { String(cString: strerror(errno)) }
}
