import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A text file written through a small buffer, so that a writer streams its output piece by
/// piece and memory holds at most `capacity` bytes of it, not the whole file (network.graphml
/// of a large export is tens of MB).
///
/// The file is opened, written, synced and closed as `Data.write(to:)` without options does:
/// created or truncated in place with mode 0666 less the umask, not atomically. A failure
/// throws the same kind of error as `Data.write` would (a `CocoaError` with the path and the
/// POSIX reason), so `ties analyze` reports it as before; what was written until then stays
/// in the file, as it does with `Data.write`.
///
/// `TextOutputStream.write` cannot throw: the first failure is kept, later writes are
/// dropped, and `close()` throws it. Call `close()` once at the end; an output never closed is
/// closed without its last buffer on deinit and must be treated as failed.
public final class TextFileOutput: TextOutputStream {
  /// Bytes kept before a `write(2)`: large enough that system calls cost nothing next to
  /// formatting, small enough not to matter next to the analysis.
  public static let defaultCapacity = 64 * 1024

  private let path: String
  private let capacity: Int
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var failure: (any Error)?

  /// Creates or truncates the file at `path`.
  public init(path: String, capacity: Int = TextFileOutput.defaultCapacity) throws {
    self.path = path
    self.capacity = max(1, capacity)
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    buffer.reserveCapacity(self.capacity)
  }

  deinit {
    if descriptor >= 0 { _ = systemClose(descriptor) }
  }

  public func write(_ string: String) {
    guard failure == nil else { return }
    var string = string
    string.withUTF8 { bytes in
      if buffer.count + bytes.count > capacity { flushBuffer() }
      // A piece larger than the whole buffer goes straight to the file, never copied.
      if bytes.count >= capacity {
        send(UnsafeRawBufferPointer(bytes))
      } else {
        buffer.append(contentsOf: bytes)
      }
    }
  }

  /// Writes what is buffered, syncs the file to disk as `Data.write` does, and closes it;
  /// throws the first failure of any write.
  public func close() throws {
    guard descriptor >= 0 else {
      if let failure { throw failure }
      return
    }
    flushBuffer()
    if failure == nil, fsync(descriptor) != 0, errno != EINVAL {
      // EINVAL: a special file (a pipe, /dev/stdout) that cannot be synced, which is fine.
      failure = Self.error(errno, path: path)
    }
    _ = systemClose(descriptor)
    descriptor = -1
    if let failure { throw failure }
  }

  private func flushBuffer() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { send($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  private func send(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, let base = bytes.baseAddress else { return }
    var done = 0
    while done < bytes.count {
      let written = systemWrite(descriptor, base + done, bytes.count - done)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        failure = Self.error(written == 0 ? EIO : errno, path: path)
        return
      }
      done += written
    }
  }

  /// The error `Data.write(to:)` throws for `code` on `path`: the same Cocoa code, hence
  /// the same message in `ties analyze`'s "cannot write" line.
  static func error(_ code: Int32, path: String) -> CocoaError {
    let kind: CocoaError.Code
    switch code {
    case ENOENT: kind = .fileNoSuchFile
    case EPERM, EACCES: kind = .fileWriteNoPermission
    case ENAMETOOLONG: kind = .fileWriteInvalidFileName
    case EDQUOT, ENOSPC: kind = .fileWriteOutOfSpace
    case EROFS: kind = .fileWriteVolumeReadOnly
    case EEXIST: kind = .fileWriteFileExists
    default: kind = .fileWriteUnknown
    }
    return CocoaError(
      kind,
      userInfo: [
        NSFilePathErrorKey: path, NSURLErrorKey: URL(fileURLWithPath: path),
        NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code)),
      ])
  }
}

// The class's own `write` and `close` hide the C functions of the same names.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}

private func systemClose(_ descriptor: Int32) -> Int32 {
  #if canImport(Glibc)
    Glibc.close(descriptor)
  #else
    Darwin.close(descriptor)
  #endif
}
