#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file mapped read-only into memory, for readers that scan one large document front to
/// back. Pages already read are handed back to the kernel (`release(before:)`), so a
/// multi-GB file is scanned with flat resident memory: a mapping's touched pages would
/// otherwise count in the process's resident set until it ends.
final class MappedFile {
  enum Failure: Error, CustomStringConvertible {
    case cannotOpen(String)
    case cannotMap(String)

    var description: String {
      switch self {
      case .cannotOpen(let reason): return "cannot open: \(reason)"
      case .cannotMap(let reason): return "cannot map: \(reason)"
      }
    }
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private let base: UnsafeMutableRawPointer?
  private var released = 0
  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
  /// Pages are handed back in steps of this many bytes, not one call per message.
  private static let releaseStep = 8 << 20

  init(path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw Failure.cannotOpen(String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure.cannotOpen(String(cString: strerror(errno))) }
    let size = Int(info.st_size)
    guard size > 0 else {
      base = nil
      bytes = UnsafeBufferPointer(start: nil, count: 0)
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
    guard let mapped, mapped != MAP_FAILED else {
      throw Failure.cannotMap(String(cString: strerror(errno)))
    }
    _ = madvise(mapped, size, MADV_SEQUENTIAL)
    base = mapped
    bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
  }

  deinit {
    if let base { munmap(base, bytes.count) }
  }

  /// Drops the pages wholly before `offset` from memory; reading them again would fault
  /// them back in from the file, so only call it for bytes that are done with.
  func release(before offset: Int) {
    released = Self.release(base, count: bytes.count, from: released, before: offset)
  }

  /// Releases pages between `from` and `offset` in steps; returns where releasing stopped.
  /// Callers scanning disjoint parts of the file from two threads each keep their own start.
  static func release(_ base: UnsafeMutableRawPointer?, count: Int, from: Int, before offset: Int)
    -> Int
  {
    guard let base, offset - from >= releaseStep else { return from }
    let start = from / pageSize * pageSize
    let end = min(offset, count) / pageSize * pageSize
    guard end > start else { return from }
    _ = madvise(base + start, end - start, MADV_DONTNEED)
    return end
  }

  /// A release cursor of its own, for a second reader that starts at `offset`.
  func cursor(from offset: Int) -> (Int) -> Void {
    let base = UnsafeMutableRawPointer(mutating: bytes.baseAddress)
    let count = bytes.count
    let state = Cursor(offset)
    return {
      state.released = MappedFile.release(base, count: count, from: state.released, before: $0)
    }
  }

  private final class Cursor {
    var released: Int
    init(_ released: Int) { self.released = released }
  }
}
