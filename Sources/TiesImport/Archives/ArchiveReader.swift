#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Random access to an archive's bytes: `pread(2)` on its own descriptor, so streams over
/// different members of one archive can be read on different threads.
final class ArchiveReader {
  private let fd: Int32
  private let memory: [UInt8]?
  let length: Int64

  init(_ storage: ZipArchive.Storage) throws {
    switch storage {
    case .memory(let bytes):
      fd = -1
      memory = bytes
      length = Int64(bytes.count)
    case .file(let path):
      memory = nil
      fd = open(path, O_RDONLY)
      guard fd >= 0 else {
        throw ZipArchive.Failure(
          offset: nil, reason: "cannot open: \(String(cString: strerror(errno)))")
      }
      var info = stat()
      guard fstat(fd, &info) == 0 else {
        close(fd)
        throw ZipArchive.Failure(offset: nil, reason: "cannot read its size")
      }
      length = Int64(info.st_size)
    }
  }

  deinit { if fd >= 0 { close(fd) } }

  /// Exactly `count` bytes at `offset`, or a failure naming the offset.
  func bytes(at offset: Int64, count: Int) throws -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= length, Int64(count) <= length - offset else {
      throw ZipArchive.Failure(offset: offset, reason: "points past the end of the archive")
    }
    var result = [UInt8](repeating: 0, count: count)
    let got: Int
    do {
      got = try result.withUnsafeMutableBytes { try read(into: $0, at: offset) }
    } catch let error as ByteStreamError {
      throw ZipArchive.Failure(offset: Int64(error.offset), reason: error.reason)
    }
    guard got == count else {
      throw ZipArchive.Failure(offset: offset + Int64(got), reason: "the archive is cut short")
    }
    return result
  }

  /// Up to `buffer.count` bytes at `offset`; fewer only at the end.
  ///
  /// - Throws: `ByteStreamError`, as streams do.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0, offset < length else { return 0 }
    if let memory {
      let count = min(buffer.count, Int(length - offset))
      memory.withUnsafeBytes { source in
        guard let start = source.baseAddress else { return }
        base.copyMemory(from: start + Int(offset), byteCount: count)
      }
      return count
    }
    var done = 0
    while done < buffer.count {
      let count = pread(fd, base + done, buffer.count - done, off_t(offset) + off_t(done))
      if count < 0 {
        if errno == EINTR { continue }
        throw ByteStreamError(
          offset: Int(offset) + done, reason: "read failed: \(String(cString: strerror(errno)))")
      }
      if count == 0 { break }
      done += count
    }
    return done
  }
}
